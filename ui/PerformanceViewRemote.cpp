// The Performance view on a daemon: its scorecard and newest outcomes read from the monitoring API
// (docs/api.md, "Signal outcomes"), judged before anything is shown.
#include "NetworkErrorText.h"
#include "OutcomeReader.h"
#include "PerformanceView.h"
#include "RemoteHost.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

namespace virtuoso::ui {

namespace {

// The two answers of one read, gathered until both are in.
struct RemoteRead
{
    QString host;
    int pending = 2;
    std::optional<PerformanceData> verdict; // the first answer that settles it otherwise
    outcome_reader::ScorecardDocument scorecard;
    std::vector<outcomes::Outcome> outcomes;
    std::function<void(PerformanceData)> done;
};

// What one reply says, when it says anything but "here it is": the host's reason for a 503 (the
// outcomes are off there), the network's or the server's error, and nothing for a 2xx.
std::optional<PerformanceData> judge(const api::ApiClient::Reply &reply, const QString &host)
{
    if (reply.ok())
        return std::nullopt;
    if (reply.status == 503)
        return PerformanceData::unavailable(
            PerformanceView::tr("%1 keeps no signal outcomes: %2")
                .arg(host, reply.error.isEmpty() ? PerformanceView::tr("the host gave no reason") : reply.error),
            false, host);
    if (reply.status == 0)
        return PerformanceData::unavailable(
            PerformanceView::tr("%1 cannot be reached: %2").arg(host, replyErrorText(reply.networkError, reply.error)),
            true, host);
    return PerformanceData::unavailable(
        PerformanceView::tr("%1 answered HTTP %2: %3")
            .arg(host)
            .arg(reply.status)
            .arg(reply.error.isEmpty() ? PerformanceView::tr("no reason given") : reply.error),
        true, host);
}

PerformanceData unreadable(const QString &host, const QString &what)
{
    return PerformanceData::unavailable(
        PerformanceView::tr("%1 sent signal outcomes that cannot be read: %2.").arg(host, what), true, host);
}

void finish(RemoteRead &read)
{
    if (read.verdict) {
        read.done(std::move(*read.verdict));
        return;
    }
    PerformanceData data;
    data.available = true;
    data.origin = read.host;
    data.asOfMs = QDateTime::currentMSecsSinceEpoch();
    data.card = std::move(read.scorecard.card);
    data.outcomes = std::move(read.outcomes);
    read.done(std::move(data));
}

} // namespace

PerformanceView::Loader PerformanceView::remoteLoader(RemoteHost *host)
{
    return [weak = QPointer<RemoteHost>(host)](std::function<void(PerformanceData)> done) {
        RemoteHost *h = weak.data();
        if (!h) {
            done(PerformanceData::unavailable(tr("The host is gone."), true));
            return;
        }
        auto read = std::make_shared<RemoteRead>();
        read->host = h->name();
        read->done = std::move(done);
        // A 503 (off on that host) outranks a failure of the other request: it says why there is nothing.
        const auto settle = [read](std::optional<PerformanceData> verdict) {
            if (verdict && (!read->verdict || (read->verdict->failed && !verdict->failed)))
                read->verdict = std::move(verdict);
            if (--read->pending == 0)
                finish(*read);
        };
        h->client().get(QStringLiteral("/api/v1/signals/scorecard"),
                        [read, settle](const api::ApiClient::Reply &reply) {
                            std::optional<PerformanceData> verdict = judge(reply, read->host);
                            QString error;
                            if (!verdict && reply.json.isEmpty())
                                verdict = unreadable(read->host, tr("the scorecard is not a JSON object"));
                            else if (!verdict && !outcome_reader::readScorecard(reply.json, read->scorecard, error))
                                verdict = unreadable(read->host, error);
                            settle(std::move(verdict));
                        });
        h->client().get(QStringLiteral("/api/v1/signals/outcomes?limit=%1").arg(kMaxOutcomesShown),
                        [read, settle](const api::ApiClient::Reply &reply) {
                            std::optional<PerformanceData> verdict = judge(reply, read->host);
                            QString error;
                            if (!verdict && reply.json.isEmpty())
                                verdict = unreadable(read->host, tr("the outcomes are not a JSON object"));
                            else if (!verdict && !outcome_reader::readOutcomes(reply.json, read->outcomes, error))
                                verdict = unreadable(read->host, error);
                            else if (!verdict && read->outcomes.size() > size_t(kMaxOutcomesShown))
                                verdict = unreadable(read->host, tr("more outcomes than were asked for"));
                            settle(std::move(verdict));
                        });
    };
}

} // namespace virtuoso::ui
