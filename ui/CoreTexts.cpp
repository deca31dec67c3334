#include "CoreTexts.h"

#include "CoreTextsTable.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace virtuoso::ui {

namespace {

using core_texts::Sentence;

// A sentence compiled: anchored at both ends.
struct Pattern
{
    QRegularExpression match;
    const char *source;
    unsigned nested = 0; // bit i: capture i+1 is a core text
};

// The connector's, the feed's, the confluence engine's and the risk gate's sentences.
std::vector<Sentence> connectionSentences()
{
    const auto p = [](const char *re, const char *source, unsigned nested = 0) { return Sentence{re, source, nested}; };
    return {
        // Connection transitions and errors (connector/PublicConnection).
        p("(.+) \\(connection slot in (\\d+) ms\\)", QT_TRANSLATE_NOOP("CoreTexts", "%1 (connection slot in %2 ms)"),
          1),
        p("start", QT_TRANSLATE_NOOP("CoreTexts", "start")),
        p("shutdown", QT_TRANSLATE_NOOP("CoreTexts", "shutdown")),
        p("symbol set changed", QT_TRANSLATE_NOOP("CoreTexts", "symbol set changed")),
        p("retry (\\d+) after (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "retry %1 after %2 ms")),
        p("(.+); retry (\\d+) in (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "%1; retry %2 in %3 ms"), 1),
        p("connect timeout after (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "connect timeout after %1 ms")),
        p("no WebSocket handshake with (.+)", QT_TRANSLATE_NOOP("CoreTexts", "no WebSocket handshake with %1")),
        p("no pong within (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "no pong within %1 ms")),
        p("no pong to ping (.+)", QT_TRANSLATE_NOOP("CoreTexts", "no pong to ping %1")),
        p("no answer to subscribe (\\S+) \\((\\d+) topics, first (.+)\\)",
          QT_TRANSLATE_NOOP("CoreTexts", "no answer to subscribe %1 (%2 topics, first %3)")),
        p("no answer to subscribe (.+)", QT_TRANSLATE_NOOP("CoreTexts", "no answer to subscribe %1")),
        p("subscribe not acknowledged within (\\d+) ms",
          QT_TRANSLATE_NOOP("CoreTexts", "subscribe not acknowledged within %1 ms")),
        p("no data on any of (\\d+) topics for (\\d+) ms \\((.+) is stale after (\\d+) ms\\)",
          QT_TRANSLATE_NOOP("CoreTexts", "no data on any of %1 topics for %2 ms (%3 is stale after %4 ms)")),
        p("no data on any topic for (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "no data on any topic for %1 ms")),
        p("no data for (\\d+) ms \\(expected every (\\d+) ms\\)",
          QT_TRANSLATE_NOOP("CoreTexts", "no data for %1 ms (expected every %2 ms)")),
        p("no data for (\\d+) s", QT_TRANSLATE_NOOP("CoreTexts", "no data for %1 s")),
        p("no data on (.+)", QT_TRANSLATE_NOOP("CoreTexts", "no data on %1")),
        p("stale stream", QT_TRANSLATE_NOOP("CoreTexts", "stale stream")),
        p("data resumed", QT_TRANSLATE_NOOP("CoreTexts", "data resumed")),
        p("data resumed on (.+)", QT_TRANSLATE_NOOP("CoreTexts", "data resumed on %1")),
        p("connected; subscribing (\\d+) topics", QT_TRANSLATE_NOOP("CoreTexts", "connected; subscribing %1 topics")),
        p("connect to (\\S+) failed: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "connect to %1 failed: %2"), 2),
        p("connect failed: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "connect failed: %1"), 1),
        p("connection lost: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "connection lost: %1"), 1),
        p("hand-over queue full", QT_TRANSLATE_NOOP("CoreTexts", "hand-over queue full")),
        p("subscription refused", QT_TRANSLATE_NOOP("CoreTexts", "subscription refused")),
        p("subscription rejected by the exchange: (.+)",
          QT_TRANSLATE_NOOP("CoreTexts", "subscription rejected by the exchange: %1")),
        p("subscribed (\\d+) topics, (\\d+) rejected",
          QT_TRANSLATE_NOOP("CoreTexts", "subscribed %1 topics, %2 rejected")),
        p("subscribed (\\d+) topics", QT_TRANSLATE_NOOP("CoreTexts", "subscribed %1 topics")),
        p("resubscribing for a fresh snapshot: (.+)",
          QT_TRANSLATE_NOOP("CoreTexts", "resubscribing for a fresh snapshot: %1"), 1),
        p("update id gap", QT_TRANSLATE_NOOP("CoreTexts", "update id gap")),
        p("crossed book", QT_TRANSLATE_NOOP("CoreTexts", "crossed book")),
        p("undecodable book message", QT_TRANSLATE_NOOP("CoreTexts", "undecodable book message")),
        p("no response within (\\d+) ms", QT_TRANSLATE_NOOP("CoreTexts", "no response within %1 ms")),
        p("repeated connection failures", QT_TRANSLATE_NOOP("CoreTexts", "repeated connection failures")),
        p("(\\d+) message\\(s\\) took longer than (\\d+) ms from socket to market state",
          QT_TRANSLATE_NOOP("CoreTexts", "%1 message(s) took longer than %2 ms from socket to market state")),
        // The feed (connector/PublicMarketFeed, MarketBootstrap).
        p("idle", QT_TRANSLATE_NOOP("CoreTexts", "idle")),
        p("fetching instruments", QT_TRANSLATE_NOOP("CoreTexts", "fetching instruments")),
        p("instruments unavailable \\((.+)\\); retry in (\\d+) ms",
          QT_TRANSLATE_NOOP("CoreTexts", "instruments unavailable (%1); retry in %2 ms"), 1),
        p("streaming on 1 connection", QT_TRANSLATE_NOOP("CoreTexts", "streaming on 1 connection")),
        p("streaming on (\\d+) connections", QT_TRANSLATE_NOOP("CoreTexts", "streaming on %1 connections")),
        p("history (\\d+)/(\\d+), (\\d+) failed \\(done\\)",
          QT_TRANSLATE_NOOP("CoreTexts", "history %1/%2, %3 failed (done)")),
        p("history (\\d+)/(\\d+), (\\d+) failed", QT_TRANSLATE_NOOP("CoreTexts", "history %1/%2, %3 failed")),
        p("history (\\d+)/(\\d+) \\(done\\)", QT_TRANSLATE_NOOP("CoreTexts", "history %1/%2 (done)")),
        p("history (\\d+)/(\\d+)", QT_TRANSLATE_NOOP("CoreTexts", "history %1/%2")),
        // The data source (engine).
        p("embedded simulator", QT_TRANSLATE_NOOP("CoreTexts", "embedded simulator")),
        p("bybit: (.+)", QT_TRANSLATE_NOOP("CoreTexts", "Bybit: %1")),
        // Why a confluence reading is unavailable (model/confluence).
        p("no trades received", QT_TRANSLATE_NOOP("CoreTexts", "no trades received")),
        p("no order book received", QT_TRANSLATE_NOOP("CoreTexts", "no order book received")),
        p("no funding rate received", QT_TRANSLATE_NOOP("CoreTexts", "no funding rate received")),
        p("no liquidations received", QT_TRANSLATE_NOOP("CoreTexts", "no liquidations received")),
        p("no open-interest data received", QT_TRANSLATE_NOOP("CoreTexts", "no open-interest data received")),
        p("no long/short ratio received", QT_TRANSLATE_NOOP("CoreTexts", "no long/short ratio received")),
        p("the order book has an empty side or awaits a resync",
          QT_TRANSLATE_NOOP("CoreTexts", "the order book has an empty side or awaits a resync")),
        p("warming up (\\d+)/(\\d+)", QT_TRANSLATE_NOOP("CoreTexts", "warming up %1/%2")),
        // Why the risk gate refuses an order (model/trading/RiskGate), with its numbers.
        p("reduce-only buy of (\\d+) lots would not reduce the position of (-?\\d+) lots",
          QT_TRANSLATE_NOOP("CoreTexts", "reduce-only buy of %1 lots would not reduce the position of %2 lots")),
        p("reduce-only sell of (\\d+) lots would not reduce the position of (-?\\d+) lots",
          QT_TRANSLATE_NOOP("CoreTexts", "reduce-only sell of %1 lots would not reduce the position of %2 lots")),
        p("the kill switch is engaged: only reduce-only orders until it is reset",
          QT_TRANSLATE_NOOP("CoreTexts", "the kill switch is engaged: only reduce-only orders until it is reset")),
        p("today's loss (\\S+) has reached the daily limit (\\S+)",
          QT_TRANSLATE_NOOP("CoreTexts", "today's loss %1 has reached the daily limit %2")),
        p("no mark price for (\\S+) yet: the limits cannot be checked",
          QT_TRANSLATE_NOOP("CoreTexts", "no mark price for %1 yet: the limits cannot be checked")),
        p("order notional (\\S+) exceeds the limit (\\S+)",
          QT_TRANSLATE_NOOP("CoreTexts", "order notional %1 exceeds the limit %2")),
        p("limit price (\\S+) is (\\S+) % from the mark (\\S+); the band is (\\S+) %",
          QT_TRANSLATE_NOOP("CoreTexts", "limit price %1 is %2 % from the mark %3; the band is %4 %")),
        p("total position after the order (\\S+) exceeds the limit (\\S+)",
          QT_TRANSLATE_NOOP("CoreTexts", "total position after the order %1 exceeds the limit %2")),
        p("(\\S+) position after the order (\\S+) exceeds the limit (\\S+)",
          QT_TRANSLATE_NOOP("CoreTexts", "%1 position after the order %2 exceeds the limit %3")),
        p("(\\d+) orders are open; the limit is (\\d+)",
          QT_TRANSLATE_NOOP("CoreTexts", "%1 orders are open; the limit is %2")),
        p("(\\d+) orders in the last second; the limit is (\\d+)",
          QT_TRANSLATE_NOOP("CoreTexts", "%1 orders in the last second; the limit is %2")),
    };
}

// Every sentence, tried in this order; numbers and identifiers in the captures are passed through as
// the core wrote them.
const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> table = [] {
        std::vector<Pattern> out;
        for (const auto &part : {connectionSentences(), core_texts::alertSentences(), core_texts::logSentences()}) {
            for (const Sentence &s : part) {
                QRegularExpression re(QStringLiteral("^") + QString::fromUtf8(s.pattern) + QStringLiteral("$"));
                re.optimize();
                out.push_back({std::move(re), s.source, s.nested});
            }
        }
        return out;
    }();
    return table;
}

QString withArgs(QString text, const QStringList &args)
{
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(args[0]);
    case 2:
        return text.arg(args[0], args[1]);
    case 3:
        return text.arg(args[0], args[1], args[2]);
    default:
        return text.arg(args[0], args[1], args[2], args[3]);
    }
}

QString fromTable(const QHash<QString, const char *> &table, const QString &code)
{
    const auto it = table.constFind(code);
    return it == table.cend() ? code : CoreTexts::tr(it.value());
}

// Which pattern a text matched and its captures, remembered: finding them tries every pattern,
// translating them again (in another language) is a lookup. Views ask for the same few texts on
// every repaint.
struct Parsed
{
    int pattern = -1;
    QStringList captures;
};

Parsed parse(const QString &english)
{
    static QMutex mutex;
    static QHash<QString, Parsed> cache;
    {
        QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(english); it != cache.cend())
            return *it;
    }
    Parsed parsed;
    const std::vector<Pattern> &table = patterns();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const QRegularExpressionMatch m = table[i].match.match(english);
        if (!m.hasMatch())
            continue;
        parsed.pattern = static_cast<int>(i);
        for (int c = 1; c <= table[i].match.captureCount(); ++c)
            parsed.captures << m.captured(c);
        break;
    }
    QMutexLocker lock(&mutex);
    if (cache.size() >= 4096)
        cache.clear(); // texts carry numbers: a long session would otherwise keep every one
    cache.insert(english, parsed);
    return parsed;
}

} // namespace

QString CoreTexts::text(const QString &english)
{
    if (english.isEmpty())
        return english;
    const Parsed parsed = parse(english);
    if (parsed.pattern >= 0) {
        const Pattern &p = patterns()[static_cast<std::size_t>(parsed.pattern)];
        QStringList args = parsed.captures;
        for (int i = 0; i < args.size(); ++i) {
            if ((p.nested >> i) & 1u)
                args[i] = text(args[i]);
        }
        return withArgs(tr(p.source), args);
    }
    // Composite texts ("streaming on 3 connections; history 90/90 (done)") part by part.
    const QString separator = QStringLiteral("; ");
    if (english.contains(separator)) {
        QStringList parts = english.split(separator);
        for (QString &part : parts)
            part = text(part);
        return parts.join(QCoreApplication::translate("CoreTexts", "; "));
    }
    return english;
}

namespace {

const QHash<QString, const char *> &componentNames()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("orderflow"), QT_TRANSLATE_NOOP("CoreTexts", "Order flow")},
        {QStringLiteral("orderbook"), QT_TRANSLATE_NOOP("CoreTexts", "Order book")},
        {QStringLiteral("volume"), QT_TRANSLATE_NOOP("CoreTexts", "Volume")},
        {QStringLiteral("price_structure"), QT_TRANSLATE_NOOP("CoreTexts", "Price structure")},
        {QStringLiteral("technical"), QT_TRANSLATE_NOOP("CoreTexts", "Technical")},
        {QStringLiteral("sentiment"), QT_TRANSLATE_NOOP("CoreTexts", "Sentiment")},
    };
    return names;
}

const QHash<QString, const char *> &subIndicatorNames()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("absorption"), QT_TRANSLATE_NOOP("CoreTexts", "Absorption")},
        {QStringLiteral("ad_line"), QT_TRANSLATE_NOOP("CoreTexts", "A/D line")},
        {QStringLiteral("adx"), QT_TRANSLATE_NOOP("CoreTexts", "ADX")},
        {QStringLiteral("atr"), QT_TRANSLATE_NOOP("CoreTexts", "ATR")},
        {QStringLiteral("awesome_oscillator"), QT_TRANSLATE_NOOP("CoreTexts", "Awesome oscillator")},
        {QStringLiteral("cci"), QT_TRANSLATE_NOOP("CoreTexts", "CCI")},
        {QStringLiteral("cmf"), QT_TRANSLATE_NOOP("CoreTexts", "CMF")},
        {QStringLiteral("cvd"), QT_TRANSLATE_NOOP("CoreTexts", "CVD")},
        {QStringLiteral("depth"), QT_TRANSLATE_NOOP("CoreTexts", "Depth")},
        {QStringLiteral("fair_value_gaps"), QT_TRANSLATE_NOOP("CoreTexts", "Fair value gaps")},
        {QStringLiteral("funding_rate"), QT_TRANSLATE_NOOP("CoreTexts", "Funding rate")},
        {QStringLiteral("imbalance"), QT_TRANSLATE_NOOP("CoreTexts", "Imbalance")},
        {QStringLiteral("large_trades"), QT_TRANSLATE_NOOP("CoreTexts", "Large trades")},
        {QStringLiteral("liquidations"), QT_TRANSLATE_NOOP("CoreTexts", "Liquidations")},
        {QStringLiteral("liquidity"), QT_TRANSLATE_NOOP("CoreTexts", "Liquidity")},
        {QStringLiteral("long_short_ratio"), QT_TRANSLATE_NOOP("CoreTexts", "Long/short ratio")},
        {QStringLiteral("macd"), QT_TRANSLATE_NOOP("CoreTexts", "MACD")},
        {QStringLiteral("obv"), QT_TRANSLATE_NOOP("CoreTexts", "OBV")},
        {QStringLiteral("open_interest"), QT_TRANSLATE_NOOP("CoreTexts", "Open interest")},
        {QStringLiteral("order_imbalance_ratio"), QT_TRANSLATE_NOOP("CoreTexts", "Order imbalance ratio")},
        {QStringLiteral("pressure"), QT_TRANSLATE_NOOP("CoreTexts", "Pressure")},
        {QStringLiteral("range_position"), QT_TRANSLATE_NOOP("CoreTexts", "Range position")},
        {QStringLiteral("relative_volume"), QT_TRANSLATE_NOOP("CoreTexts", "Relative volume")},
        {QStringLiteral("rsi"), QT_TRANSLATE_NOOP("CoreTexts", "RSI")},
        {QStringLiteral("spread"), QT_TRANSLATE_NOOP("CoreTexts", "Spread")},
        {QStringLiteral("structure_breaks"), QT_TRANSLATE_NOOP("CoreTexts", "Structure breaks")},
        {QStringLiteral("support_resistance"), QT_TRANSLATE_NOOP("CoreTexts", "Support/resistance")},
        {QStringLiteral("trade_flow_imbalance"), QT_TRANSLATE_NOOP("CoreTexts", "Trade flow imbalance")},
        {QStringLiteral("trend_position"), QT_TRANSLATE_NOOP("CoreTexts", "Trend position")},
        {QStringLiteral("volatility"), QT_TRANSLATE_NOOP("CoreTexts", "Volatility")},
        {QStringLiteral("volume_delta"), QT_TRANSLATE_NOOP("CoreTexts", "Volume delta")},
        {QStringLiteral("volume_profile"), QT_TRANSLATE_NOOP("CoreTexts", "Volume profile")},
        {QStringLiteral("vwap"), QT_TRANSLATE_NOOP("CoreTexts", "VWAP")},
        {QStringLiteral("williams_r"), QT_TRANSLATE_NOOP("CoreTexts", "Williams %R")},
    };
    return names;
}

