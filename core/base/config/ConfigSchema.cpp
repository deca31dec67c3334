#include "base/config/ConfigSchema.h"

#include "base/config/ConfigKeys.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace virtuoso {

namespace {

template<typename T>
ConfigKey key(Key<T> id, ConfigType type, const char *def, const char *help)
{
    ConfigKey k;
    k.section = QLatin1String(id.section);
    k.name = QLatin1String(id.name);
    k.type = type;
    k.defaultValue = QLatin1String(def);
    k.help = QLatin1String(help);
    return k;
}

ConfigKey ranged(ConfigKey k, double min, double max)
{
    k.min = min;
    k.max = max;
    return k;
}

ConfigKey choices(ConfigKey k, std::initializer_list<const char *> values)
{
    for (const char *v : values)
        k.choices << QLatin1String(v);
    return k;
}

ConfigKey secret(ConfigKey k)
{
    k.secret = true;
    return k;
}

// Each key is named through its constant in ConfigKeys.h, where readers find it too.
std::vector<ConfigKey> buildKeys()
{
    using T = ConfigType;
    return {
        // [exchange]
        choices(key(key::ExchangeSource, T::Enum, "sim",
                    "Where market data comes from: 'sim' starts the embedded simulator, 'bybit' connects to "
                    "the URLs below (mainnet by default). Setting rest_url or ws_public_url implies 'bybit'."),
                {"sim", "bybit"}),
        key(key::ExchangeRestUrl, T::HttpUrl, "",
            "Base URL of a Bybit v5-compatible REST API. Empty: https://api.bybit.com for source=bybit."),
        key(key::ExchangeWsPublicUrl, T::WsUrl, "",
            "Public WebSocket URL for linear perpetuals. Empty: wss://stream.bybit.com/v5/public/linear."),
        key(key::ExchangeWsPrivateUrl, T::WsUrl, "",
            "Private WebSocket URL. Empty: wss://stream.bybit.com/v5/private."),
        key(key::ExchangeSymbols, T::Symbols,
            "BTCUSDT,ETHUSDT,SOLUSDT,XRPUSDT,DOGEUSDT,BNBUSDT,ADAUSDT,LINKUSDT,AVAXUSDT,SUIUSDT",
            "Linear perpetual symbols to watch, comma-separated."),
        secret(key(key::ExchangeApiKey, T::String, "",
                   "API key for private data and orders. Prefer api_key_file; a config file holding a key "
                   "must be readable by its owner only (mode 0600).")),
        secret(key(key::ExchangeApiSecret, T::String, "",
                   "API secret matching api_key. Never logged; masked in check-config.")),
        key(key::ExchangeApiKeyFile, T::Path, "", "File (mode 0600) holding two lines: the API key, then the secret."),
        ranged(key(key::ExchangeRecvWindowMs, T::Int, "5000",
                   "Signed requests are valid for this long after their timestamp."),
               1000, 60000),

        // [connection]
        ranged(key(key::ConnectionPingIntervalS, T::Int, "20",
                   "Application ping on every WebSocket, regardless of traffic."),
               5, 60),
        ranged(key(key::ConnectionPongTimeoutS, T::Int, "10",
                   "A connection without a pong this long after a ping is restarted."),
               1, 60),
        ranged(key(key::ConnectionBackoffInitialMs, T::Int, "500",
                   "First reconnect delay; doubles per failure with full jitter."),
               100, 60000),
        ranged(key(key::ConnectionBackoffMaxMs, T::Int, "30000", "Upper bound of the reconnect delay."), 1000, 600000),
        ranged(key(key::ConnectionBackoffResetS, T::Int, "60",
                   "A connection live this long resets its backoff to the initial delay."),
               5, 3600),
        ranged(key(key::ConnectionConnectSpacingMs, T::Int, "600",
                   "At most one new connection per this interval, process-wide (Bybit allows 500 per 5 min)."),
               500, 60000),
        choices(key(key::ConnectionOrderbookDepth, T::Enum, "50", "Order-book depth subscribed per symbol."),
                {"1", "50", "200", "1000"}),
        ranged(key(key::ConnectionStaleFactor, T::Double, "5",
                   "A topic is stale after this many times its expected message interval without data."),
               1.5, 100),
        ranged(key(key::ConnectionMaxArgsChars, T::Int, "20000",
                   "Subscription arguments per connection stay below this many characters (Bybit: 21,000)."),
               100, 20999),
        ranged(key(key::ConnectionQueueCapacity, T::Int, "8192",
                   "Messages buffered per connection between network and engine threads. When full, the native "
                   "client stops reading until there is room; the qt client drops and resyncs."),
               64, 1048576),
        ranged(key(key::ConnectionHandlerBudgetMs, T::Int, "50",
                   "Frame received to applied in market state above this is a HANDLER_SLOW event."),
               1, 10000),
        ranged(key(key::ConnectionDrainWindowUs, T::Int, "500",
                   "While messages keep coming, the engine applies them at most once per this many microseconds: "
                   "fewer thread wake-ups for at most this much more latency; 0 applies them after every socket "
                   "read."),
               0, 5000),
        ranged(key(key::ConnectionReadWindowUs, T::Int, "1000",
                   "While the streams keep coming, the network thread reads its sockets at most once per this many "
                   "microseconds: what arrives meanwhile is read and handed to the engine in one pass. A message "
                   "waits at most this long; the first after a pause none. 0 reads every segment as it arrives."),
               0, 5000),
        ranged(key(key::ConnectionBootstrapAfterOutageS, T::Int, "300",
                   "When no stream was live for longer than this, candle and trade history is fetched again."),
               10, 86400),
        choices(key(key::ConnectionTransport, T::Enum, "native",
                    "WebSocket client of the public streams: native (RFC 6455 over Qt's TCP/TLS sockets, UTF-8 "
                    "throughout) or qt (QWebSocket)."),
                {"native", "qt"}),
        ranged(key(key::ConnectionMaxMessageMib, T::Int, "16",
                   "A public stream message larger than this many MiB closes the connection (close code 1009)."),
               1, 1024),

        // [rest]
        ranged(key(key::RestTimeoutMs, T::Int, "5000", "Deadline of one REST request."), 100, 120000),
        ranged(key(key::RestIpLimitPer5s, T::Int, "500",
                   "Requests per 5 s the process allows itself (Bybit's IP limit is 600)."),
               1, 600),
        ranged(key(key::RestMaxRetries, T::Int, "3", "Retries of an idempotent request after a transient failure."), 0,
               10),
        ranged(key(key::RestBanPauseS, T::Int, "600", "Pause after HTTP 403 (IP ban) before the next request."), 10,
               7200),

        // [confluence]
        ranged(key(key::ConfluenceWeightOrderflow, T::Double, "0.30", "Weight of the orderflow component."), 0, 1),
        ranged(key(key::ConfluenceWeightOrderbook, T::Double, "0.20", "Weight of the orderbook component."), 0, 1),
        ranged(key(key::ConfluenceWeightVolume, T::Double, "0.18", "Weight of the volume component."), 0, 1),
        ranged(key(key::ConfluenceWeightPriceStructure, T::Double, "0.15", "Weight of the price-structure component."),
               0, 1),
        ranged(key(key::ConfluenceWeightTechnical, T::Double, "0.10", "Weight of the technical component."), 0, 1),
        ranged(key(key::ConfluenceWeightSentiment, T::Double, "0.07", "Weight of the sentiment component."), 0, 1),
        ranged(key(key::ConfluenceTimeframeWeights, T::DoubleList, "0.4,0.3,0.2,0.1",
                   "Weights of the 1m, 5m, 30m and 4h timeframes."),
               0, 1),
        ranged(key(key::ConfluenceLongThreshold, T::Double, "70", "Score at or above which the signal is long."), 50,
               100),
        ranged(key(key::ConfluenceShortThreshold, T::Double, "35", "Score at or below which the signal is short."), 0,
               50),
        ranged(key(key::ConfluencePublishHz, T::Int, "10", "Snapshots per second sent to the GUI and API."), 1, 60),

        // [api]
        choices(key(key::ApiEnabled, T::Enum, "auto",
                    "Monitoring API: 'auto' serves it in daemon mode only; 'on' or 'off' force it."),
                {"auto", "on", "off"}),
        key(key::ApiListen, T::HostPort, "127.0.0.1:8787",
            "Address of the monitoring API. A non-loopback address needs token_file and TLS."),
        key(key::ApiTokenFile, T::Path, "", "File (mode 0600) holding the bearer token clients must send."),
        key(key::ApiTlsCert, T::Path, "", "PEM certificate; with tls_key, the API speaks HTTPS/WSS."),
        key(key::ApiTlsKey, T::Path, "", "PEM private key matching tls_cert (mode 0600)."),
        ranged(key(key::ApiMaxRequestBytes, T::Int, "65536", "Larger requests are answered with 413."), 1024, 16777216),
        ranged(key(key::ApiRateLimitPerS, T::Int, "50", "Requests per second per client; more get 429."), 1, 10000),
        ranged(key(key::ApiMaxConnections, T::Int, "512",
                   "Open HTTP connections in all. Beyond them the longest-idle one is closed, and a reserve of 32 "
                   "serves only loopback clients, /health, /ready and requests with the token."),
               16, 100000),
        ranged(key(key::ApiMaxConnectionsPerClient, T::Int, "32",
                   "Open HTTP connections per client address (an IPv6 /64 is one client); more are answered 503."),
               1, 100000),
        ranged(key(key::ApiRequestTimeoutS, T::Int, "15",
                   "A request must be complete this long after its first byte (else 408), and an idle keep-alive "
                   "connection is closed after it."),
               1, 3600),
        ranged(
            key(key::ApiMaxStreamSubscribers, T::Int, "64", "Open /api/v1/stream WebSockets; more are answered 503."),
            1, 10000),
        ranged(key(key::ApiStreamStallTimeoutS, T::Int, "30",
                   "A stream subscriber that takes none of its unsent bytes for this long (it stopped reading) is "
                   "closed with 1008."),
               1, 3600),

        // [store]
        key(key::StoreEnabled, T::Bool, "true",
            "Record timeouts, connection states, warning aggregates and signal scores in the history "
            "database. Off: only the in-memory journal (the API answers older ranges from memory only)."),
        key(key::StorePath, T::Path, "",
            "SQLite history database. Empty: $STATE_DIRECTORY, $XDG_STATE_HOME/virtuoso or ~/.local/state/virtuoso, "
            "file history.db."),
        ranged(key(key::StoreRetentionDays, T::Int, "14", "History older than this is deleted."), 1, 3650),
        ranged(key(key::StoreFlushIntervalMs, T::Int, "500", "Batched writes are committed this often."), 50, 10000),

        // [logging]
        choices(key(key::LoggingLevel, T::Enum, "auto",
                    "Lowest level logged: 'auto' is warning in daemon mode and info otherwise."),
                {"auto", "debug", "info", "notice", "warning", "error", "critical"}),
        choices(key(key::LoggingTarget, T::Enum, "auto",
                    "'auto' writes to the journal when stderr is connected to it, else readable lines on "
                    "stderr; 'journal' forces native journal fields; 'syslog-prefix' prefixes <N> priorities."),
                {"auto", "journal", "stderr", "syslog-prefix"}),
        ranged(key(key::LoggingSummaryIntervalS, T::Int, "600",
                   "Repeated warnings are summarised once per this interval."),
               10, 86400),
        ranged(key(key::LoggingMaxPerCodePerMin, T::Int, "6",
                   "Lines per minute one message code may write before it is only counted."),
               1, 10000),

        // [trading]
        choices(key(key::TradingVenue, T::Enum, "paper",
                    "Where orders go: 'paper' (a local broker filling against the public market, no keys), "
                    "'simulator' (the simulator's exchange; the embedded one is wired automatically), "
                    "'testnet', 'demo' or 'live' (Bybit, with exchange.api_key_file). 'live' also needs "
                    "allow_live and a typed confirmation."),
                {"paper", "simulator", "testnet", "demo", "live"}),
        key(key::TradingAllowLive, T::Bool, "false",
            "Permit venue = live. Without it a live venue is refused at start."),
        ranged(key(key::TradingPaperBalance, T::Double, "10000",
                   "The paper account's starting balance, in USDT, when it is new (the account is kept in "
                   "paper-account.json beside the audit log)."),
               1, 1000000000),
        ranged(key(key::TradingRiskPerTradePct, T::Double, "0.5",
                   "The share of equity, in %, a trade plan from a signal loses at its stop: the plan's size."),
               0.01, 10),
        key(key::TradingAutoPaper, T::Bool, "false",
            "Trade every tracked signal on the paper venue (venue = paper only): a market order sized by "
            "risk_per_trade_pct with the plan's stop and final target, one trade per symbol at a time; "
            "GET /api/v1/signals/paper compares its results with the tracked outcomes."),
        ranged(key(key::TradingKillOnStreamLossS, T::Int, "0",
                   "Engage the kill switch when the private stream stays down this long (0: never)."),
               0, 86400),
        ranged(key(key::TradingDcpWindowS, T::Int, "0",
                   "Ask the exchange to cancel every order when the private stream is lost for this long "
                   "(Bybit's disconnect-cancel; 0: off; 3 to 300)."),
               0, 300),
        ranged(key(key::TradingRetentionS, T::Int, "3600",
                   "How long the trading thread keeps a finished order (beyond the newest 1,000) and remembers "
                   "a fill's execId (at least 20 minutes), so a long session stays in bounded memory; the audit "
                   "log keeps everything."),
               600, 604800),
        key(key::TradingTokenFile, T::Path, "",
            "File (mode 0600) holding the bearer token that may trade through the API (kill switch, orders). "
            "It must differ from the monitoring token. Empty: the API cannot trade."),
        key(key::TradingAuditPath, T::Path, "",
            "The trading audit log (SQLite, append-only). Empty: next to the history database, "
            "trading-audit.db."),

        // [risk]
        ranged(key(key::RiskMaxOrderNotional, T::Double, "1000", "Largest single order, in USDT (0: no limit)."), 0,
               1e9),
        ranged(key(key::RiskMaxPositionNotional, T::Double, "5000",
                   "Largest position of one symbol after an order, at the mark, in USDT (0: no limit)."),
               0, 1e10),
        ranged(key(key::RiskMaxTotalNotional, T::Double, "20000",
                   "Largest sum of every position after an order, at the marks, in USDT (0: no limit)."),
               0, 1e11),
        ranged(key(key::RiskMaxOpenOrders, T::Int, "50", "Most live orders at once (0: no limit)."), 0, 500),
        ranged(key(key::RiskMaxOrdersPerSecond, T::Int, "5", "Most orders sent in any one second (0: no limit)."), 0,
               1000),
        ranged(key(key::RiskPriceBandPercent, T::Double, "5",
                   "A limit price further than this from the mark is refused as a fat finger (0: off)."),
               0, 100),
        ranged(key(key::RiskDailyLossLimit, T::Double, "500",
                   "Today's realised + unrealised loss, in USDT, that engages the kill switch (0: off)."),
               0, 1e9),

        // [alerts]
        key(key::AlertsEnabled, T::Bool, "true",
            "Evaluate the [rule.NAME] sections and deliver their alerts through the [channel.NAME] sections "
            "(docs/alerts.md). Off: no alert is raised, delivered or journaled."),
        key(key::AlertsJournalPath, T::Path, "",
            "The alert journal (SQLite, mode 0600): every alert, its deliveries and what was suppressed. "
            "Empty: next to the history database, alerts.sqlite."),
        ranged(key(key::AlertsTapeMinNotional, T::Double, "100000",
                   "The market-events tape of the Alerts view shows trades of at least this notional (USDT) "
                   "and every liquidation."),
               0, 1e12),
    };
}

ConfigKey familyKey(const char *prefix, const char *name, ConfigType type, const char *def, const char *help)
{
    ConfigKey k;
    k.section = QLatin1String(prefix);
    k.name = QLatin1String(name);
    k.type = type;
    k.defaultValue = QLatin1String(def);
    k.help = QLatin1String(help);
    return k;
}

// The named sections of the alerts (docs/alerts.md). Keys with an empty default are unset until
// the file sets them; Config::checkConsistency holds the rules between keys (a rule's channels
// must exist, a webhook needs a URL, ...).
std::vector<ConfigFamily> buildFamilies()
{
    using T = ConfigType;
    ConfigFamily channel;
    channel.prefix = QStringLiteral("channel");
    channel.help = QStringLiteral("one place alerts are delivered to");
    channel.keys = {
        choices(familyKey("channel", "type", T::Enum, "",
                          "Where the alerts go: a desktop notification of the workstation, a Discord or Slack "
                          "webhook, a Telegram bot, or any HTTP endpoint taking the documented JSON."),
                {"desktop", "discord", "slack", "telegram", "webhook"}),
        secret(familyKey("channel", "url", T::HttpUrl, "",
                         "The webhook URL (Telegram: https://api.telegram.org/bot<TOKEN>). It is a secret: "
                         "prefer url_file; a config file holding one must be mode 0600.")),
        familyKey("channel", "url_file", T::Path, "", "File (mode 0600) holding the URL on its first line."),
        familyKey("channel", "chat_id", T::String, "", "Telegram: the chat the bot writes to."),
        choices(familyKey("channel", "parse_mode", T::Enum, "HTML", "Telegram: how the text is marked up."),
                {"HTML", "MarkdownV2", "none"}),
        familyKey("channel", "secret_file", T::Path, "",
                  "Webhook: file (mode 0600) holding the key of the X-Virtuoso-Signature HMAC-SHA256 header."),
        ranged(familyKey("channel", "timeout_ms", T::Int, "5000", "Deadline of one delivery attempt."), 100, 120000),
        ranged(familyKey("channel", "max_retries", T::Int, "5",
                         "Failed attempts of one alert after which the channel is marked failing; its alerts "
                         "stay queued and journaled and are retried until it recovers."),
               0, 100),
        ranged(familyKey("channel", "backoff_initial_ms", T::Int, "1000",
                         "First delay before a retry; doubles per failure with full jitter."),
               10, 600000),
        ranged(familyKey("channel", "backoff_max_ms", T::Int, "60000", "Upper bound of the retry delay."), 10, 3600000),
        familyKey("channel", "enabled", T::Bool, "true", "Off: rules naming this channel deliver nowhere."),
    };
    ConfigFamily rule;
    rule.prefix = QStringLiteral("rule");
    rule.help = QStringLiteral("one alert rule: what raises an alert, and where it goes");
    rule.keys = {
        choices(familyKey("rule", "source", T::Enum, "",
                          "What raises the alert: the confluence signal entering or leaving its long/short "
                          "zone, a large trade, liquidations, price crossing a level, a connection stale or "
                          "in backoff, a burst of timeouts, several connections failing together (incident), "
                          "an IP ban of the exchange's REST API, handler latency or memory over a limit, an "
                          "order rejected or filled, the kill switch, the day's loss near its limit."),
                {"signal", "whale", "liquidation", "price", "connection", "timeouts", "incident", "rest_ban", "latency",
                 "memory", "order_rejected", "order_filled", "kill_switch", "daily_loss"}),
        familyKey("rule", "symbols", T::Symbols, "", "Only these symbols. Unset: every watched symbol."),
        familyKey("rule", "channels", T::String, "", "Comma-separated [channel.NAME] names the alerts go to."),
        choices(familyKey("rule", "severity", T::Enum, "auto",
                          "The alerts' severity; 'auto' keeps the one the source gives."),
                {"auto", "info", "warning", "critical"}),
        ranged(familyKey("rule", "min_notional", T::Double, "0",
                         "whale: a trade of at least this notional (USDT); liquidation: a single liquidation "
                         "of at least this notional (0: not on single ones)."),
               0, 1e12),
        ranged(familyKey("rule", "total_notional", T::Double, "0",
                         "liquidation: liquidations summing to at least this notional within window_s, per "
                         "symbol and across the symbols (0: off)."),
               0, 1e13),
        ranged(familyKey("rule", "window_s", T::Int, "300",
                         "liquidation: window of total_notional; timeouts: window of burst_count."),
               1, 86400),
        ranged(familyKey("rule", "levels", T::DoubleList, "", "price: the levels whose crossing raises an alert."), 0,
               1e12),
        ranged(familyKey("rule", "hysteresis", T::Double, "5",
                         "signal: points the score must move back past a threshold before it counts as "
                         "having left the zone."),
               0, 50),
        ranged(familyKey("rule", "stale_after_s", T::Int, "60",
                         "connection: stale or in backoff this long raises the alert."),
               1, 86400),
        ranged(familyKey("rule", "burst_count", T::Int, "10", "timeouts: this many within window_s is a burst."), 1,
               100000),
        ranged(familyKey("rule", "latency_ms", T::Double, "100",
                         "latency: a connection's recent handler latency (p99) at least this raises the alert."),
               0.1, 60000),
        ranged(familyKey("rule", "max_rss_mb", T::Double, "1024",
                         "memory: the process's resident memory at least this raises the alert."),
               16, 1e6),
        ranged(familyKey("rule", "near_pct", T::Double, "80",
                         "daily_loss: the day's loss at this share of risk.daily_loss_limit raises the alert."),
               1, 100),
        ranged(familyKey("rule", "cooldown_s", T::Int, "300",
                         "Alerts of one key (rule, source, symbol, kind) within this time after a delivered "
                         "one are counted, not sent; the next one sent says how many."),
               0, 604800),
        familyKey("rule", "quiet_hours", T::String, "",
                  "Local time ranges without alerts, e.g. 22:00-07:00,12:30-13:00; suppressed alerts are "
                  "counted and summarised by the next one sent."),
        familyKey("rule", "quiet_allows_critical", T::Bool, "true", "Critical alerts are sent in quiet hours too."),
        ranged(familyKey("rule", "max_per_hour", T::Int, "30",
                         "Messages per channel and hour this rule may send (0: no limit); more are counted and "
                         "summarised by the next one sent."),
               0, 100000),
        familyKey("rule", "enabled", T::Bool, "true", "Off: the rule raises nothing."),
    };
    return {channel, rule};
}

// The edit distance of a and b when it is at most `limit`, limit + 1 otherwise. Strings whose
// lengths differ by more than the limit are never compared, and a comparison stops at the first row
// that is already farther: a long unknown key costs next to nothing against the schema.
int editDistanceWithin(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], limit + 1);
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 10);
}

