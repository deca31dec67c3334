#include "WorkerThread.h"

#include <openssl/crypto.h>

namespace virtuoso {

WorkerThread::WorkerThread(const QString &name)
{
    m_thread.setObjectName(name);
    // A thread that used OpenSSL (any TLS configuration: Qt makes one for every QWebSocket) holds
    // per-thread state there, the random generators among it, which OpenSSL frees when the system
    // thread exits. QThread::wait() returns before that (Qt's threads are detached and signal the
    // end of their work, not of the thread), so a process that ends right after stopping its
    // threads ran OpenSSL's exit clean-up first and the thread's state was never freed. It is
    // released here, on the thread, before wait() returns.
    QObject::connect(
        &m_thread, &QThread::finished, &m_thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
}

} // namespace virtuoso
