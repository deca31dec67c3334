#include "MarketsModel.h"

#include "DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <utility>

namespace virtuoso::ui {

MarketsModel::MarketsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int MarketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MarketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MarketSummary *MarketsModel::market(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

const SymbolFreshness *MarketsModel::freshness(int row) const
{
    return row >= 0 && row < static_cast<int>(m_fresh.size()) ? &m_fresh[static_cast<size_t>(row)] : nullptr;
}

int MarketsModel::rowOf(const QString &symbol) const
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), symbol,
                               [](const MarketSummary &m, const QString &s) { return m.symbol < s; });
    return it != m_rows.end() && it->symbol == symbol ? static_cast<int>(it - m_rows.begin()) : -1;
}

double MarketsModel::spreadBps(const MarketSummary &m)
{
    if (m.bestBidPrice <= 0 || m.bestAskPrice <= 0)
        return -1;
    const double mid = (m.bestBidPrice + m.bestAskPrice) / 2.0;
    return (m.bestAskPrice - m.bestBidPrice) / mid * 10'000.0;
}

void MarketsModel::applySnapshot(const CoreSnapshot &snapshot)
{
    m_lastChangedCells = 0;
    const qint64 previousNowMs = std::exchange(m_nowMs, snapshot.epochMs);
    std::vector<MarketSummary> incoming = snapshot.markets;
    std::sort(incoming.begin(), incoming.end(),
              [](const MarketSummary &a, const MarketSummary &b) { return a.symbol < b.symbol; });
    const std::map<QString, SymbolFreshness> byName = symbolFreshness(snapshot);
    std::vector<SymbolFreshness> fresh;
    fresh.reserve(incoming.size());
    for (const MarketSummary &m : incoming) {
        const auto it = byName.find(m.symbol);
        fresh.push_back(it != byName.end() ? it->second : SymbolFreshness{});
    }
    const bool sameSymbols =
        incoming.size() == m_rows.size() &&
        std::equal(incoming.begin(), incoming.end(), m_rows.begin(),
                   [](const MarketSummary &a, const MarketSummary &b) { return a.symbol == b.symbol; });
    if (!sameSymbols) {
        // The symbol set changes only when the feed (re)starts; a reset is fine then.
        beginResetModel();
        m_rows = std::move(incoming);
        m_fresh = std::move(fresh);
        endResetModel();
        m_lastChangedCells = rowCount() * ColumnCount;
        return;
    }
    for (int r = 0; r < rowCount(); ++r) {
        MarketSummary &old = m_rows[static_cast<size_t>(r)];
        const MarketSummary &now = incoming[static_cast<size_t>(r)];
        SymbolFreshness &oldFresh = m_fresh[static_cast<size_t>(r)];
        const SymbolFreshness &nowFresh = fresh[static_cast<size_t>(r)];
        int first = -1;
        int last = -1;
        if (oldFresh.stale != nowFresh.stale) {
            // The whole row greys out or comes back.
            first = 0;
            last = ColumnCount - 1;
            m_lastChangedCells += ColumnCount;
        } else {
            for (int c = 0; c < ColumnCount; ++c) {
                // The funding countdown moves with the clock, not with the data.
                const bool countdownMoved = c == FundingColumn && old.nextFundingTimeMs > 0 &&
                                            formatCountdown(previousNowMs, old.nextFundingTimeMs) !=
                                                formatCountdown(m_nowMs, old.nextFundingTimeMs);
                if (countdownMoved ||
                    cell(old, oldFresh, c, Qt::DisplayRole) != cell(now, nowFresh, c, Qt::DisplayRole) ||
                    (c == AgeColumn && ageLevel(oldFresh.ageMs, oldFresh.staleAfterMs) !=
                                           ageLevel(nowFresh.ageMs, nowFresh.staleAfterMs))) {
                    first = first < 0 ? c : first;
                    last = c;
                    ++m_lastChangedCells;
                }
            }
        }
        old = now;
        oldFresh = nowFresh;
        if (first >= 0)
            emit dataChanged(index(r, first), index(r, last));
    }
}

QVariant MarketsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    return cell(m_rows[static_cast<size_t>(index.row())], m_fresh[static_cast<size_t>(index.row())], index.column(),
                role);
}

