#pragma once

#include "model/market/InstrumentSpec.h"
#include "trading/TradingService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace virtuoso::ui {

// The order ticket of the trading desk: symbol, side, type, quantity in the base coin, limit
// price, time in force and reduce-only. Quantities and prices sit on the instrument's lot and
// tick: the boxes step by them, and a value typed between two steps is snapped to the nearest one
// and shown to the operator before anything can be sent. Nothing is sent but by the Buy or Sell
// button or Enter (which sends the side chosen); Esc clears the ticket. The panel only asks
// (sendRequested); the desk sends and hands back the verdict.
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
    void setSide(trading::Side side);
    trading::Side side() const;
    // Disabled with the reason shown, e.g. while trading is not running.
    void setTradingAvailable(bool available, const QString &reason = {});

    // The ticket for `side` as it will be sent, or nothing with a message for the operator (a
    // field missing, a value below the minimum, or a value that was just snapped to the grid).
    std::optional<trading::OrderTicket> buildTicket(trading::Side side, QString *message);
    // Asks for `side` (the Buy and Sell buttons, Enter): the verdict line says what happened.
    void send(trading::Side side);
    void clear();
    // Puts the quantity and the price on the instrument's grids (nearest step), without a word.
    void snapToGrids();

    // The line next to the ticket: the risk gate's verdict in red, "sent: …" in green.
    void showVerdict(const QString &text, bool ok);
    void showPending(const QString &text);
    QString verdictText() const;
    bool verdictOk() const { return m_verdictOk; }

    QComboBox *symbolBox() const { return m_symbol; }
    QComboBox *sideBox() const { return m_sideBox; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *timeInForceBox() const { return m_tif; }
    QDoubleSpinBox *quantityBox() const { return m_quantity; }
    QDoubleSpinBox *priceBox() const { return m_price; }
    QCheckBox *reduceOnlyBox() const { return m_reduceOnly; }
    QPushButton *buyButton() const { return m_buy; }
    QPushButton *sellButton() const { return m_sell; }

signals:
    void symbolChanged(const QString &symbol);
    void sendRequested(const virtuoso::trading::OrderTicket &ticket);

private:
    void applyGrids();
    void updateForm();
    // The box's value on its grid: snaps the box when it is between two steps. Returns the steps.
    qint64 snap(QDoubleSpinBox *box, const exchange::DecimalGrid &grid, bool *snapped);

    QComboBox *m_symbol;
    QComboBox *m_sideBox;
    QComboBox *m_type;
    QComboBox *m_tif;
    QDoubleSpinBox *m_quantity;
    QDoubleSpinBox *m_price;
    QCheckBox *m_reduceOnly;
    QLabel *m_grids;
    QLabel *m_markLabel;
    QLabel *m_summary;
    QLabel *m_verdict;
    QPushButton *m_buy;
    QPushButton *m_sell;
    std::optional<exchange::InstrumentSpec> m_spec;
    QHash<QString, double> m_marks;
    bool m_available = true;
    bool m_verdictOk = false;
};

} // namespace virtuoso::ui
