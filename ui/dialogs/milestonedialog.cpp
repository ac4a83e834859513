#include "ui/dialogs/milestonedialog.h"

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "ui/dialogs/recordform.h"
#include "ui_milestonedialog.h"

#include <QPushButton>

#include <cmath>

namespace tt::ui {

MilestoneDialog::MilestoneDialog(Editor &editor, qint64 partnershipId, qint64 recordId,
                                 QWidget *parent, std::optional<MilestoneKind> kind)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MilestoneDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("MilestoneDialog"));
    form::connectButtons(this, m_ui.get());
    form::fillEnum<MilestoneKind>(m_ui->kind);
    form::fillEnum<MilestoneStatus>(m_ui->status);
    form::fillAreas(editor, m_ui->area, true);
    m_record = form::loadRecord<Milestone>(editor, partnershipId, recordId);
    m_loaded = m_record;
    if (recordId <= 0 && kind) {
        m_record.kind = *kind;
        m_record.title = toLabel(*kind);
    }
    setWindowTitle(recordId > 0 ? tr("Edit milestone") : tr("New milestone"));
    m_ui->title->setText(m_record.title);
    form::select(m_ui->kind, toCode(m_record.kind));
    form::select(m_ui->status, toCode(m_record.status));
    if (m_record.areaId)
        form::select(m_ui->area, *m_record.areaId);
    m_ui->planned->setDate(recordId > 0 ? m_record.plannedOn : QDate::currentDate().addDays(14));
    m_ui->done->setDate(m_record.doneOn);
    m_ui->responsible->setText(m_record.responsible);
    m_ui->location->setText(m_record.location);
    m_ui->notes->setPlainText(m_record.notes);
    m_ui->documentNumber->setText(m_record.documentNumber);
    // Done means a date it was done on; the two move together.
    connect(m_ui->status, &QComboBox::currentIndexChanged, this, [this] {
        const bool done =
            form::enumOf(m_ui->status, MilestoneStatus::Planned) == MilestoneStatus::Done;
        if (done && !m_ui->done->date().isValid())
            m_ui->done->setDate(QDate::currentDate());
        if (!done)
            m_ui->done->setDate(QDate());
    });
    connect(m_ui->done, &OptionalDateEdit::dateChanged, this, [this](const QDate &d) {
        if (d.isValid())
            form::select(m_ui->status, toCode(MilestoneStatus::Done));
    });
}

MilestoneDialog::~MilestoneDialog() = default;

void MilestoneDialog::accept()
{
    m_record.title = m_ui->title->text().trimmed();
    m_record.kind = form::enumOf(m_ui->kind, MilestoneKind::Other);
    m_record.status = form::enumOf(m_ui->status, MilestoneStatus::Planned);
    m_record.areaId = form::areaOf(m_ui->area);
    m_record.plannedOn = m_ui->planned->date();
    m_record.doneOn = m_ui->done->date();
    m_record.responsible = m_ui->responsible->text().trimmed();
    m_record.location = m_ui->location->text().trimmed();
    m_record.notes = m_ui->notes->toPlainText().trimmed();
    m_record.documentNumber = m_ui->documentNumber->text().trimmed();
    if (form::save(m_editor, m_record, m_loaded, tr("Add milestone “%1”").arg(m_record.title),
                   tr("Edit milestone “%1”").arg(m_record.title), m_ui->error))
        QDialog::accept();
}

} // namespace tt::ui
