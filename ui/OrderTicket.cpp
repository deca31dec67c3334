#include "OrderTicket.h"

#include "OrdersModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <cmath>

namespace virtuoso::ui {

namespace {

qint64 pow10(int n)
{
    qint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

double stepsToDouble(qint64 steps, const exchange::DecimalGrid &grid)
{
    return static_cast<double>(steps * grid.stepUnits()) / static_cast<double>(pow10(grid.decimals()));
}

QString buttonStyle(const QColor &colour)
{
    return QStringLiteral("QPushButton { background: %1; color: white; font-weight: bold; padding: 6px 18px;"
                          " border-radius: 3px; } QPushButton:disabled { background: #9e9e9e; }"
                          " QPushButton:focus { border: 2px solid palette(highlight); }")
        .arg(colour.name());
}

} // namespace

OrderTicketPanel::OrderTicketPanel(QWidget *parent)
    : QWidget(parent)
    , m_symbol(new QComboBox(this))
    , m_sideBox(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_tif(new QComboBox(this))
    , m_quantity(new QDoubleSpinBox(this))
    , m_price(new QDoubleSpinBox(this))
    , m_reduceOnly(new QCheckBox(tr("Reduce-only"), this))
    , m_grids(new QLabel(this))
    , m_markLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_buy(new QPushButton(tr("Buy"), this))
    , m_sell(new QPushButton(tr("Sell"), this))
{
    setObjectName(QStringLiteral("OrderTicket"));
    m_symbol->setObjectName(QStringLiteral("TicketSymbol"));
    m_sideBox->setObjectName(QStringLiteral("TicketSide"));
    m_sideBox->addItem(tr("Buy"), static_cast<int>(trading::Side::Buy));
    m_sideBox->addItem(tr("Sell"), static_cast<int>(trading::Side::Sell));
    m_type->setObjectName(QStringLiteral("TicketType"));
    m_type->addItem(tr("Limit"), QStringLiteral("Limit"));
    m_type->addItem(tr("Market"), QStringLiteral("Market"));
    m_tif->setObjectName(QStringLiteral("TicketTimeInForce"));
    m_tif->addItem(tr("GTC — good till cancelled"), QStringLiteral("GTC"));
    m_tif->addItem(tr("IOC — immediate or cancel"), QStringLiteral("IOC"));
    m_tif->addItem(tr("FOK — fill or kill"), QStringLiteral("FOK"));
    m_tif->addItem(tr("Post-only"), QStringLiteral("PostOnly"));
    for (QDoubleSpinBox *box : {m_quantity, m_price}) {
        box->setRange(0, 1e12);
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
        box->setAlignment(Qt::AlignRight);
    }
    m_quantity->setObjectName(QStringLiteral("TicketQuantity"));
    m_price->setObjectName(QStringLiteral("TicketPrice"));
    m_reduceOnly->setObjectName(QStringLiteral("TicketReduceOnly"));
    m_grids->setObjectName(QStringLiteral("TicketGrids"));
    m_markLabel->setObjectName(QStringLiteral("TicketMark"));
    for (QLabel *label : {m_grids, m_markLabel})
        label->setStyleSheet(QStringLiteral("color: %1;").arg(mutedColour().name()));
    m_summary->setObjectName(QStringLiteral("TicketSummary"));
    m_summary->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("TicketVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().lineSpacing() * 3);
    m_verdict->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buy->setObjectName(QStringLiteral("TicketBuyButton"));
    m_sell->setObjectName(QStringLiteral("TicketSellButton"));
    m_buy->setStyleSheet(buttonStyle(buyColour()));
    m_sell->setStyleSheet(buttonStyle(sellColour()));
    m_buy->setAutoDefault(false);
    m_sell->setAutoDefault(false);
    m_buy->setToolTip(tr("Send a buy order with this ticket"));
    m_sell->setToolTip(tr("Send a sell order with this ticket"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Symbol"), m_symbol);
    form->addRow(tr("Side"), m_sideBox);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Quantity"), m_quantity);
    form->addRow(tr("Price"), m_price);
    form->addRow(QString(), m_markLabel);
    form->addRow(tr("Time in force"), m_tif);
    form->addRow(QString(), m_reduceOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_buy, 1);
    buttons->addWidget(m_sell, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_grids);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);

    connect(m_symbol, &QComboBox::currentTextChanged, this, [this](const QString &symbol) {
        if (m_spec && m_spec->symbol.toQString() != symbol)
            m_spec.reset();
        applyGrids();
        updateForm();
        emit symbolChanged(symbol);
    });
    for (QComboBox *box : {m_sideBox, m_type, m_tif})
        connect(box, &QComboBox::currentIndexChanged, this, &OrderTicketPanel::updateForm);
    for (QDoubleSpinBox *box : {m_quantity, m_price})
        connect(box, &QDoubleSpinBox::valueChanged, this, &OrderTicketPanel::updateForm);
    connect(m_reduceOnly, &QCheckBox::toggled, this, &OrderTicketPanel::updateForm);
    connect(m_buy, &QPushButton::clicked, this, [this] { send(trading::Side::Buy); });
    connect(m_sell, &QPushButton::clicked, this, [this] { send(trading::Side::Sell); });

    // Enter sends the side chosen (or the side of the focused button); Esc clears.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *enter = new QShortcut(keys, this);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
        connect(enter, &QShortcut::activated, this, [this] {
            QWidget *focus = focusWidget();
            send(focus == m_sell ? trading::Side::Sell : focus == m_buy ? trading::Side::Buy : side());
        });
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &OrderTicketPanel::clear);

    applyGrids();
    updateForm();
}

void OrderTicketPanel::setSymbols(const QStringList &symbols)
{
    QStringList current;
    for (int i = 0; i < m_symbol->count(); ++i)
        current << m_symbol->itemText(i);
    if (current == symbols)
        return;
    const QString chosen = m_symbol->currentText();
    QSignalBlocker block(m_symbol);
    m_symbol->clear();
    m_symbol->addItems(symbols);
    const int keep = symbols.indexOf(chosen);
    m_symbol->setCurrentIndex(keep >= 0 ? keep : 0);
    block.unblock();
    if (m_symbol->currentText() != chosen)
        emit m_symbol->currentTextChanged(m_symbol->currentText());
}

QString OrderTicketPanel::symbol() const
{
    return m_symbol->currentText();
}

void OrderTicketPanel::setInstrument(const exchange::InstrumentSpec &spec)
{
    if (spec.symbol.toQString() != symbol())
        return;
    if (m_spec && m_spec->price == spec.price && m_spec->quantity == spec.quantity &&
        m_spec->minOrderLots == spec.minOrderLots && m_spec->maxOrderLots == spec.maxOrderLots)
        return;
    m_spec = spec;
    applyGrids();
    updateForm();
}

void OrderTicketPanel::setMark(const QString &symbol, double mark)
{
    if (mark <= 0)
        return;
    m_marks.insert(symbol, mark);
    if (symbol != this->symbol())
        return;
    const int decimals = m_spec ? m_spec->price.decimals() : 2;
    m_markLabel->setText(tr("Mark %1").arg(mark, 0, 'f', decimals));
    if (m_price->value() == 0 && m_spec && !m_price->hasFocus())
        m_price->setValue(mark);
}

void OrderTicketPanel::setSide(trading::Side side)
{
    m_sideBox->setCurrentIndex(side == trading::Side::Buy ? 0 : 1);
}

trading::Side OrderTicketPanel::side() const
{
    return static_cast<trading::Side>(m_sideBox->currentData().toInt());
}

void OrderTicketPanel::setTradingAvailable(bool available, const QString &reason)
{
    m_available = available;
    updateForm();
    if (!available && !reason.isEmpty())
        showVerdict(reason, false);
}

void OrderTicketPanel::applyGrids()
{
    if (!m_spec) {
        m_grids->setText(symbol().isEmpty() ? tr("No symbol to trade.")
                                            : tr("Looking up the lot and tick of %1…").arg(symbol()));
        m_markLabel->clear();
        return;
    }
    const exchange::InstrumentSpec &spec = *m_spec;
    m_quantity->setDecimals(spec.quantity.decimals());
    m_quantity->setSingleStep(stepsToDouble(1, spec.quantity));
    m_quantity->setSuffix(spec.baseCoin.empty() ? QString()
                                                : QStringLiteral(" ") + QString::fromStdString(spec.baseCoin));
    m_price->setDecimals(spec.price.decimals());
    m_price->setSingleStep(stepsToDouble(1, spec.price));
    m_price->setSuffix(spec.quoteCoin.empty() ? QString()
                                              : QStringLiteral(" ") + QString::fromStdString(spec.quoteCoin));
    QString text =
        tr("Lot %1 · tick %2")
            .arg(QString::fromStdString(spec.quantity.stepText()), QString::fromStdString(spec.price.stepText()));
    if (spec.minOrderLots > 0)
        text += tr(" · min %1").arg(QString::fromStdString(spec.quantity.format(spec.minOrderLots)));
    m_grids->setText(text);
    if (const auto mark = m_marks.find(symbol()); mark != m_marks.end())
        setMark(symbol(), *mark);
}

void OrderTicketPanel::updateForm()
{
    const bool limit = m_type->currentData().toString() == u"Limit";
    m_price->setEnabled(limit);
    m_tif->setEnabled(limit);
    const bool ready = m_available && m_spec.has_value();
    m_buy->setEnabled(ready);
    m_sell->setEnabled(ready);
    if (!m_spec) {
        m_summary->clear();
        return;
    }
    const QString qty = m_quantity->text();
    const QString what =
        side() == trading::Side::Buy ? tr("Buy %1 %2").arg(qty, symbol()) : tr("Sell %1 %2").arg(qty, symbol());
    QString how = limit ? tr("limit %1, %2").arg(m_price->text(), m_tif->currentData().toString()) : tr("at market");
    if (m_reduceOnly->isChecked())
        how += tr(", reduce-only");
    m_summary->setText(QStringLiteral("%1 — %2").arg(what, how));
}

qint64 OrderTicketPanel::snap(QDoubleSpinBox *box, const exchange::DecimalGrid &grid, bool *snapped)
{
    const qint64 units = std::llround(box->value() * static_cast<double>(pow10(grid.decimals())));
    const qint64 step = grid.stepUnits();
    const qint64 steps = (units + step / 2) / step;
    *snapped = units != steps * step;
    if (*snapped)
        box->setValue(stepsToDouble(steps, grid));
    return steps;
}

std::optional<trading::OrderTicket> OrderTicketPanel::buildTicket(trading::Side side, QString *message)
{
    if (symbol().isEmpty()) {
        *message = tr("Choose a symbol.");
        return std::nullopt;
    }
    if (!m_spec) {
        *message = tr("The lot and tick of %1 are not known yet.").arg(symbol());
        return std::nullopt;
    }
    const exchange::InstrumentSpec &spec = *m_spec;
    const bool limit = m_type->currentData().toString() == u"Limit";
    // What is typed counts, also when Enter comes before the box has read it.
    m_quantity->interpretText();
    m_price->interpretText();
    bool qtySnapped = false;
    bool priceSnapped = false;
    const qint64 lots = snap(m_quantity, spec.quantity, &qtySnapped);
    const qint64 ticks = limit ? snap(m_price, spec.price, &priceSnapped) : 0;
    const QString lot = QString::fromStdString(spec.quantity.stepText());
    if (lots <= 0) {
        *message = tr("Enter a quantity: a multiple of the lot %1.").arg(lot);
        return std::nullopt;
    }
    if (spec.minOrderLots > 0 && lots < spec.minOrderLots) {
        *message = tr("The quantity %1 is below the minimum %2.")
                       .arg(QString::fromStdString(spec.quantity.format(lots)),
                            QString::fromStdString(spec.quantity.format(spec.minOrderLots)));
        return std::nullopt;
    }
    if (spec.maxOrderLots > 0 && lots > spec.maxOrderLots) {
        *message = tr("The quantity %1 is above the maximum %2.")
                       .arg(QString::fromStdString(spec.quantity.format(lots)),
                            QString::fromStdString(spec.quantity.format(spec.maxOrderLots)));
        return std::nullopt;
    }
    if (limit && ticks <= 0) {
        *message =
            tr("Enter a limit price: a multiple of the tick %1.").arg(QString::fromStdString(spec.price.stepText()));
        return std::nullopt;
    }
    if (qtySnapped || priceSnapped) {
        QStringList what;
        if (qtySnapped)
            what << tr("the quantity to %1 (lot %2)").arg(QString::fromStdString(spec.quantity.format(lots)), lot);
        if (priceSnapped)
            what << tr("the price to %1 (tick %2)")
                        .arg(QString::fromStdString(spec.price.format(ticks)),
                             QString::fromStdString(spec.price.stepText()));
        *message = tr("Snapped %1. Check and send again.").arg(what.join(tr(" and ")));
        return std::nullopt;
    }
    trading::OrderTicket ticket;
    ticket.symbol = symbol().toStdString();
    ticket.side = side == trading::Side::Buy ? "Buy" : "Sell";
    ticket.type = limit ? "Limit" : "Market";
    ticket.quantity = spec.quantity.format(lots);
    if (limit) {
        ticket.price = spec.price.format(ticks);
        ticket.timeInForce = m_tif->currentData().toString().toStdString();
    }
    ticket.reduceOnly = m_reduceOnly->isChecked();
    return ticket;
}

void OrderTicketPanel::send(trading::Side side)
{
    if (!m_available)
        return;
    QString message;
    const std::optional<trading::OrderTicket> ticket = buildTicket(side, &message);
    if (!ticket) {
        showVerdict(message, false);
        return;
    }
    setSide(side);
    showPending(tr("Sending %1 %2 %3…")
                    .arg(side == trading::Side::Buy ? tr("buy") : tr("sell"), QString::fromStdString(ticket->quantity),
                         QString::fromStdString(ticket->symbol)));
    emit sendRequested(*ticket);
}

void OrderTicketPanel::snapToGrids()
{
    if (!m_spec)
        return;
    bool snapped = false;
    snap(m_quantity, m_spec->quantity, &snapped);
    snap(m_price, m_spec->price, &snapped);
}

void OrderTicketPanel::clear()
{
    m_quantity->setValue(0);
    m_price->setValue(0);
    m_reduceOnly->setChecked(false);
    m_verdict->clear();
    m_verdictOk = false;
    if (const auto mark = m_marks.find(symbol()); mark != m_marks.end())
        setMark(symbol(), *mark);
    m_quantity->setFocus();
}

void OrderTicketPanel::showVerdict(const QString &text, bool ok)
{
    m_verdictOk = ok;
    m_verdict->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg((ok ? buyColour() : sellColour()).name()));
    m_verdict->setText(text);
}

void OrderTicketPanel::showPending(const QString &text)
{
    m_verdictOk = false;
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(mutedColour().name()));
    m_verdict->setText(text);
}

QString OrderTicketPanel::verdictText() const
{
    return m_verdict->text();
}

} // namespace virtuoso::ui
