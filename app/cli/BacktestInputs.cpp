#include "cli/BacktestInputs.h"

#include "connector/InstrumentCatalog.h"
#include "connector/PublicMessageDecoder.h"
#include "model/confluence/KlineFile.h"
#include "sim/market/InstrumentCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <charconv>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace virtuoso::outcomes {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;

QStringList filesOf(const QString &path, const QStringList &patterns)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList out;
    const QDir dir(path);
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

// The symbol a kline file names: a REST reply's "symbol", a WebSocket topic "kline.1.BTCUSDT".
QString symbolNamedIn(const QByteArray &head)
{
    static const QRegularExpression topic(QStringLiteral(R"re("topic"\s*:\s*"kline\.[0-9A-Za-z]+\.([0-9A-Z]+)")re"));
    static const QRegularExpression symbol(QStringLiteral(R"re("symbol"\s*:\s*"([0-9A-Z]+)")re"));
    const QString text = QString::fromUtf8(head);
    if (const auto m = topic.match(text); m.hasMatch())
        return m.captured(1);
    if (const auto m = symbol.match(text); m.hasMatch())
        return m.captured(1);
    return {};
}

} // namespace

bool readKlineInputs(const QStringList &paths, std::vector<KlineSeries> &out, QString &error)
{
    std::map<QString, QString> seen; // symbol → file
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            error = QStringLiteral("%1: no such file or folder").arg(path);
            return false;
        }
        const QStringList files =
            filesOf(path, {QStringLiteral("*.csv"), QStringLiteral("*.json"), QStringLiteral("*.jsonl")});
        if (files.isEmpty()) {
            error = QStringLiteral("%1: the folder holds no .csv, .json or .jsonl files").arg(path);
            return false;
        }
        for (const QString &file : files) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                error = QStringLiteral("cannot read %1: %2").arg(file, f.errorString());
                return false;
            }
            const QByteArray content = f.readAll();
            confluence::KlineFileResult parsed = confluence::parseKlines(content);
            if (!parsed.ok()) {
                error = QStringLiteral("%1: %2").arg(file, parsed.error);
                return false;
            }
            KlineSeries series;
            series.path = file;
            series.symbol = symbolNamedIn(content.left(64 * 1024));
            if (series.symbol.isEmpty())
                series.symbol = QFileInfo(file).fileName().section(QLatin1Char('.'), 0, 0).toUpper();
            std::int64_t smallest = 0;
            for (size_t i = 1; i < parsed.candles.size(); ++i) {
                const std::int64_t gap = parsed.candles[i].openTimeMs - parsed.candles[i - 1].openTimeMs;
                if (gap % kMinuteMs != 0 || parsed.candles[i].openTimeMs % kMinuteMs != 0) {
                    error = QStringLiteral("%1: candle %2 does not start on a minute (open time %3): the backtest "
                                           "needs 1m candles")
                                .arg(file)
                                .arg(i + 1)
                                .arg(parsed.candles[i].openTimeMs);
                    return false;
                }
                smallest = smallest == 0 ? gap : std::min(smallest, gap);
            }
            if (smallest > kMinuteMs) {
                error = QStringLiteral("%1: the candles are %2 minutes apart: the backtest needs 1m candles")
                            .arg(file)
                            .arg(smallest / kMinuteMs);
                return false;
            }
            if (const auto known = seen.find(series.symbol); known != seen.end()) {
                error = QStringLiteral("%1 and %2 both hold %3; give one file per symbol")
                            .arg(known->second, file, series.symbol);
                return false;
            }
            seen[series.symbol] = file;
            series.candles = std::move(parsed.candles);
            out.push_back(std::move(series));
        }
    }
    std::sort(out.begin(), out.end(), [](const KlineSeries &a, const KlineSeries &b) { return a.symbol < b.symbol; });
    return true;
}

