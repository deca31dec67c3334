#pragma once

#include "base/http/HttpMessage.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace virtuoso::api {

// Path parameters of a matched route: "/api/v1/signals/{symbol}" puts "symbol" here.
using PathParams = QHash<QString, QString>;
using RouteHandler = std::function<HttpResponse(const HttpRequest &, const PathParams &)>;

// Maps method + path pattern to a handler. An unknown path is 404, a known path with another
// method 405 (with Allow); HEAD is served by the GET handler without a body.
class HttpRouter
{
public:
    void add(QByteArray method, const QString &pattern, RouteHandler handler);

    struct Match
    {
        const RouteHandler *handler = nullptr;
        PathParams params;
        QByteArray allowedMethods; // for 405: "GET, HEAD"
        bool pathKnown = false;
    };
    Match match(const QByteArray &method, const QString &path) const;

    // Runs the matched handler, or answers 404/405 as JSON.
    HttpResponse dispatch(const HttpRequest &request) const;

    bool hasPath(const QString &path) const { return match("GET", path).pathKnown; }

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // "{name}" segments are parameters
        RouteHandler handler;
    };
    static bool matchSegments(const QStringList &pattern, const QStringList &path, PathParams *params);

    std::vector<Route> m_routes;
};

} // namespace virtuoso::api
