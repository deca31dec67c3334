#include "trading/PaperAccountFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace virtuoso::trading::paper_file {

namespace {

constexpr const char *kFormat = "virtuoso-paper-account";
constexpr const char *kChangeFormat = "virtuoso-paper-account-change";
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString i64(qint64 v)
{
    return QString::number(v);
}

QJsonObject specJson(const exchange::InstrumentSpec &s)
{
    return QJsonObject{
        {QStringLiteral("symbol"), QString::fromStdString(s.symbol.toStdString())},
        {QStringLiteral("priceStepUnits"), i64(s.price.stepUnits())},
        {QStringLiteral("priceDecimals"), s.price.decimals()},
        {QStringLiteral("qtyStepUnits"), i64(s.quantity.stepUnits())},
        {QStringLiteral("qtyDecimals"), s.quantity.decimals()},
        {QStringLiteral("status"), text(s.status)},
        {QStringLiteral("baseCoin"), text(s.baseCoin)},
        {QStringLiteral("quoteCoin"), text(s.quoteCoin)},
        {QStringLiteral("contractType"), text(s.contractType)},
        {QStringLiteral("minOrderLots"), i64(s.minOrderLots)},
        {QStringLiteral("maxOrderLots"), i64(s.maxOrderLots)},
        {QStringLiteral("fundingIntervalMinutes"), s.fundingIntervalMinutes},
    };
}

QJsonObject orderJson(const ExchangeOrder &o)
{
    return QJsonObject{
        {QStringLiteral("orderId"), text(o.orderId)},
        {QStringLiteral("orderLinkId"), text(o.orderLinkId)},
        {QStringLiteral("symbol"), text(o.symbol)},
        {QStringLiteral("side"), QLatin1String(sideName(o.side))},
        {QStringLiteral("orderType"), QLatin1String(orderTypeName(o.type))},
        {QStringLiteral("timeInForce"), QLatin1String(timeInForceName(o.timeInForce))},
        {QStringLiteral("reduceOnly"), o.reduceOnly},
        {QStringLiteral("price"), i64(o.price)},
        {QStringLiteral("qty"), i64(o.quantity)},
        {QStringLiteral("filled"), i64(o.filled)},
        {QStringLiteral("filledValue"), i64(o.filledValue)},
        {QStringLiteral("fees"), o.fees},
        {QStringLiteral("status"), QLatin1String(orderStatusName(o.status))},
        {QStringLiteral("rejectReason"), text(o.rejectReason)},
        {QStringLiteral("cancelType"), text(o.cancelType)},
        {QStringLiteral("queueAhead"), i64(o.queueAhead)},
        {QStringLiteral("takeProfit"), i64(o.takeProfit)},
        {QStringLiteral("stopLoss"), i64(o.stopLoss)},
        {QStringLiteral("tpTriggerBy"), QLatin1String(triggerByName(o.tpTriggerBy))},
        {QStringLiteral("slTriggerBy"), QLatin1String(triggerByName(o.slTriggerBy))},
        {QStringLiteral("stopOrderType"), text(o.stopOrderType)},
        {QStringLiteral("createdMs"), i64(o.createdMs)},
        {QStringLiteral("updatedMs"), i64(o.updatedMs)},
    };
}

QJsonObject executionJson(const ExchangeExecution &x)
{
    return QJsonObject{
        {QStringLiteral("execId"), text(x.execId)},
        {QStringLiteral("orderId"), text(x.orderId)},
        {QStringLiteral("orderLinkId"), text(x.orderLinkId)},
        {QStringLiteral("symbol"), text(x.symbol)},
        {QStringLiteral("side"), QLatin1String(sideName(x.side))},
        {QStringLiteral("price"), i64(x.price)},
        {QStringLiteral("qty"), i64(x.quantity)},
        {QStringLiteral("fee"), x.fee},
        {QStringLiteral("feeRate"), x.feeRate},
        {QStringLiteral("maker"), x.maker},
        {QStringLiteral("leavesQty"), i64(x.leavesQuantity)},
        {QStringLiteral("timeMs"), i64(x.timeMs)},
    };
}

QJsonObject positionJson(const AccountImage::Position &p)
{
    return QJsonObject{
        {QStringLiteral("symbol"), text(p.symbol)},
        {QStringLiteral("size"), i64(p.size)},
        {QStringLiteral("entryValue"), i64(p.entry)},
        {QStringLiteral("realisedValue"), i64(p.realised)},
        {QStringLiteral("fees"), p.fees},
        {QStringLiteral("leverage"), p.leverage},
        {QStringLiteral("takeProfit"), i64(p.takeProfit)},
        {QStringLiteral("stopLoss"), i64(p.stopLoss)},
        {QStringLiteral("tpTriggerBy"), QLatin1String(triggerByName(p.tpTriggerBy))},
        {QStringLiteral("slTriggerBy"), QLatin1String(triggerByName(p.slTriggerBy))},
        {QStringLiteral("updatedMs"), i64(p.updatedMs)},
    };
}

template<typename T, typename F>
QJsonArray array(const std::vector<T> &items, F toJson)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(toJson(item));
    return out;
}

