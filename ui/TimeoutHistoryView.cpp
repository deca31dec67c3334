#include "TimeoutHistoryView.h"

#include "ChartAxes.h"

#include "DisplayFormat.h"
#include "Theme.h"
#include "TimeoutHistoryModel.h"
#include "model/health/TimeoutIncidents.h"
#include "model/snapshot/SnapshotPublisher.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>

namespace virtuoso::ui {

using health::TimeoutKind;

namespace {

const std::array<TimeoutHistoryView::Zoom, 4> kZooms{{
    {3'600'000, 24},  // 24 hours per hour
    {600'000, 36},    // 6 hours per 10 minutes
    {60'000, 60},     // an hour per minute
    {21'600'000, 28}, // 7 days per 6 hours
}};
constexpr qint64 kInitialHistoryMs = 24 * 3'600'000LL;
constexpr qint64 kChartRefreshMs = 1000;

QColor kindColor(TimeoutKind kind)
{
    static const std::array<QColor, 10> colors{
        QColor(0xe0, 0x6c, 0x3c), QColor(0xd2, 0x3c, 0x3c), QColor(0xe0, 0x9b, 0x1a), QColor(0x9b, 0x6c, 0xd0),
        QColor(0x3b, 0x82, 0xd6), QColor(0x2a, 0xa1, 0x98), QColor(0x8b, 0x1e, 0x3f), QColor(0xb8, 0x4a, 0x8a),
        QColor(0x6c, 0x8e, 0xbf), QColor(0x7a, 0xa8, 0x3c)};
    return colors[static_cast<size_t>(kind) % colors.size()];
}

} // namespace

TimeoutHistoryView::TimeoutHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimeoutHistoryModel(20'000, this))
    , m_proxy(new TimeoutFilterProxy(this))
    , m_connection(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_symbol(new QLineEdit(this))
    , m_zoom(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_chartModel(new QChart)
    , m_chartView(new QChartView(m_chartModel, this))
    , m_series(new QStackedBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_timeLabels(new QCategoryAxis)
    , m_countAxis(new QValueAxis)
    , m_table(new QTableView(this))
    , m_earlier(new QPushButton(tr("◀ Earlier"), this))
    , m_later(new QPushButton(tr("Later ▶"), this))
{
    setObjectName(QStringLiteral("TimeoutHistoryView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TimeoutHistoryModel::SortRole);

    m_connection->setObjectName(QStringLiteral("TimeoutConnectionFilter"));
    m_connection->addItem(tr("All connections"), QString());
    m_kind->setObjectName(QStringLiteral("TimeoutKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (TimeoutKind kind : TimeoutHistoryModel::allKinds())
        m_kind->addItem(TimeoutHistoryModel::kindText(kind), TimeoutHistoryModel::kindText(kind));
    m_symbol->setObjectName(QStringLiteral("TimeoutSymbolFilter"));
    m_symbol->setPlaceholderText(tr("Symbol"));
    m_symbol->setClearButtonEnabled(true);
    m_zoom->setObjectName(QStringLiteral("TimeoutZoom"));
    m_zoom->addItems(
        {tr("24 hours, per hour"), tr("6 hours, per 10 minutes"), tr("1 hour, per minute"), tr("7 days, per 6 hours")});
    m_earlier->setObjectName(QStringLiteral("TimeoutEarlier"));
    m_earlier->setToolTip(tr("Show the window before this one; older entries are read from the history store"));
    m_later->setObjectName(QStringLiteral("TimeoutLater"));
    m_later->setToolTip(tr("Show the next window, up to now"));
    m_later->setEnabled(false);
    connect(m_earlier, &QPushButton::clicked, this, [this] { stepWindow(-1); });
    connect(m_later, &QPushButton::clicked, this, [this] { stepWindow(1); });
    m_summary->setObjectName(QStringLiteral("TimeoutSummary"));

    connect(m_connection, &QComboBox::currentIndexChanged, this, &TimeoutHistoryView::onFilterChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimeoutHistoryView::onFilterChanged);
    connect(m_symbol, &QLineEdit::textChanged, this, &TimeoutHistoryView::onFilterChanged);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        m_chartDirty = true;
        rebuildChart();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Connection:"), this));
    filters->addWidget(m_connection);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_symbol);
    filters->addStretch(1);
    filters->addWidget(m_earlier);
    filters->addWidget(m_zoom);
    filters->addWidget(m_later);

    m_chartModel->addSeries(m_series);
    m_chartModel->addAxis(m_categories, Qt::AlignBottom);
    m_categories->setGridLineVisible(false);
    // Bucket b spans [b - 0.5, b + 0.5] on the bar axis; the time labels share that scale.
    m_chartModel->addAxis(m_timeLabels, Qt::AlignBottom);
    m_chartModel->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_countAxis);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_chartModel->legend()->setAlignment(Qt::AlignRight);
    styleChart(m_chartModel);
    m_chartView->setObjectName(QStringLiteral("TimeoutChart"));
    m_chartView->setMinimumHeight(200);
    m_chartView->setRenderHint(QPainter::Antialiasing);

    m_table->setObjectName(QStringLiteral("TimeoutTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimeoutHistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TimeoutHistoryModel::TimeColumn, 150);
    m_table->setColumnWidth(TimeoutHistoryModel::KindColumn, 150);
    // Wide enough for "orderbook.50.1000PEPEUSDT" and "/v5/market/open-interest".
    m_table->setColumnWidth(TimeoutHistoryModel::TopicColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("orderbook.50.1000PEPEUSDT")) + 16);
    m_table->setWordWrap(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    rebuildChart();
}

void TimeoutHistoryView::setBackfillSource(BackfillSource source)
{
    m_backfill = std::move(source);
    requestBackfill(m_model->lastId());
}

void TimeoutHistoryView::requestBackfill(quint64 afterId)
{
    if (!m_backfill)
        return;
    m_backfillPending = true;
    m_backfillWaits = 0;
    m_backfill(afterId, [self = QPointer<TimeoutHistoryView>(this)](std::vector<health::TimeoutEntry> entries) {
        if (self)
            self->onBackfill(std::move(entries));
    });
}

void TimeoutHistoryView::onBackfill(std::vector<health::TimeoutEntry> entries)
{
    m_backfillPending = false;
    if (m_model->merge(entries) > 0) {
        m_chartDirty = true;
        refreshFilterChoices();
    }
}

void TimeoutHistoryView::addHostOutages(const std::vector<HostOutage> &outages)
{
    for (const HostOutage &o : outages) {
        if (o.toMs <= 0 ||
            std::find(m_recordedOutages.begin(), m_recordedOutages.end(), o.fromMs) != m_recordedOutages.end())
            continue;
        m_recordedOutages.push_back(o.fromMs);
        health::TimeoutEntry entry;
        entry.ts = o.fromMs;
        entry.kind = health::TimeoutKind::StaleStream;
        entry.connId = o.host;
        entry.durationMs = o.toMs - o.fromMs;
        entry.detail = tr("no data from the host for %1 (%2)").arg(formatAge(entry.durationMs), o.reason);
        m_model->insertByTime(entry);
        m_chartDirty = true;
    }
}

void TimeoutHistoryView::applySnapshot(const CoreSnapshot &snapshot)
{
    m_nowMs = snapshot.epochMs;
    const quint64 before = m_model->lastId();
    // The snapshot carries only the newest entries; a gap is filled from the journal when we can.
    // The journal's answer holds the snapshot's entries too, so they wait for it (appended after
    // them, the older ones would be lost); a source that does not answer is waited for only a while.
    int added = 0;
    const bool gap = !snapshot.recentTimeouts.empty() && snapshot.recentTimeouts.front().id > before + 1 && before > 0;
    if (gap && m_backfill && !m_backfillPending)
        requestBackfill(before);
    if (!m_backfillPending || ++m_backfillWaits > kMaxBackfillWaits)
        added = m_model->merge(snapshot.recentTimeouts);
    if (m_historyFromMs == 0 && m_history) {
        const qint64 until = m_model->entries().empty() ? m_nowMs + 1 : m_model->entries().front().ts;
        requestHistory(m_nowMs - kInitialHistoryMs, until);
    }
    if (added > 0 || m_model->lastId() != before) {
        m_chartDirty = true;
        refreshFilterChoices();
    }
    // Buckets slide with time even without new entries.
    if (m_nowMs - m_lastChartMs >= kChartRefreshMs && (m_chartDirty || m_nowMs / 60'000 != m_lastChartMs / 60'000))
        rebuildChart();
}

void TimeoutHistoryView::setFilters(const QString &connId, const QString &kindName, const QString &symbol)
{
    refreshFilterChoices();
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(connId)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kindName)));
    m_symbol->setText(symbol);
    onFilterChanged();
}

void TimeoutHistoryView::setZoom(int zoomIndex)
{
    m_zoom->setCurrentIndex(std::clamp(zoomIndex, 0, static_cast<int>(kZooms.size()) - 1));
}

void TimeoutHistoryView::stepWindow(int windows)
{
    const Zoom zoom = kZooms[static_cast<size_t>(std::max(0, m_zoom->currentIndex()))];
    m_endOffsetMs = std::max<qint64>(0, m_endOffsetMs - windows * zoom.bucketMs * zoom.buckets);
    m_chartDirty = true;
    rebuildChart();
}

void TimeoutHistoryView::showLatest()
{
    m_endOffsetMs = 0;
    m_chartDirty = true;
    rebuildChart();
}

void TimeoutHistoryView::requestHistory(qint64 sinceMs, qint64 untilMs)
{
    if (!m_history || m_historyPending || untilMs <= sinceMs)
        return;
    m_historyFromMs = sinceMs;
    m_historyPending = true;
    // The view may be replaced (another host) before a daemon answers.
    m_history(sinceMs, untilMs, [self = QPointer<TimeoutHistoryView>(this)](std::vector<health::TimeoutEntry> entries) {
        if (self)
            self->onHistory(std::move(entries));
    });
}

void TimeoutHistoryView::onHistory(std::vector<health::TimeoutEntry> entries)
{
    m_historyPending = false;
    if (m_model->prependOlder(entries) > 0)
        refreshFilterChoices();
    m_chartDirty = true;
    if (!m_rebuilding) // an in-process source answers from within rebuildChart, which draws it
        rebuildChart();
}

void TimeoutHistoryView::refreshFilterChoices()
{
    QStringList known;
    for (int i = 1; i < m_connection->count(); ++i)
        known << m_connection->itemData(i).toString();
    for (const auto &e : m_model->entries()) {
        if (!e.connId.isEmpty() && !known.contains(e.connId)) {
            known << e.connId;
            m_connection->addItem(e.connId, e.connId);
        }
    }
}

void TimeoutHistoryView::onFilterChanged()
{
    const QString kindName = m_kind->currentData().toString();
    m_proxy->setFilters(m_connection->currentData().toString(),
                        kindName.isEmpty() ? std::nullopt : health::parseTimeoutKind(kindName),
                        m_symbol->text().trimmed());
    m_chartDirty = true;
    rebuildChart();
}

void TimeoutHistoryView::rebuildChart()
{
    m_rebuilding = true;
    const auto done = qScopeGuard([this] { m_rebuilding = false; });
    m_lastChartMs = m_nowMs;
    m_chartDirty = false;
    const Zoom zoom = kZooms[static_cast<size_t>(std::max(0, m_zoom->currentIndex()))];
    const qint64 now = (m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch()) - m_endOffsetMs;
    const qint64 lastBucketStart = now - now % zoom.bucketMs;
    const qint64 firstBucketStart = lastBucketStart - (zoom.buckets - 1) * zoom.bucketMs;
    m_windowStartMs = firstBucketStart;
    m_windowEndMs = lastBucketStart + zoom.bucketMs;
    m_later->setEnabled(m_endOffsetMs > 0);
    // Time before what was loaded comes from the history source (the store, or the daemon's).
    if (m_historyFromMs > 0 && firstBucketStart < m_historyFromMs)
        requestHistory(firstBucketStart, m_historyFromMs);
    const auto &kinds = TimeoutHistoryModel::allKinds();

    // Counting and incidents are the core's (health::timeoutHistogram, groupIncidents), as for
    // /api/v1/timeouts/histogram; incidents are found among every entry held, counts follow the filters.
    const auto &held = m_model->entries();
    const std::vector<health::TimeoutEntry> all(held.begin(), held.end());
    std::vector<health::TimeoutEntry> filtered;
    for (const auto &e : held)
        if (m_proxy->accepts(e))
            filtered.push_back(e);
    const std::vector<health::TimeoutBucket> buckets =
        health::timeoutHistogram(filtered, firstBucketStart, zoom.bucketMs, zoom.buckets, health::groupIncidents(all));
    m_counts.assign(static_cast<size_t>(zoom.buckets), std::vector<int>(kinds.size(), 0));
    m_incidentBuckets.assign(static_cast<size_t>(zoom.buckets), false);
    int shown = 0;
    for (size_t b = 0; b < buckets.size(); ++b) {
        for (size_t k = 0; k < kinds.size() && k < buckets[b].counts.size(); ++k)
            m_counts[b][k] = buckets[b].counts[k];
        m_incidentBuckets[b] = buckets[b].incident;
        shown += buckets[b].total;
    }

    m_series->clear();
    QStringList categories;
    // The bar axis marks incident buckets; its other labels are invisible (and unique, as
    // category labels must be). Round times (at most eight, the date where the window spans days)
    // stand under the buckets they start, on an axis of their own where they have room.
    QStringList incidentTimes;
    for (int b = 0; b < zoom.buckets; ++b) {
        const qint64 startMs = firstBucketStart + b * zoom.bucketMs;
        const bool incident = m_incidentBuckets[static_cast<size_t>(b)];
        if (incident)
            incidentTimes << chart_axes::timeRangeEnds(startMs, startMs + zoom.bucketMs).first;
        categories << (incident ? QStringLiteral("⚠") : QString()) + QString(b + 1, QChar(0x200B));
    }
    m_categories->setCategories(categories);
    std::vector<chart_axes::Tick> timeTicks;
    for (chart_axes::Tick t : chart_axes::timeTicks(firstBucketStart, m_windowEndMs - zoom.bucketMs, 8)) {
        const qint64 offset = static_cast<qint64>(t.value) - firstBucketStart;
        if (offset % zoom.bucketMs != 0)
            continue; // between two buckets
        t.value = static_cast<double>(offset / zoom.bucketMs) - 0.5;
        timeTicks.push_back(t);
    }
    chart_axes::applyTicks(m_timeLabels, -0.5, zoom.buckets - 0.5, timeTicks);
    int maxStack = 0;
    for (const auto &bucket : m_counts) {
        int sum = 0;
        for (int n : bucket)
            sum += n;
        maxStack = std::max(maxStack, sum);
    }
    for (size_t k = 0; k < kinds.size(); ++k) {
        bool any = false;
        for (const auto &bucket : m_counts)
            any = any || bucket[k] > 0;
        if (!any)
            continue;
        auto *set = new QBarSet(TimeoutHistoryModel::kindText(kinds[k]));
        set->setColor(kindColor(kinds[k]));
        set->setBorderColor(Qt::transparent);
        for (const auto &bucket : m_counts)
            *set << bucket[k];
        m_series->append(set);
    }
    m_countAxis->setRange(0, std::max(4, maxStack + maxStack / 5 + 1));
    // Times alone within a day; with the date when the window crosses midnight or lasts a day.
    const auto [fromText, toText] = chart_axes::timeRangeEnds(firstBucketStart, m_windowEndMs);
    const QString range = tr("%1 to %2").arg(fromText, toText);
    m_chartModel->setTitle(shown == 0 ? tr("No timeouts from %1 — the connector has nothing to report.").arg(range)
                                      : tr("%n event(s) from %1", nullptr, shown).arg(range));

    QString summary =
        incidentTimes.isEmpty()
            ? tr("%n entries held, no incidents in this period", nullptr, m_model->rowCount())
            : tr("%n entries held; incidents (bursts of connection failures) at %1", nullptr, m_model->rowCount())
                  .arg(incidentTimes.join(QStringLiteral(", ")));
    if (m_historyPending)
        summary += QStringLiteral(" · ") + tr("reading older entries…");
    if (m_model->missedEntries() > 0)
        summary += QStringLiteral(" · ") + tr("%n entry(ies) arrived too fast to be shown", nullptr,
                                              static_cast<int>(m_model->missedEntries()));
    m_summary->setText(summary);
}

} // namespace virtuoso::ui
