#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace virtuoso::ui {

QList<ShortcutEntry> ShortcutsDialog::contextShortcuts()
{
    return {
        {QKeySequence(Qt::Key_Return), tr("Order ticket: send the chosen side (or the focused Buy/Sell button)")},
        {QKeySequence(Qt::Key_Escape), tr("Order ticket: clear quantity, price and reduce-only")},
        {QKeySequence(Qt::Key_Up), tr("Order ticket: quantity or price one lot or tick up (Down: down)")},
    };
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(static_cast<int>(shortcuts.size()), 2, this);
    table->setObjectName(QStringLiteral("ShortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < shortcuts.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(shortcuts[i].keys.toString(QKeySequence::NativeText)));
        table->setItem(i, 1, new QTableWidgetItem(shortcuts[i].action));
    }
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace virtuoso::ui
