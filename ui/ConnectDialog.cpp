#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtuoso::ui {

namespace {

QWidget *withBrowse(QLineEdit *edit, const QString &title, const QString &filter, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(ConnectDialog::tr("Browse…"), row);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, title, filter, parent] {
        const QString path = QFileDialog::getOpenFileName(parent, title, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    layout->addWidget(browse);
    return row;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_tokenFile(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_tradingTokenFile(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ConnectDialog"));
    setWindowTitle(tr("Connect to Daemon"));
    m_url->setObjectName(QStringLiteral("UrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8787"));
    m_tokenFile->setObjectName(QStringLiteral("TokenFileEdit"));
    m_tokenFile->setPlaceholderText(tr("none (daemon without a token)"));
    m_caFile->setObjectName(QStringLiteral("CaFileEdit"));
    m_caFile->setPlaceholderText(tr("none (system certificates)"));
    m_tradingTokenFile->setObjectName(QStringLiteral("TradingTokenFileEdit"));
    m_tradingTokenFile->setPlaceholderText(tr("none (the kill switch stays off for this host)"));
    m_error->setObjectName(QStringLiteral("ConnectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d23c3c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Token file:"), withBrowse(m_tokenFile, tr("Token File"), tr("All files (*)"), this));
    form->addRow(tr("&CA certificate:"),
                 withBrowse(m_caFile, tr("CA Certificate"), tr("PEM certificates (*.pem *.crt);;All files (*)"), this));
    form->addRow(tr("T&rading token file:"),
                 withBrowse(m_tradingTokenFile, tr("Trading Token File"), tr("All files (*)"), this));
    auto *hint = new QLabel(tr("The token files must be readable by you only (chmod 600). "
                               "The certificate is needed only for https with a certificate of the daemon's own. "
                               "The trading token (the daemon's trading.token_file) lets this workstation engage "
                               "the daemon's kill switch; the desk is read-only otherwise."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

RemoteHost::Target ConnectDialog::target() const
{
    return {m_url->text().trimmed(), m_tokenFile->text().trimmed(), m_caFile->text().trimmed(),
            m_tradingTokenFile->text().trimmed()};
}

void ConnectDialog::setTarget(const RemoteHost::Target &target)
{
    m_url->setText(target.url);
    m_tokenFile->setText(target.tokenFile);
    m_caFile->setText(target.caFile);
    m_tradingTokenFile->setText(target.tradingTokenFile);
}

void ConnectDialog::accept()
{
    QString error;
    if (!RemoteHost::clientOptions(target(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace virtuoso::ui
