#include "WarningsView.h"

#include "SparklineDelegate.h"
#include "WarningsModel.h"
#include "WorkstationSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace virtuoso::ui {

namespace {

// The grouping is view state, kept with the window layout.
const QString kGroupByCodeKey = QStringLiteral("warnings/group_by_code");

// Text matches code, key or sample; severity at or above the chosen level.
class WarningFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }
    void setMaxLevel(int level)
    {
        m_maxLevel = level;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (m->index(row, 0, parent).data(WarningsModel::SeverityRole).toInt() > m_maxLevel)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int c : {WarningsModel::CodeColumn, WarningsModel::KeyColumn, WarningsModel::SampleColumn})
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        // The message as logged too: a phrase copied from the log finds its row in any language.
        return m->index(row, WarningsModel::SampleColumn, parent)
            .data(WarningsModel::LoggedMessageRole)
            .toString()
            .contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
    int m_maxLevel = static_cast<int>(log::Level::Debug);
};

} // namespace

WarningsView::WarningsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new WarningsModel(this))
    , m_proxy(new WarningFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_byCode(new QCheckBox(tr("Group by code"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("WarningsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WarningsModel::SortRole);
    m_filter->setObjectName(QStringLiteral("WarningTextFilter"));
    m_filter->setPlaceholderText(tr("Filter by code, key or message"));
    m_filter->setClearButtonEnabled(true);
    m_severity->setObjectName(QStringLiteral("WarningSeverityFilter"));
    m_severity->addItem(tr("All severities"), static_cast<int>(log::Level::Debug));
    m_severity->addItem(tr("Notice and worse"), static_cast<int>(log::Level::Notice));
    m_severity->addItem(tr("Warnings and worse"), static_cast<int>(log::Level::Warning));
    m_severity->addItem(tr("Errors only"), static_cast<int>(log::Level::Error));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<WarningFilterProxy *>(m_proxy)->setText(text.trimmed());
        refreshSummary();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<WarningFilterProxy *>(m_proxy)->setMaxLevel(m_severity->currentData().toInt());
        refreshSummary();
    });

    m_byCode->setObjectName(QStringLiteral("WarningGroupByCode"));
    m_byCode->setToolTip(tr("One row per warning code, with the connections, topics or symbols it concerns"));
    m_byCode->setChecked(layoutStore().value(kGroupByCodeKey, false).toBool());
    connect(m_byCode, &QCheckBox::toggled, this, [this](bool byCode) {
        layoutStore().setValue(kGroupByCodeKey, byCode);
        showWarnings();
    });

    m_table->setObjectName(QStringLiteral("WarningsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(WarningsModel::TrendColumn,
                                      new SparklineDelegate(WarningsModel::RateHistoryRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WarningsModel::CountColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WarningsModel::CodeColumn, 190);
    m_table->setColumnWidth(WarningsModel::TrendColumn, 110);
    m_table->setColumnWidth(WarningsModel::FirstSeenColumn, 140);
    m_table->setColumnWidth(WarningsModel::LastSeenColumn, 140);
    m_table->setColumnWidth(WarningsModel::KeyColumn, 260);
    m_table->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("WarningSummary"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_severity);
    filters->addWidget(m_byCode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    refreshSummary();
}

void WarningsView::setTextFilter(const QString &text)
{
    m_filter->setText(text);
}

void WarningsView::setMinimumSeverity(log::Level level)
{
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(static_cast<int>(level))));
}

void WarningsView::setUnavailable(const QString &reason)
{
    m_table->setEnabled(false);
    m_summary->setText(reason);
}

void WarningsView::setGroupByCode(bool byCode)
{
    m_byCode->setChecked(byCode);
}

bool WarningsView::groupByCode() const
{
    return m_byCode->isChecked();
}

void WarningsView::applyWarnings(const std::vector<health::WarningAggregate> &warnings, qint64 nowMs)
{
    m_table->setEnabled(true);
    m_warnings = warnings;
    m_nowMs = nowMs;
    showWarnings();
}

void WarningsView::showWarnings()
{
    m_model->setRowsPerCode(m_byCode->isChecked());
    m_model->applyWarnings(m_byCode->isChecked() ? WarningsModel::groupByCode(m_warnings) : m_warnings, m_nowMs);
    refreshSummary();
}

void WarningsView::refreshSummary()
{
    if (!m_table->isEnabled())
        return;
    qint64 total = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        total += m_model->warning(r)->count;
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No warnings so far.")
                           : tr("%1 warning groups, %2 occurrences; %3 shown with the current filter")
                                 .arg(m_model->rowCount())
                                 .arg(total)
                                 .arg(m_proxy->rowCount()));
}

} // namespace virtuoso::ui
