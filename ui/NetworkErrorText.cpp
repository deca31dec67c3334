#include "NetworkErrorText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace virtuoso::ui {

namespace {

// The HTTP status of a refused WebSocket upgrade, from Qt's handshake message; 0 when absent.
int handshakeStatus(const QString &qtText)
{
    static const QRegularExpression status(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch m = status.match(qtText);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString httpStatusText(int status)
{
    switch (status) {
    case 401:
        return QCoreApplication::translate("NetworkError",
                                           "the daemon wants a valid API token (HTTP 401): check the token file");
    case 403:
        return QCoreApplication::translate("NetworkError", "the daemon refused access (HTTP 403)");
    case 404:
        return QCoreApplication::translate("NetworkError",
                                           "no monitoring API at this address (HTTP 404): is it a Virtuoso daemon?");
    case 429:
        return QCoreApplication::translate("NetworkError", "the daemon asks to slow down (HTTP 429); retrying");
    case 503:
        return QCoreApplication::translate("NetworkError", "the daemon is not ready (HTTP 503); retrying");
    default:
        return {};
    }
}

QString unknown(const QString &qtText)
{
    return qtText.isEmpty() ? QCoreApplication::translate("NetworkError", "network error")
                            : QCoreApplication::translate("NetworkError", "network error: %1").arg(qtText);
}

} // namespace

QString socketErrorText(QAbstractSocket::SocketError error, const QString &qtText)
{
    if (const QString http = httpStatusText(handshakeStatus(qtText)); !http.isEmpty())
        return http;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        if (handshakeStatus(qtText) != 0)
            return QCoreApplication::translate("NetworkError", "the daemon refused the connection (HTTP %1)")
                .arg(handshakeStatus(qtText));
        return QCoreApplication::translate(
            "NetworkError", "connection refused: is the daemon running and its API listening on this port?");
    case QAbstractSocket::RemoteHostClosedError:
        return QCoreApplication::translate("NetworkError", "the daemon closed the connection");
    case QAbstractSocket::HostNotFoundError:
        return QCoreApplication::translate("NetworkError", "host not found: check the address");
    case QAbstractSocket::SocketTimeoutError:
        return QCoreApplication::translate("NetworkError", "the connection timed out");
    case QAbstractSocket::NetworkError:
        return QCoreApplication::translate("NetworkError", "the network is unreachable");
    case QAbstractSocket::SslHandshakeFailedError:
        return QCoreApplication::translate(
            "NetworkError", "TLS handshake failed: check the certificate (--ca-file) and that the daemon speaks https");
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QCoreApplication::translate("NetworkError", "TLS error: %1").arg(qtText);
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("NetworkError", "the proxy could not be used");
    default:
        return unknown(qtText);
    }
}

QString replyErrorText(QNetworkReply::NetworkError error, const QString &qtText)
{
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return socketErrorText(QAbstractSocket::ConnectionRefusedError, {});
    case QNetworkReply::RemoteHostClosedError:
        return socketErrorText(QAbstractSocket::RemoteHostClosedError, {});
    case QNetworkReply::HostNotFoundError:
        return socketErrorText(QAbstractSocket::HostNotFoundError, {});
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeouts end as cancellations
        return socketErrorText(QAbstractSocket::SocketTimeoutError, {});
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return socketErrorText(QAbstractSocket::NetworkError, {});
    case QNetworkReply::SslHandshakeFailedError:
        return socketErrorText(QAbstractSocket::SslHandshakeFailedError, {});
    case QNetworkReply::AuthenticationRequiredError:
        return httpStatusText(401);
    case QNetworkReply::ContentAccessDenied:
        return httpStatusText(403);
    case QNetworkReply::ContentNotFoundError:
        return httpStatusText(404);
    case QNetworkReply::ServiceUnavailableError:
        return httpStatusText(503);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return QCoreApplication::translate("NetworkError", "not an http:// or https:// address");
    default:
        return unknown(qtText);
    }
}

} // namespace virtuoso::ui
