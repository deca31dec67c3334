#pragma once

#include "model/alerts/AlertRules.h"
#include "model/alerts/AlertTypes.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace virtuoso::store {

// One delivery of a journaled alert to one channel.
struct AlertDeliveryRecord
{
    QString channel;
    QString status = QStringLiteral("pending"); // "pending", "retrying", "failing", "delivered"
    int attempts = 0;
    qint64 latencyMs = -1; // from journaled to delivered; -1 until delivered
    QString lastError;     // the last failure in words (status, reason), never a URL
    qint64 more = 0;       // what the message summarised ("and N more like this")
    QString summary;
    qint64 updatedMs = 0;
};

struct AlertRecord
{
    qint64 id = 0;
    alerts::AlertEvent event;
    QString rule;
    std::vector<AlertDeliveryRecord> deliveries;
};

// Alerts raised in [sinceMs, untilMs) of at least `minSeverity`; the newest `limit`, oldest first.
struct AlertJournalQuery
{
    qint64 sinceMs = 0;
    qint64 untilMs = 0; // 0: no upper bound
    std::optional<alerts::AlertSeverity> minSeverity;
    int limit = 1000;
};

// A delivery not yet done, to be sent (again) after a restart.
struct PendingAlertDelivery
{
    AlertRecord alert; // with this one delivery
};

// The alert journal: every alert that went out, its deliveries (channel, status, attempts,
// latency) and what each message summarised of the alerts held back before it. One SQLite file
// (WAL, mode 0600, folders 0700). A delivery is journaled "pending" before it is attempted and
// "delivered" when the channel accepted it, so an alert is never lost: after a restart the
// dispatcher sends every delivery that is not "delivered" (docs/alerts.md, "Guarantees").
// Not thread-safe: the alert thread owns it (one SQLite connection per thread, as Qt SQL requires).
class AlertJournal
{
public:
    AlertJournal();
    ~AlertJournal();
    AlertJournal(const AlertJournal &) = delete;
    AlertJournal &operator=(const AlertJournal &) = delete;

    bool open(const QString &path, bool readOnly = false);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString lastError() const { return m_error; }

    // Journals an alert and one pending delivery per message; returns its id, 0 on failure.
    qint64 recordAlert(const alerts::AlertDecision &decision);
    bool updateDelivery(qint64 alertId, const AlertDeliveryRecord &delivery);

    std::vector<AlertRecord> query(const AlertJournalQuery &query) const;
    // Every delivery not "delivered", oldest alert first.
    std::vector<PendingAlertDelivery> pending() const;

    // alerts.sqlite beside the history store's default database.
    static QString defaultPath();

private:
    bool fail(const QString &error) const;
    void loadDeliveries(std::vector<AlertRecord> &records) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    mutable QString m_error;
};

} // namespace virtuoso::store
