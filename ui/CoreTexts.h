#pragma once

#include <QCoreApplication>
#include <QString>

namespace virtuoso::ui {

// The one place where what the core says in its stable English (connection reasons, feed state,
// journal details, data source, confluence component and sub-indicator names, why a reading is
// unavailable) becomes the operator's language. The core keeps its codes and English for logs and
// the API; every view shows them through here. A text no pattern knows is shown as the core said it.
class CoreTexts
{
    Q_DECLARE_TR_FUNCTIONS(CoreTexts)
public:
    // A free text of the core: "retry 4 after 3203 ms" → "Versuch 4 nach 3203 ms". Reasons that
    // carry another reason ("connection lost: …") are translated through; "a; b" part by part.
    static QString text(const QString &english);
    // A confluence component ("orderflow" → "Order flow") or sub-indicator ("fair_value_gaps" →
    // "Fair value gaps"); an unknown code is shown as it is.
    static QString componentName(const QString &code);
    static QString subIndicatorName(const QString &code);
    // A topic's state in the connections table ("pending", "live", "stale", "rejected").
    static QString topicState(const QString &code);
    // An input behind a sub-indicator's score ("prior_high" → "prior high"); abbreviations such as
    // "rsi14" are shown as they are.
    static QString inputName(const QString &code);
};

} // namespace virtuoso::ui
