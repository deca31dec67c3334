#pragma once

#include "model/alerts/AlertTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace virtuoso::ui {

// The one place where what the core says in its stable English (connection reasons, feed state,
// journal details, data source, confluence component and sub-indicator names, why a reading is
// unavailable, alert titles and fields, the messages of warnings) becomes the operator's language.
// The core keeps its codes and English for logs, the API and the alert channels; every view shows
// them through here. A text no pattern knows is shown as the core said it.
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
    // The name of an alert's field ("Down for" → "Ausfalldauer"); an unknown name as it is.
    static QString fieldName(const QString &name);
    // An alert's fields as the views list them, "Name: value" a line, names and values translated.
    static QStringList fieldLines(const std::vector<alerts::AlertField> &fields);
    // Every English source text the tables above translate (context "CoreTexts"), so that a check
    // can ask each translation for it.
    static QStringList sources();
};

} // namespace virtuoso::ui
