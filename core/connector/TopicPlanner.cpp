#include "connector/TopicPlanner.h"

#include <algorithm>

namespace virtuoso::exchange {

namespace {

// The bytes one more topic adds to an args array: quotes plus a comma.
int topicCost(const QString &topic)
{
    return static_cast<int>(topic.size()) + 3;
}

qint64 klineExpectedMs(int minutes)
{
    // Bybit pushes an open candle every 1–60 s, so a minute without one is already late.
    Q_UNUSED(minutes);
    return 60'000;
}

} // namespace

TopicInfo describeTopic(const QString &topic)
{
    TopicInfo info;
    const QStringList parts = topic.split(QLatin1Char('.'));
    if (parts.size() == 3 && parts[0] == u"orderbook") {
        info.kind = TopicKind::OrderBook;
        info.known = true;
        info.param = parts[1].toInt();
        info.symbol = parts[2];
        // Level 1 is re-pushed every 3 s even without change; deeper books move far more often
        // on any listed perpetual, and 3 s is the same bound.
        info.expectedIntervalMs = 3000;
    } else if (parts.size() == 3 && parts[0] == u"kline") {
        info.kind = TopicKind::Kline;
        info.known = true;
        info.param = parts[1].toInt();
        info.symbol = parts[2];
        info.expectedIntervalMs = klineExpectedMs(info.param);
        // An open candle is pushed when it changes, so a symbol without trades sends nothing for
        // up to the documented 60 s, even right after a busy spell of one push a second.
        info.normalSilenceMs = klineExpectedMs(info.param);
    } else if (parts.size() == 2 && parts[0] == u"publicTrade") {
        info.kind = TopicKind::PublicTrade;
        info.known = true;
        info.symbol = parts[1];
    } else if (parts.size() == 2 && parts[0] == u"tickers") {
        info.kind = TopicKind::Ticker;
        info.known = true;
        info.symbol = parts[1];
        info.expectedIntervalMs = 3000;
    } else if (parts.size() == 2 && parts[0] == u"allLiquidation") {
        info.kind = TopicKind::Liquidation;
        info.known = true;
        info.symbol = parts[1];
    } else if (!parts.isEmpty()) {
        info.symbol = parts.last();
    }
    return info;
}

QStringList TopicPlanner::topicsForSymbol(const QString &symbol, const TopicPlanSettings &settings)
{
    QStringList topics;
    topics << QStringLiteral("orderbook.%1.%2").arg(settings.orderbookDepth).arg(symbol)
           << QStringLiteral("publicTrade.%1").arg(symbol) << QStringLiteral("tickers.%1").arg(symbol);
    for (int minutes : settings.klineMinutes)
        topics << QStringLiteral("kline.%1.%2").arg(minutes).arg(symbol);
    topics << QStringLiteral("allLiquidation.%1").arg(symbol);
    return topics;
}

int TopicPlanner::argsChars(const QStringList &topics)
{
    int chars = 2; // [ ]
    for (const QString &t : topics)
        chars += topicCost(t);
    return topics.isEmpty() ? chars : chars - 1; // no comma after the last
}

std::vector<ConnectionPlan> TopicPlanner::plan(const QStringList &symbols, const TopicPlanSettings &settings)
{
    QStringList sorted;
    for (const QString &s : symbols) {
        const QString upper = s.trimmed().toUpper();
        if (!upper.isEmpty() && !sorted.contains(upper))
            sorted << upper;
    }
    std::sort(sorted.begin(), sorted.end());

    std::vector<ConnectionPlan> plans;
    int used = 0;
    const auto openConnection = [&] {
        ConnectionPlan plan;
        plan.connId = QStringLiteral("conn_%1").arg(plans.size());
        plans.push_back(plan);
        used = 2;
    };
    for (const QString &symbol : sorted) {
        const QStringList topics = topicsForSymbol(symbol, settings);
        int cost = 0;
        for (const QString &t : topics)
            cost += topicCost(t);
        if (plans.empty() || (used + cost > settings.maxArgsChars && !plans.back().topics.isEmpty()))
            openConnection();
        // A symbol whose topics alone exceed the limit is split; no real limit comes close.
        for (const QString &t : topics) {
            if (used + topicCost(t) > settings.maxArgsChars && !plans.back().topics.isEmpty())
                openConnection();
            plans.back().topics << t;
            if (plans.back().symbols.isEmpty() || plans.back().symbols.last() != symbol)
                plans.back().symbols << symbol;
            used += topicCost(t);
        }
    }
    return plans;
}

std::vector<QStringList> TopicPlanner::batches(const QStringList &topics, const TopicPlanSettings &settings)
{
    std::vector<QStringList> out;
    int used = 2;
    for (const QString &t : topics) {
        if (out.empty() || out.back().size() >= std::max(1, settings.argsPerRequest) ||
            used + topicCost(t) > settings.maxArgsChars) {
            out.emplace_back();
            used = 2;
        }
        out.back() << t;
        used += topicCost(t);
    }
    return out;
}

} // namespace virtuoso::exchange