// Reads fields of one object, remembering the first problem (with the object's place in the file).
class Reader
{
public:
    Reader(const QJsonObject &object, std::string where, std::string *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {}

    bool ok() const { return m_error->empty(); }

    qint64 integer(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        const QByteArray digits = v.toString().toLatin1();
        qint64 out = 0;
        const char *end = digits.constData() + digits.size();
        const auto [ptr, ec] = std::from_chars(digits.constData(), end, out);
        if (!v.isString() || digits.isEmpty() || ec != std::errc() || ptr != end)
            problem(key, "a whole number as a string");
        return out;
    }

    int smallInteger(const char *key, int low, int high)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        const std::string wanted = "a whole number from " + std::to_string(low) + " to " + std::to_string(high);
        if (!v.isDouble()) {
            problem(key, wanted);
            return low;
        }
        const double d = v.toDouble();
        if (d != std::floor(d) || d < low || d > high)
            problem(key, wanted);
        return ok() ? static_cast<int>(d) : low;
    }

    double number(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isDouble()) {
            problem(key, "a number");
            return 0;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d))
            problem(key, "a number");
        return d;
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isBool())
            problem(key, "true or false");
        return v.toBool();
    }

    std::string string(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isString())
            problem(key, "a string");
        return v.toString().toStdString();
    }

    // One of the names `nameOf` gives the enum's values (first..last).
    template<typename E>
    E named(const char *key, const char *(*nameOf)(E), E first, E last)
    {
        const std::string name = string(key);
        for (int i = static_cast<int>(first); i <= static_cast<int>(last); ++i)
            if (name == nameOf(static_cast<E>(i)))
                return static_cast<E>(i);
        problem(key, "a known name");
        return first;
    }

private:
    void problem(const char *key, const std::string &expected)
    {
        if (ok())
            *m_error = m_where + ": \"" + key + "\" should be " + expected;
    }

    QJsonObject m_object;
    std::string m_where;
    std::string *m_error;
};

Side side(Reader &r, const char *key)
{
    return r.named(key, sideName, Side::Buy, Side::Sell);
}

TriggerBy triggerBy(Reader &r, const char *key)
{
    return r.named(key, triggerByName, TriggerBy::LastPrice, TriggerBy::MarkPrice);
}

std::optional<exchange::InstrumentSpec> readSpec(Reader &r, std::string *error)
{
    exchange::InstrumentSpec s;
    const std::string symbol = r.string("symbol");
    const qint64 priceUnits = r.integer("priceStepUnits");
    const int priceDecimals = r.smallInteger("priceDecimals", 0, 18);
    const qint64 qtyUnits = r.integer("qtyStepUnits");
    const int qtyDecimals = r.smallInteger("qtyDecimals", 0, 18);
    s.status = r.string("status");
    s.baseCoin = r.string("baseCoin");
    s.quoteCoin = r.string("quoteCoin");
    s.contractType = r.string("contractType");
    s.minOrderLots = r.integer("minOrderLots");
    s.maxOrderLots = r.integer("maxOrderLots");
    s.fundingIntervalMinutes = r.smallInteger("fundingIntervalMinutes", 0, 1'000'000);
    if (!r.ok())
        return std::nullopt;
    const std::optional<exchange::Symbol> name = exchange::Symbol::from(symbol);
    if (!name || symbol.empty() || priceUnits <= 0 || qtyUnits <= 0) {
        *error = "instrument \"" + symbol + "\" has an invalid name or step";
        return std::nullopt;
    }
    s.symbol = *name;
    s.price = exchange::DecimalGrid(priceUnits, priceDecimals);
    s.quantity = exchange::DecimalGrid(qtyUnits, qtyDecimals);
    return s;
}

