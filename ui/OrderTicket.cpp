#include "OrderTicket.h"

#include "CoreTexts.h"
#include "OrdersModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
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
    , m_sizing(new QComboBox(this))
    , m_quantity(new QDoubleSpinBox(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_price(new QDoubleSpinBox(this))
    , m_takeProfit(new QDoubleSpinBox(this))
    , m_stopLoss(new QDoubleSpinBox(this))
    , m_trigger(new QComboBox(this))
    , m_reduceOnly(new QCheckBox(tr("Reduce-only"), this))
    , m_amountLabel(new QLabel(this))
    , m_sizeInfo(new QLabel(this))
    , m_grids(new QLabel(this))
    , m_markLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_buy(new QPushButton(tr("Buy"), this))
    , m_sell(new QPushButton(tr("Sell"), this))
    , m_previewTimer(new QTimer(this))
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
    m_sizing->setObjectName(QStringLiteral("TicketSizing"));
    m_sizing->addItem(tr("Contracts"), static_cast<int>(trading::SizingMode::Contracts));
    m_sizing->addItem(tr("Notional (quote coin)"), static_cast<int>(trading::SizingMode::Notional));
    m_sizing->addItem(tr("% risk of equity to the stop-loss"), static_cast<int>(trading::SizingMode::RiskPercent));
    m_sizing->setToolTip(tr("Contracts: the quantity in the base coin. Notional: the order's value in the quote "
                            "coin. % risk: the share of the equity lost if the stop-loss is hit — size = equity × "
                            "% / |entry − stop-loss|. Notional and risk sizes are rounded down to the lot."));
    m_trigger->setObjectName(QStringLiteral("TicketTrigger"));
    m_trigger->addItem(tr("Last price"), QStringLiteral("LastPrice"));
    m_trigger->addItem(tr("Mark price"), QStringLiteral("MarkPrice"));
    m_trigger->setToolTip(tr("The price that triggers the take-profit and the stop-loss"));
    for (QDoubleSpinBox *box : {m_quantity, m_amount, m_price, m_takeProfit, m_stopLoss}) {
        box->setRange(0, 1e12);
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
        box->setAlignment(Qt::AlignRight);
    }
    m_quantity->setObjectName(QStringLiteral("TicketQuantity"));
    m_amount->setObjectName(QStringLiteral("TicketAmount"));
    m_price->setObjectName(QStringLiteral("TicketPrice"));
    m_takeProfit->setObjectName(QStringLiteral("TicketTakeProfit"));
    m_stopLoss->setObjectName(QStringLiteral("TicketStopLoss"));
    m_takeProfit->setSpecialValueText(tr("none"));
    m_stopLoss->setSpecialValueText(tr("none"));
    m_takeProfit->setToolTip(tr("Take-profit for the whole position once the order fills: closed at market when "
                                "the trigger price reaches it. Empty: none."));
    m_stopLoss->setToolTip(tr("Stop-loss for the whole position once the order fills: closed at market when the "
                              "trigger price reaches it. Empty: none. The % risk sizing measures to it."));
    m_sizeInfo->setObjectName(QStringLiteral("TicketSizeInfo"));
    m_sizeInfo->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("TicketPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &OrderTicketPanel::requestPreview);
    m_reduceOnly->setObjectName(QStringLiteral("TicketReduceOnly"));
    m_grids->setObjectName(QStringLiteral("TicketGrids"));
    m_markLabel->setObjectName(QStringLiteral("TicketMark"));
    for (QLabel *label : {m_grids, m_markLabel, m_sizeInfo})
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

    m_form = new QFormLayout;
    QFormLayout *form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Symbol"), m_symbol);
    form->addRow(tr("Side"), m_sideBox);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Size in"), m_sizing);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(tr("Quantity"), m_quantity);
    form->addRow(QString(), m_sizeInfo);
    form->addRow(tr("Price"), m_price);
    form->addRow(QString(), m_markLabel);
    form->addRow(tr("Take-profit"), m_takeProfit);
    form->addRow(tr("Stop-loss"), m_stopLoss);
    form->addRow(tr("TP/SL trigger"), m_trigger);
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
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);

    connect(m_symbol, &QComboBox::currentTextChanged, this, [this](const QString &symbol) {
        if (m_spec && m_spec->symbol.toQString() != symbol)
            m_spec.reset();
        applyGrids();
        updateForm();
        emit symbolChanged(symbol);
    });
    for (QComboBox *box : {m_sideBox, m_type, m_tif, m_sizing, m_trigger})
        connect(box, &QComboBox::currentIndexChanged, this, &OrderTicketPanel::updateForm);
    for (QDoubleSpinBox *box : {m_quantity, m_amount, m_price, m_takeProfit, m_stopLoss})
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
    // Called with every view of the trading core: only a change touches the form (and the preview).
    const bool changed = available != m_available || !m_formInitialised;
    m_available = available;
    m_formInitialised = true;
    if (changed)
        updateForm();
    if (!available && !reason.isEmpty() && verdictText() != reason)
        showVerdict(reason, false);
}

void OrderTicketPanel::setEquity(double equity)
{
    if (equity == m_equity)
        return;
    const QString before = sizingMode() == trading::SizingMode::RiskPercent ? sizedQuantity() : QString();
    m_equity = equity;
    if (sizingMode() != trading::SizingMode::RiskPercent)
        return;
    // A new size is a new ticket (summary, the gate's verdict); the same size only a new loss figure.
    if (sizedQuantity() != before)
        updateForm();
    else
        recomputeSize();
}

void OrderTicketPanel::setSizingMode(trading::SizingMode mode)
{
    m_sizing->setCurrentIndex(m_sizing->findData(static_cast<int>(mode)));
}

trading::SizingMode OrderTicketPanel::sizingMode() const
{
    return static_cast<trading::SizingMode>(m_sizing->currentData().toInt());
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
    const QString quote =
        spec.quoteCoin.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(spec.quoteCoin);
    for (QDoubleSpinBox *box : {m_price, m_takeProfit, m_stopLoss}) {
        box->setDecimals(spec.price.decimals());
        box->setSingleStep(stepsToDouble(1, spec.price));
        box->setSuffix(quote);
    }
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
    const trading::SizingMode mode = sizingMode();
    const bool contracts = mode == trading::SizingMode::Contracts;
    m_form->setRowVisible(m_amount, !contracts);
    m_form->setRowVisible(m_sizeInfo, !contracts);
    m_quantity->setReadOnly(!contracts);
    m_quantity->setButtonSymbols(contracts ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    if (mode == trading::SizingMode::Notional) {
        m_amountLabel->setText(tr("Notional"));
        m_amount->setDecimals(2);
        m_amount->setSingleStep(10);
        m_amount->setSuffix(m_spec && !m_spec->quoteCoin.empty()
                                ? QStringLiteral(" ") + QString::fromStdString(m_spec->quoteCoin)
                                : QString());
    } else if (mode == trading::SizingMode::RiskPercent) {
        m_amountLabel->setText(tr("Risk"));
        m_amount->setDecimals(2);
        m_amount->setSingleStep(0.1);
        m_amount->setSuffix(QStringLiteral(" %"));
    }
    const bool ready = m_available && m_spec.has_value();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_buy, m_sell, m_quantity, m_amount, m_price, m_takeProfit, m_stopLoss,
                                          m_trigger, m_sizing, m_reduceOnly, m_type, m_sideBox})
        w->setEnabled(m_available && (w != m_price || limit));
    m_buy->setEnabled(ready);
    m_sell->setEnabled(ready);
    if (!m_spec) {
        m_summary->clear();
        return;
    }
    recomputeSize();
    const QString qty = m_quantity->text();
    const QString what =
        side() == trading::Side::Buy ? tr("Buy %1 %2").arg(qty, symbol()) : tr("Sell %1 %2").arg(qty, symbol());
    QString how = limit ? tr("limit %1, %2").arg(m_price->text(), m_tif->currentData().toString()) : tr("at market");
    if (m_takeProfit->value() > 0)
        how += tr(", take-profit %1").arg(m_takeProfit->text());
    if (m_stopLoss->value() > 0)
        how += tr(", stop-loss %1").arg(m_stopLoss->text());
    if (m_reduceOnly->isChecked())
        how += tr(", reduce-only");
    m_summary->setText(QStringLiteral("%1 — %2").arg(what, how));
    if (m_available) {
        // The verdict shown is of the ticket as it was: muted until the gate answers for this one.
        m_previewPending = true;
        m_preview->setStyleSheet(QStringLiteral("color: %1;").arg(mutedColour().name()));
        m_previewTimer->start();
    }
}

