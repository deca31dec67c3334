#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace virtuoso::ui {

struct ShortcutEntry
{
    QKeySequence keys;
    QString action;
};

// Help → Keyboard Shortcuts: every shortcut of the workstation in one table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent = nullptr);
    // Keys that act only where the focus is (the order ticket), listed with the others.
    static QList<ShortcutEntry> contextShortcuts();
};

} // namespace virtuoso::ui
