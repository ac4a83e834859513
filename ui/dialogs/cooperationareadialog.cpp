#include "ui/dialogs/cooperationareadialog.h"

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "ui/dialogs/recordform.h"
#include "ui_cooperationareadialog.h"

#include <QPushButton>

#include <cmath>

namespace tt::ui {

CooperationAreaDialog::CooperationAreaDialog(Editor &editor, qint64 partnershipId, qint64 recordId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CooperationAreaDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("CooperationAreaDialog"));
    form::connectButtons(this, m_ui.get());
    form::fillAreas(editor, m_ui->area, false);
    form::fillEnum<PartnershipAreaStatus>(m_ui->status);
    m_record = form::loadRecord<PartnershipArea>(editor, partnershipId, recordId);
    m_loaded = m_record;
    setWindowTitle(recordId > 0 ? tr("Edit cooperation area") : tr("Add cooperation area"));
    if (recordId > 0) {
        form::select(m_ui->area, m_record.areaId);
        m_ui->area->setEnabled(false);
    } else {
        form::select(m_ui->status, toCode(PartnershipAreaStatus::Active));
    }
    form::select(m_ui->status,
                 toCode(recordId > 0 ? m_record.status : PartnershipAreaStatus::Active));
    m_ui->notes->setText(m_record.notes);
}

CooperationAreaDialog::~CooperationAreaDialog() = default;

void CooperationAreaDialog::accept()
{
    m_record.areaId = m_ui->area->currentData().toLongLong();
    m_record.status = form::enumOf(m_ui->status, PartnershipAreaStatus::Active);
    m_record.notes = m_ui->notes->text().trimmed();
    const QString area = m_ui->area->currentText();
    if (form::save(m_editor, m_record, m_loaded, tr("Add area %1").arg(area),
                   tr("Edit area %1").arg(area), m_ui->error))
        QDialog::accept();
}

} // namespace tt::ui
