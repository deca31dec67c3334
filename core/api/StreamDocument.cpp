// The stream's data: whole states and patches, written entry by entry from two snapshots.
#include "api/AlertsDocument.h"
#include "api/DocumentFields.h"
#include "base/JsonMergePatch.h"

#include <QJsonDocument>
#include <QMap>

#include <functional>

namespace virtuoso::api::snapshot_document {

using namespace detail;

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal for `key`, escaped as QJsonDocument escapes it.
QByteArray jsonKey(const QString &key)
{
    const QByteArray array = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The top-level members that are not keyed collections.
QJsonObject scalars(const CoreSnapshot &snapshot)
{
    QJsonObject out{
        {QStringLiteral("revision"), static_cast<qint64>(snapshot.revision)},
        {QStringLiteral("epoch_ms"), snapshot.epochMs},
        {QStringLiteral("data_source"), snapshot.dataSource},
        {QStringLiteral("feed_state"), snapshot.feedState},
        {QStringLiteral("probe"), probe(snapshot.probe)},
    };
    if (snapshot.alerts)
        out.insert(QStringLiteral("alert_status"), alerts_document::status(*snapshot.alerts));
    return out;
}

// One keyed collection of the stream state (markets by symbol, connections by id, ...), as the
// entries of one snapshot. A later entry with the same key wins, as a QJsonObject insert does.
struct Section
{
    QString name;
    // key → builds the entry's object; `identity` is the object it is built from (equal identities:
    // the same object, so nothing changed).
    struct Entry
    {
        std::function<QJsonObject()> build;
        const void *identity = nullptr;
        // The entry's patch from the entry of the same key with `identity`; empty: diff the objects.
        std::function<QJsonObject(const void *)> patchFrom;
    };
    std::function<QMap<QString, Entry>(const CoreSnapshot &)> entries;
};

const std::vector<Section> &sections()
{
    static const std::vector<Section> all = {
        {QStringLiteral("markets"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             for (const MarketSummary &m : s.markets)
                 out.insert(m.symbol, {[&m] { return market(m); }, &m,
                                       [&m](const void *old) {
                                           return marketPatch(*static_cast<const MarketSummary *>(old), m);
                                       }});
             return out;
         }},
        {QStringLiteral("connections"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             for (const health::ConnectionStatus &c : s.connections)
                 out.insert(c.connId, {[&c] { return connection(c); }, &c,
                                       [&c](const void *old) {
                                           return connectionPatch(*static_cast<const health::ConnectionStatus *>(old),
                                                                  c);
                                       }});
             return out;
         }},
        {QStringLiteral("timeouts"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             for (const health::TimeoutEntry &e : s.recentTimeouts)
                 out.insert(QString::number(e.id), {[&e] { return timeoutEntry(e); }, nullptr, {}});
             return out;
         }},
        {QStringLiteral("signals"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             for (const auto &signalPtr : s.confluenceSignals) {
                 if (signalPtr)
                     out.insert(QString::fromStdString(signalPtr->symbol),
                                {[p = signalPtr.get()] { return signal(*p); }, signalPtr.get(),
                                 [p = signalPtr.get()](const void *old) {
                                     return signalPatch(*static_cast<const confluence::ConfluenceSignal *>(old), *p);
                                 }});
             }
             return out;
         }},
        // Keyed by sequence: a new alert or market event is one entry of the patch.
        {QStringLiteral("alerts"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             if (s.alerts)
                 for (const alerts::AlertItem &a : s.alerts->recent)
                     out.insert(QString::number(a.sequence), {[&a] { return alerts_document::item(a); }, nullptr, {}});
             return out;
         }},
        {QStringLiteral("market_events"),
         [](const CoreSnapshot &s) {
             QMap<QString, Section::Entry> out;
             if (s.alerts)
                 for (const alerts::MarketEvent &e : s.alerts->tape)
                     out.insert(QString::number(e.sequence),
                                {[&e] { return alerts_document::marketEvent(e); }, nullptr, {}});
             return out;
         }},
    };
    return all;
}

QByteArray fullData(const CoreSnapshot &to)
{
    QByteArray out = compactJson(scalars(to));
    out.chop(1); // the closing brace: the collections follow
    for (const Section &section : sections()) {
        out += ',' + jsonKey(section.name) + ":{";
        bool first = true;
        const QMap<QString, Section::Entry> entries = section.entries(to);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (!first)
                out += ',';
            first = false;
            out += jsonKey(it.key()) + ':' + compactJson(it.value().build());
        }
        out += '}';
    }
    out += '}';
    return out;
}

QByteArray patchData(const CoreSnapshot &from, const CoreSnapshot &to)
{
    QJsonObject patch = merge_patch::diff(scalars(from), scalars(to));
    for (const Section &section : sections()) {
        QMap<QString, Section::Entry> before = section.entries(from);
        const QMap<QString, Section::Entry> after = section.entries(to);
        QJsonObject changes;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const auto old = before.constFind(it.key());
            if (old == before.cend()) {
                changes.insert(it.key(), it.value().build());
                continue;
            }
            if (!old.value().identity || old.value().identity != it.value().identity) {
                const QJsonObject entryPatch = it.value().patchFrom && old.value().identity
                                                   ? it.value().patchFrom(old.value().identity)
                                                   : merge_patch::diff(old.value().build(), it.value().build());
                if (!entryPatch.isEmpty())
                    changes.insert(it.key(), entryPatch);
            }
            before.erase(old);
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            changes.insert(it.key(), QJsonValue::Null);
        if (!changes.isEmpty())
            patch.insert(section.name, changes);
    }
    return compactJson(patch);
}

} // namespace

QJsonObject streamState(const CoreSnapshot &snapshot)
{
    // The same sections as streamData, so the two can never disagree.
    QJsonObject state = scalars(snapshot);
    for (const Section &section : sections()) {
        QJsonObject collection;
        const QMap<QString, Section::Entry> entries = section.entries(snapshot);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            collection.insert(it.key(), it.value().build());
        state.insert(section.name, collection);
    }
    return state;
}

QByteArray streamData(const CoreSnapshot *from, const CoreSnapshot &to)
{
    return from ? patchData(*from, to) : fullData(to);
}
} // namespace virtuoso::api::snapshot_document