ExchangeOrder readOrder(Reader &r)
{
    ExchangeOrder o;
    o.orderId = r.string("orderId");
    o.orderLinkId = r.string("orderLinkId");
    o.symbol = r.string("symbol");
    o.side = side(r, "side");
    o.type = r.named("orderType", orderTypeName, OrderType::Market, OrderType::Limit);
    o.timeInForce = r.named("timeInForce", timeInForceName, TimeInForce::GTC, TimeInForce::PostOnly);
    o.reduceOnly = r.boolean("reduceOnly");
    o.price = r.integer("price");
    o.quantity = r.integer("qty");
    o.filled = r.integer("filled");
    o.filledValue = r.integer("filledValue");
    o.fees = r.number("fees");
    o.status = r.named("status", orderStatusName, OrderStatus::PendingNew, OrderStatus::Rejected);
    o.rejectReason = r.string("rejectReason");
    o.cancelType = r.string("cancelType");
    o.queueAhead = r.integer("queueAhead");
    o.takeProfit = r.integer("takeProfit");
    o.stopLoss = r.integer("stopLoss");
    o.tpTriggerBy = triggerBy(r, "tpTriggerBy");
    o.slTriggerBy = triggerBy(r, "slTriggerBy");
    o.stopOrderType = r.string("stopOrderType");
    o.createdMs = r.integer("createdMs");
    o.updatedMs = r.integer("updatedMs");
    return o;
}

ExchangeExecution readExecution(Reader &r)
{
    ExchangeExecution x;
    x.execId = r.string("execId");
    x.orderId = r.string("orderId");
    x.orderLinkId = r.string("orderLinkId");
    x.symbol = r.string("symbol");
    x.side = side(r, "side");
    x.price = r.integer("price");
    x.quantity = r.integer("qty");
    x.fee = r.number("fee");
    x.feeRate = r.number("feeRate");
    x.maker = r.boolean("maker");
    x.leavesQuantity = r.integer("leavesQty");
    x.timeMs = r.integer("timeMs");
    return x;
}

AccountImage::Position readPosition(Reader &r)
{
    AccountImage::Position p;
    p.symbol = r.string("symbol");
    p.size = r.integer("size");
    p.entry = r.integer("entryValue");
    p.realised = r.integer("realisedValue");
    p.fees = r.number("fees");
    p.leverage = r.number("leverage");
    p.takeProfit = r.integer("takeProfit");
    p.stopLoss = r.integer("stopLoss");
    p.tpTriggerBy = triggerBy(r, "tpTriggerBy");
    p.slTriggerBy = triggerBy(r, "slTriggerBy");
    p.updatedMs = r.integer("updatedMs");
    return p;
}

// Each element of the array `key` of `root`, read by `read` into `out`.
template<typename T, typename F>
bool readArray(const QJsonObject &root, const char *key, std::vector<T> &out, std::string *error, F read)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (!v.isArray()) {
        *error = std::string("\"") + key + "\" should be an array";
        return false;
    }
    const QJsonArray items = v.toArray();
    out.reserve(static_cast<std::size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
        if (!items.at(i).isObject()) {
            *error = where + " should be an object";
            return false;
        }
        Reader r(items.at(i).toObject(), where, error);
        T item = read(r);
        if (!r.ok())
            return false;
        out.push_back(std::move(item));
    }
    return true;
}

} // namespace

namespace {

QJsonObject imageJson(const AccountImage &image, const char *format, qint64 savedMs)
{
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(format)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("savedMs"), i64(savedMs)},
        {QStringLiteral("account"), text(image.account)},
        {QStringLiteral("deposit"), image.deposit},
        {QStringLiteral("orderCounter"), i64(static_cast<qint64>(image.orderCounter))},
        {QStringLiteral("execCounter"), i64(static_cast<qint64>(image.execCounter))},
        {QStringLiteral("instruments"), array(image.instruments, specJson)},
        {QStringLiteral("positions"), array(image.positions, positionJson)},
        {QStringLiteral("openOrders"), array(image.openOrders, orderJson)},
        {QStringLiteral("finishedOrders"), array(image.finishedOrders, orderJson)},
        {QStringLiteral("executions"), array(image.executions, executionJson)},
    };
}

