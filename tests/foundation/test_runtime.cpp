#include "base/Clock.h"
#include "base/FreedMemory.h"
#include "base/QueuedCall.h"
#include "base/ThreadScheduling.h"
#include "base/WorkerThread.h"
#include "engine/CoreRuntime.h"

#include "TestSupport.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

using namespace virtuoso;
using virtuoso::test::waitFor;

TEST(ManualClock, MovesOnlyWhenAdvanced)
{
    ManualClock clock(1000, 5'000'000);
    EXPECT_EQ(clock.epochMs(), 1000);
    EXPECT_EQ(clock.monotonicMs(), 5);
    clock.advanceMs(250);
    EXPECT_EQ(clock.epochMs(), 1250);
    EXPECT_EQ(clock.monotonicMs(), 255);
}

TEST(SystemClock, IsMonotonic)
{
    const qint64 a = Clock::system().monotonicNs();
    const qint64 b = Clock::system().monotonicNs();
    EXPECT_LE(a, b);
    EXPECT_GT(Clock::system().epochMs(), 1'600'000'000'000);
}

namespace {
class Probe : public QObject
{
public:
    explicit Probe(std::atomic<QThread *> *ranOn, std::atomic<bool> *destroyed)
        : m_ranOn(ranOn)
        , m_destroyed(destroyed)
    {}
    ~Probe() override { m_destroyed->store(true); }
    void run() { m_ranOn->store(QThread::currentThread()); }

private:
    std::atomic<QThread *> *m_ranOn;
    std::atomic<bool> *m_destroyed;
};
} // namespace

TEST(WorkerThread, RunsWorkersOnItsThreadAndDeletesThemOnStop)
{
    std::atomic<QThread *> ranOn{nullptr};
    std::atomic<bool> destroyed{false};
    QThread *thread = nullptr;
    {
        WorkerThread worker(QStringLiteral("test-worker"));
        thread = worker.thread();
        Probe *probe = worker.create<Probe>(&ranOn, &destroyed);
        worker.start();
        QMetaObject::invokeMethod(
            probe, [probe] { probe->run(); }, Qt::QueuedConnection);
        ASSERT_TRUE(waitFor([&] { return ranOn.load() != nullptr; }, 5000));
        EXPECT_EQ(ranOn.load(), thread);
        EXPECT_NE(ranOn.load(), QThread::currentThread());
        EXPECT_EQ(thread->objectName(), QStringLiteral("test-worker"));
    } // destructor: quit, wait, delete the worker
    ASSERT_TRUE(waitFor([&] { return destroyed.load(); }, 5000));
}

// Plain (non-atomic) data on both sides: the order comes from the call itself. Under ThreadSanitizer
// this also checks that the sanitizer is told about it (Qt's QSemaphore and posted-event queue are
// invisible to it), where a plain Qt::BlockingQueuedConnection is reported as a race.
TEST(QueuedCall, ABlockingCallRunsOnTheTargetThreadAndItsWritesAreTheCallersNext)
{
    WorkerThread worker(QStringLiteral("test-blocking"));
    QObject *target = worker.create<QObject>();
    worker.start();
    QString written = QStringLiteral("before");
    QThread *ranOn = nullptr;
    callBlocking(target, [&] {
        ranOn = QThread::currentThread();
        written += QStringLiteral(" and on the worker");
    });
    EXPECT_EQ(ranOn, worker.thread());
    EXPECT_EQ(written, QStringLiteral("before and on the worker"));
    const QString answer = callBlocking(target, [&written] { return written + QStringLiteral(", answered"); });
    EXPECT_EQ(answer, QStringLiteral("before and on the worker, answered"));
}

TEST(QueuedCall, APostedCallSeesWhatThePosterWroteBeforePosting)
{
    WorkerThread worker(QStringLiteral("test-posted"));
    QObject *target = worker.create<QObject>();
    worker.start();
    std::vector<int> values; // written here, read there, never at the same time
    std::atomic<int> sum{-1};
    for (int round = 1; round <= 50; ++round) {
        values.assign(static_cast<size_t>(round), round);
        sum = -1;
        postQueued(target, [&values, &sum] {
            int total = 0;
            for (int v : values)
                total += v;
            sum = total;
        });
        ASSERT_TRUE(waitFor([&] { return sum.load() >= 0; }, 5000));
        EXPECT_EQ(sum.load(), round * round);
    }
}

