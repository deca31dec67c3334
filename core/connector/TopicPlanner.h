#pragma once

#include "model/market/PublicMessage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace virtuoso::exchange {

// What a public topic name says: its kind, symbol, parameter (book depth or kline minutes), and how
// often data is expected on it, which drives the data-age watchdog.
struct TopicInfo
{
    bool known = false; // one of the public topics this connector subscribes
    TopicKind kind = TopicKind::OrderBook;
    QString symbol;
    int param = 0;                 // orderbook depth, or kline interval in minutes
    qint64 expectedIntervalMs = 0; // 0: event-driven (trades, liquidations), no watchdog
    // The longest silence the exchange allows a healthy topic: a stream that pushes only when its
    // data changes may be quiet this long however often it spoke before. A measured cadence never
    // brings the topic's stale threshold below it.
    qint64 normalSilenceMs = 0;
};

TopicInfo describeTopic(const QString &topic);

struct ConnectionPlan
{
    QString connId; // conn_0 … conn_N
    QStringList symbols;
    QStringList topics;
};

struct TopicPlanSettings
{
    int orderbookDepth = 50;
    QList<int> klineMinutes{1, 5, 30, 240};
    int maxArgsChars = 20000; // per connection, below Bybit's 21,000
    int argsPerRequest = 10;  // per subscribe request: the strictest limit Bybit documents
};

// Which connection carries which topics. Topics of one symbol stay on one connection; symbols are
// packed, in sorted order, into as few connections as the args limit allows, so the same symbol set
// always yields the same assignment.
class TopicPlanner
{
public:
    static QStringList topicsForSymbol(const QString &symbol, const TopicPlanSettings &settings);
    static std::vector<ConnectionPlan> plan(const QStringList &symbols, const TopicPlanSettings &settings);
    // Subscribe requests for `topics`, each within `argsPerRequest` args and `maxArgsChars`.
    static std::vector<QStringList> batches(const QStringList &topics, const TopicPlanSettings &settings);
    // Characters of the JSON args array holding `topics`: ["a","b"] → 9.
    static int argsChars(const QStringList &topics);
};

} // namespace virtuoso::exchange
