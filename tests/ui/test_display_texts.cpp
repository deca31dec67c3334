// What the operator reads: the chart axes' ticks and captions, the number formats of the tables,
// the market table's cells, and the core's texts in the user's language.

#include "ChartAxes.h"
#include "CoreTexts.h"
#include "DisplayFormat.h"
#include "MarketsModel.h"
#include "Workstation.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QTranslator>

#include <gtest/gtest.h>

#include <ctime>

using namespace virtuoso;
using namespace virtuoso::ui;

namespace {

// Local time is UTC in these tests, so that round times and midnights are known.
const bool kUtc = [] {
    qputenv("TZ", "UTC");
    tzset();
    return true;
}();

qint64 at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toMSecsSinceEpoch();
}

QStringList labels(const std::vector<chart_axes::Tick> &ticks)
{
    QStringList out;
    for (const chart_axes::Tick &t : ticks)
        out << t.label;
    return out;
}

// English numbers and texts, whatever an earlier test installed.
class English : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void TearDown() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

using ChartAxesTest = English;
using DisplayFormatTest = English;
using MarketTexts = English;
using CoreTextsTest = English;

} // namespace

TEST_F(ChartAxesTest, ValueStepsAreOneTwoOrFiveTimesAPowerOfTen)
{
    ASSERT_TRUE(kUtc);
    EXPECT_DOUBLE_EQ(chart_axes::niceStep(10, 5), 2);
    EXPECT_DOUBLE_EQ(chart_axes::niceStep(20.7, 6), 5);
    EXPECT_DOUBLE_EQ(chart_axes::niceStep(0.0037, 4), 0.001);
    EXPECT_DOUBLE_EQ(chart_axes::niceStep(64'000, 3), 50'000);
    EXPECT_DOUBLE_EQ(chart_axes::niceStep(7, 7), 1);

    // Price ticks of a candle chart: round values inside the range, as many decimals as the step needs.
    const auto ticks = chart_axes::valueTicks(95522.5, 95573.6, 6);
    EXPECT_EQ(labels(ticks), (QStringList{QStringLiteral("95,530"), QStringLiteral("95,540"), QStringLiteral("95,550"),
                                          QStringLiteral("95,560"), QStringLiteral("95,570")}));
    EXPECT_EQ(labels(chart_axes::valueTicks(0.3368, 0.3376, 4)),
              (QStringList{QStringLiteral("0.3368"), QStringLiteral("0.3370"), QStringLiteral("0.3372"),
                           QStringLiteral("0.3374"), QStringLiteral("0.3376")}));
    for (const chart_axes::Tick &t : chart_axes::valueTicks(-3.7, 12.2, 5))
        EXPECT_NE(t.label, QStringLiteral("-0")) << "no negative zero";
}

TEST_F(ChartAxesTest, VolumesCarrySiSuffixesNotExponents)
{
    const QStringList volume = labels(chart_axes::valueTicks(0, 70'180, 2, /*si=*/true));
    EXPECT_EQ(volume, (QStringList{QStringLiteral("0"), QStringLiteral("50 k")}));
    EXPECT_EQ(labels(chart_axes::valueTicks(0, 4.2, 3, true)),
              (QStringList{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("4")}));
    const QStringList thousands = labels(chart_axes::valueTicks(0, 3'000, 6, true));
    EXPECT_EQ(thousands.at(1), QStringLiteral("0.5 k"));
    EXPECT_EQ(thousands.last(), QStringLiteral("3.0 k"));
    for (const QString &label : labels(chart_axes::valueTicks(0, 3.4e9, 4, true)))
        EXPECT_FALSE(label.contains(u'e')) << label.toStdString();
    EXPECT_EQ(labels(chart_axes::valueTicks(0, 3.4e9, 4, true)).last(), QStringLiteral("3 B"));
}

TEST_F(ChartAxesTest, TimeTicksFallOnRoundTimesWithoutRepeats)
{
    // Ten minutes: every two minutes on the minute.
    const auto tenMinutes = chart_axes::timeTicks(at("2026-11-28T14:05:26Z"), at("2026-11-28T14:15:27Z"), 6);
    EXPECT_EQ(labels(tenMinutes),
              (QStringList{QStringLiteral("14:06"), QStringLiteral("14:08"), QStringLiteral("14:10"),
                           QStringLiteral("14:12"), QStringLiteral("14:14")}));
    // A minute of 10 s candles: seconds on the axis.
    const auto minute = chart_axes::timeTicks(at("2026-11-28T14:05:03Z"), at("2026-11-28T14:06:07Z"), 7);
    EXPECT_EQ(labels(minute).first(), QStringLiteral("14:05:10"));
    // Six hours: one tick an hour.
    EXPECT_EQ(chart_axes::niceTimeStepMs(6 * 3'600'000LL, 7), 3'600'000);
    EXPECT_EQ(chart_axes::niceTimeStepMs(20 * 60'000LL, 7), 5 * 60'000);
    EXPECT_EQ(chart_axes::niceTimeStepMs(2 * 86'400'000LL, 8), 6 * 3'600'000LL);
    // Any range: labels never repeat.
    for (qint64 span : {30'000LL, 600'000LL, 3'600'000LL, 86'400'000LL, 7 * 86'400'000LL, 30 * 86'400'000LL}) {
        const QStringList l =
            labels(chart_axes::timeTicks(at("2026-11-28T13:07:41Z"), at("2026-11-28T13:07:41Z") + span, 8));
        EXPECT_EQ(QSet<QString>(l.begin(), l.end()).size(), l.size()) << l.join(QLatin1Char(',')).toStdString();
        EXPECT_GE(l.size(), 2) << span;
    }
}

TEST_F(ChartAxesTest, TimeTicksShowTheDateWhereTheRangeSpansDays)
{
    // 20:00 to 04:00 the next day, every three hours: the first tick and midnight carry the date.
    const auto ticks = chart_axes::timeTicks(at("2026-11-28T20:00:00Z"), at("2026-11-29T04:00:00Z"), 5);
    EXPECT_EQ(labels(ticks),
              (QStringList{QStringLiteral("28 Nov 21:00"), QStringLiteral("29 Nov 00:00"), QStringLiteral("03:00")}));
    // A week: days alone.
    const auto week = chart_axes::timeTicks(at("2026-11-22T06:00:00Z"), at("2026-11-29T06:00:00Z"), 8);
    EXPECT_EQ(labels(week).first(), QStringLiteral("23 Nov"));
    EXPECT_EQ(labels(week).last(), QStringLiteral("29 Nov"));
}

TEST_F(ChartAxesTest, CaptionsCarryTheDateWhenTheRangeCrossesMidnightOrLastsADay)
{
    EXPECT_EQ(chart_axes::timeRangeEnds(at("2026-11-28T13:07:00Z"), at("2026-11-28T14:07:00Z")),
              std::make_pair(QStringLiteral("13:07"), QStringLiteral("14:07")));
    // 24 hours from 06:00: not "06:00 to 06:00".
    EXPECT_EQ(chart_axes::timeRangeEnds(at("2026-11-28T06:00:00Z"), at("2026-11-29T06:00:00Z")),
              std::make_pair(QStringLiteral("28 Nov 06:00"), QStringLiteral("29 Nov 06:00")));
    EXPECT_EQ(chart_axes::timeRangeEnds(at("2026-11-28T22:00:00Z"), at("2026-11-29T01:00:00Z")),
              std::make_pair(QStringLiteral("28 Nov 22:00"), QStringLiteral("29 Nov 01:00")));
    // Ending at midnight is still the same day.
    EXPECT_EQ(chart_axes::timeRangeEnds(at("2026-11-28T18:00:00Z"), at("2026-11-29T00:00:00Z")),
              std::make_pair(QStringLiteral("18:00"), QStringLiteral("00:00")));
}

TEST_F(DisplayFormatTest, DecimalTextsAreRoundedOnTheirDigits)
{
    EXPECT_EQ(formatDecimalText(QStringLiteral("17216"), 2), QStringLiteral("17216.00"));
    EXPECT_EQ(formatDecimalText(QStringLiteral("4.1783"), 5), QStringLiteral("4.17830"));
    EXPECT_EQ(formatDecimalText(QStringLiteral("0.33725"), 4), QStringLiteral("0.3373"));
    EXPECT_EQ(formatDecimalText(QStringLiteral("9.996"), 2), QStringLiteral("10.00"));
    EXPECT_EQ(formatDecimalText(QStringLiteral("-0.0004"), 2), QStringLiteral("0.00"));
    EXPECT_EQ(formatDecimalText(QStringLiteral("-12.5"), 0), QStringLiteral("-13"));
    EXPECT_EQ(formatDecimalText(QStringLiteral("68744.761"), -1, true), QStringLiteral("68,744.761"));
    EXPECT_EQ(formatDecimalText(QStringLiteral("1183601235.91"), 0, true), QStringLiteral("1,183,601,236"));
    EXPECT_EQ(formatDecimalText(QStringLiteral("abc"), 2), notAvailableText());
    EXPECT_EQ(formatDecimalText(QString(), 2), notAvailableText());
}

TEST_F(DisplayFormatTest, SiFundingAndCountdown)
{
    EXPECT_EQ(formatSi(1570383121.943499), QStringLiteral("1.57 B"));
    EXPECT_EQ(formatSi(63'800), QStringLiteral("63.8 k"));
    EXPECT_EQ(formatSi(999'600), QStringLiteral("1.00 M"));
    EXPECT_EQ(formatSi(512), QStringLiteral("512"));
    EXPECT_EQ(formatSi(3.25), QStringLiteral("3.25"));
    EXPECT_EQ(formatFundingRate(QStringLiteral("0.0001")), QStringLiteral("+0.0100 %"));
    EXPECT_EQ(formatFundingRate(QStringLiteral("-0.000212")), QStringLiteral("-0.0212 %"));
    EXPECT_EQ(formatFundingRate(QStringLiteral("0")), QStringLiteral("0.0000 %"));
    const qint64 now = at("2026-11-28T12:47:30Z");
    EXPECT_EQ(formatCountdown(now, at("2026-11-28T16:00:00Z")), QStringLiteral("in 3 h 13 min"));
    EXPECT_EQ(formatCountdown(now, now + 45 * 60'000), QStringLiteral("in 45 min"));
    EXPECT_EQ(formatCountdown(now, now + 30'000), QStringLiteral("in 30 s"));
    EXPECT_EQ(formatCountdown(now, now - 1), QStringLiteral("due"));
}

TEST_F(MarketTexts, TheMarketTableShowsEveryTickerFieldAtTheTicksPrecision)
{
    CoreSnapshot snapshot;
    snapshot.epochMs = at("2026-11-28T12:47:30Z");
    MarketSummary m;
    m.symbol = QStringLiteral("BTCUSDT");
    m.priceDecimals = 2;
    m.lastPrice = QStringLiteral("17216"); // the ticker's text, shorter than the tick
    m.bestBid = QStringLiteral("17215.50");
    m.bestAsk = QStringLiteral("17216.00");
    m.bestBidPrice = 17215.5;
    m.bestAskPrice = 17216.0;
    m.markPrice = QStringLiteral("17217.33");
    m.indexPrice = QStringLiteral("17227.364"); // off the tick: rounded for display
    m.fundingRate = QStringLiteral("-0.000212");
    m.nextFundingTimeMs = at("2026-11-28T16:00:00Z");
    m.turnover24h = QStringLiteral("1570383121.943499");
    m.openInterest = QStringLiteral("68744.761");
    m.openInterestValue = QStringLiteral("1183601235.91");
    snapshot.markets.push_back(m);
    MarketsModel model;
    model.applySnapshot(snapshot);
    const auto text = [&](int column) { return model.index(0, column).data().toString(); };
    EXPECT_EQ(text(MarketsModel::LastColumn), QStringLiteral("17216.00"));
    EXPECT_EQ(text(MarketsModel::BidColumn), QStringLiteral("17215.50"));
    EXPECT_EQ(text(MarketsModel::MarkColumn), QStringLiteral("17217.33"));
    EXPECT_EQ(text(MarketsModel::IndexColumn), QStringLiteral("17227.36"));
    EXPECT_EQ(text(MarketsModel::FundingColumn), QStringLiteral("-0.0212 % · in 3 h 13 min"));
    EXPECT_EQ(text(MarketsModel::TurnoverColumn), QStringLiteral("1.57 B"));
    EXPECT_EQ(text(MarketsModel::OpenInterestColumn), QStringLiteral("68,744.761"));
    EXPECT_EQ(text(MarketsModel::OpenInterestValueColumn), QStringLiteral("1,183,601,236"));
    EXPECT_TRUE(model.index(0, MarketsModel::FundingColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("16:00:00")));
    EXPECT_GT(model.index(0, MarketsModel::TurnoverColumn).data(MarketsModel::SortRole).toDouble(), 1.5e9);

    // A minute later only the countdown moved.
    snapshot.epochMs += 60'000;
    model.applySnapshot(snapshot);
    EXPECT_EQ(text(MarketsModel::FundingColumn), QStringLiteral("-0.0212 % · in 3 h 12 min"));
    EXPECT_EQ(model.lastChangedCells(), 1);
}

TEST_F(CoreTextsTest, UnknownTextsStayAsTheCoreSaidThem)
{
    EXPECT_EQ(CoreTexts::text(QStringLiteral("retry 4 after 3203 ms")), QStringLiteral("retry 4 after 3203 ms"));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("something new")), QStringLiteral("something new"));
    EXPECT_EQ(CoreTexts::componentName(QStringLiteral("orderflow")), QStringLiteral("Order flow"));
    EXPECT_EQ(CoreTexts::subIndicatorName(QStringLiteral("fair_value_gaps")), QStringLiteral("Fair value gaps"));
    EXPECT_EQ(CoreTexts::subIndicatorName(QStringLiteral("new_indicator")), QStringLiteral("new_indicator"));
}

// The whole point: switched to German, the core's stable English and the numbers read German.
TEST(GermanTexts, CoreTextsAndNumbersAreTranslatedAndLocalised)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    ASSERT_FALSE(installTranslation(QStringLiteral("de")).isEmpty());
    EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(","));
    EXPECT_EQ(formatDecimalText(QStringLiteral("68744.761"), -1, true), QStringLiteral("68.744,761"));
    EXPECT_EQ(formatFundingRate(QStringLiteral("0.0001")), QStringLiteral("+0,0100 %"));
    EXPECT_EQ(formatSi(1570383121.9), QStringLiteral("1,57 Mrd."));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("retry 4 after 3203 ms")), QStringLiteral("Versuch 4 nach 3203 ms"));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("retry 4 after 1921 ms (connection slot in 501 ms)")),
              QStringLiteral("Versuch 4 nach 1921 ms (Verbindungsplatz in 501 ms)"));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("connection lost: the remote host closed the connection")),
              QStringLiteral("Verbindung verloren: the remote host closed the connection"));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("streaming on 3 connections; history 90/90 (done)")),
              QStringLiteral("Stream über 3 Verbindungen; Historie 90/90 (fertig)"));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("embedded simulator")), QStringLiteral("eingebetteter Simulator"));
    // The risk gate's reasons, with their numbers and the symbol as the core wrote them.
    EXPECT_EQ(CoreTexts::text(QStringLiteral("order notional 1234.50 exceeds the limit 1000.00")),
              QStringLiteral("Auftragswert 1234.50 überschreitet das Limit 1000.00"));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("BTCUSDT position after the order 6000.00 exceeds the limit 5000.00")),
              QStringLiteral("Position BTCUSDT nach dem Auftrag 6000.00 überschreitet das Limit 5000.00"));
    EXPECT_EQ(
        CoreTexts::text(QStringLiteral("limit price 90000.00 is 6.00 % from the mark 95744.68; the band is 5.00 %")),
        QStringLiteral("Limitpreis 90000.00 liegt 6.00 % vom Markpreis 95744.68 entfernt; das Band ist 5.00 %"));
    EXPECT_EQ(CoreTexts::componentName(QStringLiteral("orderflow")), QStringLiteral("Orderflow"));
    EXPECT_EQ(CoreTexts::topicState(QStringLiteral("stale")), QStringLiteral("veraltet"));
    EXPECT_EQ(chart_axes::timeRangeEnds(at("2026-11-28T06:00:00Z"), at("2026-11-29T06:00:00Z")).first,
              QStringLiteral("28. Nov. 06:00"));
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