qint64 OrderTicketPanel::nearest(const QDoubleSpinBox *box, const exchange::DecimalGrid &grid)
{
    const qint64 units = std::llround(box->value() * static_cast<double>(pow10(grid.decimals())));
    const qint64 step = grid.stepUnits();
    return (units + step / 2) / step;
}

qint64 OrderTicketPanel::entryTicks() const
{
    if (!m_spec)
        return 0;
    if (m_type->currentData().toString() == u"Limit")
        return nearest(m_price, m_spec->price);
    const auto mark = m_marks.find(symbol());
    const double tick = m_spec->price.toDouble(1);
    return mark != m_marks.end() && tick > 0 ? std::llround(*mark / tick) : 0;
}

qint64 OrderTicketPanel::sizedLots(QString *why) const
{
    if (!m_spec)
        return 0;
    const qint64 entry = entryTicks();
    if (entry <= 0) {
        *why = m_type->currentData().toString() == u"Limit" ? tr("enter a limit price")
                                                            : tr("no mark price for %1 yet").arg(symbol());
        return 0;
    }
    if (sizingMode() == trading::SizingMode::Notional) {
        if (m_amount->value() <= 0) {
            *why = tr("enter the notional");
            return 0;
        }
        return trading::lotsForNotional(*m_spec, m_amount->value(), entry);
    }
    const qint64 stop = m_stopLoss->value() > 0 ? nearest(m_stopLoss, m_spec->price) : 0;
    if (stop <= 0) {
        *why = tr("% risk needs a stop-loss: the risk is measured to it");
        return 0;
    }
    if (stop == entry) {
        *why = tr("the stop-loss is at the entry");
        return 0;
    }
    if (m_equity <= 0) {
        *why = tr("the account's equity is not known yet");
        return 0;
    }
    if (m_amount->value() <= 0) {
        *why = tr("enter the % of equity to risk");
        return 0;
    }
    return trading::lotsForRisk(*m_spec, m_equity, m_amount->value(), entry, stop);
}

