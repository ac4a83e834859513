#include "recorddialogs.h"

#include "commands/editor.h"
#include "core/names.h"
#include "ui_areadialog.h"
#include "ui_contactdialog.h"
#include "ui_milestonedialog.h"
#include "ui_projectdialog.h"

#include <QPushButton>

#include <cmath>

namespace tt::ui {

namespace {

template<class E>
void fillEnum(QComboBox *combo)
{
    for (E value : EnumTraits<E>::values())
        combo->addItem(toLabel(value), toCode(value));
}

template<class E>
E enumOf(const QComboBox *combo, E fallback)
{
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

void select(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

void fillAreas(Editor &editor, QComboBox *combo, bool allowNone)
{
    if (allowNone)
        combo->addItem(QCoreApplication::translate("RecordDialog", "(none)"));
    if (auto areas = AreaRepository(editor.database()).all()) {
        for (const CooperationArea &a : *areas) {
            if (!a.archived)
                combo->addItem(names::area(a), a.id);
        }
    }
}

std::optional<qint64> areaOf(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

// Loads the record when editing; a new one belongs to the pair.
template<class T>
T loadRecord(Editor &editor, qint64 partnershipId, qint64 recordId)
{
    if (recordId > 0) {
        if (auto row = typename RepositoryFor<T>::type(editor.database()).get(recordId))
            return *row;
    }
    T row;
    row.partnershipId = partnershipId;
    return row;
}

// Saves through the editor; shows why not in `error`. True when saved.
template<class T>
bool save(Editor &editor, T &row, const T &loaded, const QString &addText, const QString &editText,
          QLabel *error)
{
    if (row.id > 0) {
        if (auto s = editor.update(row, editText, std::optional<T>(loaded)); !s) {
            error->setText(s.error().message);
            return false;
        }
        return true;
    }
    auto id = editor.insert(row, addText);
    if (!id) {
        error->setText(id.error().message);
        return false;
    }
    row.id = *id;
    return true;
}

template<class Form>
void connectButtons(QDialog *dialog, Form *ui)
{
    QObject::connect(ui->buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(ui->buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace

// --- milestone ------------------------------------------------------------------

MilestoneDialog::MilestoneDialog(Editor &editor, qint64 partnershipId, qint64 recordId,
                                 QWidget *parent, std::optional<MilestoneKind> kind)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MilestoneDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("MilestoneDialog"));
    connectButtons(this, m_ui.get());
    fillEnum<MilestoneKind>(m_ui->kind);
    fillEnum<MilestoneStatus>(m_ui->status);
    fillAreas(editor, m_ui->area, true);
    m_record = loadRecord<Milestone>(editor, partnershipId, recordId);
    m_loaded = m_record;
    if (recordId <= 0 && kind) {
        m_record.kind = *kind;
        m_record.title = toLabel(*kind);
    }
    setWindowTitle(recordId > 0 ? tr("Edit milestone") : tr("New milestone"));
    m_ui->title->setText(m_record.title);
    select(m_ui->kind, toCode(m_record.kind));
    select(m_ui->status, toCode(m_record.status));
    if (m_record.areaId)
        select(m_ui->area, *m_record.areaId);
    m_ui->planned->setDate(recordId > 0 ? m_record.plannedOn : QDate::currentDate().addDays(14));
    m_ui->done->setDate(m_record.doneOn);
    m_ui->responsible->setText(m_record.responsible);
    m_ui->location->setText(m_record.location);
    m_ui->notes->setPlainText(m_record.notes);
    m_ui->documentNumber->setText(m_record.documentNumber);
    // Done means a date it was done on; the two move together.
    connect(m_ui->status, &QComboBox::currentIndexChanged, this, [this] {
        const bool done = enumOf(m_ui->status, MilestoneStatus::Planned) == MilestoneStatus::Done;
        if (done && !m_ui->done->date().isValid())
            m_ui->done->setDate(QDate::currentDate());
        if (!done)
            m_ui->done->setDate(QDate());
    });
    connect(m_ui->done, &OptionalDateEdit::dateChanged, this, [this](const QDate &d) {
        if (d.isValid())
            select(m_ui->status, toCode(MilestoneStatus::Done));
    });
}

MilestoneDialog::~MilestoneDialog() = default;

void MilestoneDialog::accept()
{
    m_record.title = m_ui->title->text().trimmed();
    m_record.kind = enumOf(m_ui->kind, MilestoneKind::Other);
    m_record.status = enumOf(m_ui->status, MilestoneStatus::Planned);
    m_record.areaId = areaOf(m_ui->area);
    m_record.plannedOn = m_ui->planned->date();
    m_record.doneOn = m_ui->done->date();
    m_record.responsible = m_ui->responsible->text().trimmed();
    m_record.location = m_ui->location->text().trimmed();
    m_record.notes = m_ui->notes->toPlainText().trimmed();
    m_record.documentNumber = m_ui->documentNumber->text().trimmed();
    if (save(m_editor, m_record, m_loaded, tr("Add milestone “%1”").arg(m_record.title),
             tr("Edit milestone “%1”").arg(m_record.title), m_ui->error))
        QDialog::accept();
}

// --- contact --------------------------------------------------------------------

ContactDialog::ContactDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ContactDialog"));
    connectButtons(this, m_ui.get());
    fillEnum<ContactSide>(m_ui->side);
    m_record = loadRecord<Contact>(editor, partnershipId, recordId);
    m_loaded = m_record;
    setWindowTitle(recordId > 0 ? tr("Edit contact") : tr("New contact"));
    m_ui->name->setText(m_record.name);
    m_ui->role->setText(m_record.role);
    m_ui->organisation->setText(m_record.organisation);
    select(m_ui->side, toCode(m_record.side));
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
    m_record.side = enumOf(m_ui->side, ContactSide::Ukrainian);
    m_record.email = m_ui->email->text().trimmed();
    m_record.phone = m_ui->phone->text().trimmed();
    m_record.languages = m_ui->languages->text().trimmed();
    m_record.notes = m_ui->notes->toPlainText().trimmed();
    if (save(m_editor, m_record, m_loaded, tr("Add contact %1").arg(m_record.name),
             tr("Edit contact %1").arg(m_record.name), m_ui->error))
        QDialog::accept();
}

// --- project --------------------------------------------------------------------

ProjectDialog::ProjectDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ProjectDialog"));
    connectButtons(this, m_ui.get());
    fillEnum<ProjectStatus>(m_ui->status);
    fillAreas(editor, m_ui->area, true);
    for (const char *c :
         {"EUR", "UAH", "USD", "PLN", "GBP", "CHF", "CZK", "SEK", "NOK", "DKK", "HUF", "RON"})
        m_ui->currency->addItem(QLatin1String(c));
    m_record = loadRecord<Project>(editor, partnershipId, recordId);
    m_loaded = m_record;
    setWindowTitle(recordId > 0 ? tr("Edit project") : tr("New joint project"));
    m_ui->title->setText(m_record.title);
    if (m_record.areaId)
        select(m_ui->area, *m_record.areaId);
    m_ui->budget->setValue(m_record.budgetMinor ? double(*m_record.budgetMinor) / 100.0 : 0.0);
    if (!m_record.currency.isEmpty())
        m_ui->currency->setCurrentText(m_record.currency);
    m_ui->funder->setText(m_record.funder);
    select(m_ui->status, toCode(m_record.status));
    m_ui->start->setDate(m_record.startOn);
    m_ui->end->setDate(m_record.endOn);
    m_ui->notes->setPlainText(m_record.notes);
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::accept()
{
    m_record.title = m_ui->title->text().trimmed();
    m_record.areaId = areaOf(m_ui->area);
    const double budget = m_ui->budget->value();
    m_record.budgetMinor =
        budget > 0 ? std::optional<qint64>(std::llround(budget * 100.0)) : std::nullopt;
    m_record.currency = m_ui->currency->currentText().trimmed();
    m_record.funder = m_ui->funder->text().trimmed();
    m_record.status = enumOf(m_ui->status, ProjectStatus::Proposed);
    m_record.startOn = m_ui->start->date();
    m_record.endOn = m_ui->end->date();
    m_record.notes = m_ui->notes->toPlainText().trimmed();
    if (save(m_editor, m_record, m_loaded, tr("Add project “%1”").arg(m_record.title),
             tr("Edit project “%1”").arg(m_record.title), m_ui->error))
        QDialog::accept();
}

// --- area -----------------------------------------------------------------------

AreaDialog::AreaDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AreaDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("AreaDialog"));
    connectButtons(this, m_ui.get());
    fillAreas(editor, m_ui->area, false);
    fillEnum<AreaStatus>(m_ui->status);
    m_record = loadRecord<PartnershipArea>(editor, partnershipId, recordId);
    m_loaded = m_record;
    setWindowTitle(recordId > 0 ? tr("Edit cooperation area") : tr("Add cooperation area"));
    if (recordId > 0) {
        select(m_ui->area, m_record.areaId);
        m_ui->area->setEnabled(false);
    } else {
        select(m_ui->status, toCode(AreaStatus::Active));
    }
    select(m_ui->status, toCode(recordId > 0 ? m_record.status : AreaStatus::Active));
    m_ui->notes->setText(m_record.notes);
}

AreaDialog::~AreaDialog() = default;

void AreaDialog::accept()
{
    m_record.areaId = m_ui->area->currentData().toLongLong();
    m_record.status = enumOf(m_ui->status, AreaStatus::Active);
    m_record.notes = m_ui->notes->text().trimmed();
    const QString area = m_ui->area->currentText();
    if (save(m_editor, m_record, m_loaded, tr("Add area %1").arg(area),
             tr("Edit area %1").arg(area), m_ui->error))
        QDialog::accept();
}

} // namespace tt::ui