bool parseBool(const QString &text, bool *ok)
{
    const QString t = text.toLower();
    *ok = true;
    if (t == u"true" || t == u"yes" || t == u"on" || t == u"1")
        return true;
    if (t == u"false" || t == u"no" || t == u"off" || t == u"0")
        return false;
    *ok = false;
    return false;
}

} // namespace

QString ConfigKey::allowedDescription() const
{
    switch (type) {
    case ConfigType::String:
        return QStringLiteral("any text");
    case ConfigType::Int:
        return QStringLiteral("a whole number from %1 to %2").arg(formatNumber(min), formatNumber(max));
    case ConfigType::Double:
        return QStringLiteral("a number from %1 to %2").arg(formatNumber(min), formatNumber(max));
    case ConfigType::Bool:
        return QStringLiteral("true or false");
    case ConfigType::Enum:
        return QStringLiteral("one of: %1").arg(choices.join(QStringLiteral(", ")));
    case ConfigType::Symbols:
        return QStringLiteral("comma-separated symbols of capital letters and digits, e.g. BTCUSDT,ETHUSDT");
    case ConfigType::HttpUrl:
        return QStringLiteral("an http:// or https:// URL, or nothing");
    case ConfigType::WsUrl:
        return QStringLiteral("a ws:// or wss:// URL, or nothing");
    case ConfigType::HostPort:
        return QStringLiteral("host:port with a port from 0 to 65535, e.g. 127.0.0.1:8787");
    case ConfigType::Path:
        return QStringLiteral("a file path, or nothing");
    case ConfigType::DoubleList:
        return QStringLiteral("comma-separated numbers from %1 to %2").arg(formatNumber(min), formatNumber(max));
    }
    return {};
}

