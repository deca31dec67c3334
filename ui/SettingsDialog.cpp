#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace virtuoso::ui {

SettingsDialog::SettingsDialog(const WorkstationSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_refresh(new QSpinBox(this))
    , m_symbol(new QLineEdit(this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    m_theme->setObjectName(QStringLiteral("ThemeChoice"));
    m_theme->addItem(tr("Follow the system"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeKey(current.theme))));
    m_refresh->setObjectName(QStringLiteral("RefreshRate"));
    m_refresh->setRange(WorkstationSettings::kMinRefreshHz, WorkstationSettings::kMaxRefreshHz);
    m_refresh->setSuffix(tr(" Hz"));
    m_refresh->setValue(current.refreshHz);
    m_refresh->setToolTip(tr("How often the views redraw; the core publishes snapshots at its own rate."));
    m_symbol->setObjectName(QStringLiteral("DefaultSymbol"));
    m_symbol->setText(current.defaultSymbol);
    m_symbol->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{2,30}")), m_symbol));

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Refresh rate:"), m_refresh);
    form->addRow(tr("Default &symbol:"), m_symbol);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

WorkstationSettings SettingsDialog::settings() const
{
    WorkstationSettings s;
    s.theme = themeFromKey(m_theme->currentData().toString());
    s.refreshHz = m_refresh->value();
    s.defaultSymbol = m_symbol->text().trimmed().toUpper();
    if (s.defaultSymbol.isEmpty())
        s.defaultSymbol = WorkstationSettings{}.defaultSymbol;
    return s;
}

} // namespace virtuoso::ui