TEST(CoreRuntime, PublishesSnapshotsAndMeasuresResponsiveness)
{
    ManualClock clock;
    CoreRuntime runtime(Config{}, clock);
    std::vector<CoreSnapshotPtr> snapshots;
    QObject::connect(&runtime, &CoreRuntime::snapshotPublished, [&](const CoreSnapshotPtr &s) {
        EXPECT_EQ(QThread::currentThread(), qApp->thread()); // delivered to the consumer's thread
        snapshots.push_back(s);
    });
    QString error;
    ASSERT_TRUE(runtime.start(&error)) << error.toStdString();
    EXPECT_NE(runtime.networkThread(), runtime.engineThread());
    EXPECT_TRUE(runtime.networkThread()->isRunning());

    ASSERT_TRUE(waitFor([&] { return snapshots.size() >= 3; }, 5000));
    for (size_t i = 1; i < snapshots.size(); ++i)
        EXPECT_EQ(snapshots[i]->revision, snapshots[i - 1]->revision + 1);
    EXPECT_EQ(snapshots.back()->dataSource, QStringLiteral("embedded simulator"));
    EXPECT_EQ(snapshots.back()->epochMs, clock.epochMs());

    // The embedded simulator's control API is the program's own: a random token guards it.
    EXPECT_TRUE(runtime.simulatorControlUrl().endsWith(QStringLiteral("/sim/v1")));
    EXPECT_TRUE(runtime.simulatorControlAuthorization().startsWith("Bearer "));
    EXPECT_EQ(runtime.simulatorControlAuthorization().size(), 7 + 64);

    EXPECT_TRUE(runtime.isResponsive(1000));
    clock.advanceMs(5000); // no heartbeat has been answered at the new time yet
    EXPECT_FALSE(runtime.isResponsive(1000));
    EXPECT_GE(runtime.worstHeartbeatAgeMs(), 5000);
    // The next heartbeat round through all three event loops records the new time.
    ASSERT_TRUE(waitFor([&] { return runtime.isResponsive(1000); }, 5000));

    runtime.stop();
    EXPECT_FALSE(runtime.networkThread()->isRunning());
    EXPECT_FALSE(runtime.engineThread()->isRunning());
    EXPECT_FALSE(runtime.isResponsive());
    runtime.stop(); // idempotent
}

TEST(FreedMemory, FreedHeapPagesGoBackToTheSystem)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    GTEST_SKIP() << "the sanitizer's allocator stands in for glibc's: malloc_trim has nothing to return";
#elif defined(__GLIBC__)
    // 48 MB in small blocks, all freed but the last: the free space sits below a live block, where
    // glibc keeps it resident until it is trimmed.
    std::vector<char *> blocks;
    for (int i = 0; i < 24'000; ++i) {
        blocks.push_back(new char[2000]);
        std::memset(blocks.back(), 1, 2000);
    }
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i)
        delete[] blocks[i];
    const double released = releaseFreedMemory();
    delete[] blocks.back();
    EXPECT_GT(released, 24e6);
    EXPECT_GE(releaseFreedMemory(), 0.0); // nothing left to give: no error either
#else
    EXPECT_EQ(releaseFreedMemory(), 0.0);
#endif
}

TEST(ThreadScheduling, ASliceRequestKeepsTheThreadsNiceValueAndTouchesNoOtherThread)
{
    const qint64 mainSlice = currentTimeSlice();
    bool granted = false;
    int niceAfter = 0;
    qint64 sliceAfter = -1;
    std::thread worker([&] {
        const auto tid = static_cast<id_t>(syscall(SYS_gettid));
        ASSERT_EQ(setpriority(PRIO_PROCESS, tid, 3), 0); // raising nice needs no privilege
        granted = requestTimeSlice(kLatencySliceNs);
        niceAfter = getpriority(PRIO_PROCESS, tid);
        sliceAfter = currentTimeSlice();
    });
    worker.join();
    EXPECT_EQ(niceAfter, 3);
    // Kernels before 6.12 ignore the request; where it is granted, the kernel reports the slice back.
    if (granted)
        EXPECT_EQ(sliceAfter, kLatencySliceNs);
    else
        EXPECT_NE(sliceAfter, kLatencySliceNs);
    EXPECT_EQ(currentTimeSlice(), mainSlice);
    EXPECT_FALSE(requestTimeSlice(0));
    EXPECT_FALSE(requestTimeSlice(-5));
}
