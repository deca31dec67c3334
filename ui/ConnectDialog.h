#pragma once

#include "RemoteHost.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace virtuoso::ui {

// Asks for a daemon to watch: its address, the file holding its API token and, for https with a
// certificate of its own, the certificate to trust. Checks them before it closes.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    RemoteHost::Target target() const;
    void setTarget(const RemoteHost::Target &target);

    void accept() override;

private:
    QLineEdit *m_url;
    QLineEdit *m_tokenFile;
    QLineEdit *m_caFile;
    QLineEdit *m_tradingTokenFile;
    QLabel *m_error;
};

} // namespace virtuoso::ui