const QHash<QString, const char *> &topicStates()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("CoreTexts", "pending")},
        {QStringLiteral("live"), QT_TRANSLATE_NOOP("CoreTexts", "live")},
        {QStringLiteral("stale"), QT_TRANSLATE_NOOP("CoreTexts", "stale")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("CoreTexts", "rejected")},
    };
    return names;
}

const QHash<QString, const char *> &inputNames()
{
    // Indicator abbreviations with their periods (rsi14, ema20, adx14, …) read the same in every
    // language and are shown as the core names them.
    static const QHash<QString, const char *> names = {
        {QStringLiteral("absorbed_buys"), QT_TRANSLATE_NOOP("CoreTexts", "absorbed buys")},
        {QStringLiteral("absorbed_sells"), QT_TRANSLATE_NOOP("CoreTexts", "absorbed sells")},
        {QStringLiteral("ask_quantity"), QT_TRANSLATE_NOOP("CoreTexts", "ask quantity")},
        {QStringLiteral("atr_pct"), QT_TRANSLATE_NOOP("CoreTexts", "ATR %")},
        {QStringLiteral("band"), QT_TRANSLATE_NOOP("CoreTexts", "band")},
        {QStringLiteral("bars_since"), QT_TRANSLATE_NOOP("CoreTexts", "bars since")},
        {QStringLiteral("baseline_atr_pct"), QT_TRANSLATE_NOOP("CoreTexts", "baseline ATR %")},
        {QStringLiteral("bearish_gaps"), QT_TRANSLATE_NOOP("CoreTexts", "bearish gaps")},
        {QStringLiteral("bid_quantity"), QT_TRANSLATE_NOOP("CoreTexts", "bid quantity")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("CoreTexts", "body")},
        {QStringLiteral("bullish_gaps"), QT_TRANSLATE_NOOP("CoreTexts", "bullish gaps")},
        {QStringLiteral("buy_trades"), QT_TRANSLATE_NOOP("CoreTexts", "buy trades")},
        {QStringLiteral("buy_volume"), QT_TRANSLATE_NOOP("CoreTexts", "buy volume")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("CoreTexts", "close")},
        {QStringLiteral("count_1m"), QT_TRANSLATE_NOOP("CoreTexts", "count 1m")},
        {QStringLiteral("count_5m"), QT_TRANSLATE_NOOP("CoreTexts", "count 5m")},
        {QStringLiteral("cvd_slope"), QT_TRANSLATE_NOOP("CoreTexts", "CVD slope")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("CoreTexts", "direction")},
        {QStringLiteral("funding_rate"), QT_TRANSLATE_NOOP("CoreTexts", "funding rate")},
        {QStringLiteral("histogram"), QT_TRANSLATE_NOOP("CoreTexts", "histogram")},
        {QStringLiteral("large_buy_volume"), QT_TRANSLATE_NOOP("CoreTexts", "large buy volume")},
        {QStringLiteral("large_sell_volume"), QT_TRANSLATE_NOOP("CoreTexts", "large sell volume")},
        {QStringLiteral("long_notional"), QT_TRANSLATE_NOOP("CoreTexts", "long notional")},
        {QStringLiteral("long_short_ratio"), QT_TRANSLATE_NOOP("CoreTexts", "long/short ratio")},
        {QStringLiteral("microprice"), QT_TRANSLATE_NOOP("CoreTexts", "microprice")},
        {QStringLiteral("mid"), QT_TRANSLATE_NOOP("CoreTexts", "mid")},
        {QStringLiteral("move"), QT_TRANSLATE_NOOP("CoreTexts", "move")},
        {QStringLiteral("net_volume"), QT_TRANSLATE_NOOP("CoreTexts", "net volume")},
        {QStringLiteral("oi_change"), QT_TRANSLATE_NOOP("CoreTexts", "OI change")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("CoreTexts", "period")},
        {QStringLiteral("poc"), QT_TRANSLATE_NOOP("CoreTexts", "POC")},
        {QStringLiteral("price_change"), QT_TRANSLATE_NOOP("CoreTexts", "price change")},
        {QStringLiteral("prior_high"), QT_TRANSLATE_NOOP("CoreTexts", "prior high")},
        {QStringLiteral("prior_low"), QT_TRANSLATE_NOOP("CoreTexts", "prior low")},
        {QStringLiteral("range_high"), QT_TRANSLATE_NOOP("CoreTexts", "range high")},
        {QStringLiteral("range_low"), QT_TRANSLATE_NOOP("CoreTexts", "range low")},
        {QStringLiteral("resistance"), QT_TRANSLATE_NOOP("CoreTexts", "resistance")},
        {QStringLiteral("resistance_touches"), QT_TRANSLATE_NOOP("CoreTexts", "resistance touches")},
        {QStringLiteral("sell_trades"), QT_TRANSLATE_NOOP("CoreTexts", "sell trades")},
        {QStringLiteral("sell_volume"), QT_TRANSLATE_NOOP("CoreTexts", "sell volume")},
        {QStringLiteral("share_of_volume"), QT_TRANSLATE_NOOP("CoreTexts", "share of volume")},
        {QStringLiteral("short_notional"), QT_TRANSLATE_NOOP("CoreTexts", "short notional")},
        {QStringLiteral("signal"), QT_TRANSLATE_NOOP("CoreTexts", "signal")},
        {QStringLiteral("spread_bps"), QT_TRANSLATE_NOOP("CoreTexts", "spread (bp)")},
        {QStringLiteral("support"), QT_TRANSLATE_NOOP("CoreTexts", "support")},
        {QStringLiteral("support_touches"), QT_TRANSLATE_NOOP("CoreTexts", "support touches")},
        {QStringLiteral("swept_high"), QT_TRANSLATE_NOOP("CoreTexts", "swept high")},
        {QStringLiteral("swept_low"), QT_TRANSLATE_NOOP("CoreTexts", "swept low")},
        {QStringLiteral("traded"), QT_TRANSLATE_NOOP("CoreTexts", "traded")},
        {QStringLiteral("value_area_high"), QT_TRANSLATE_NOOP("CoreTexts", "value area high")},
        {QStringLiteral("value_area_low"), QT_TRANSLATE_NOOP("CoreTexts", "value area low")},
        {QStringLiteral("volume"), QT_TRANSLATE_NOOP("CoreTexts", "volume")},
        {QStringLiteral("volume_per_bar"), QT_TRANSLATE_NOOP("CoreTexts", "volume per bar")},
        {QStringLiteral("weighted_ask"), QT_TRANSLATE_NOOP("CoreTexts", "weighted ask")},
        {QStringLiteral("weighted_bid"), QT_TRANSLATE_NOOP("CoreTexts", "weighted bid")},
    };
    return names;
}

} // namespace

