// The audit log's rows: kind names, the typed helpers, the credential guard and CSV.
#include "base/logging/Log.h"
#include "store/AuditLog.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

namespace virtuoso::store {

namespace {

constexpr std::array<std::pair<AuditKind, const char *>, 13> KindNames = {{
    {AuditKind::Intent, "intent"},
    {AuditKind::RiskDecision, "risk_decision"},
    {AuditKind::Request, "request"},
    {AuditKind::Ack, "ack"},
    {AuditKind::Reject, "reject"},
    {AuditKind::OrderUpdate, "order_update"},
    {AuditKind::Execution, "execution"},
    {AuditKind::CancelRequest, "cancel_request"},
    {AuditKind::AmendRequest, "amend_request"},
    {AuditKind::KillSwitch, "kill_switch"},
    {AuditKind::VenueState, "venue_state"},
    {AuditKind::Reconcile, "reconcile"},
    {AuditKind::Note, "note"},
}};

const QString Redacted = QStringLiteral("[redacted]");

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString sideText(trading::Side side)
{
    return QLatin1String(trading::sideName(side));
}

QString typeText(trading::OrderType type)
{
    return QLatin1String(trading::orderTypeName(type));
}

QString timeInForceText(trading::TimeInForce tif)
{
    return QLatin1String(trading::timeInForceName(tif));
}

// A key that names a credential: api_key, apiKey, X-BAPI-API-KEY, secret, api_secret, sign,
// signature, X-BAPI-SIGN, token, access_token, password, passphrase, authorization, private_key.
bool isCredentialKey(const QString &key)
{
    QString k;
    k.reserve(key.size());
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            k += c.toLower();
    }
    static const QStringList exact = {QStringLiteral("sign"),          QStringLiteral("xbapisign"),
                                      QStringLiteral("authorization"), QStringLiteral("passphrase"),
                                      QStringLiteral("passwd"),        QStringLiteral("privatekey")};
    static const QStringList parts = {QStringLiteral("apikey"), QStringLiteral("secret"), QStringLiteral("signature"),
                                      QStringLiteral("token"), QStringLiteral("password")};
    if (exact.contains(k))
        return true;
    for (const QString &p : parts) {
        if (k.contains(p))
            return true;
    }
    return false;
}

// Free text that carries a credential as "name=value" or "name: value" (a query string, a header
// line, a config line), e.g. "api_key=AbC...&sign=9f..." or "X-BAPI-SIGN: 9f...".
bool hasCredentialAssignment(const QString &text)
{
    if (!text.contains(QLatin1Char('=')) && !text.contains(QLatin1Char(':')))
        return false; // most texts (ids, prices, names): no pattern to run
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:^|[^A-Za-z0-9])(?:x-bapi-(?:api-key|sign)|api[_-]?key|api[_-]?secret|secret|sign|)"
                       R"(signature|(?:access[_-]?)?token|password|passwd|authorization)["']?\s*[:=])"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

const char *auditKindName(AuditKind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return name;
    }
    return "note";
}

std::optional<AuditKind> auditKindFromName(QStringView name)
{
    for (const auto &[k, n] : KindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QStringList auditKindNames()
{
    QStringList out;
    for (const auto &[k, name] : KindNames)
        out << QString::fromLatin1(name);
    return out;
}

// ---- the guard ----

void AuditLog::registerSecret(std::string_view secret)
{
    const QString s = text(secret);
    if (!s.isEmpty() && !m_secrets.contains(s))
        m_secrets << s;
}

QString AuditLog::guard(const QString &value, const QString &field, AuditKind kind)
{
    if (value.isEmpty() || value == Redacted)
        return value;
    bool secret = hasCredentialAssignment(value);
    for (const QString &s : m_secrets) {
        if (secret)
            break;
        // A short secret is matched whole only, a longer one anywhere in the text (Bybit's
        // "error sign!" message quotes the signed string, API key included).
        secret = s.size() >= 8 ? value.contains(s) : value == s;
    }
    if (!secret)
        return value;
    ++m_redactions;
    VLOG(Warning, "store", "AUDIT_REDACTED")
        << "the audit log refused a credential: " << field << " (" << auditKindName(kind)
        << " row) looked like one and was recorded as [redacted]";
    return Redacted;
}

QJsonValue AuditLog::guardJson(const QJsonValue &value, const QString &field, AuditKind kind)
{
    if (value.isString())
        return guard(value.toString(), field, kind);
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (qsizetype i = 0; i < in.size(); ++i)
            out.append(guardJson(in.at(i), field + QStringLiteral("[%1]").arg(i), kind));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString name = field + QLatin1Char('.') + it.key();
            if (isCredentialKey(it.key())) {
                ++m_redactions;
                VLOG(Warning, "store", "AUDIT_REDACTED")
                    << "the audit log refused a credential: " << name << " (" << auditKindName(kind)
                    << " row) is named like one and was recorded as [redacted]";
                out.insert(it.key(), Redacted);
            } else {
                out.insert(it.key(), guardJson(it.value(), name, kind));
            }
        }
        return out;
    }
    return value; // numbers, booleans and null carry no credential
}

