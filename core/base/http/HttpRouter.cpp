#include "base/http/HttpRouter.h"

namespace virtuoso::api {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

void HttpRouter::add(QByteArray method, const QString &pattern, RouteHandler handler)
{
    m_routes.push_back({std::move(method), splitPath(pattern), std::move(handler)});
}

bool HttpRouter::matchSegments(const QStringList &pattern, const QStringList &path, PathParams *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        if (p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'))) {
            if (params)
                params->insert(p.mid(1, p.size() - 2), path.at(i));
        } else if (p != path.at(i)) {
            return false;
        }
    }
    return true;
}

HttpRouter::Match HttpRouter::match(const QByteArray &method, const QString &path) const
{
    Match m;
    const QStringList segments = splitPath(path);
    const QByteArray wanted = method == "HEAD" ? QByteArray("GET") : method;
    for (const Route &route : m_routes) {
        PathParams params;
        if (!matchSegments(route.segments, segments, &params))
            continue;
        m.pathKnown = true;
        if (!m.allowedMethods.contains(route.method)) {
            if (!m.allowedMethods.isEmpty())
                m.allowedMethods += ", ";
            m.allowedMethods += route.method;
            if (route.method == "GET")
                m.allowedMethods += ", HEAD";
        }
        if (route.method == wanted && !m.handler) {
            m.handler = &route.handler;
            m.params = std::move(params);
        }
    }
    return m;
}

HttpResponse HttpRouter::dispatch(const HttpRequest &request) const
{
    const Match m = match(request.method, request.path);
    if (!m.pathKnown)
        return errorResponse(404, QStringLiteral("no such endpoint: %1").arg(request.path.left(200)));
    if (!m.handler) {
        HttpResponse r = errorResponse(
            405, QStringLiteral("%1 is not allowed here; allowed: %2")
                     .arg(QString::fromLatin1(request.method.left(20)), QString::fromLatin1(m.allowedMethods)));
        r.addHeader("Allow", m.allowedMethods);
        return r;
    }
    return (*m.handler)(request, m.params);
}

} // namespace virtuoso::api
