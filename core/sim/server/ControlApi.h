#pragma once

#include "base/http/HttpMessage.h"

namespace virtuoso::sim {

using api::HttpRequest;
using api::HttpResponse;

class SimulatorService;

// The simulator's control API under /sim/v1 (JSON, loopback clients only): faults, feed pause,
// ground truth of the books, connections. Documented in docs/simulator.md.
class ControlApi
{
public:
    explicit ControlApi(SimulatorService &service)
        : m_service(service)
    {}

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse faults(const HttpRequest &request);
    HttpResponse feed(const HttpRequest &request);
    HttpResponse truth(const HttpRequest &request);
    HttpResponse market(const HttpRequest &request, const QString &action);

    SimulatorService &m_service;
};

} // namespace virtuoso::sim
