// The network thread's read windows (connector/ReadPacer): when it sleeps, for how long, and that
// an event loop's wait drives it.
#include "base/Clock.h"
#include "connector/ReadPacer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

constexpr qint64 kUs = 1000;

struct Paced
{
    explicit Paced(qint64 windowNs)
        : pacer(clock, windowNs, [this](qint64 ns) {
            slept.push_back(ns);
            clock.advanceNs(ns); // the sleep takes its time on the test's clock
        })
    {}
    // One pass of the event loop that reads a socket at the clock's time, `workNs` of work after it.
    void pass(qint64 workNs = 0)
    {
        pacer.noteRead(clock.monotonicNs());
        clock.advanceNs(workNs);
        pacer.beforeWait();
    }
    ManualClock clock;
    std::vector<qint64> slept;
    ReadPacer pacer;
};

} // namespace

TEST(ReadPacer, TheFirstReadAfterAPauseIsNeverHeld)
{
    Paced p(1000 * kUs);
    p.pass(10 * kUs);
    EXPECT_TRUE(p.slept.empty());
    p.clock.advanceNs(5000 * kUs); // more than two windows of quiet
    p.pass(10 * kUs);
    EXPECT_TRUE(p.slept.empty());
}

TEST(ReadPacer, ABusyStreamIsReadOncePerWindow)
{
    Paced p(1000 * kUs);
    p.pass(30 * kUs);
    p.clock.advanceNs(170 * kUs); // the next segment, 200 µs after the first read
    p.pass(30 * kUs);
    ASSERT_EQ(p.slept.size(), 1u);
    EXPECT_EQ(p.slept[0], 970 * kUs) << "the rest of the window that began with this pass's read";
    // Data waited during the sleep: the next pass reads it at once and the window starts again.
    p.pass(50 * kUs);
    ASSERT_EQ(p.slept.size(), 2u);
    EXPECT_EQ(p.slept[1], 950 * kUs);
    EXPECT_EQ(p.pacer.sleeps(), 2u);
    EXPECT_EQ(p.pacer.sleptNs(), 1920 * kUs);
}

TEST(ReadPacer, PassesThatReadNothingNeitherSleepNorEndTheStream)
{
    Paced p(1000 * kUs);
    p.pass();
    p.clock.advanceNs(100 * kUs);
    p.pacer.beforeWait(); // a timer's pass
    p.pacer.beforeWait();
    EXPECT_TRUE(p.slept.empty());
    p.clock.advanceNs(100 * kUs);
    p.pass();
    EXPECT_EQ(p.slept.size(), 1u) << "still the same busy stream";
}

TEST(ReadPacer, AWindowSpentOnWorkOrTooShortARestIsNotSlept)
{
    Paced p(1000 * kUs);
    p.pass();
    p.clock.advanceNs(500 * kUs);
    p.pass(1200 * kUs); // the pass itself took longer than the window
    EXPECT_TRUE(p.slept.empty());
    p.clock.advanceNs(100 * kUs);
    p.pass(1000 * kUs - ReadPacer::kMinSleepNs + 1);
    EXPECT_TRUE(p.slept.empty()) << "less than a sleep is worth";
}

TEST(ReadPacer, AZeroWindowNeverSleeps)
{
    Paced p(0);
    for (int i = 0; i < 5; ++i)
        p.pass();
    EXPECT_TRUE(p.slept.empty());
}

TEST(ReadPacer, TheThreadsEventLoopDrivesItWhileItsOwnerLives)
{
    ManualClock clock;
    EXPECT_EQ(ReadPacer::current(), nullptr);
    ReadPacer::installOnCurrentThread(nullptr, clock, 50 * kUs);
    EXPECT_EQ(ReadPacer::current(), nullptr) << "no owner, no pacer";
    auto owner = std::make_unique<QObject>();
    ReadPacer::installOnCurrentThread(owner.get(), clock, 0);
    EXPECT_EQ(ReadPacer::current(), nullptr) << "a zero window installs nothing";

    ReadPacer::installOnCurrentThread(owner.get(), clock, 50 * kUs);
    ReadPacer *pacer = ReadPacer::current();
    ASSERT_NE(pacer, nullptr);
    // Two passes of the loop that each read: the second is a busy stream and sleeps out its window
    // (the clock stands still, so the whole 50 µs).
    for (int i = 0; i < 2; ++i) {
        ReadPacer::noteThreadRead(clock.monotonicNs());
        QTimer::singleShot(0, owner.get(), [] {});
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    EXPECT_EQ(pacer->sleeps(), 1u);
    EXPECT_EQ(pacer->sleptNs(), 50 * kUs);
    owner.reset();
    EXPECT_EQ(ReadPacer::current(), nullptr) << "gone with its owner";
}
