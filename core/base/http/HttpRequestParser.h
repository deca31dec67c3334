#pragma once

#include "base/http/HttpMessage.h"

#include <QByteArrayView>

namespace virtuoso::api {

// Parses one HTTP/1.0 or 1.1 request from the front of a buffer. Stateless: the connection
// calls it again with the grown buffer, which is bounded by the request size limit. It never
// trusts the input: every malformed or hostile request maps to an error status and message.
class HttpRequestParser
{
public:
    struct Limits
    {
        qint64 maxRequestBytes = 65536; // request line + headers + body
        // The request line and headers alone; beyond it 431. 0: only maxRequestBytes applies (413).
        qint64 maxHeadBytes = 0;
        int maxHeaders = 100;
    };

    struct Result
    {
        enum class Kind { Incomplete, Complete, Error };
        Kind kind = Kind::Incomplete;
        HttpRequest request;  // when Complete
        qint64 consumed = 0;  // bytes of the buffer that made this request, when Complete
        int errorStatus = 0;  // when Error: 400, 413, 505, ...
        QString errorMessage; // when Error: what was wrong, for the client
    };

    static Result parse(QByteArrayView data, const Limits &limits);
};

} // namespace virtuoso::api