void AuditLog::redact(AuditRecord &r)
{
    const std::pair<QString *, const char *> fields[] = {
        {&r.venue, "venue"},     {&r.symbol, "symbol"},   {&r.orderLinkId, "orderLinkId"},
        {&r.orderId, "orderId"}, {&r.execId, "execId"},   {&r.side, "side"},
        {&r.price, "price"},     {&r.qty, "qty"},         {&r.status, "status"},
        {&r.rule, "rule"},       {&r.message, "message"}, {&r.retMsg, "retMsg"},
    };
    for (const auto &[value, name] : fields)
        *value = guard(*value, QString::fromLatin1(name), r.kind);
    if (!r.detail.isEmpty())
        r.detail = guardJson(r.detail, QStringLiteral("detail"), r.kind).toObject();
}

// ---- the typed helpers ----

bool AuditLog::recordIntent(const trading::OrderIntent &intent, std::string_view priceText, std::string_view qtyText,
                            std::string_view takeProfitText, std::string_view stopLossText)
{
    AuditRecord r;
    r.kind = AuditKind::Intent;
    r.symbol = text(intent.symbol);
    r.orderLinkId = text(intent.orderLinkId);
    r.side = sideText(intent.side);
    r.price = text(priceText);
    r.qty = text(qtyText);
    r.status = QStringLiteral("PendingNew");
    r.detail = QJsonObject{{QStringLiteral("orderType"), typeText(intent.type)},
                           {QStringLiteral("timeInForce"), timeInForceText(intent.timeInForce)},
                           {QStringLiteral("reduceOnly"), intent.reduceOnly}};
    if (!takeProfitText.empty()) {
        r.detail.insert(QStringLiteral("takeProfit"), text(takeProfitText));
        r.detail.insert(QStringLiteral("tpTriggerBy"), QLatin1String(trading::triggerByName(intent.tpTriggerBy)));
    }
    if (!stopLossText.empty()) {
        r.detail.insert(QStringLiteral("stopLoss"), text(stopLossText));
        r.detail.insert(QStringLiteral("slTriggerBy"), QLatin1String(trading::triggerByName(intent.slTriggerBy)));
    }
    return append(r);
}

bool AuditLog::recordRiskDecision(const trading::OrderIntent &intent, const trading::RiskDecision &decision)
{
    AuditRecord r;
    r.kind = AuditKind::RiskDecision;
    r.symbol = text(intent.symbol);
    r.orderLinkId = text(intent.orderLinkId);
    r.side = sideText(intent.side);
    if (!decision.accepted()) {
        r.rule = QString::fromLatin1(trading::riskRuleName(decision.rule));
        r.status = QStringLiteral("Rejected"); // never sent: the order ends here
    }
    r.message = text(decision.message);
    r.detail = QJsonObject{{QStringLiteral("accepted"), decision.accepted()}};
    return append(r);
}

bool AuditLog::recordRequest(const trading::OrderIntent &intent, const QJsonObject &body)
{
    AuditRecord r;
    r.kind = AuditKind::Request;
    r.symbol = text(intent.symbol);
    r.orderLinkId = text(intent.orderLinkId);
    r.side = sideText(intent.side);
    r.message = QStringLiteral("create");
    r.detail = body;
    return append(r);
}

bool AuditLog::recordAck(std::string_view symbol, std::string_view orderLinkId, std::string_view orderId, int retCode,
                         std::string_view retMsg)
{
    AuditRecord r;
    r.kind = AuditKind::Ack;
    r.symbol = text(symbol);
    r.orderLinkId = text(orderLinkId);
    r.orderId = text(orderId);
    r.retCode = retCode;
    r.retMsg = text(retMsg);
    return append(r);
}

bool AuditLog::recordReject(std::string_view symbol, std::string_view orderLinkId, int retCode, std::string_view retMsg)
{
    AuditRecord r;
    r.kind = AuditKind::Reject;
    r.orderLinkId = text(orderLinkId);
    r.symbol = text(symbol);
    r.status = QStringLiteral("Rejected");
    r.message = QStringLiteral("create refused");
    r.retCode = retCode;
    r.retMsg = text(retMsg);
    r.detail = QJsonObject{{QStringLiteral("request"), QStringLiteral("create")}};
    return append(r);
}

bool AuditLog::recordRequestRefused(std::string_view request, std::string_view symbol, std::string_view orderLinkId,
                                    std::string_view orderId, int retCode, std::string_view retMsg)
{
    AuditRecord r;
    r.kind = AuditKind::Reject;
    r.symbol = text(symbol);
    r.orderLinkId = text(orderLinkId);
    r.orderId = text(orderId);
    r.message = text(request) + QStringLiteral(" refused");
    r.retCode = retCode;
    r.retMsg = text(retMsg);
    r.detail = QJsonObject{{QStringLiteral("request"), text(request)}};
    return append(r);
}