std::optional<AccountImage> readImage(const QByteArray &json, const char *format, std::string *err)
{
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *err = parse.error != QJsonParseError::NoError
                   ? "not JSON (" + parse.errorString().toStdString() + " at byte " + std::to_string(parse.offset) + ")"
                   : "not a JSON object";
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(format)) {
        *err = "not a paper account (its \"format\" is not \"" + std::string(format) + "\")";
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt(-1) != kVersion) {
        *err = "a paper account of version " + std::to_string(root.value(QStringLiteral("version")).toInt(-1)) +
               ", and this build reads version " + std::to_string(kVersion);
        return std::nullopt;
    }
    AccountImage image;
    Reader r(root, "the account", err);
    image.account = r.string("account");
    image.deposit = r.number("deposit");
    const qint64 orderCounter = r.integer("orderCounter");
    const qint64 execCounter = r.integer("execCounter");
    if (!r.ok())
        return std::nullopt;
    if (orderCounter < 0 || execCounter < 0) {
        *err = "the account's id counters are negative";
        return std::nullopt;
    }
    image.orderCounter = static_cast<quint64>(orderCounter);
    image.execCounter = static_cast<quint64>(execCounter);
    bool specOk = true;
    if (!readArray(root, "instruments", image.instruments, err,
                   [&](Reader &item) {
                       std::optional<exchange::InstrumentSpec> spec = readSpec(item, err);
                       specOk = specOk && spec.has_value();
                       return spec.value_or(exchange::InstrumentSpec{});
                   }) ||
        !specOk)
        return std::nullopt;
    if (!readArray(root, "positions", image.positions, err, readPosition) ||
        !readArray(root, "openOrders", image.openOrders, err, readOrder) ||
        !readArray(root, "finishedOrders", image.finishedOrders, err, readOrder) ||
        !readArray(root, "executions", image.executions, err, readExecution))
        return std::nullopt;
    return image;
}

QString changesPath(const QString &path)
{
    return path + QStringLiteral(".changes");
}