QString CoreTexts::componentName(const QString &code)
{
    return fromTable(componentNames(), code);
}

QString CoreTexts::subIndicatorName(const QString &code)
{
    return fromTable(subIndicatorNames(), code);
}

QString CoreTexts::topicState(const QString &code)
{
    return fromTable(topicStates(), code);
}

QString CoreTexts::inputName(const QString &code)
{
    return fromTable(inputNames(), code);
}

QString CoreTexts::fieldName(const QString &name)
{
    static const QHash<QString, const char *> names = [] {
        QHash<QString, const char *> out;
        for (const char *source : core_texts::alertFieldNames())
            out.insert(QString::fromUtf8(source), source);
        return out;
    }();
    return fromTable(names, name);
}

QStringList CoreTexts::fieldLines(const std::vector<alerts::AlertField> &fields)
{
    QStringList lines;
    for (const alerts::AlertField &f : fields)
        lines << tr("%1: %2").arg(fieldName(f.name), text(f.value));
    return lines;
}

QStringList CoreTexts::sources()
{
    QStringList out;
    for (const auto &part : {connectionSentences(), core_texts::alertSentences(), core_texts::logSentences()})
        for (const Sentence &s : part)
            out << QString::fromUtf8(s.source);
    for (const auto *table : {&componentNames(), &subIndicatorNames(), &topicStates(), &inputNames()})
        for (const char *source : *table)
            out << QString::fromUtf8(source);
    for (const char *source : core_texts::alertFieldNames())
        out << QString::fromUtf8(source);
    out << QStringLiteral("; ");
    out.removeDuplicates();
    return out;
}

} // namespace virtuoso::ui
