#pragma once

// What the desk's source files share (TradingView.cpp, TradingViewLadder.cpp, TradingViewCommands.cpp).

#include "TradingView.h"
#include "base/QueuedCall.h"

#include <QCoreApplication>
#include <QPointer>

namespace virtuoso::ui {

// Asks before a command that takes risk off in bulk or ends the kill switch: true when accepted.
// The box is named `name` and its accepting button "ConfirmButton" (the tests answer it).
bool confirmTradingCommand(QWidget *parent, const QString &name, const QString &title, const QString &text,
                           const QString &acceptText);

template<typename Result>
void TradingView::ask(std::function<Result(trading::TradingService &)> work, std::function<void(Result)> done)
{
    if (!m_runtime)
        return;
    // The application object lives on the GUI thread for the whole run: the answer is posted to
    // it, and whether this view still exists is checked there.
    m_runtime->postTrading([self = QPointer<TradingView>(this), work = std::move(work),
                            done = std::move(done)](trading::TradingService &service) mutable {
        Result result = work(service);
        postQueued(QCoreApplication::instance(), [self, done = std::move(done), result = std::move(result)]() mutable {
            if (self)
                done(std::move(result));
        });
    });
}

} // namespace virtuoso::ui
