#pragma once

#include "base/http/BearerToken.h"
#include "base/http/HttpServer.h"

#include <QString>

#include <optional>

namespace virtuoso {
class Config;
}

namespace virtuoso::api {

// The [api] section turned into what the server needs, with the start-up security rules of
// docs/api.md applied: a non-loopback address needs a token and TLS unless explicitly overridden.
struct ApiSettings
{
    enum class Enabled { Auto, On, Off };
    Enabled enabled = Enabled::Auto;
    HttpServer::Options server;
    std::optional<BearerToken> token;
    // trading.token_file: the only token that may trade (kill switch); never the monitoring token.
    std::optional<BearerToken> tradingToken;
    int rateLimitPerSecond = 50;
    int maxStreamSubscribers = 64;
    // A stream subscriber backed up (StreamHub::kMaxUnsentBytes unsent) this long is closed.
    qint64 streamStallTimeoutMs = 30'000;

    struct Result;
    // `allowInsecureListen` is the --insecure-listen command-line option.
    static Result fromConfig(const Config &config, bool allowInsecureListen);

    // "127.0.0.1:8787" → address and port; IPv6 as "[::1]:8787"; "localhost" is the loopback.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error);
};

struct ApiSettings::Result
{
    // Why there are no settings: the configuration is wrong (a restart cannot help), or a file it
    // names could not be read (it may be there next time). The program maps these to exit codes.
    enum class Failure { None, Invalid, Unavailable };

    std::optional<ApiSettings> settings;
    QString error; // what is wrong and how to fix it
    Failure failure = Failure::None;
};

} // namespace virtuoso::api
