#pragma once

#include "base/config/ConfigSchema.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <type_traits>

namespace virtuoso {

// The name of one configuration key together with the C++ type its value is read as, so that
// config.get(key::ConnectionMaxArgsChars) is a qint64 checked by the compiler, and a misspelled
// key is a compile error rather than a failed lookup at run time.
template<typename T>
struct Key
{
    using Value = T;

    const char *section;
    const char *name;

    QString qualifiedName() const { return QString::fromLatin1(section) + QLatin1Char('.') + QLatin1String(name); }
};

// Every configuration key, in the order of the schema: constant, C++ type, section, name.
// The C++ type follows the key's ConfigType (see readsAs below). ConfigSchema.cpp describes each
// of these keys (type, default, range, help); a test checks that both list the same keys.
#define VIRTUOSO_CONFIG_KEYS(X)                                                                                        \
    X(ExchangeSource, QString, "exchange", "source")                                                                   \
    X(ExchangeRestUrl, QString, "exchange", "rest_url")                                                                \
    X(ExchangeWsPublicUrl, QString, "exchange", "ws_public_url")                                                       \
    X(ExchangeWsPrivateUrl, QString, "exchange", "ws_private_url")                                                     \
    X(ExchangeSymbols, QStringList, "exchange", "symbols")                                                             \
    X(ExchangeApiKey, QString, "exchange", "api_key")                                                                  \
    X(ExchangeApiSecret, QString, "exchange", "api_secret")                                                            \
    X(ExchangeApiKeyFile, QString, "exchange", "api_key_file")                                                         \
    X(ExchangeRecvWindowMs, qint64, "exchange", "recv_window_ms")                                                      \
    X(ConnectionPingIntervalS, qint64, "connection", "ping_interval_s")                                                \
    X(ConnectionPongTimeoutS, qint64, "connection", "pong_timeout_s")                                                  \
    X(ConnectionBackoffInitialMs, qint64, "connection", "backoff_initial_ms")                                          \
    X(ConnectionBackoffMaxMs, qint64, "connection", "backoff_max_ms")                                                  \
    X(ConnectionBackoffResetS, qint64, "connection", "backoff_reset_s")                                                \
    X(ConnectionConnectSpacingMs, qint64, "connection", "connect_spacing_ms")                                          \
    X(ConnectionOrderbookDepth, QString, "connection", "orderbook_depth")                                              \
    X(ConnectionStaleFactor, double, "connection", "stale_factor")                                                     \
    X(ConnectionMaxArgsChars, qint64, "connection", "max_args_chars")                                                  \
    X(ConnectionQueueCapacity, qint64, "connection", "queue_capacity")                                                 \
    X(ConnectionHandlerBudgetMs, qint64, "connection", "handler_budget_ms")                                            \
    X(ConnectionDrainWindowUs, qint64, "connection", "drain_window_us")                                                \
    X(ConnectionReadWindowUs, qint64, "connection", "read_window_us")                                                  \
    X(ConnectionBootstrapAfterOutageS, qint64, "connection", "bootstrap_after_outage_s")                               \
    X(ConnectionTransport, QString, "connection", "transport")                                                         \
    X(ConnectionMaxMessageMib, qint64, "connection", "max_message_mib")                                                \
    X(RestTimeoutMs, qint64, "rest", "timeout_ms")                                                                     \
    X(RestIpLimitPer5s, qint64, "rest", "ip_limit_per_5s")                                                             \
    X(RestMaxRetries, qint64, "rest", "max_retries")                                                                   \
    X(RestBanPauseS, qint64, "rest", "ban_pause_s")                                                                    \
    X(ConfluenceWeightOrderflow, double, "confluence", "weight_orderflow")                                             \
    X(ConfluenceWeightOrderbook, double, "confluence", "weight_orderbook")                                             \
    X(ConfluenceWeightVolume, double, "confluence", "weight_volume")                                                   \
    X(ConfluenceWeightPriceStructure, double, "confluence", "weight_price_structure")                                  \
    X(ConfluenceWeightTechnical, double, "confluence", "weight_technical")                                             \
    X(ConfluenceWeightSentiment, double, "confluence", "weight_sentiment")                                             \
    X(ConfluenceTimeframeWeights, QList<double>, "confluence", "timeframe_weights")                                    \
    X(ConfluenceLongThreshold, double, "confluence", "long_threshold")                                                 \
    X(ConfluenceShortThreshold, double, "confluence", "short_threshold")                                               \
    X(ConfluencePublishHz, qint64, "confluence", "publish_hz")                                                         \
    X(ApiEnabled, QString, "api", "enabled")                                                                           \
    X(ApiListen, QString, "api", "listen")                                                                             \
    X(ApiTokenFile, QString, "api", "token_file")                                                                      \
    X(ApiTlsCert, QString, "api", "tls_cert")                                                                          \
    X(ApiTlsKey, QString, "api", "tls_key")                                                                            \
    X(ApiMaxRequestBytes, qint64, "api", "max_request_bytes")                                                          \
    X(ApiRateLimitPerS, qint64, "api", "rate_limit_per_s")                                                             \
    X(ApiMaxConnections, qint64, "api", "max_connections")                                                             \
    X(ApiMaxConnectionsPerClient, qint64, "api", "max_connections_per_client")                                         \
    X(ApiRequestTimeoutS, qint64, "api", "request_timeout_s")                                                          \
    X(ApiMaxStreamSubscribers, qint64, "api", "max_stream_subscribers")                                                \
    X(ApiStreamStallTimeoutS, qint64, "api", "stream_stall_timeout_s")                                                 \
    X(StoreEnabled, bool, "store", "enabled")                                                                          \
    X(StorePath, QString, "store", "path")                                                                             \
    X(StoreRetentionDays, qint64, "store", "retention_days")                                                           \
    X(StoreFlushIntervalMs, qint64, "store", "flush_interval_ms")                                                      \
    X(LoggingLevel, QString, "logging", "level")                                                                       \
    X(LoggingTarget, QString, "logging", "target")                                                                     \
    X(LoggingSummaryIntervalS, qint64, "logging", "summary_interval_s")                                                \
    X(LoggingMaxPerCodePerMin, qint64, "logging", "max_per_code_per_min")                                              \
    X(TradingVenue, QString, "trading", "venue")                                                                       \
    X(TradingAllowLive, bool, "trading", "allow_live")                                                                 \
    X(TradingPaperBalance, double, "trading", "paper_balance")                                                         \
    X(TradingRiskPerTradePct, double, "trading", "risk_per_trade_pct")                                                 \
    X(TradingAutoPaper, bool, "trading", "auto_paper")                                                                 \
    X(TradingKillOnStreamLossS, qint64, "trading", "kill_on_stream_loss_s")                                            \
    X(TradingDcpWindowS, qint64, "trading", "dcp_window_s")                                                            \
    X(TradingRetentionS, qint64, "trading", "retention_s")                                                             \
    X(TradingTokenFile, QString, "trading", "token_file")                                                              \
    X(TradingAuditPath, QString, "trading", "audit_path")                                                              \
    X(RiskMaxOrderNotional, double, "risk", "max_order_notional")                                                      \
    X(RiskMaxPositionNotional, double, "risk", "max_position_notional")                                                \
    X(RiskMaxTotalNotional, double, "risk", "max_total_notional")                                                      \
    X(RiskMaxOpenOrders, qint64, "risk", "max_open_orders")                                                            \
    X(RiskMaxOrdersPerSecond, qint64, "risk", "max_orders_per_second")                                                 \
    X(RiskPriceBandPercent, double, "risk", "price_band_percent")                                                      \
    X(RiskDailyLossLimit, double, "risk", "daily_loss_limit")                                                          \
    X(AlertsEnabled, bool, "alerts", "enabled")                                                                        \
    X(AlertsJournalPath, QString, "alerts", "journal_path")                                                            \
    X(AlertsTapeMinNotional, double, "alerts", "tape_min_notional")

namespace key {
#define VIRTUOSO_DECLARE_CONFIG_KEY(Constant, Type, Section, Name) inline constexpr Key<Type> Constant{Section, Name};
VIRTUOSO_CONFIG_KEYS(VIRTUOSO_DECLARE_CONFIG_KEY)
#undef VIRTUOSO_DECLARE_CONFIG_KEY
} // namespace key

// Calls visit(key::Constant) for every key above, in order.
template<typename Visitor>
void forEachConfigKey(Visitor &&visit)
{
#define VIRTUOSO_VISIT_CONFIG_KEY(Constant, Type, Section, Name) visit(key::Constant);
    VIRTUOSO_CONFIG_KEYS(VIRTUOSO_VISIT_CONFIG_KEY)
#undef VIRTUOSO_VISIT_CONFIG_KEY
}

// Whether a key of this ConfigType is read as T: whole numbers as qint64, decimals as double,
// symbols as a QStringList, decimal lists as QList<double>, and all text-like types as QString.
template<typename T>
constexpr bool readsAs(ConfigType type)
{
    switch (type) {
    case ConfigType::Int:
        return std::is_same_v<T, qint64>;
    case ConfigType::Double:
        return std::is_same_v<T, double>;
    case ConfigType::Bool:
        return std::is_same_v<T, bool>;
    case ConfigType::Symbols:
        return std::is_same_v<T, QStringList>;
    case ConfigType::DoubleList:
        return std::is_same_v<T, QList<double>>;
    case ConfigType::String:
    case ConfigType::Enum:
    case ConfigType::HttpUrl:
    case ConfigType::WsUrl:
    case ConfigType::HostPort:
    case ConfigType::Path:
        return std::is_same_v<T, QString>;
    }
    return false;
}

} // namespace virtuoso
