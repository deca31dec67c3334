#include "PriceLadder.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>

namespace virtuoso::ui {

namespace {

// Column widths as shares of the ladder's width: own buys, bids, price, asks, own sells.
constexpr double kShares[5] = {0.16, 0.20, 0.28, 0.20, 0.16};
const QColor kBid(38, 166, 91);
const QColor kAsk(214, 69, 65);

} // namespace

PriceLadder::PriceLadder(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("PriceLadder"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumWidth(260);
    setToolTip(tr("Price ladder: bids, asks and your orders per tick; public trades flash at their price. "
                  "Re-centre on the market: C, the middle mouse button, or Ctrl+Shift+C; the wheel scrolls. With "
                  "click to trade armed, click a bid to buy there, an ask to sell there, your order to cancel it, "
                  "or drag it to another price."));
    m_clock.start();
    m_frame = new QTimer(this);
    m_frame->setInterval(kFlashFrameMs);
    connect(m_frame, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        std::erase_if(m_flashes, [now](const auto &f) { return now - f.second.startMs >= kFlashMs; });
        if (m_flashes.empty() && !m_dirty)
            m_frame->stop();
        m_dirty = false;
        update();
    });
}

void PriceLadder::scheduleFrame()
{
    // Every change waits for the next frame: a book at 100 updates/s is still 25 paints a second.
    m_dirty = true;
    if (!m_frame->isActive())
        m_frame->start();
}

void PriceLadder::addTrades(const std::vector<Trade> &trades)
{
    if (trades.empty())
        return;
    const qint64 now = m_clock.elapsed();
    for (const Trade &t : trades)
        if (t.priceTicks > 0)
            m_flashes[t.priceTicks] = {now, t.sell};
    // Painted by the frame timer: a burst of trades is one repaint per frame, not one per trade.
    if (!m_flashes.empty())
        scheduleFrame();
}

double PriceLadder::flashAt(qint64 priceTicks) const
{
    const auto found = m_flashes.find(priceTicks);
    if (found == m_flashes.end())
        return 0;
    const qint64 age = m_clock.elapsed() - found->second.startMs;
    return age >= kFlashMs ? 0 : 1.0 - static_cast<double>(age) / kFlashMs;
}

QSize PriceLadder::sizeHint() const
{
    return {320, 480};
}

void PriceLadder::setInstrument(const exchange::InstrumentSpec &spec)
{
    const bool changed = !m_hasSpec || spec.symbol != m_spec.symbol;
    m_spec = spec;
    m_hasSpec = true;
    if (changed) {
        m_bids.clear();
        m_asks.clear();
        m_own.clear();
        m_flashes.clear();
        m_centreTicks = 0;
        m_markTicks = 0;
    }
    update();
}

void PriceLadder::setBook(const std::vector<std::pair<QString, QString>> &bids,
                          const std::vector<std::pair<QString, QString>> &asks, bool valid)
{
    m_valid = valid && m_hasSpec;
    m_bids.clear();
    m_asks.clear();
    m_bestBid = m_bestAsk = 0;
    if (m_hasSpec) {
        for (const auto &[price, size] : bids) {
            const auto ticks = m_spec.price.toSteps(price.toStdString());
            if (ticks && ticks.value > 0)
                m_bids.emplace(ticks.value, size);
        }
        for (const auto &[price, size] : asks) {
            const auto ticks = m_spec.price.toSteps(price.toStdString());
            if (ticks && ticks.value > 0)
                m_asks.emplace(ticks.value, size);
        }
    }
    if (!m_bids.empty())
        m_bestBid = m_bids.rbegin()->first;
    if (!m_asks.empty())
        m_bestAsk = m_asks.begin()->first;
    followMarket();
    scheduleFrame();
}

void PriceLadder::setOwnOrders(std::vector<OwnOrder> orders)
{
    m_own = std::move(orders);
    update();
}

void PriceLadder::setMark(qint64 markTicks)
{
    m_markTicks = markTicks;
    followMarket();
    update();
}

void PriceLadder::setArmed(bool armed)
{
    m_armed = armed;
    update();
}

std::optional<qint64> PriceLadder::marketTicks() const
{
    if (m_bestBid > 0 && m_bestAsk > 0)
        return (m_bestBid + m_bestAsk) / 2;
    if (m_markTicks > 0)
        return m_markTicks;
    return std::nullopt;
}

void PriceLadder::recentre()
{
    if (const auto market = marketTicks())
        m_centreTicks = *market;
    update();
}

void PriceLadder::followMarket()
{
    const auto market = marketTicks();
    if (!market)
        return;
    const int rows = rowCount();
    // Re-centre when the market is outside the middle 60 % of the rows (or nothing is shown yet).
    if (m_centreTicks == 0 || std::llabs(*market - m_centreTicks) > static_cast<qint64>(rows * 0.3))
        m_centreTicks = *market;
}

int PriceLadder::rowHeight() const
{
    return fontMetrics().height() + 4;
}

int PriceLadder::rowCount() const
{
    return std::max(1, height() / rowHeight());
}

qint64 PriceLadder::priceAtRow(int row) const
{
    return m_centreTicks + (rowCount() / 2 - row);
}

int PriceLadder::rowOf(qint64 priceTicks) const
{
    const qint64 row = rowCount() / 2 - (priceTicks - m_centreTicks);
    return row >= 0 && row < rowCount() ? static_cast<int>(row) : -1;
}

int PriceLadder::rowAt(int y) const
{
    const int row = y / rowHeight();
    return row >= 0 && row < rowCount() ? row : -1;
}

int PriceLadder::columnX(int column) const
{
    double x = 0;
    for (int i = 0; i < column && i < 5; ++i)
        x += kShares[i] * width();
    return column >= 5 ? width() : static_cast<int>(x);
}

int PriceLadder::columnAt(int x) const
{
    for (int c = 0; c < 5; ++c)
        if (x < columnX(c + 1))
            return c;
    return 4;
}

const PriceLadder::OwnOrder *PriceLadder::ownOrderAt(int row, int column) const
{
    if (column != 0 && column != 4)
        return nullptr;
    const trading::Side side = column == 0 ? trading::Side::Buy : trading::Side::Sell;
    const qint64 price = priceAtRow(row);
    for (const OwnOrder &o : m_own)
        if (o.side == side && o.priceTicks == price)
            return &o;
    return nullptr;
}

void PriceLadder::paintEvent(QPaintEvent *)
{
    ++m_paints;
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const int h = rowHeight();
    const int rows = rowCount();
    if (!m_hasSpec || m_centreTicks == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No book yet"));
        return;
    }
    const QColor text = m_valid ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText);
    QFont bold = font();
    bold.setBold(true);
    for (int row = 0; row < rows; ++row) {
        const qint64 price = priceAtRow(row);
        const QRect line(0, row * h, width(), h);
        const bool inSpread = m_bestBid > 0 && m_bestAsk > 0 && price > m_bestBid && price < m_bestAsk;
        if (row % 2)
            p.fillRect(line, pal.alternateBase());
        if (inSpread)
            p.fillRect(line, pal.color(QPalette::Mid).darker(150));
        if (price == m_markTicks)
            p.fillRect(QRect(columnX(2), row * h, columnX(3) - columnX(2), h),
                       pal.color(QPalette::Highlight).darker(160));
        const auto cell = [&](int column) {
            return QRect(columnX(column) + 4, row * h, columnX(column + 1) - columnX(column) - 8, h);
        };
        if (const auto bid = m_bids.find(price); bid != m_bids.end()) {
            p.fillRect(QRect(columnX(1), row * h, columnX(2) - columnX(1), h), kBid.darker(m_valid ? 220 : 400));
            p.setPen(text);
            p.setFont(price == m_bestBid ? bold : font());
            p.drawText(cell(1), Qt::AlignRight | Qt::AlignVCenter, bid->second);
        }
        if (const auto ask = m_asks.find(price); ask != m_asks.end()) {
            p.fillRect(QRect(columnX(3), row * h, columnX(4) - columnX(3), h), kAsk.darker(m_valid ? 220 : 400));
            p.setPen(text);
            p.setFont(price == m_bestAsk ? bold : font());
            p.drawText(cell(3), Qt::AlignLeft | Qt::AlignVCenter, ask->second);
        }
        if (const double flash = flashAt(price); flash > 0) {
            // The trade's level, fading: across the book columns, strongest on the price.
            QColor colour = m_flashes.at(price).sell ? kAsk : kBid;
            colour.setAlphaF(static_cast<float>(0.85 * flash));
            p.fillRect(QRect(columnX(2), row * h, columnX(3) - columnX(2), h), colour);
            colour.setAlphaF(static_cast<float>(0.35 * flash));
            p.fillRect(QRect(columnX(1), row * h, columnX(4) - columnX(1), h), colour);
        }
        p.setFont(font());
        p.setPen(text);
        p.drawText(cell(2), Qt::AlignCenter, QString::fromStdString(m_spec.price.format(price)));
        for (const OwnOrder &o : m_own) {
            if (o.priceTicks != price)
                continue;
            const int column = o.side == trading::Side::Buy ? 0 : 4;
            const QRect box = cell(column).adjusted(0, 2, 0, -2);
            p.fillRect(box, (o.side == trading::Side::Buy ? kBid : kAsk).darker(130));
            p.setPen(Qt::white);
            p.drawText(box, Qt::AlignCenter, o.remaining);
        }
        if (!m_dragging.isEmpty() && row == m_dragRow) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
            p.drawRect(line.adjusted(1, 1, -2, -2));
        }
    }
    // Column rules and the armed state.
    p.setPen(pal.color(QPalette::Mid));
    for (int c = 1; c < 5; ++c)
        p.drawLine(columnX(c), 0, columnX(c), height());
    if (m_armed) {
        p.setPen(QPen(QColor(230, 160, 40), 2));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void PriceLadder::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    if (event->button() == Qt::MiddleButton) {
        recentre();
        return;
    }
    if (event->button() != Qt::LeftButton || !m_armed || !m_hasSpec || m_centreTicks == 0)
        return;
    const int row = rowAt(event->position().toPoint().y());
    const int column = columnAt(event->position().toPoint().x());
    if (row < 0)
        return;
    if (const OwnOrder *own = ownOrderAt(row, column)) {
        m_dragging = own->orderLinkId;
        m_dragRow = row;
        update();
        return;
    }
    if (column == 1)
        emit placeRequested(trading::Side::Buy, priceAtRow(row));
    else if (column == 3)
        emit placeRequested(trading::Side::Sell, priceAtRow(row));
}

void PriceLadder::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging.isEmpty())
        return;
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0 && row != m_dragRow) {
        m_dragRow = row;
        update();
    }
}

void PriceLadder::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging.isEmpty())
        return;
    const QString id = m_dragging;
    m_dragging.clear();
    const int row = rowAt(event->position().toPoint().y());
    const auto own = std::find_if(m_own.begin(), m_own.end(), [&id](const OwnOrder &o) { return o.orderLinkId == id; });
    update();
    if (own == m_own.end() || row < 0)
        return;
    const qint64 price = priceAtRow(row);
    if (price == own->priceTicks)
        emit cancelRequested(id); // a click on the order, not a drag
    else
        emit moveRequested(id, price);
}

void PriceLadder::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0 && m_centreTicks != 0) {
        m_centreTicks += steps * 3;
        update();
    }
}

void PriceLadder::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_C) {
        recentre();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace virtuoso::ui
