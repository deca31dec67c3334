// Writes timeout rows into a history store as fast as batches commit and prints, after each
// commit, how many rows are durable: "committed N". The kill -9 test kills it mid-write.
#include "base/Clock.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace virtuoso;
using namespace virtuoso::health;
using namespace virtuoso::store;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_writer_helper DATABASE\n");
        return 2;
    }
    HistoryStoreOptions options;
    options.path = QString::fromLocal8Bit(argv[1]);
    options.flushIntervalMs = 50;
    HistoryStore store(Clock::system(), options);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    quint64 written = 0;
    quint64 reported = 0;
    QTimer writer;
    QObject::connect(&writer, &QTimer::timeout, [&] {
        for (int i = 0; i < 20; ++i) {
            TimeoutEntry e;
            e.ts = Clock::system().epochMs();
            e.kind = TimeoutKind::HandlerSlow;
            e.connId = QStringLiteral("conn_%1").arg(written % 8);
            e.topic = QStringLiteral("publicTrade.BTCUSDT");
            e.symbol = QStringLiteral("BTCUSDT");
            e.durationMs = static_cast<qint64>(written % 1000);
            e.detail = QStringLiteral("row %1 of a continuous write").arg(written);
            store.recordTimeout(e);
            ++written;
        }
        const quint64 committed = store.committedRows();
        if (committed != reported) {
            reported = committed;
            std::printf("committed %llu\n", static_cast<unsigned long long>(committed));
            std::fflush(stdout);
        }
    });
    writer.start(1);
    return QCoreApplication::exec();
}
