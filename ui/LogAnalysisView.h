#pragma once

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

#include <thread>

class QChartView;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace virtuoso::ui {

// The log analyzer in the workstation: opens a log file (journal JSON or export, syslog, plain,
// .gz) and analyses it in the background, or asks a daemon for the report of its own journal
// (/api/v1/logs/analyze); shows the verdict, log volume per hour as a chart, and the findings:
// recommendations, error patterns, incidents, warnings (expected ones marked), noisiest templates.
class LogAnalysisView : public QWidget
{
    Q_OBJECT
public:
    explicit LogAnalysisView(QWidget *parent = nullptr);
    ~LogAnalysisView() override; // waits for a running file analysis

    // Analyses the file on a worker thread; reportShown() follows.
    void openFile(const QString &path);
    // GET {base}/api/v1/logs/analyze?since=…; the token file (0600) is optional.
    void askDaemon(const QUrl &base, const QString &tokenFile, int hoursBack);
    void showReport(const QJsonObject &report);
    void showError(const QString &message);

    QString verdictText() const;
    QString statusText() const;
    QTreeWidget *findings() const { return m_findings; }
    QChartView *chart() const { return m_chart; }

signals:
    void reportShown();

private:
    void chooseFile();
    void fillChart(const QJsonObject &report);
    void fillFindings(const QJsonObject &report);

    QPushButton *m_open;
    QLineEdit *m_daemonUrl;
    QLineEdit *m_tokenFile;
    QSpinBox *m_hours;
    QPushButton *m_ask;
    QLabel *m_status;
    QLabel *m_verdict;
    QChartView *m_chart;
    QTreeWidget *m_findings;
    QNetworkAccessManager *m_network = nullptr;
    std::thread m_worker;
};

} // namespace virtuoso::ui