std::optional<QByteArray> readWhole(const QString &path, std::string *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = "cannot read " + path.toStdString() + ": " + file.errorString().toStdString();
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = path.toStdString() + " is " + std::to_string(file.size()) + " bytes, more than a paper account holds";
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

QByteArray toJson(const AccountImage &image, qint64 savedMs)
{
    return QJsonDocument(imageJson(image, kFormat, savedMs)).toJson(QJsonDocument::Indented);
}

std::optional<AccountImage> fromJson(const QByteArray &json, std::string *error)
{
    std::string problem;
    std::string *err = error ? error : &problem;
    err->clear();
    return readImage(json, kFormat, err);
}

std::optional<AccountImage> changeFromJson(const QByteArray &line, std::string *error)
{
    std::string problem;
    std::string *err = error ? error : &problem;
    err->clear();
    return readImage(line, kChangeFormat, err);
}

QByteArray changeLine(const AccountImage &change, qint64 savedMs)
{
    return QJsonDocument(imageJson(change, kChangeFormat, savedMs)).toJson(QJsonDocument::Compact) + '\n';
}

void merge(AccountImage &into, const AccountImage &change, std::size_t keepFinished, std::size_t keepExecutions)
{
    into.account = change.account;
    into.deposit = change.deposit;
    into.orderCounter = std::max(into.orderCounter, change.orderCounter);
    into.execCounter = std::max(into.execCounter, change.execCounter);
    for (const exchange::InstrumentSpec &spec : change.instruments) {
        const auto same = std::find_if(into.instruments.begin(), into.instruments.end(),
                                       [&](const exchange::InstrumentSpec &s) { return s.symbol == spec.symbol; });
        if (same == into.instruments.end())
            into.instruments.push_back(spec);
        else
            *same = spec;
    }
    for (const AccountImage::Position &position : change.positions) {
        const auto same = std::find_if(into.positions.begin(), into.positions.end(),
                                       [&](const AccountImage::Position &p) { return p.symbol == position.symbol; });
        if (same == into.positions.end())
            into.positions.push_back(position);
        else
            *same = position;
    }
    // An order keeps its place among the open ones while it is open (its time priority), and moves
    // to the end of the finished ones when it ends.
    const auto place = [&](const ExchangeOrder &order) {
        const auto byId = [&](const ExchangeOrder &o) { return o.orderId == order.orderId; };
        const bool open = !isFinal(order.status);
        const auto wasOpen = std::find_if(into.openOrders.begin(), into.openOrders.end(), byId);
        if (wasOpen != into.openOrders.end() && open) {
            *wasOpen = order;
            return;
        }
        if (wasOpen != into.openOrders.end())
            into.openOrders.erase(wasOpen);
        const auto wasFinished = std::find_if(into.finishedOrders.begin(), into.finishedOrders.end(), byId);
        if (wasFinished != into.finishedOrders.end())
            into.finishedOrders.erase(wasFinished);
        (open ? into.openOrders : into.finishedOrders).push_back(order);
    };
    for (const ExchangeOrder &order : change.openOrders)
        place(order);
    for (const ExchangeOrder &order : change.finishedOrders)
        place(order);
    for (const ExchangeExecution &execution : change.executions) {
        const bool known = std::any_of(into.executions.begin(), into.executions.end(),
                                       [&](const ExchangeExecution &x) { return x.execId == execution.execId; });
        if (!known)
            into.executions.push_back(execution);
    }
    const auto trim = [](auto &items, std::size_t keep) {
        if (items.size() > keep)
            items.erase(items.begin(), items.end() - static_cast<std::ptrdiff_t>(keep));
    };
    trim(into.finishedOrders, keepFinished);
    trim(into.executions, keepExecutions);
}

bool save(const QString &path, const AccountImage &image, qint64 savedMs, std::string *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = "cannot write " + path.toStdString() + ": " + file.errorString().toStdString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = toJson(image, savedMs);
    if (file.write(json) != json.size() || !file.commit()) {
        *error = "cannot write " + path.toStdString() + ": " + file.errorString().toStdString();
        return false;
    }
    // The account is whole in the file now: the changes written since the last one are in it too.
    const QString changes = changesPath(path);
    if (QFile::exists(changes) && !QFile::remove(changes)) {
        *error = "cannot remove " + changes.toStdString() + " after saving the account";
        return false;
    }
    return true;
}

std::optional<AccountImage> load(const QString &path, std::size_t keepFinished, std::size_t keepExecutions,
                                 std::string *error, std::string *warning)
{
    error->clear();
    warning->clear();
    std::optional<AccountImage> image;
    if (std::optional<QByteArray> json = readWhole(path, error)) {
        image = fromJson(*json, error);
        if (!image) {
            *error = path.toStdString() + ": " + *error;
            return std::nullopt;
        }
    } else if (!error->empty()) {
        return std::nullopt;
    }
    const QString changesFile = changesPath(path);
    std::optional<QByteArray> changes = readWhole(changesFile, error);
    if (!error->empty())
        return std::nullopt;
    if (!changes)
        return image;
    if (!image && !changes->trimmed().isEmpty()) {
        // Changes of an account whose document is gone: what they do not repeat is lost.
        *error = changesFile.toStdString() + " holds changes but " + path.toStdString() + " is missing";
        return std::nullopt;
    }
    const QList<QByteArray> lines = changes->split('\n');
    // The last element is what follows the last line break: empty when every line is whole.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        const bool last = i == lines.size() - 1;
        std::optional<AccountImage> change = changeFromJson(line, error);
        if (!change && last) {
            // Cut off by a crash in the middle of its write: its request was never answered.
            *warning =
                "the last change in " + changesFile.toStdString() + " was cut off and is left out (" + *error + ")";
            error->clear();
            break;
        }
        if (!change) {
            *error = changesFile.toStdString() + ", line " + std::to_string(i + 1) + ": " + *error;
            return std::nullopt;
        }
        merge(*image, *change, keepFinished, keepExecutions);
    }
    return image;
}

bool ChangeLog::open(const QString &accountPath, std::string *error)
{
    m_file.close();
    m_file.setFileName(changesPath(accountPath));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = "cannot write " + m_file.fileName().toStdString() + ": " + m_file.errorString().toStdString();
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lines = 0;
    return true;
}

bool ChangeLog::append(const QByteArray &line, std::string *error)
{
    if (!m_file.isOpen() || m_file.write(line) != line.size() || !m_file.flush() || ::fdatasync(m_file.handle()) != 0) {
        *error = "cannot write " + m_file.fileName().toStdString() + ": " +
                 (m_file.isOpen() ? m_file.errorString().toStdString() : std::string("not open"));
        return false;
    }
    // A file removed under us (its folder deleted) takes writes that no restart will find.
    struct stat status
    {
    };
    if (::fstat(m_file.handle(), &status) != 0 || status.st_nlink == 0) {
        *error = m_file.fileName().toStdString() + " was removed while the account was kept in it";
        return false;
    }
    ++m_lines;
    return true;
}

} // namespace virtuoso::trading::paper_file