namespace {

// A JSON string literal starting at `p` (at the opening quote) into `out`; returns past the closing
// quote, or nullptr when the literal is broken. Unescaped text is never longer than its literal, so it
// is written into `out` sized once (frames are mostly escaped quotes: no per-character appends).
const char *readString(const char *p, const char *end, std::string &out)
{
    if (p == end || *p != '"')
        return nullptr;
    ++p;
    out.resize(static_cast<size_t>(end - p));
    char *w = out.data();
    while (p != end && *p != '"') {
        if (*p != '\\') {
            *w++ = *p++;
            continue;
        }
        if (++p == end)
            return nullptr;
        const char c = *p++;
        switch (c) {
        case 'n':
            *w++ = '\n';
            break;
        case 't':
            *w++ = '\t';
            break;
        case 'r':
            *w++ = '\r';
            break;
        case 'b':
            *w++ = '\b';
            break;
        case 'f':
            *w++ = '\f';
            break;
        case 'u': {
            unsigned code = 0;
            if (end - p < 4 || std::from_chars(p, p + 4, code, 16).ptr != p + 4)
                return nullptr;
            p += 4;
            // At most 3 bytes for the 6 of the escape. Surrogates are kept as they are (the frames
            // carry none); the decoder judges the rest.
            if (code < 0x80) {
                *w++ = static_cast<char>(code);
            } else if (code < 0x800) {
                *w++ = static_cast<char>(0xc0 | (code >> 6));
                *w++ = static_cast<char>(0x80 | (code & 0x3f));
            } else {
                *w++ = static_cast<char>(0xe0 | (code >> 12));
                *w++ = static_cast<char>(0x80 | ((code >> 6) & 0x3f));
                *w++ = static_cast<char>(0x80 | (code & 0x3f));
            }
            break;
        }
        default:
            *w++ = c;
        }
    }
    if (p == end)
        return nullptr;
    out.resize(static_cast<size_t>(w - out.data()));
    return p + 1;
}

// `{"t":<ms>,"conn":"<id>","frame":"<text>"}` → t, conn, frame. False for other shapes (binary frames).
bool parseRecorded(std::string_view line, std::int64_t &t, std::string &conn, std::string &frame)
{
    const char *p = line.data();
    const char *end = p + line.size();
    constexpr std::string_view head = "{\"t\":";
    if (!line.starts_with(head))
        return false;
    p += head.size();
    const auto number = std::from_chars(p, end, t);
    if (number.ec != std::errc())
        return false;
    p = number.ptr;
    constexpr std::string_view connKey = ",\"conn\":";
    if (std::string_view(p, static_cast<size_t>(end - p)).substr(0, connKey.size()) != connKey)
        return false;
    p = readString(p + connKey.size(), end, conn);
    constexpr std::string_view frameKey = ",\"frame\":";
    if (!p || std::string_view(p, static_cast<size_t>(end - p)).substr(0, frameKey.size()) != frameKey)
        return false;
    p = readString(p + frameKey.size(), end, frame);
    return p != nullptr;
}

// A raw capture line: the message itself, timed by its "ts".
bool parseCaptured(std::string_view line, std::int64_t &t)
{
    if (!line.starts_with('{') || line.find("\"topic\"") == std::string_view::npos)
        return false;
    const auto at = line.find("\"ts\":");
    if (at == std::string_view::npos)
        return false;
    const char *p = line.data() + at + 5;
    const char *end = line.data() + line.size();
    while (p != end && *p == ' ')
        ++p;
    return std::from_chars(p, end, t).ec == std::errc();
}

} // namespace