ConfigSchema::ConfigSchema()
    : m_keys(buildKeys())
    , m_families(buildFamilies())
{}

const ConfigKey *ConfigFamily::find(const QString &name) const
{
    for (const ConfigKey &k : keys) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

const ConfigFamily *ConfigSchema::family(const QString &prefix) const
{
    for (const ConfigFamily &f : m_families) {
        if (f.prefix == prefix)
            return &f;
    }
    return nullptr;
}

std::optional<QString> ConfigSchema::suggestInFamily(const ConfigFamily &family, const QString &instance,
                                                     const QString &name) const
{
    std::optional<QString> best;
    int bestDistance = 4;
    const QString lowered = name.toLower();
    for (const ConfigKey &k : family.keys) {
        const int d = editDistanceWithin(lowered, k.name, bestDistance - 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = QStringLiteral("%1.%2.%3").arg(family.prefix, instance, k.name);
        }
    }
    return best;
}

bool ConfigSchema::validInstanceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

const ConfigSchema &ConfigSchema::instance()
{
    static const ConfigSchema schema;
    return schema;
}

const ConfigKey *ConfigSchema::find(const QString &section, const QString &name) const
{
    for (const ConfigKey &k : m_keys) {
        if (k.section == section && k.name == name)
            return &k;
    }
    return nullptr;
}

const ConfigKey *ConfigSchema::find(const QString &qualifiedName) const
{
    const qsizetype dot = qualifiedName.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return nullptr;
    return find(qualifiedName.left(dot), qualifiedName.mid(dot + 1));
}

QStringList ConfigSchema::sections() const
{
    QStringList out;
    for (const ConfigKey &k : m_keys) {
        if (!out.contains(k.section))
            out << k.section;
    }
    return out;
}

std::optional<QString> ConfigSchema::suggest(const QString &qualifiedName) const
{
    std::optional<QString> best;
    int bestDistance = 4; // farther than this is no longer a plausible typo
    const QString lowered = qualifiedName.toLower();
    for (const ConfigKey &k : m_keys) {
        if (std::abs(lowered.size() - (k.section.size() + 1 + k.name.size())) >= bestDistance)
            continue; // farther than the best already, by length alone
        const int d = editDistanceWithin(lowered, k.qualifiedName(), bestDistance - 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = k.qualifiedName();
        }
    }
    return best;
}

ConfigSchema::Parsed ConfigSchema::parse(const ConfigKey &key, const QString &rawText)
{
    const QString text = rawText.trimmed();
    const auto fail = [&](const QString &why = {}) {
        Parsed p;
        p.error = why.isEmpty() ? QStringLiteral("'%1' is not allowed; expected %2").arg(text, key.allowedDescription())
                                : why;
        return p;
    };
    const auto okValue = [](QVariant v) {
        Parsed p;
        p.value = std::move(v);
        return p;
    };

    switch (key.type) {
    case ConfigType::String:
    case ConfigType::Path:
        return okValue(text);
    case ConfigType::Int: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok || v < key.min || v > key.max)
            return fail();
        return okValue(v);
    }
    case ConfigType::Double: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < key.min || v > key.max)
            return fail();
        return okValue(v);
    }
    case ConfigType::Bool: {
        bool ok = false;
        const bool v = parseBool(text, &ok);
        if (!ok)
            return fail();
        return okValue(v);
    }
    case ConfigType::Enum:
        if (!key.choices.contains(text))
            return fail();
        return okValue(text);
    case ConfigType::Symbols: {
        static const QRegularExpression symbolRe(QStringLiteral("^[A-Z0-9]{2,30}$"));
        QStringList out;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString s = part.trimmed();
            if (!symbolRe.match(s).hasMatch())
                return fail(QStringLiteral("'%1' is not a symbol; expected %2").arg(s, key.allowedDescription()));
            if (!out.contains(s))
                out << s;
        }
        if (out.isEmpty())
            return fail(QStringLiteral("at least one symbol is needed"));
        return okValue(out);
    }
    case ConfigType::HttpUrl:
    case ConfigType::WsUrl: {
        if (text.isEmpty())
            return okValue(QString());
        const QUrl url(text, QUrl::StrictMode);
        const QStringList schemes = key.type == ConfigType::HttpUrl
                                        ? QStringList{QStringLiteral("http"), QStringLiteral("https")}
                                        : QStringList{QStringLiteral("ws"), QStringLiteral("wss")};
        if (!url.isValid() || !schemes.contains(url.scheme()) || url.host().isEmpty())
            return fail();
        return okValue(text);
    }
    case ConfigType::HostPort: {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail();
        bool ok = false;
        const int port = text.mid(colon + 1).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return fail();
        return okValue(text);
    }
    case ConfigType::DoubleList: {
        QVariantList out;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double v = part.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v) || v < key.min || v > key.max)
                return fail(QStringLiteral("'%1' in '%2' is not allowed; expected %3")
                                .arg(part.trimmed(), text, key.allowedDescription()));
            out << v;
        }
        if (out.isEmpty())
            return fail();
        return okValue(out);
    }
    }
    return fail();
}