QVariant MarketsModel::cell(const MarketSummary &m, const SymbolFreshness &f, int column, int role) const
{
    if (role == StaleRole)
        return f.stale;
    if (role == SortRole) {
        switch (column) {
        case LastColumn:
            return m.lastPriceValue;
        case ChangeColumn:
            return m.change24hPercent;
        case SpreadColumn:
            return spreadBps(m);
        case BidColumn:
            return m.bestBidPrice;
        case AskColumn:
            return m.bestAskPrice;
        case FundingColumn:
            return m.fundingRate.toDouble();
        case MarkColumn:
            return m.markPrice.toDouble();
        case IndexColumn:
            return m.indexPrice.toDouble();
        case TurnoverColumn:
            return m.turnover24h.toDouble();
        case OpenInterestColumn:
            return m.openInterest.toDouble();
        case OpenInterestValueColumn:
            return m.openInterestValue.toDouble();
        case AgeColumn:
            return f.ageMs;
        default:
            return cell(m, f, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == SymbolColumn || column == BookColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (column == AgeColumn) {
            const QColor colour = ageColor(ageLevel(f.ageMs, f.staleAfterMs));
            if (colour.isValid())
                return QBrush(colour);
        }
        if (f.stale)
            return QBrush(staleRowColor());
        if (column == ChangeColumn && m.change24hPercent != 0)
            return QBrush(m.change24hPercent > 0 ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd2, 0x3c, 0x3c));
        if (column == BookColumn && !m.bookValid)
            return QBrush(QColor(0xe0, 0x9b, 0x1a));
        return {};
    }
    if (role == Qt::ToolTipRole && column == FundingColumn && m.nextFundingTimeMs > 0 && !f.stale)
        return tr("Funding rate %1; the next funding is at %2.")
            .arg(formatFundingRate(m.fundingRate), formatDateTime(m.nextFundingTimeMs));
    if (role == Qt::ToolTipRole && (column == AgeColumn || f.stale)) {
        QString tip = f.staleAfterMs > 0 ? tr("Time since the freshest book, ticker or candle of %1; stale after %2.")
                                               .arg(m.symbol, formatAge(f.staleAfterMs))
                                         : QString();
        if (f.stale)
            tip = tr("The data of %1 on %2 is stale.").arg(m.symbol, f.connId) +
                  (tip.isEmpty() ? QString() : QStringLiteral("\n") + tip);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    return displayText(m, f, column);
}

QString MarketsModel::displayText(const MarketSummary &m, const SymbolFreshness &f, int column) const
{
    const auto price = [&m](const QString &exact) {
        return exact.isEmpty() ? notAvailableText() : formatDecimalText(exact, m.priceDecimals);
    };
    const auto number = [](const QString &exact) {
        bool ok = false;
        const double v = exact.toDouble(&ok);
        return ok ? v : std::numeric_limits<double>::quiet_NaN();
    };
    switch (column) {
    case SymbolColumn:
        return m.symbol;
    case LastColumn:
        return price(m.lastPrice);
    case ChangeColumn:
        return m.price24hPcnt.isEmpty() ? notAvailableText()
                                        : tr("%1%2 %").arg(m.change24hPercent > 0 ? QStringLiteral("+") : QString(),
                                                           QLocale().toString(m.change24hPercent, 'f', 2));
    case BidColumn:
        return price(m.bestBid);
    case AskColumn:
        return price(m.bestAsk);
    case SpreadColumn: {
        const double bps = spreadBps(m);
        return bps < 0 ? notAvailableText() : tr("%1 bp").arg(QLocale().toString(bps, 'f', 2));
    }
    case MarkColumn:
        return price(m.markPrice);
    case IndexColumn:
        return price(m.indexPrice);
    case FundingColumn:
        if (m.fundingRate.isEmpty())
            return notAvailableText();
        return m.nextFundingTimeMs > 0 && m_nowMs > 0
                   ? tr("%1 · %2").arg(formatFundingRate(m.fundingRate), formatCountdown(m_nowMs, m.nextFundingTimeMs))
                   : formatFundingRate(m.fundingRate);
    case TurnoverColumn:
        return m.turnover24h.isEmpty() ? notAvailableText() : formatSi(number(m.turnover24h));
    case OpenInterestColumn:
        return m.openInterest.isEmpty() ? notAvailableText() : formatDecimalText(m.openInterest, -1, true);
    case OpenInterestValueColumn:
        return m.openInterestValue.isEmpty() ? notAvailableText() : formatDecimalText(m.openInterestValue, 0, true);
    case BookColumn:
        if (!m.bookValid)
            return tr("resyncing");
        return tr("%1 levels").arg(m.bookDepth);
    case AgeColumn:
        return f.ageMs >= 0 ? formatAge(f.ageMs) : notAvailableText();
    default:
        return {};
    }
}

QVariant MarketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AgeColumn:
            return tr("Time since the freshest book, ticker or candle of the symbol");
        case ChangeColumn:
            return tr("Price change over the last 24 hours");
        case SpreadColumn:
            return tr("Ask minus bid, in basis points of the mid price");
        case MarkColumn:
            return tr("Mark price: what positions are valued and liquidated at");
        case IndexColumn:
            return tr("Index price: the spot price across exchanges");
        case FundingColumn:
            return tr("Funding rate per interval and the time to the next funding");
        case TurnoverColumn:
            return tr("Traded value over the last 24 hours, in the quote currency");
        case OpenInterestColumn:
            return tr("Open interest in contracts");
        case OpenInterestValueColumn:
            return tr("Open interest in the quote currency");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SymbolColumn:
        return tr("Symbol");
    case LastColumn:
        return tr("Last");
    case ChangeColumn:
        return tr("24h");
    case BidColumn:
        return tr("Bid");
    case AskColumn:
        return tr("Ask");
    case SpreadColumn:
        return tr("Spread");
    case MarkColumn:
        return tr("Mark");
    case IndexColumn:
        return tr("Index");
    case FundingColumn:
        return tr("Funding");
    case TurnoverColumn:
        return tr("Volume 24h");
    case OpenInterestColumn:
        return tr("Open interest");
    case OpenInterestValueColumn:
        return tr("OI value");
    case BookColumn:
        return tr("Book");
    case AgeColumn:
        return tr("Age");
    default:
        return {};
    }
}

} // namespace virtuoso::ui
