#include "ui/dialogs/contactdialog.h"

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "ui/dialogs/recordform.h"
#include "ui_contactdialog.h"

#include <QPushButton>

#include <cmath>

namespace tt::ui {

ContactDialog::ContactDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ContactDialog"));
    form::connectButtons(this, m_ui.get());
    form::fillEnum<ContactSide>(m_ui->side);
    m_record = form::loadRecord<Contact>(editor, partnershipId, recordId);
    m_loaded = m_record;
    setWindowTitle(recordId > 0 ? tr("Edit contact") : tr("New contact"));
    m_ui->name->setText(m_record.name);
    m_ui->role->setText(m_record.role);
    m_ui->organisation->setText(m_record.organisation);
    form::select(m_ui->side, toCode(m_record.side));
    m_ui->email->setText(m_record.email);
    m_ui->phone->setText(m_record.phone);
    m_ui->languages->setText(m_record.languages);
    m_ui->notes->setPlainText(m_record.notes);
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::accept()
{
    m_record.name = m_ui->name->text().trimmed();
    m_record.role = m_ui->role->text().trimmed();
    m_record.organisation = m_ui->organisation->text().trimmed();
    m_record.side = form::enumOf(m_ui->side, ContactSide::Ukrainian);
    m_record.email = m_ui->email->text().trimmed();
    m_record.phone = m_ui->phone->text().trimmed();
    m_record.languages = m_ui->languages->text().trimmed();
    m_record.notes = m_ui->notes->toPlainText().trimmed();
    if (form::save(m_editor, m_record, m_loaded, tr("Add contact %1").arg(m_record.name),
                   tr("Edit contact %1").arg(m_record.name), m_ui->error))
        QDialog::accept();
}

} // namespace tt::ui