QString ConfigSchema::renderExample() const
{
    QString out;
    out += QStringLiteral(
        "# Virtuoso Workstation configuration: every key, with its default and what it does.\n"
        "# Search order: --config FILE, $XDG_CONFIG_HOME/virtuoso/virtuoso.conf,\n"
        "# /etc/virtuoso/virtuoso.conf, then built-in defaults. Unknown keys and bad values are errors.\n"
        "# Any key can be overridden on the command line with --set section.key=value.\n"
        "# Check a file with: virtuoso check-config FILE\n");
    QString section;
    for (const ConfigKey &k : m_keys) {
        if (k.section != section) {
            section = k.section;
            out += QStringLiteral("\n[%1]\n").arg(section);
        }
        out += QStringLiteral("\n# %1\n# Allowed: %2.\n").arg(k.help, k.allowedDescription());
        out += k.defaultValue.isEmpty() ? QStringLiteral("%1 =\n").arg(k.name)
                                        : QStringLiteral("%1 = %2\n").arg(k.name, k.defaultValue);
    }
    // Named sections exist only when the file writes them, so they are shown commented out.
    for (const ConfigFamily &f : m_families) {
        out += QStringLiteral("\n# [%1.NAME]: %2. Any number of them, each with its own NAME.\n# [%1.NAME]\n")
                   .arg(f.prefix, f.help);
        for (const ConfigKey &k : f.keys)
            out += (k.defaultValue.isEmpty() ? QStringLiteral("# %1 =\n").arg(k.name)
                                             : QStringLiteral("# %1 = %2\n").arg(k.name, k.defaultValue)) +
                   QStringLiteral("#   %1 Allowed: %2.\n").arg(k.help, k.allowedDescription());
    }
    return out;
}

} // namespace virtuoso