void OrderTicketPanel::recomputeSize()
{
    if (!m_spec || sizingMode() == trading::SizingMode::Contracts)
        return;
    QString why;
    const qint64 lots = sizedLots(&why);
    {
        const QSignalBlocker block(m_quantity);
        m_quantity->setValue(stepsToDouble(lots, m_spec->quantity));
    }
    const exchange::InstrumentSpec &spec = *m_spec;
    const QString coin = QString::fromStdString(spec.baseCoin);
    if (lots <= 0) {
        m_sizeInfo->setText(
            why.isEmpty() ? tr("less than one lot (%1 %2)").arg(QString::fromStdString(spec.quantity.stepText()), coin)
                          : tr("no size: %1").arg(why));
        return;
    }
    const QString qty = QString::fromStdString(spec.quantity.format(lots));
    const double entry = spec.price.toDouble(entryTicks());
    if (sizingMode() == trading::SizingMode::Notional) {
        m_sizeInfo->setText(tr("= %1 %2, rounded down to the lot (%3 at %4)")
                                .arg(qty, coin, moneyText(entry * spec.quantity.toDouble(lots)))
                                .arg(entry, 0, 'f', spec.price.decimals()));
        return;
    }
    const double stop = spec.price.toDouble(nearest(m_stopLoss, spec.price));
    const double loss = std::abs(entry - stop) * spec.quantity.toDouble(lots);
    m_sizeInfo->setText(tr("= %1 %2: %3 of the equity %4 lost at the stop-loss (%5 %)")
                            .arg(qty, coin, moneyText(loss), moneyText(m_equity))
                            .arg(m_equity > 0 ? loss / m_equity * 100 : 0, 0, 'f', 2));
}

