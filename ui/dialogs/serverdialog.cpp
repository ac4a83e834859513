#include "ui/dialogs/serverdialog.h"

#include "ui_serverdialog.h"

#include <QApplication>
#include <QPushButton>

namespace tt::ui {

ServerDialog::ServerDialog(Opener opener, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerDialog>())
    , m_opener(std::move(opener))
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->error->setVisible(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::setAddress(const ServerAddress &address)
{
    m_ui->host->setText(address.host);
    m_ui->port->setValue(address.port);
    m_ui->database->setText(address.database);
    m_ui->user->setText(address.user);
    // With the rest known, only the password is left to type.
    if (!address.host.isEmpty() && !address.database.isEmpty())
        m_ui->password->setFocus();
}

ServerAddress ServerDialog::address() const
{
    ServerAddress a;
    a.host = m_ui->host->text().trimmed();
    a.port = m_ui->port->value();
    a.database = m_ui->database->text().trimmed();
    a.user = m_ui->user->text().trimmed();
    return a;
}

QString ServerDialog::errorText() const
{
    return m_ui->error->isVisible() ? m_ui->error->text() : QString();
}

void ServerDialog::showError(const QString &message)
{
    m_ui->error->setText(message);
    m_ui->error->setVisible(!message.isEmpty());
}

void ServerDialog::accept()
{
    const ServerAddress a = address();
    if (a.host.isEmpty()) {
        showError(tr("Enter the name or address of the server."));
        m_ui->host->setFocus();
        return;
    }
    if (a.database.isEmpty()) {
        showError(tr("Enter the name of the database on the server."));
        m_ui->database->setFocus();
        return;
    }
    showError(tr("Connecting to %1…").arg(a.host));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = m_opener ? m_opener(a, m_ui->password->text())
                                   : Status(Error::make(Error::Code::Io, QString()));
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(opened.error().fullText());
        m_ui->password->selectAll();
        m_ui->password->setFocus();
        return;
    }
    // The password lives no longer than it is needed.
    m_ui->password->clear();
    showError(QString());
    QDialog::accept();
}

} // namespace tt::ui
