#pragma once

#include "model/market/InstrumentSpec.h"
#include "model/trading/OrderSizing.h"
#include "trading/TradingService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace virtuoso::ui {

// The order ticket of the trading desk: symbol, side, type, size, limit price, take-profit and
// stop-loss, time in force and reduce-only. The size is given in contracts (the base coin), as a
// notional in the quote coin, or as a share of the equity lost at the stop-loss (size = equity ×
// % / |entry − stop|); the last two become contracts rounded down to the lot and are shown as such.
// Quantities and prices sit on the instrument's lot and tick: the boxes step by them, and a value
// typed between two steps is snapped to the nearest one and shown to the operator before anything
// can be sent. While the operator edits, the risk gate's verdict on the ticket as it stands is shown
// (previewRequested → showPreview): the rule and its numbers, before anything is sent. Nothing is
// sent but by the Buy or Sell button or Enter (which sends the side chosen); Esc clears the ticket.
// The panel only asks (sendRequested); the desk sends and hands back the verdict.
class OrderTicketPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrderTicketPanel(QWidget *parent = nullptr);

    // The watched symbols; the current one stays chosen when it is still among them.
    void setSymbols(const QStringList &symbols);
    QString symbol() const;
    // The grids of the current symbol (the desk looks them up on the trading thread).
    void setInstrument(const exchange::InstrumentSpec &spec);
    bool hasInstrument() const { return m_spec.has_value(); }
    // The latest mark of a symbol, shown next to the price and used to start a limit price.
    void setMark(const QString &symbol, double mark);
    // The account's equity, for sizing by % risk.
    void setEquity(double equity);
    void setSide(trading::Side side);
    trading::Side side() const;
    void setSizingMode(trading::SizingMode mode);
    trading::SizingMode sizingMode() const;
    // Disabled with the reason shown, e.g. while trading is not running or on a remote host.
    void setTradingAvailable(bool available, const QString &reason = {});
    bool tradingAvailable() const { return m_available; }

    // The ticket for `side` as it will be sent, or nothing with a message for the operator (a
    // field missing, a value below the minimum, or a value that was just snapped to the grid).
    // `atPriceTicks`: a limit order at that price whatever the ticket's type and price say (the ladder).
    std::optional<trading::OrderTicket> buildTicket(trading::Side side, QString *message,
                                                    std::optional<qint64> atPriceTicks = std::nullopt);
    // Asks for `side` (the Buy and Sell buttons, Enter): the verdict line says what happened.
    void send(trading::Side side);
    void clear();
    // Puts the quantity and the prices on the instrument's grids (nearest step), without a word.
    void snapToGrids();

    // The line next to the ticket: the risk gate's verdict in red, "sent: …" in green.
    void showVerdict(const QString &text, bool ok);
    void showPending(const QString &text);
    QString verdictText() const;
    bool verdictOk() const { return m_verdictOk; }
    // The gate's verdict on the ticket as it stands, before sending.
    void showPreview(const trading::TicketPreview &preview);
    QString previewText() const;
    // True from a change of the ticket until the gate's verdict on it is shown.
    bool previewPending() const { return m_previewPending; }
    // The contracts the sizing gives now, as the instrument prints them ("0.020"); empty when unknown.
    QString sizedQuantity() const;

    QComboBox *symbolBox() const { return m_symbol; }
    QComboBox *sideBox() const { return m_sideBox; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *timeInForceBox() const { return m_tif; }
    QComboBox *sizingBox() const { return m_sizing; }
    QDoubleSpinBox *quantityBox() const { return m_quantity; }
    QDoubleSpinBox *amountBox() const { return m_amount; }
    QDoubleSpinBox *priceBox() const { return m_price; }
    QDoubleSpinBox *takeProfitBox() const { return m_takeProfit; }
    QDoubleSpinBox *stopLossBox() const { return m_stopLoss; }
    QComboBox *triggerBox() const { return m_trigger; }
    QCheckBox *reduceOnlyBox() const { return m_reduceOnly; }
    QPushButton *buyButton() const { return m_buy; }
    QPushButton *sellButton() const { return m_sell; }

signals:
    void symbolChanged(const QString &symbol);
    void sendRequested(const virtuoso::trading::OrderTicket &ticket);
    // The ticket changed and can be read: the desk asks the gate and calls showPreview.
    void previewRequested(const virtuoso::trading::OrderTicket &ticket);

private:
    void applyGrids();
    void updateForm();
    void recomputeSize();
    void requestPreview();
    // The ticket as the boxes stand. With `snapBoxes`, values between two steps are put on the grid
    // and refused with a message (send); without, they are read at the nearest step (preview).
    std::optional<trading::OrderTicket> compose(trading::Side side, QString *message, bool snapBoxes,
                                                std::optional<qint64> atPriceTicks = std::nullopt);
    // The box's value on its grid: snaps the box when it is between two steps. Returns the steps.
    qint64 snap(QDoubleSpinBox *box, const exchange::DecimalGrid &grid, bool *snapped);
    static qint64 nearest(const QDoubleSpinBox *box, const exchange::DecimalGrid &grid);
    // The entry the sizing uses: the limit price, or the mark for a market order (0: unknown).
    qint64 entryTicks() const;
    // Lots the notional or risk sizing gives (0 when it cannot be computed; `why` says why).
    qint64 sizedLots(QString *why) const;

    QFormLayout *m_form = nullptr;
    QComboBox *m_symbol;
    QComboBox *m_sideBox;
    QComboBox *m_type;
    QComboBox *m_tif;
    QComboBox *m_sizing;
    QDoubleSpinBox *m_quantity;
    QDoubleSpinBox *m_amount;
    QDoubleSpinBox *m_price;
    QDoubleSpinBox *m_takeProfit;
    QDoubleSpinBox *m_stopLoss;
    QComboBox *m_trigger;
    QCheckBox *m_reduceOnly;
    QLabel *m_amountLabel;
    QLabel *m_sizeInfo;
    QLabel *m_grids;
    QLabel *m_markLabel;
    QLabel *m_summary;
    QLabel *m_preview;
    QLabel *m_verdict;
    QPushButton *m_buy;
    QPushButton *m_sell;
    QTimer *m_previewTimer;
    std::optional<exchange::InstrumentSpec> m_spec;
    QHash<QString, double> m_marks;
    double m_equity = 0;
    bool m_available = true;
    bool m_verdictOk = false;
    bool m_previewPending = false;
    bool m_formInitialised = false;
};

} // namespace virtuoso::ui