QString OrderTicketPanel::sizedQuantity() const
{
    if (!m_spec)
        return {};
    if (sizingMode() == trading::SizingMode::Contracts)
        return QString::fromStdString(m_spec->quantity.format(nearest(m_quantity, m_spec->quantity)));
    QString why;
    const qint64 lots = sizedLots(&why);
    return lots > 0 ? QString::fromStdString(m_spec->quantity.format(lots)) : QString();
}

qint64 OrderTicketPanel::snap(QDoubleSpinBox *box, const exchange::DecimalGrid &grid, bool *snapped)
{
    const qint64 units = std::llround(box->value() * static_cast<double>(pow10(grid.decimals())));
    const qint64 steps = nearest(box, grid);
    *snapped = units != steps * grid.stepUnits();
    if (*snapped)
        box->setValue(stepsToDouble(steps, grid));
    return steps;
}

std::optional<trading::OrderTicket> OrderTicketPanel::buildTicket(trading::Side side, QString *message,
                                                                  std::optional<qint64> atPriceTicks)
{
    return compose(side, message, true, atPriceTicks);
}

std::optional<trading::OrderTicket> OrderTicketPanel::compose(trading::Side side, QString *message, bool snapBoxes,
                                                              std::optional<qint64> atPriceTicks)
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
    const bool limit = atPriceTicks || m_type->currentData().toString() == u"Limit";
    if (snapBoxes) {
        // What is typed counts, also when Enter comes before the box has read it.
        for (QDoubleSpinBox *box : {m_quantity, m_amount, m_price, m_takeProfit, m_stopLoss})
            box->interpretText();
    }
    // Each box on its grid: snapped and refused once when sending, read at the nearest step otherwise.
    QStringList snappedWhat;
    const auto onGrid = [&](QDoubleSpinBox *box, const exchange::DecimalGrid &grid, const QString &what) -> qint64 {
        if (!snapBoxes)
            return nearest(box, grid);
        bool snapped = false;
        const qint64 steps = snap(box, grid, &snapped);
        if (snapped)
            snappedWhat << what.arg(QString::fromStdString(grid.format(steps)),
                                    QString::fromStdString(grid.stepText()));
        return steps;
    };
    const bool contracts = sizingMode() == trading::SizingMode::Contracts;
    const qint64 ticks = atPriceTicks ? *atPriceTicks
                         : limit      ? onGrid(m_price, spec.price, tr("the price to %1 (tick %2)"))
                                      : 0;
    const qint64 tp =
        m_takeProfit->value() > 0 ? onGrid(m_takeProfit, spec.price, tr("the take-profit to %1 (tick %2)")) : 0;
    const qint64 sl = m_stopLoss->value() > 0 ? onGrid(m_stopLoss, spec.price, tr("the stop-loss to %1 (tick %2)")) : 0;
    QString why;
    const qint64 lots =
        contracts ? onGrid(m_quantity, spec.quantity, tr("the quantity to %1 (lot %2)")) : sizedLots(&why);
    const QString lot = QString::fromStdString(spec.quantity.stepText());
    if (lots <= 0) {
        *message = contracts || why.isEmpty() ? tr("Enter a quantity: a multiple of the lot %1.").arg(lot)
                                              : tr("No size: %1.").arg(why);
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
    if (!snappedWhat.isEmpty()) {
        *message = tr("Snapped %1. Check and send again.").arg(snappedWhat.join(tr(" and ")));
        return std::nullopt;
    }
    // The take-profit above a buy's entry and below a sell's; the stop-loss the other way.
    const qint64 entry = atPriceTicks ? *atPriceTicks : entryTicks();
    const bool buy = side == trading::Side::Buy;
    const QString entryText = QString::fromStdString(spec.price.format(entry));
    if (entry > 0 && tp > 0 && (buy ? tp <= entry : tp >= entry)) {
        *message = buy ? tr("The take-profit of a buy must be above %1.").arg(entryText)
                       : tr("The take-profit of a sell must be below %1.").arg(entryText);
        return std::nullopt;
    }
    if (entry > 0 && sl > 0 && (buy ? sl >= entry : sl <= entry)) {
        *message = buy ? tr("The stop-loss of a buy must be below %1.").arg(entryText)
                       : tr("The stop-loss of a sell must be above %1.").arg(entryText);
        return std::nullopt;
    }
    if ((tp > 0 || sl > 0) && m_reduceOnly->isChecked()) {
        *message = tr("A reduce-only order takes no take-profit or stop-loss.");
        return std::nullopt;
    }
    trading::OrderTicket ticket;
    ticket.symbol = symbol().toStdString();
    ticket.side = buy ? "Buy" : "Sell";
    ticket.type = limit ? "Limit" : "Market";
    ticket.quantity = spec.quantity.format(lots);
    if (limit) {
        ticket.price = spec.price.format(ticks);
        ticket.timeInForce = m_tif->currentData().toString().toStdString();
    }
    ticket.reduceOnly = m_reduceOnly->isChecked();
    const std::string trigger = m_trigger->currentData().toString().toStdString();
    if (tp > 0) {
        ticket.takeProfit = spec.price.format(tp);
        ticket.tpTriggerBy = trigger;
    }
    if (sl > 0) {
        ticket.stopLoss = spec.price.format(sl);
        ticket.slTriggerBy = trigger;
    }
    return ticket;
}

