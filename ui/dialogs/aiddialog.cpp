#include "ui/dialogs/aiddialog.h"

#include "app/commands/editor.h"
#include "ui_aiddialog.h"

#include <cmath>

namespace tt::ui {

AidDialog::AidDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AidDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("AidDialog"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const char *c : {"EUR", "UAH", "USD", "PLN", "GBP", "CHF", "CZK", "SEK", "HUF", "RON"})
        m_ui->currency->addItem(QLatin1String(c));
    if (recordId > 0) {
        if (auto row = AidRepository(editor.database()).get(recordId))
            m_record = m_loaded = *row;
    } else {
        m_record.partnershipId = partnershipId;
        m_record.receivedOn = QDate::currentDate();
    }
    setWindowTitle(recordId > 0 ? tr("Edit aid") : tr("New aid received"));
    m_ui->description->setText(m_record.description);
    m_ui->value->setValue(m_record.valueMinor ? double(*m_record.valueMinor) / 100.0 : 0.0);
    if (!m_record.currency.isEmpty())
        m_ui->currency->setCurrentText(m_record.currency);
    m_ui->receivedOn->setDate(m_record.receivedOn);
    m_ui->acceptanceDocument->setText(m_record.acceptanceDocument);
    m_ui->notes->setPlainText(m_record.notes);
}

AidDialog::~AidDialog() = default;

void AidDialog::accept()
{
    m_record.description = m_ui->description->text().trimmed();
    const double value = m_ui->value->value();
    m_record.valueMinor =
        value > 0 ? std::optional<qint64>(std::llround(value * 100.0)) : std::nullopt;
    m_record.currency = m_ui->currency->currentText().trimmed();
    m_record.receivedOn = m_ui->receivedOn->date();
    m_record.acceptanceDocument = m_ui->acceptanceDocument->text().trimmed();
    m_record.notes = m_ui->notes->toPlainText().trimmed();
    if (m_record.id > 0) {
        if (auto s = m_editor.update(m_record, tr("Edit aid “%1”").arg(m_record.description),
                                     std::optional(m_loaded));
            !s) {
            m_ui->error->setText(s.error().message);
            return;
        }
    } else {
        auto id = m_editor.insert(m_record, tr("Add aid “%1”").arg(m_record.description));
        if (!id) {
            m_ui->error->setText(id.error().message);
            return;
        }
        m_record.id = *id;
    }
    QDialog::accept();
}

} // namespace tt::ui