bool replayRecording(const QString &path, const QString &instrumentsFile, const QSet<QString> &symbols,
                     SignalBacktest &backtest, ReplayStats &stats, QString &error)
{
    using namespace exchange;
    if (!QFileInfo::exists(path)) {
        error = QStringLiteral("%1: no such file or folder").arg(path);
        return false;
    }
    std::vector<InstrumentSpec> specs;
    bool fixedCatalog = false;
    if (!instrumentsFile.isEmpty()) {
        QFile f(instrumentsFile);
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read %1: %2").arg(instrumentsFile, f.errorString());
            return false;
        }
        const QByteArray json = f.readAll();
        auto page = parseInstrumentsPage(std::string_view(json.constData(), static_cast<size_t>(json.size())));
        if (const auto *e = std::get_if<InstrumentsError>(&page)) {
            error = QStringLiteral("%1: %2").arg(instrumentsFile, QString::fromStdString(e->message));
            return false;
        }
        specs = std::get<InstrumentsPage>(page).instruments;
        fixedCatalog = true;
    }
    auto catalog = std::make_shared<const InstrumentCatalog>(specs);
    PublicMessageDecoder decoder(catalog);
    const QStringList files = filesOf(path, {QStringLiteral("*.jsonl")});
    if (files.isEmpty()) {
        error = QStringLiteral("%1: the folder holds no .jsonl recordings").arg(path);
        return false;
    }
    struct TopicHash
    {
        size_t operator()(const TopicKey &k) const
        {
            return std::hash<Symbol>{}(k.symbol) ^ (size_t(k.kind) << 20) ^ size_t(k.param);
        }
    };
    std::unordered_map<TopicKey, std::string, TopicHash> connOfTopic;
    std::unordered_set<Symbol> seenSymbols; // in the recording
    std::unordered_set<Symbol> fedSymbols;  // of those, fed to the backtest
    PublicMessage message;
    std::string conn;
    std::string frame;
    const auto handleLine = [&](std::string_view line) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.remove_suffix(1);
        if (line.empty())
            return;
        ++stats.lines;
        std::int64_t t = 0;
        std::string_view text;
        if (parseRecorded(line, t, conn, frame)) {
            text = frame;
        } else if (parseCaptured(line, t)) {
            conn.clear();
            text = line;
        } else {
            ++stats.skippedLines;
            return;
        }
        decoder.decode(text, 0, message);
        if (const auto *bad = message.as<DecodeError>();
            bad && bad->kind == DecodeErrorKind::UnknownInstrument && bad->topic && !fixedCatalog) {
            // A symbol the catalog lacks: the simulator's instrument of that name, once.
            if (auto inst = sim::instrumentForSymbol(bad->topic->symbol.toQString())) {
                specs.push_back(inst->spec);
                catalog = std::make_shared<const InstrumentCatalog>(specs);
                decoder.setCatalog(catalog);
                decoder.decode(text, 0, message);
            }
        }
        if (const auto *bad = message.as<DecodeError>()) {
            if (stats.decodeErrors++ == 0)
                stats.firstDecodeError = QStringLiteral("%1: %2").arg(QLatin1String(decodeErrorKindName(bad->kind)),
                                                                      QString::fromStdString(bad->detail));
            return;
        }
        const std::optional<TopicKey> topic = message.topic();
        if (!topic)
            return; // acks and pongs
        seenSymbols.insert(topic->symbol);
        if (!symbols.isEmpty() && !symbols.contains(topic->symbol.toQString()))
            return;
        const auto [known, added] = connOfTopic.try_emplace(*topic, conn);
        if (!added && known->second != conn)
            return; // the same topic as another connection received it
        const InstrumentSpec *spec = catalog->find(topic->symbol);
        if (!spec)
            return;
        if (stats.messages == 0)
            stats.firstMs = t;
        stats.lastMs = std::max(stats.lastMs, t);
        fedSymbols.insert(topic->symbol);
        ++stats.messages;
        backtest.feedMessage(message, *spec, t);
    };
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read %1: %2").arg(file, f.errorString());
            return false;
        }
        QByteArray buffer;
        while (true) {
            constexpr qsizetype kChunk = 4 << 20;
            const qsizetype kept = buffer.size();
            buffer.resize(kept + kChunk);
            const qint64 got = f.read(buffer.data() + kept, kChunk);
            buffer.resize(kept + std::max<qint64>(got, 0));
            if (got <= 0) {
                handleLine(std::string_view(buffer.constData(), static_cast<size_t>(buffer.size())));
                break; // a last line without its newline (a truncated recording) is tried too
            }
            qsizetype from = 0;
            for (qsizetype nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n', from)) {
                handleLine(std::string_view(buffer.constData() + from, static_cast<size_t>(nl - from)));
                from = nl + 1;
            }
            buffer.remove(0, from);
        }
    }
    if (seenSymbols.empty()) {
        error = QStringLiteral("%1 holds no market data messages%2")
                    .arg(path, stats.decodeErrors > 0 ? QStringLiteral(" (%1 frames could not be decoded; first: %2)")
                                                            .arg(stats.decodeErrors)
                                                            .arg(stats.firstDecodeError)
                                                      : QString());
        return false;
    }
    for (const Symbol &symbol : seenSymbols)
        stats.symbols << symbol.toQString();
    for (const Symbol &symbol : fedSymbols)
        stats.fedSymbols << symbol.toQString();
    stats.symbols.sort();
    stats.fedSymbols.sort();
    return true;
}

} // namespace virtuoso::outcomes
