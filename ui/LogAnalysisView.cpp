#include "LogAnalysisView.h"

#include "CoreTexts.h"
#include "NetworkErrorText.h"
#include "Theme.h"
#include "api/ApiClient.h"
#include "base/QueuedCall.h"
#include "logs/LogAnalyzer.h"
#include "logs/LogReport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QValueAxis>

namespace virtuoso::ui {

namespace {

enum Column { TextColumn, CountColumn, FirstColumn, LastColumn, DetailColumn };

QString idsText(const QJsonObject &pattern)
{
    QStringList parts;
    const QJsonObject ids = pattern.value(QStringLiteral("ids")).toObject();
    for (auto it = ids.begin(); it != ids.end(); ++it)
        parts << it.value().toVariant().toStringList().join(QStringLiteral(", "));
    return parts.join(QStringLiteral("; "));
}

QTreeWidgetItem *patternItem(QTreeWidgetItem *parent, const QJsonObject &t, const QString &detail)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(TextColumn, t.value(QStringLiteral("template")).toString());
    item->setText(CountColumn, QString::number(t.value(QStringLiteral("count")).toInteger()));
    item->setText(FirstColumn, t.value(QStringLiteral("first_seen")).toString());
    item->setText(LastColumn, t.value(QStringLiteral("last_seen")).toString());
    item->setText(DetailColumn, detail);
    for (const QJsonValue &e : t.value(QStringLiteral("examples")).toArray()) {
        auto *example = new QTreeWidgetItem(item);
        example->setText(TextColumn, e.toObject().value(QStringLiteral("text")).toString());
        example->setText(FirstColumn, e.toObject().value(QStringLiteral("ts")).toString());
    }
    return item;
}

} // namespace

LogAnalysisView::LogAnalysisView(QWidget *parent)
    : QWidget(parent)
    , m_open(new QPushButton(tr("Open log file…")))
    , m_daemonUrl(new QLineEdit(QStringLiteral("http://127.0.0.1:8787")))
    , m_tokenFile(new QLineEdit)
    , m_hours(new QSpinBox)
    , m_ask(new QPushButton(tr("Ask daemon")))
    , m_status(
          new QLabel(tr("Open a journal, syslog or plain log file (.gz too), or ask a daemon for its own journal.")))
    , m_verdict(new QLabel)
    , m_chart(new QChartView)
    , m_findings(new QTreeWidget)
{
    setObjectName(QStringLiteral("LogAnalysisView"));
    m_tokenFile->setPlaceholderText(tr("token file (optional)"));
    m_hours->setRange(1, 24);
    m_hours->setValue(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setToolTip(tr("How far back the daemon reads its journal"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText); // a daemon's text, never markup
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_findings->setHeaderLabels({tr("Finding"), tr("Lines"), tr("First seen"), tr("Last seen"), tr("Details")});
    m_findings->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_findings->setObjectName(QStringLiteral("LogFindings"));
    fitSectionsToHeaders(m_findings->header());
    m_chart->setMinimumHeight(260);
    m_chart->chart()->setTitle(tr("Lines per hour (UTC), errors on top"));
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    styleChart(m_chart->chart()); // the theme's colours, like every other chart

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_open);
    sourceRow->addSpacing(16);
    sourceRow->addWidget(new QLabel(tr("Daemon:")));
    sourceRow->addWidget(m_daemonUrl, 2);
    sourceRow->addWidget(m_tokenFile, 1);
    sourceRow->addWidget(m_hours);
    sourceRow->addWidget(m_ask);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chart);
    split->addWidget(m_findings);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_status);
    layout->addWidget(m_verdict);
    layout->addWidget(split, 1);

    connect(m_open, &QPushButton::clicked, this, &LogAnalysisView::chooseFile);
    connect(m_ask, &QPushButton::clicked, this, [this] {
        askDaemon(QUrl(m_daemonUrl->text().trimmed()), m_tokenFile->text().trimmed(), m_hours->value());
    });
}

LogAnalysisView::~LogAnalysisView()
{
    if (m_worker.joinable())
        m_worker.join();
}

void LogAnalysisView::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open log file"), QString(), tr("Logs (*.log *.json *.export *.txt *.gz *syslog*);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void LogAnalysisView::openFile(const QString &path)
{
    if (m_worker.joinable())
        m_worker.join();
    m_open->setEnabled(false);
    m_ask->setEnabled(false);
    m_status->setText(tr("Analysing %1…").arg(path));
    // The view outlives the thread (the destructor joins it), so the queued call is safe.
    m_worker = std::thread([this, path] {
        const logs::AnalysisResult result = logs::analyzeLogs({path}, {});
        QString problem;
        if (!result.inputs.empty() && !result.inputs.front().error.isEmpty())
            problem = result.inputs.front().error;
        const QJsonObject report = logs::buildLogReport(result);
        postQueued(this, [this, report, problem, path] {
            m_open->setEnabled(true);
            m_ask->setEnabled(true);
            m_status->setText(problem.isEmpty() ? tr("%1 analysed.").arg(path) : problem);
            showReport(report);
        });
    });
}

