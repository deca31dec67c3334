#pragma once
// Test doubles for the private API: an HTTP transport whose requests the test answers one by one,
// a WebSocket the test plays the exchange on, and the instruments of the sample messages.

#include "connector/WebSocketTransport.h"
#include "model/market/InstrumentSpec.h"
#include "trading/PrivateHttp.h"
#include "trading/PrivateMessages.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace virtuoso::test {

// Requests are kept in the order sent; answer(i, ...) or fail(i, ...) completes the i-th. When
// `serverTimeMs` is set, GET /v5/market/time is answered at once with it.
class ScriptedHttp final : public trading::PrivateHttp
{
public:
    struct Sent
    {
        trading::HttpRequest request;
        Done done;
        quint64 id = 0;
        bool open = true;
        bool aborted = false;
    };

    quint64 send(const trading::HttpRequest &request, Done done) override
    {
        const quint64 id = ++m_nextId;
        if (request.url.endsWith("/v5/market/time") && serverTimeMs > 0) {
            ++timeRequests;
            trading::HttpResponse r;
            r.status = 200;
            r.body = R"({"retCode":0,"retMsg":"OK","result":{"timeSecond":")" +
                     QByteArray::number(serverTimeMs / 1000) + R"(","timeNano":")" + QByteArray::number(serverTimeMs) +
                     R"(000000"},"retExtInfo":{},"time":)" + QByteArray::number(serverTimeMs) + "}";
            done(r);
            return id;
        }
        sent.push_back({request, std::move(done), id});
        return id;
    }
    void abort(quint64 id) override
    {
        for (Sent &s : sent)
            if (s.id == id && s.open) {
                s.open = false;
                s.aborted = true;
            }
    }

    // The path of the i-th request ("/v5/order/create"), without host and query.
    QString path(std::size_t i) const { return QUrl::fromEncoded(sent.at(i).request.url, QUrl::StrictMode).path(); }
    QByteArray query(std::size_t i) const
    {
        const QByteArray &url = sent.at(i).request.url;
        const qsizetype at = url.indexOf('?');
        return at < 0 ? QByteArray() : url.mid(at + 1);
    }
    QByteArray header(std::size_t i, const QByteArray &name) const
    {
        for (const auto &[k, v] : sent.at(i).request.headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    std::size_t count(const QString &p) const
    {
        std::size_t n = 0;
        for (std::size_t i = 0; i < sent.size(); ++i)
            n += path(i) == p;
        return n;
    }
    std::size_t openCount() const
    {
        std::size_t n = 0;
        for (const Sent &s : sent)
            n += s.open;
        return n;
    }

    void answer(std::size_t i, int status, const QByteArray &body,
                QList<QPair<QByteArray, QByteArray>> limitHeaders = {})
    {
        Sent &s = sent.at(i);
        ASSERT_OPEN(s);
        s.open = false;
        trading::HttpResponse r;
        r.status = status;
        r.body = body;
        for (const auto &[k, v] : limitHeaders) {
            if (k == "X-Bapi-Limit")
                r.limit = v;
            else if (k == "X-Bapi-Limit-Status")
                r.limitStatus = v;
            else if (k == "X-Bapi-Limit-Reset-Timestamp")
                r.limitReset = v;
        }
        s.done(r);
    }
    void answerOk(std::size_t i, const QByteArray &result = "{}")
    {
        answer(i, 200, R"({"retCode":0,"retMsg":"OK","result":)" + result + R"(,"retExtInfo":{},"time":1})");
    }
    void answerCode(std::size_t i, int retCode, const QByteArray &message = "refused")
    {
        answer(i, 200,
               R"({"retCode":)" + QByteArray::number(retCode) + R"(,"retMsg":")" + message +
                   R"(","result":{},"retExtInfo":{},"time":1})");
    }
    // The connection broke: `neverSent` when it could not have reached the server.
    void fail(std::size_t i, bool neverSent = false)
    {
        Sent &s = sent.at(i);
        ASSERT_OPEN(s);
        s.open = false;
        trading::HttpResponse r;
        r.transportError = true;
        r.neverSent = neverSent;
        r.error =
            neverSent ? QStringLiteral("Connection refused") : QStringLiteral("Remote host closed the connection");
        s.done(r);
    }

    std::vector<Sent> sent;
    qint64 serverTimeMs = 0;
    int timeRequests = 0;

private:
    static void ASSERT_OPEN(const Sent &s)
    {
        if (!s.open)
            throw std::logic_error("answering a request that is no longer open");
    }
    quint64 m_nextId = 0;
};

// A WebSocket the test plays the exchange on.
class ScriptedSocket final : public exchange::WebSocketTransport
{
public:
    void open(const QUrl &url) override
    {
        ++opens;
        lastUrl = url;
        sent.clear();
    }
    void abort() override { ++aborts; }
    bool sendText(const QByteArray &text) override
    {
        sent.push_back(text);
        return true;
    }

    void accept() { m_listener->onTransportOpened(); }
    void peerClose(const QString &why) { m_listener->onTransportClosed(why); }
    void receive(const QByteArray &frame) { m_listener->onTransportText(frame, 0); }

    std::vector<QJsonObject> ops(const QString &op) const
    {
        std::vector<QJsonObject> out;
        for (const QByteArray &text : sent) {
            const QJsonObject o = QJsonDocument::fromJson(text).object();
            if (o.value(QLatin1String("op")).toString() == op)
                out.push_back(o);
        }
        return out;
    }

    int opens = 0;
    int aborts = 0;
    QUrl lastUrl;
    std::vector<QByteArray> sent;
};

inline exchange::InstrumentSpec makeSpec(const char *symbol, const char *tick, const char *step)
{
    exchange::InstrumentSpec spec;
    spec.symbol = *exchange::Symbol::from(symbol);
    spec.price = exchange::DecimalGrid::fromStep(tick).value;
    spec.quantity = exchange::DecimalGrid::fromStep(step).value;
    return spec;
}

// BTCUSDT as instruments-info lists it: tick 0.10 printed with 2 decimals (priceScale), step 0.001.
inline exchange::InstrumentSpec btcSpec()
{
    exchange::InstrumentSpec spec = makeSpec("BTCUSDT", "0.10", "0.001");
    spec.price = exchange::DecimalGrid(10, 2);
    return spec;
}

// The instruments of the sample messages (tests/data/bybit/private), and BTCUSDT for orders.
struct SampleInstruments
{
    std::map<std::string, exchange::InstrumentSpec, std::less<>> specs;

    SampleInstruments()
    {
        for (const auto &spec : {btcSpec(), makeSpec("ETHUSDT", "0.01", "0.01"), makeSpec("XRPUSDT", "0.0001", "1"),
                                 makeSpec("ETHPERP", "0.05", "0.001"), makeSpec("BTCUSD", "0.5", "1"),
                                 makeSpec("ETH-30DEC22-1400-C", "0.1", "0.01")})
            specs.emplace(std::string(spec.symbol.view()), spec);
    }
    trading::InstrumentLookup lookup() const
    {
        return [this](std::string_view symbol) -> const exchange::InstrumentSpec * {
            const auto it = specs.find(symbol);
            return it == specs.end() ? nullptr : &it->second;
        };
    }
};

inline QByteArray readSample(const char *name)
{
    QFile file(QStringLiteral(VIRTUOSO_TEST_DATA_DIR "/bybit/private/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline std::string_view sv(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace virtuoso::test
