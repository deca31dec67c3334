#pragma once

#include <QWidget>

class QLabel;

namespace virtuoso {
struct CoreSnapshot;
}

namespace virtuoso::ui {

// Confluence scores per symbol. Until the snapshot carries the confluence engine's output this
// view says so plainly instead of drawing anything that could be mistaken for a signal.
class SignalsView : public QWidget
{
    Q_OBJECT
public:
    explicit SignalsView(QWidget *parent = nullptr);

    void applySnapshot(const CoreSnapshot &snapshot);
    bool engineRunning() const { return m_engineRunning; }
    QString stateText() const;

private:
    QLabel *m_state;
    bool m_engineRunning = false;
};

} // namespace virtuoso::ui
