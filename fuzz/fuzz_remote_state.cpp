// Fuzz target over what a workstation reads from a daemon it does not trust. Each line of the input
// is one JSON document:
//   - {"type":"update",...}: a message of /api/v1/stream, applied as ApiClient applies it (a full
//     state, or an RFC 7386 merge patch onto the state held), after which the state is read back into
//     a core snapshot with its alert board, as RemoteHost does after every update;
//   - anything else: an answer of the one-shot endpoints, given to each of their readers (warnings,
//     order book, timeouts, candles; the four trading documents; the signal scorecard and outcomes).
#include "FuzzSupport.h"

#include "OutcomeReader.h"
#include "api/SnapshotReader.h"
#include "api/TradingDocument.h"
#include "base/JsonMergePatch.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace virtuoso;
using namespace virtuoso::api;

namespace {

struct StreamState
{
    QJsonObject state;
    quint64 revision = 0;
    QString instance;
};

// ApiClient::onMessage without the socket: a patch for a state we do not hold starts over.
void applyUpdate(StreamState &s, const QJsonObject &message)
{
    const bool full = message.value(QStringLiteral("full_update")).toBool();
    const quint64 base = static_cast<quint64>(message.value(QStringLiteral("base_revision")).toInteger());
    if (!full && (base != s.revision || message.value(QStringLiteral("instance")).toString() != s.instance)) {
        s = {};
        return;
    }
    const QJsonObject data = message.value(QStringLiteral("data")).toObject();
    s.state = full ? data : merge_patch::apply(s.state, data);
    s.revision = static_cast<quint64>(message.value(QStringLiteral("revision")).toInteger());
    s.instance = message.value(QStringLiteral("instance")).toString();

    const snapshot_reader::Result result = snapshot_reader::fromStreamState(s.state);
    VIRTUOSO_FUZZ_CHECK(result.snapshot != nullptr);
    VIRTUOSO_FUZZ_CHECK(result.problems.size() <= 20);
    const CoreSnapshot &snapshot = *result.snapshot;
    for (const MarketSummary &market : snapshot.markets)
        fuzz::touch(market.symbol.toStdString());
    for (const health::ConnectionStatus &connection : snapshot.connections)
        fuzz::touch(connection.connId.toStdString());
}

void readOneShot(const QJsonObject &document)
{
    QStringList problems;
    (void)snapshot_reader::warnings(document, &problems);
    (void)snapshot_reader::orderBook(document, &problems);
    (void)snapshot_reader::timeouts(document, &problems);
    (void)snapshot_reader::candles(document, &problems);
    const trading::TradingView view = trading_document::readView(document, document, document, document);
    for (const auto &order : view.orders)
        fuzz::touch(order.price);

    QString error;
    ui::outcome_reader::ScorecardDocument scorecard;
    if (!ui::outcome_reader::readScorecard(document, scorecard, error))
        VIRTUOSO_FUZZ_CHECK(!error.isEmpty());
    error.clear();
    std::vector<outcomes::Outcome> outcomes;
    if (!ui::outcome_reader::readOutcomes(document, outcomes, error))
        VIRTUOSO_FUZZ_CHECK(!error.isEmpty());
    VIRTUOSO_FUZZ_CHECK(outcomes.size() <= std::size_t(ui::outcome_reader::kMaxOutcomes));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    StreamState stream;
    for (std::string_view line : fuzz::split(fuzz::asText(data, size), '\n', 64)) {
        const QJsonObject document =
            QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), qsizetype(line.size()))).object();
        if (document.value(QStringLiteral("type")).toString() == u"update")
            applyUpdate(stream, document);
        else
            readOneShot(document);
    }
    return 0;
}