bool AuditLog::recordOrderUpdate(const trading::OrderUpdate &u, std::string_view priceText, std::string_view qtyText,
                                 std::string_view filledText)
{
    AuditRecord r;
    r.kind = AuditKind::OrderUpdate;
    r.symbol = text(u.symbol);
    r.orderLinkId = text(u.orderLinkId);
    r.orderId = text(u.orderId);
    r.side = sideText(u.side);
    r.price = text(priceText);
    r.qty = text(qtyText);
    r.status = QString::fromLatin1(trading::orderStatusName(u.status));
    r.message = text(u.reason);
    r.detail = QJsonObject{{QStringLiteral("cumExecQty"), text(filledText)},
                           {QStringLiteral("orderType"), typeText(u.type)},
                           {QStringLiteral("timeInForce"), timeInForceText(u.timeInForce)},
                           {QStringLiteral("reduceOnly"), u.reduceOnly},
                           {QStringLiteral("updatedTime"), u.timeMs}};
    return append(r);
}

bool AuditLog::recordExecution(const trading::Execution &e, std::string_view priceText, std::string_view qtyText,
                               std::string_view feeText)
{
    AuditRecord r;
    r.kind = AuditKind::Execution;
    r.symbol = text(e.symbol);
    r.orderLinkId = text(e.orderLinkId);
    r.orderId = text(e.orderId);
    r.execId = text(e.execId);
    r.side = sideText(e.side);
    r.price = text(priceText);
    r.qty = text(qtyText);
    r.detail = QJsonObject{{QStringLiteral("fee"), text(feeText)},
                           {QStringLiteral("maker"), e.maker},
                           {QStringLiteral("execTime"), e.timeMs}};
    return append(r);
}

bool AuditLog::recordCancelRequest(std::string_view symbol, std::string_view orderLinkId, std::string_view orderId)
{
    AuditRecord r;
    r.kind = AuditKind::CancelRequest;
    r.symbol = text(symbol);
    r.orderLinkId = text(orderLinkId);
    r.orderId = text(orderId);
    return append(r);
}

bool AuditLog::recordAmendRequest(std::string_view symbol, std::string_view orderLinkId, std::string_view orderId,
                                  std::string_view newPriceText, std::string_view newQtyText)
{
    AuditRecord r;
    r.kind = AuditKind::AmendRequest;
    r.symbol = text(symbol);
    r.orderLinkId = text(orderLinkId);
    r.orderId = text(orderId);
    r.price = text(newPriceText);
    r.qty = text(newQtyText);
    return append(r);
}

bool AuditLog::recordKillSwitch(bool engaged, std::string_view reason)
{
    AuditRecord r;
    r.kind = AuditKind::KillSwitch;
    r.status = engaged ? QStringLiteral("engaged") : QStringLiteral("released");
    r.message = text(reason);
    return append(r);
}

bool AuditLog::recordVenueState(std::string_view state, std::string_view reason)
{
    AuditRecord r;
    r.kind = AuditKind::VenueState;
    r.status = text(state);
    r.message = text(reason);
    return append(r);
}

bool AuditLog::recordReconcile(std::string_view summary, const QJsonObject &detail)
{
    AuditRecord r;
    r.kind = AuditKind::Reconcile;
    r.message = text(summary);
    r.detail = detail;
    return append(r);
}

bool AuditLog::recordNote(std::string_view message, const QJsonObject &detail)
{
    AuditRecord r;
    r.kind = AuditKind::Note;
    r.message = text(message);
    r.detail = detail;
    return append(r);
}

// ---- CSV ----

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void writeAuditCsv(const std::vector<AuditRecord> &records, QIODevice &out)
{
    out.write("id,time,time_ms,kind,venue,symbol,order_link_id,order_id,exec_id,side,price,qty,status,rule,message,"
              "ret_code,ret_msg,detail\r\n");
    for (const AuditRecord &r : records) {
        const QStringList fields = {
            QString::number(r.id),
            QDateTime::fromMSecsSinceEpoch(r.timeMs, Qt::UTC).toString(Qt::ISODateWithMs),
            QString::number(r.timeMs),
            QString::fromLatin1(auditKindName(r.kind)),
            r.venue,
            r.symbol,
            r.orderLinkId,
            r.orderId,
            r.execId,
            r.side,
            r.price,
            r.qty,
            r.status,
            r.rule,
            r.message,
            r.retCode ? QString::number(*r.retCode) : QString(),
            r.retMsg,
            r.detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(r.detail).toJson(QJsonDocument::Compact)),
        };
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += csvField(fields[i]);
        }
        line += QStringLiteral("\r\n");
        out.write(line.toUtf8());
    }
}

} // namespace virtuoso::store