void OrderTicketPanel::requestPreview()
{
    if (!m_available || !m_spec)
        return;
    QString message;
    const std::optional<trading::OrderTicket> ticket = compose(side(), &message, false);
    if (!ticket) {
        m_previewPending = false;
        m_preview->setStyleSheet(QStringLiteral("color: %1;").arg(mutedColour().name()));
        m_preview->setText(message);
        return;
    }
    emit previewRequested(*ticket);
}

void OrderTicketPanel::showPreview(const trading::TicketPreview &preview)
{
    QString text;
    QColor colour;
    if (!preview.error.empty()) {
        text = tr("Ticket: %1").arg(QString::fromStdString(preview.error));
        colour = sellColour();
    } else if (!preview.decision.accepted()) {
        text = tr("The risk gate would refuse it — %1: %2")
                   .arg(QLatin1String(trading::riskRuleName(preview.decision.rule)),
                        CoreTexts::text(QString::fromStdString(preview.decision.message)));
        colour = sellColour();
    } else {
        text = preview.notional > 0 ? tr("The risk gate would pass it (notional %1)").arg(moneyText(preview.notional))
                                    : tr("The risk gate would pass it");
        colour = buyColour();
    }
    if (m_previewTimer->isActive())
        return; // the ticket changed again since: its own answer comes
    m_previewPending = false;
    m_preview->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_preview->setText(text);
}

QString OrderTicketPanel::previewText() const
{
    return m_preview->text();
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
    for (QDoubleSpinBox *box : {m_price, m_takeProfit, m_stopLoss})
        snap(box, m_spec->price, &snapped);
}

void OrderTicketPanel::clear()
{
    for (QDoubleSpinBox *box : {m_quantity, m_amount, m_price, m_takeProfit, m_stopLoss})
        box->setValue(0);
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
