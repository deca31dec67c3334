#include "SignalsView.h"

#include "runtime/SnapshotPublisher.h"

#include <QLabel>
#include <QVBoxLayout>

namespace virtuoso::ui {

SignalsView::SignalsView(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("SignalsView"));
    m_state->setObjectName(QStringLiteral("SignalsState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_state->setText(tr("<h3>Confluence engine not running</h3>"
                        "<p>Scores, directions and their breakdown appear here once the confluence engine "
                        "publishes its results with the core's snapshots.</p>"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_state);
    layout->addStretch(2);
}

void SignalsView::applySnapshot(const CoreSnapshot &)
{
    // The snapshot has no confluence section yet; the state text above stays until it does.
    m_engineRunning = false;
}

QString SignalsView::stateText() const
{
    return m_state->text();
}

} // namespace virtuoso::ui
