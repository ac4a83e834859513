#include "ui/dialogs/agreementdialog.h"

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "ui_agreementdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>

#include <cmath>

namespace tt::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

void addCheckable(QListWidget *list, const QString &text, qint64 id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(idRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<qint64> checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(idRole).toLongLong();
    }
    return ids;
}

} // namespace

AgreementDialog::AgreementDialog(Editor &editor, qint64 partnershipId, qint64 agreementId,
                                 const QList<Candidate> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AgreementDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("AgreementDialog"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (AgreementKind k : EnumTraits<AgreementKind>::values())
        m_ui->kind->addItem(toLabel(k), toCode(k));

    if (agreementId > 0) {
        if (auto r = AgreementRepository(editor.database()).record(agreementId))
            m_record = m_loaded = *r;
    } else {
        m_record.partnershipIds = {partnershipId};
    }
    setWindowTitle(agreementId > 0 ? tr("Edit agreement") : tr("New agreement"));

    m_ui->kind->setCurrentIndex(m_ui->kind->findData(toCode(m_record.agreement.kind)));
    m_ui->number->setText(m_record.agreement.number);
    m_ui->title->setText(m_record.agreement.title);
    m_ui->signedOn->setDate(m_record.agreement.signedOn);
    m_ui->term->setValue(m_record.agreement.termYears ? int(*m_record.agreement.termYears) : 0);
    m_ui->expiresOn->setDate(m_record.agreement.expiresOn);
    m_ui->notes->setPlainText(m_record.agreement.notes);

    QList<qint64> listed;
    PartnershipRepository pairs(editor.database());
    for (const Candidate &c : candidates) {
        addCheckable(m_ui->parties, c.label, c.partnershipId,
                     m_record.partnershipIds.contains(c.partnershipId));
        listed << c.partnershipId;
    }
    for (qint64 id : std::as_const(m_record.partnershipIds)) {
        if (listed.contains(id))
            continue;
        QString label = QString::number(id);
        if (auto p = pairs.get(id))
            label = pairs.pairLabel(p->communityId, p->municipalityId);
        addCheckable(m_ui->parties, label, id, true);
    }
    if (auto areas = CooperationAreaRepository(editor.database()).all()) {
        for (const CooperationArea &a : *areas) {
            if (!a.archived || m_record.areaIds.contains(a.id))
                addCheckable(m_ui->areas, names::area(a), a.id, m_record.areaIds.contains(a.id));
        }
    }

    m_ui->signatories->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->signatories->verticalHeader()->hide();
    for (const Signatory &s : std::as_const(m_record.signatories))
        addSignatoryRow(s);
    connect(m_ui->addSignatory, &QPushButton::clicked, this, [this] {
        addSignatoryRow({});
        m_ui->signatories->setCurrentCell(m_ui->signatories->rowCount() - 1, 0);
        m_ui->signatories->editItem(m_ui->signatories->item(m_ui->signatories->rowCount() - 1, 0));
    });
    connect(m_ui->removeSignatory, &QPushButton::clicked, this, [this] {
        if (m_ui->signatories->currentRow() >= 0)
            m_ui->signatories->removeRow(m_ui->signatories->currentRow());
    });
    // The term gives the expiry; an expiry typed in by hand stays.
    connect(m_ui->term, &QSpinBox::valueChanged, this, [this](int years) {
        const QDate signedOn = m_ui->signedOn->date();
        if (years > 0 && signedOn.isValid())
            m_ui->expiresOn->setDate(signedOn.addYears(years).addDays(-1));
    });
}

AgreementDialog::~AgreementDialog() = default;

void AgreementDialog::addSignatoryRow(const Signatory &signatory)
{
    const int row = m_ui->signatories->rowCount();
    m_ui->signatories->insertRow(row);
    m_ui->signatories->setItem(row, 0, new QTableWidgetItem(signatory.name));
    auto *office = new QComboBox(m_ui->signatories);
    for (SignatoryOffice o : EnumTraits<SignatoryOffice>::values())
        office->addItem(toLabel(o), toCode(o));
    office->setCurrentIndex(office->findData(toCode(signatory.office)));
    m_ui->signatories->setCellWidget(row, 1, office);
    m_ui->signatories->setItem(row, 2, new QTableWidgetItem(signatory.represents));
}

void AgreementDialog::accept()
{
    Agreement &a = m_record.agreement;
    a.kind = fromCode<AgreementKind>(m_ui->kind->currentData().toString())
                 .value_or(AgreementKind::Cooperation);
    a.number = m_ui->number->text().trimmed();
    a.title = m_ui->title->text().trimmed();
    a.signedOn = m_ui->signedOn->date();
    a.termYears =
        m_ui->term->value() > 0 ? std::optional<qint64>(m_ui->term->value()) : std::nullopt;
    a.expiresOn = m_ui->expiresOn->date();
    a.notes = m_ui->notes->toPlainText().trimmed();
    m_record.partnershipIds = checkedIds(m_ui->parties);
    m_record.areaIds = checkedIds(m_ui->areas);
    m_record.signatories.clear();
    for (int row = 0; row < m_ui->signatories->rowCount(); ++row) {
        Signatory s;
        s.name =
            m_ui->signatories->item(row, 0) ? m_ui->signatories->item(row, 0)->text() : QString();
        if (auto *office = qobject_cast<QComboBox *>(m_ui->signatories->cellWidget(row, 1)))
            s.office = fromCode<SignatoryOffice>(office->currentData().toString())
                           .value_or(SignatoryOffice::Other);
        s.represents =
            m_ui->signatories->item(row, 2) ? m_ui->signatories->item(row, 2)->text() : QString();
        if (s.name.trimmed().isEmpty() && s.represents.trimmed().isEmpty())
            continue; // an empty row added and left
        m_record.signatories << s;
    }
    auto id = m_editor.saveAgreement(m_record, m_loaded.agreement.id > 0 ? std::optional(m_loaded)
                                                                         : std::nullopt);
    if (!id) {
        m_ui->error->setText(id.error().message);
        return;
    }
    m_record.agreement.id = *id;
    QDialog::accept();
}

} // namespace tt::ui
