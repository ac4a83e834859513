#include "ui/dialogs/projectdialog.h"

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "ui/dialogs/recordform.h"
#include "ui_projectdialog.h"

#include <QPushButton>

#include <cmath>

namespace tt::ui {

ProjectDialog::ProjectDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ProjectDialog"));
    form::connectButtons(this, m_ui.get());
    form::fillEnum<ProjectStatus>(m_ui->status);
    form::fillAreas(editor, m_ui->area, true);
    for (const char *c :
         {"EUR", "UAH", "USD", "PLN", "GBP", "CHF", "CZK", "SEK", "NOK", "DKK", "HUF", "RON"})
        m_ui->currency->addItem(QLatin1String(c));
    m_record = form::loadRecord<Project>(editor, partnershipId, recordId);
    m_loaded = m_record;
    setWindowTitle(recordId > 0 ? tr("Edit project") : tr("New joint project"));
    m_ui->title->setText(m_record.title);
    if (m_record.areaId)
        form::select(m_ui->area, *m_record.areaId);
    m_ui->budget->setValue(m_record.budgetMinor ? double(*m_record.budgetMinor) / 100.0 : 0.0);
    if (!m_record.currency.isEmpty())
        m_ui->currency->setCurrentText(m_record.currency);
    m_ui->funder->setText(m_record.funder);
    form::select(m_ui->status, toCode(m_record.status));
    m_ui->start->setDate(m_record.startOn);
    m_ui->end->setDate(m_record.endOn);
    m_ui->notes->setPlainText(m_record.notes);
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::accept()
{
    m_record.title = m_ui->title->text().trimmed();
    m_record.areaId = form::areaOf(m_ui->area);
    const double budget = m_ui->budget->value();
    m_record.budgetMinor =
        budget > 0 ? std::optional<qint64>(std::llround(budget * 100.0)) : std::nullopt;
    m_record.currency = m_ui->currency->currentText().trimmed();
    m_record.funder = m_ui->funder->text().trimmed();
    m_record.status = form::enumOf(m_ui->status, ProjectStatus::Proposed);
    m_record.startOn = m_ui->start->date();
    m_record.endOn = m_ui->end->date();
    m_record.notes = m_ui->notes->toPlainText().trimmed();
    if (form::save(m_editor, m_record, m_loaded, tr("Add project “%1”").arg(m_record.title),
                   tr("Edit project “%1”").arg(m_record.title), m_ui->error))
        QDialog::accept();
}

} // namespace tt::ui