void LogAnalysisView::askDaemon(const QUrl &base, const QString &tokenFile, int hoursBack)
{
    if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))) {
        showError(tr("The daemon address must be an http:// or https:// URL."));
        return;
    }
    QByteArray token;
    if (!tokenFile.isEmpty()) {
        QString error;
        token = api::ApiClient::readTokenFile(tokenFile, &error);
        if (token.isEmpty()) {
            showError(error);
            return;
        }
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/logs/analyze"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"),
                       QString::number(QDateTime::currentMSecsSinceEpoch() - qint64(hoursBack) * 3'600'000));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    m_ask->setEnabled(false);
    m_status->setText(tr("Asking %1…").arg(base.toString()));
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_ask->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        if (status == 200 && doc.isObject()) {
            m_status->setText(tr("Report of the daemon's journal."));
            showReport(doc.object());
        } else if (doc.isObject() && doc.object().contains(QStringLiteral("error"))) {
            showError(tr("The daemon answered %1: %2")
                          .arg(status)
                          .arg(doc.object().value(QStringLiteral("error")).toString()));
        } else {
            showError(
                tr("The daemon could not be asked: %1").arg(replyErrorText(reply->error(), reply->errorString())));
        }
    });
}

void LogAnalysisView::showError(const QString &message)
{
    m_status->setText(message);
}

QString LogAnalysisView::verdictText() const
{
    return m_verdict->text();
}

QString LogAnalysisView::statusText() const
{
    return m_status->text();
}

void LogAnalysisView::showReport(const QJsonObject &report)
{
    // The core writes the verdict in English; shown in the interface's language.
    m_verdict->setText(CoreTexts::text(
        report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("verdict")).toString()));
    fillChart(report);
    fillFindings(report);
    emit reportShown();
}

void LogAnalysisView::fillChart(const QJsonObject &report)
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QStackedBarSeries;
    auto *other = new QBarSet(tr("other lines"));
    auto *errors = new QBarSet(tr("errors"));
    errors->setColor(QColor(0xd9, 0x53, 0x4f));
    QStringList hours;
    double max = 1;
    const QJsonArray byHour =
        report.value(QStringLiteral("volume")).toObject().value(QStringLiteral("by_hour")).toArray();
    for (const QJsonValue &v : byHour) {
        const QJsonObject h = v.toObject();
        const double lines = h.value(QStringLiteral("lines")).toDouble();
        const double err = h.value(QStringLiteral("errors")).toDouble();
        *other << lines - err;
        *errors << err;
        hours << h.value(QStringLiteral("hour")).toString().mid(11, 5);
        max = std::max(max, lines);
    }
    series->append(other);
    series->append(errors);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(hours);
    auto *y = new QValueAxis;
    y->setRange(0, max);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart); // the new axes too
}

void LogAnalysisView::fillFindings(const QJsonObject &report)
{
    m_findings->clear();
    auto section = [this](const QString &title, int count) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(TextColumn, title);
        item->setText(CountColumn, QString::number(count));
        QFont bold = item->font(TextColumn);
        bold.setBold(true);
        item->setFont(TextColumn, bold);
        item->setExpanded(true);
        return item;
    };
    const QJsonArray recommendations = report.value(QStringLiteral("recommendations")).toArray();
    QTreeWidgetItem *rec = section(tr("Recommendations"), static_cast<int>(recommendations.size()));
    for (const QJsonValue &r : recommendations) {
        auto *item = new QTreeWidgetItem(rec);
        item->setText(TextColumn, r.toObject().value(QStringLiteral("text")).toString());
        item->setToolTip(TextColumn, item->text(TextColumn));
        item->setText(DetailColumn, r.toObject().value(QStringLiteral("rule")).toString());
    }
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    QTreeWidgetItem *err = section(tr("Error patterns"), static_cast<int>(errors.size()));
    for (const QJsonValue &e : errors)
        patternItem(err, e.toObject(), idsText(e.toObject()));
    const QJsonArray incidents = report.value(QStringLiteral("incidents")).toArray();
    QTreeWidgetItem *inc = section(tr("Incidents"), static_cast<int>(incidents.size()));
    for (const QJsonValue &v : incidents) {
        const QJsonObject i = v.toObject();
        auto *item = new QTreeWidgetItem(inc);
        item->setText(TextColumn,
                      i.value(QStringLiteral("kinds")).toVariant().toStringList().join(QStringLiteral(", ")));
        item->setText(CountColumn, QString::number(i.value(QStringLiteral("lines")).toInteger()));
        item->setText(FirstColumn, i.value(QStringLiteral("start")).toString());
        item->setText(LastColumn, i.value(QStringLiteral("end")).toString());
        for (const QJsonValue &m : i.value(QStringLiteral("templates")).toArray()) {
            auto *member = new QTreeWidgetItem(item);
            member->setText(TextColumn, m.toObject().value(QStringLiteral("template")).toString());
            member->setText(CountColumn, QString::number(m.toObject().value(QStringLiteral("count")).toInteger()));
        }
    }
    const QJsonObject warnings = report.value(QStringLiteral("warnings")).toObject();
    const QJsonArray unexpected = warnings.value(QStringLiteral("unexpected")).toArray();
    QTreeWidgetItem *un = section(tr("Warnings"), static_cast<int>(unexpected.size()));
    for (const QJsonValue &w : unexpected)
        patternItem(un, w.toObject(), idsText(w.toObject()));
    const QJsonArray expected = warnings.value(QStringLiteral("expected")).toArray();
    QTreeWidgetItem *ex = section(tr("Expected warnings (data quality)"), static_cast<int>(expected.size()));
    ex->setExpanded(false);
    for (const QJsonValue &w : expected)
        patternItem(ex, w.toObject(), tr("expected"));
    const QJsonArray noisiest = report.value(QStringLiteral("noisiest")).toArray();
    QTreeWidgetItem *noisy = section(tr("Noisiest templates"), static_cast<int>(noisiest.size()));
    noisy->setExpanded(false);
    for (const QJsonValue &n : noisiest)
        patternItem(
            noisy, n.toObject(),
            tr("%1% of all lines").arg(n.toObject().value(QStringLiteral("share")).toDouble() * 100, 0, 'f', 1));
}

} // namespace virtuoso::ui
