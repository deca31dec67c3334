#pragma once

#include "connector/RestClient.h"

#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace virtuoso::health {
class TimeoutJournal;
}

namespace virtuoso::exchange {

// N symbol requests with bounded concurrency. Each result is delivered as it arrives; the end is a
// report naming every symbol that failed and why, never an all-or-nothing deadline (docs/connector.md).
class BulkFetch final : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString symbol;
        QString path;
        QUrlQuery query;
        int tag = -1; // the caller's own index, handed back with the result
    };
    struct Failure
    {
        QString symbol;
        QString reason;
    };
    struct Report
    {
        QString what; // "kline 1m", for the journal and logs
        int requested = 0;
        int succeeded = 0;
        std::vector<Failure> failures;
        bool complete() const { return failures.empty(); }
        QString describe() const;
    };
    using ResultHandler = std::function<void(const Item &item, const RestReply &reply)>;
    using DoneHandler = std::function<void(const Report &report)>;

    BulkFetch(RestRequester &rest, health::TimeoutJournal &journal, QString what, std::vector<Item> items,
              int maxConcurrency, ResultHandler onResult, DoneHandler onDone, QObject *parent = nullptr);

    void start();
    int inFlight() const { return m_inFlight; }

private:
    void launchNext();

    RestRequester &m_rest;
    health::TimeoutJournal &m_journal;
    std::vector<Item> m_items;
    int m_maxConcurrency;
    ResultHandler m_onResult;
    DoneHandler m_onDone;
    Report m_report;
    size_t m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_finished = false;
};

} // namespace virtuoso::exchange
