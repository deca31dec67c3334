#pragma once

#include "WorkstationSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace virtuoso::ui {

// Edits the workstation preferences; the caller saves and applies what `settings()` returns.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const WorkstationSettings &current, QWidget *parent = nullptr);

    WorkstationSettings settings() const;

private:
    QComboBox *m_theme;
    QSpinBox *m_refresh;
    QLineEdit *m_symbol;
};

} // namespace virtuoso::ui
