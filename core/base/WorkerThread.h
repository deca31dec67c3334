#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <utility>

namespace virtuoso {

// A QThread the owner holds by value: it starts with a name, and on destruction quits its event
// loop, waits for it, and deletes the workers that live on it (after their thread has ended).
class WorkerThread
{
public:
    explicit WorkerThread(const QString &name);
    ~WorkerThread() { stop(); }

    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Creates a worker and moves it onto this thread. The worker is deleted when the thread ends.
    template<typename T, typename... Args>
    T *create(Args &&...args)
    {
        auto *worker = new T(std::forward<Args>(args)...);
        adopt(worker);
        return worker;
    }

    void adopt(QObject *worker)
    {
        worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    }

    void start(QThread::Priority priority = QThread::InheritPriority)
    {
        if (!m_thread.isRunning())
            m_thread.start(priority);
    }

    // Quits the event loop and waits; safe to call more than once.
    void stop()
    {
        if (m_thread.isRunning()) {
            m_thread.quit();
            m_thread.wait();
        }
    }

    QThread *thread() { return &m_thread; }
    bool isRunning() const { return m_thread.isRunning(); }

private:
    QThread m_thread;
};

} // namespace virtuoso
