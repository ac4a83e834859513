#include "ui/views/partnershipdetail.h"

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "app/models/portfoliostore.h"
#include "app/present/palette.h"
#include "app/present/partnershipfacts.h"
#include "ui/dialogs/agreementdialog.h"
#include "ui/dialogs/aiddialog.h"
#include "ui/dialogs/contactdialog.h"
#include "ui/dialogs/cooperationareadialog.h"
#include "ui/dialogs/erasepersondialog.h"
#include "ui/dialogs/milestonedialog.h"
#include "ui/dialogs/partnershipdialog.h"
#include "ui/dialogs/projectdialog.h"
#include "ui/widgets/recordtab.h"
#include "ui/window/permissiongate.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace tt::ui {

namespace {

constexpr qint64 largestDocument = 64LL * 1024 * 1024;

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

PartnershipDetail::PartnershipDetail(PortfolioStore *store, Editor *editor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_editor(editor)
    , m_title(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("partnershipDetail"));
    Database &db = editor->database();
    m_areas = makeAreaListModel(db, this);
    m_milestones = makeMilestoneListModel(db, store->today(), this);
    m_contacts = makeContactListModel(db, this);
    m_projects = makeProjectListModel(db, this);
    m_documents = makeDocumentListModel(db, this);
    m_history = new HistoryModel(db, this);
    m_agreements = makeAgreementListModel(db, this);
    m_approval = makeApprovalTrackModel(db, store->today(), this);
    m_aid = makeAidListModel(db, this);

    constexpr int idRole = AreaListModel::RecordIdRole;
    m_areaTab = new RecordTab(m_areas, idRole, this);
    m_milestoneTab = new RecordTab(m_milestones, idRole, this);
    m_contactTab = new RecordTab(m_contacts, idRole, this);
    m_projectTab = new RecordTab(m_projects, idRole, this);
    m_documentTab = new RecordTab(m_documents, idRole, this);
    m_agreementTab = new RecordTab(m_agreements, AgreementListModel::RecordIdRole, this);
    m_approvalTab = new RecordTab(m_approval, ApprovalTrackModel::RecordIdRole, this);
    m_aidTab = new RecordTab(m_aid, AidListModel::RecordIdRole, this);
    m_historyView = new QTableView(this);
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->setWordWrap(true);

    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_areaTab, QString());
    m_tabs->addTab(m_milestoneTab, QString());
    m_tabs->addTab(m_agreementTab, QString());
    m_tabs->addTab(m_approvalTab, QString());
    m_tabs->addTab(m_aidTab, QString());
    m_tabs->addTab(m_contactTab, QString());
    m_tabs->addTab(m_projectTab, QString());
    m_tabs->addTab(m_documentTab, QString());
    m_tabs->addTab(m_historyView, QString());
    m_milestoneTab->setObjectName(QStringLiteral("milestonesTab"));
    m_areaTab->setObjectName(QStringLiteral("areasTab"));
    m_overview->setObjectName(QStringLiteral("overview"));
    m_historyView->setObjectName(QStringLiteral("history"));
    m_agreementTab->setObjectName(QStringLiteral("agreementsTab"));
    m_approvalTab->setObjectName(QStringLiteral("approvalTab"));
    m_aidTab->setObjectName(QStringLiteral("aidTab"));

    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pairTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title, 1);
    header->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, &PartnershipDetail::editPair);
    Editor &ed = *m_editor;
    auto openDialog = [this](QDialog *dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    connect(m_areaTab, &RecordTab::addRequested, this, [this, &ed, openDialog] {
        openDialog(new CooperationAreaDialog(ed, m_pairId, 0, this));
    });
    connect(m_areaTab, &RecordTab::editRequested, this, [this, &ed, openDialog](qint64 id) {
        openDialog(new CooperationAreaDialog(ed, m_pairId, id, this));
    });
    // Each deletion names the row version of the record as this view shows it:
    // a colleague's save since then is a conflict the person decides on.
    const auto seen = [](const auto *model, qint64 id) -> qint64 {
        const int row = model->rowOfId(id);
        return row >= 0 ? model->record(row).rowVersion : 0;
    };
    connect(m_areaTab, &RecordTab::removeRequested, this, [this, &ed, seen](qint64 id) {
        reportError(
            ed.remove<PartnershipArea>(id, tr("Remove cooperation area"), seen(m_areas, id)));
    });
    connect(m_milestoneTab, &RecordTab::addRequested, this,
            [this, &ed, openDialog] { openDialog(new MilestoneDialog(ed, m_pairId, 0, this)); });
    connect(m_milestoneTab, &RecordTab::editRequested, this, [this, &ed, openDialog](qint64 id) {
        openDialog(new MilestoneDialog(ed, m_pairId, id, this));
    });
    connect(m_milestoneTab, &RecordTab::removeRequested, this, [this, &ed](qint64 id) {
        const int row = m_milestones->rowOfId(id);
        if (row < 0)
            return;
        const Milestone seenAs = m_milestones->record(row);
        if (confirm(tr("Delete the milestone “%1”?").arg(seenAs.title)))
            reportError(ed.remove<Milestone>(id, tr("Delete milestone"), seenAs.rowVersion));
    });
    m_markDone = m_milestoneTab->addAction(QString(), [this, &ed](qint64 id) {
        const int row = m_milestones->rowOfId(id);
        if (row < 0)
            return;
        const bool done = m_milestones->record(row).status == MilestoneStatus::Done;
        reportError(ed.setMilestoneDone(id, !done, QDate::currentDate()));
        const int again = m_milestones->rowOfId(id);
        if (again >= 0)
            m_milestoneTab->table()->selectRow(again);
    });
    m_markDone->setObjectName(QStringLiteral("markDone"));
    m_markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_contactTab, &RecordTab::addRequested, this,
            [this, &ed, openDialog] { openDialog(new ContactDialog(ed, m_pairId, 0, this)); });
    connect(m_contactTab, &RecordTab::editRequested, this, [this, &ed, openDialog](qint64 id) {
        openDialog(new ContactDialog(ed, m_pairId, id, this));
    });
    connect(m_contactTab, &RecordTab::removeRequested, this, [this, &ed, seen](qint64 id) {
        const qint64 version = seen(m_contacts, id);
        if (confirm(tr("Delete this contact?")))
            reportError(ed.remove<Contact>(id, tr("Delete contact"), version));
    });
    m_erasePerson = m_contactTab->addGatedAction(
        QString(), [this](qint64 id) { erasePerson(id); },
        [this] { return m_editor->permissions().whyNotErasePerson(); });
    m_erasePerson->setObjectName(QStringLiteral("erasePerson"));
    connect(m_projectTab, &RecordTab::addRequested, this,
            [this, &ed, openDialog] { openDialog(new ProjectDialog(ed, m_pairId, 0, this)); });
    connect(m_projectTab, &RecordTab::editRequested, this, [this, &ed, openDialog](qint64 id) {
        openDialog(new ProjectDialog(ed, m_pairId, id, this));
    });
    connect(m_projectTab, &RecordTab::removeRequested, this, [this, &ed, seen](qint64 id) {
        const qint64 version = seen(m_projects, id);
        if (confirm(tr("Delete this project?")))
            reportError(ed.remove<Project>(id, tr("Delete project"), version));
    });
    connect(m_documentTab, &RecordTab::addRequested, this, &PartnershipDetail::attachDocument);
    connect(m_documentTab, &RecordTab::editRequested, this, &PartnershipDetail::openDocument);
    connect(m_documentTab, &RecordTab::removeRequested, this, [this, &ed, seen](qint64 id) {
        const qint64 version = seen(m_documents, id);
        if (confirm(tr("Delete this document from the database?")))
            reportError(ed.remove<Document>(id, tr("Delete document"), version));
    });
    connect(m_agreementTab, &RecordTab::addRequested, this, [this] { openAgreement(0); });
    connect(m_agreementTab, &RecordTab::editRequested, this, &PartnershipDetail::openAgreement);
    connect(m_agreementTab, &RecordTab::removeRequested, this, [this, &ed](qint64 id) {
        const int row = m_agreements->rowOfId(id);
        if (row < 0)
            return;
        const AgreementRow a = m_agreements->record(row);
        QString question = tr("Delete the agreement %1?").arg(toLabel(a.agreement.kind));
        if (a.partnershipIds.size() > 1)
            question += u'\n' + tr("It binds %n pair(s); it is deleted for all of them.", "",
                                   int(a.partnershipIds.size()));
        if (confirm(question))
            reportError(ed.removeAgreement(id, a.agreement.rowVersion));
    });
    connect(m_approvalTab, &RecordTab::addRequested, this, &PartnershipDetail::recordApprovalStep);
    connect(m_approvalTab, &RecordTab::editRequested, this, [this, &ed, openDialog](qint64 id) {
        openDialog(new MilestoneDialog(ed, m_pairId, id, this));
    });
    connect(m_approvalTab->table(), &QTableView::doubleClicked, this, [this] {
        if (m_approvalTab->currentId() == 0 && m_editor->permissions().mayEditPair(m_pairId))
            recordApprovalStep();
    });
    connect(m_approvalTab, &RecordTab::removeRequested, this, [this, &ed](qint64 id) {
        const int row = m_approval->rowOfId(id);
        const qint64 version = row >= 0 && m_approval->record(row).milestone
                                   ? m_approval->record(row).milestone->rowVersion
                                   : 0;
        if (confirm(tr("Delete this step of the approval track?")))
            reportError(ed.remove<Milestone>(id, tr("Delete approval step"), version));
    });
    connect(m_aidTab, &RecordTab::addRequested, this,
            [this, &ed, openDialog] { openDialog(new AidDialog(ed, m_pairId, 0, this)); });
    connect(m_aidTab, &RecordTab::editRequested, this, [this, &ed, openDialog](qint64 id) {
        openDialog(new AidDialog(ed, m_pairId, id, this));
    });
    connect(m_aidTab, &RecordTab::removeRequested, this, [this, &ed, seen](qint64 id) {
        const qint64 version = seen(m_aid, id);
        if (confirm(tr("Delete this record of aid?")))
            reportError(ed.remove<Aid>(id, tr("Delete aid"), version));
    });
    m_openDocument = m_documentTab->addAction(
        QString(), [this](qint64 id) { openDocument(id); }, false);
    m_saveDocument = m_documentTab->addAction(
        QString(), [this](qint64 id) { saveDocument(id); }, false);

    connect(store, &PortfolioStore::pairChanged, this, [this](qint64 id) {
        if (id == m_pairId)
            showOverview();
    });
    connect(store, &PortfolioStore::currentPairChanged, this, &PartnershipDetail::setPair);
    connect(store, &PortfolioStore::pairChanged, this, [this](qint64 id) {
        if (id == m_pairId)
            updatePermissions(); // the pair may have moved to another community
    });
    connect(&m_editor->permissions(), &Permissions::changed, this,
            &PartnershipDetail::updatePermissions);
    // The dormancy rule of the overview is the office's.
    connect(m_editor, &Editor::officeSettingsChanged, this, [this] { setPair(m_pairId); });
    retranslate();
    setPair(store->currentPair());
}

RecordTab *PartnershipDetail::tab(Tab which) const
{
    switch (which) {
    case AreasTab:
        return m_areaTab;
    case MilestonesTab:
        return m_milestoneTab;
    case ContactsTab:
        return m_contactTab;
    case ProjectsTab:
        return m_projectTab;
    case DocumentsTab:
        return m_documentTab;
    case AgreementsTab:
        return m_agreementTab;
    case ApprovalTab:
        return m_approvalTab;
    case AidTab:
        return m_aidTab;
    default:
        return nullptr;
    }
}

void PartnershipDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setPair(m_pairId); // the tabs' names of places and areas in the new language
    }
    QWidget::changeEvent(event);
}

void PartnershipDetail::retranslate()
{
    m_edit->setText(tr("&Edit partnership…"));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(AreasTab, tr("Areas"));
    m_tabs->setTabText(MilestonesTab, tr("Milestones"));
    m_tabs->setTabText(AgreementsTab, tr("Agreements"));
    m_tabs->setTabText(ApprovalTab, tr("Approval"));
    m_tabs->setTabText(AidTab, tr("Aid"));
    m_tabs->setTabText(ContactsTab, tr("Contacts"));
    m_tabs->setTabText(ProjectsTab, tr("Projects"));
    m_tabs->setTabText(DocumentsTab, tr("Documents"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_areaTab->setTexts(tr("Add area…"), tr("Edit…"), tr("Remove"));
    m_milestoneTab->setTexts(tr("Add milestone…"), tr("Edit…"), tr("Delete"));
    m_contactTab->setTexts(tr("Add contact…"), tr("Edit…"), tr("Delete"));
    m_projectTab->setTexts(tr("Add project…"), tr("Edit…"), tr("Delete"));
    m_documentTab->setTexts(tr("Attach file…"), tr("Open"), tr("Delete"));
    m_agreementTab->setTexts(tr("Add agreement…"), tr("Edit…"), tr("Delete"));
    m_approvalTab->setTexts(tr("Record step…"), tr("Edit…"), tr("Delete"));
    m_aidTab->setTexts(tr("Add aid…"), tr("Edit…"), tr("Delete"));
    m_markDone->setText(tr("Mark done / not done"));
    m_erasePerson->setText(tr("Erase person…"));
    m_erasePerson->setToolTip(tr("Erase this person's name, phone and e-mail everywhere, the "
                                 "history included"));
    m_markDone->setToolTip(tr("Ctrl+D"));
    m_openDocument->setText(tr("Open"));
    m_saveDocument->setText(tr("Save as…"));
    m_documentTab->editButton()->hide();
    updatePermissions(); // the reasons in the new language
    showOverview();
}

void PartnershipDetail::setPair(qint64 id)
{
    m_pairId = id;
    m_areas->setPartnership(id);
    m_milestones->setPartnership(id);
    m_contacts->setPartnership(id);
    m_projects->setPartnership(id);
    m_documents->setPartnership(id);
    m_history->setPartnership(id);
    m_agreements->setPartnership(id);
    m_approval->setPartnership(id);
    m_aid->setPartnership(id);
    m_tabs->setEnabled(id > 0);
    updatePermissions();
    showOverview();
}

void PartnershipDetail::updatePermissions()
{
    // No pair, no reason to give: the panel is greyed out as a whole.
    const QString whyNot =
        m_pairId > 0 ? m_editor->permissions().whyNotEditPair(m_pairId) : QString();
    const bool editable = m_pairId > 0 && whyNot.isEmpty();
    for (RecordTab *t : {m_areaTab, m_milestoneTab, m_contactTab, m_projectTab, m_documentTab,
                         m_agreementTab, m_approvalTab, m_aidTab})
        t->setEditable(editable, whyNot);
    gate(m_edit, whyNot, m_pairId > 0);
}

void PartnershipDetail::showOverview()
{
    const Portfolio &portfolio = m_store->portfolio();
    const qsizetype i = portfolio.indexOf(m_pairId);
    if (m_pairId <= 0 || i < 0) {
        m_title->setText(tr("No partnership selected"));
        m_overview->setHtml(QStringLiteral("<p>%1</p>")
                                .arg(escaped(tr("Choose a pair in the table, or add one with "
                                                "“New partnership”."))));
        return;
    }
    m_title->setText(names::pair(portfolio.pairs()[i]));
    auto record = present::readPair(m_editor->database(), portfolio, m_pairId);
    if (!record) {
        m_overview->setHtml(QStringLiteral("<p>%1</p>").arg(escaped(record.error().message)));
        return;
    }
    // Labels in the palette's muted text colour, so that they read on dark too.
    const QColor text = palette().color(QPalette::Text), base = palette().color(QPalette::Base);
    const QString muted =
        QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
               (text.blue() * 3 + base.blue() * 2) / 5)
            .name();
    // The facts the dossier prints too (present/partnershipfacts.h), in the same words.
    QString html = QStringLiteral("<table cellspacing='3'>");
    for (const present::Fact &f : present::partnershipFacts(*record, m_store->today(), QLocale())) {
        QString value = escaped(f.value);
        switch (f.tone) {
        case present::Fact::Tone::Plain:
            break;
        case present::Fact::Tone::Strong:
            value = QStringLiteral("<b>%1</b>").arg(value);
            break;
        case present::Fact::Tone::Alert:
            value = QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                        .arg(present::palette::alert().name(), value);
            break;
        case present::Fact::Tone::Warning:
            value = QStringLiteral("<span style='color:%1'>%2</span>")
                        .arg(present::palette::warning().name(), value);
            break;
        }
        html +=
            QStringLiteral("<tr><td style='color:%3;padding-right:16px'>%1</td><td>%2</td></tr>")
                .arg(escaped(f.label), value, muted);
    }
    html += QStringLiteral("</table>");
    const Partnership &pair = record->partnership;
    if (!pair.notes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(escaped(tr("Notes")),
                         escaped(pair.notes).replace(u'\n', QStringLiteral("<br>")));
    if (!pair.sources.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(escaped(tr("Sources")), escaped(pair.sources));
    m_overview->setHtml(html);
}

void PartnershipDetail::editPair()
{
    if (m_pairId <= 0 || !m_editor || !m_editor->permissions().mayEditPair(m_pairId))
        return;
    auto *dialog = new PartnershipDialog(*m_editor, m_pairId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PartnershipDetail::reportError(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("The change was not made"), status.error().message);
}

void PartnershipDetail::erasePerson(qint64 contactId)
{
    const int row = m_contacts->rowOfId(contactId);
    if (row < 0)
        return;
    const Contact &contact = m_contacts->record(row);
    ErasePersonDialog dialog(contact.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reportError(m_editor->erasePerson(contactId));
}

bool PartnershipDetail::confirm(const QString &question)
{
    return QMessageBox::question(
               this, tr("Delete"), question + u'\n' + tr("You can undo this with Ctrl+Z."),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void PartnershipDetail::attachDocument()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"), QDir::homePath());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > largestDocument) {
        QMessageBox::warning(
            this, tr("File too large"),
            tr("“%1” is larger than %2; keep it outside the database and note where it is.")
                .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(largestDocument)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot read the file"), file.errorString());
        return;
    }
    Document d;
    d.partnershipId = m_pairId;
    d.name = QFileInfo(path).fileName();
    d.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    d.type =
        d.mimeType.startsWith(QLatin1String("image/")) ? DocumentType::Photo : DocumentType::Other;
    auto id = m_editor->attachDocument(d, file.readAll());
    if (!id)
        reportError(id.error());
}

void PartnershipDetail::openDocument(qint64 id)
{
    const int row = m_documents->rowOfId(id);
    if (row < 0)
        return;
    auto bytes = DocumentRepository(m_editor->database()).content(id);
    if (!bytes) {
        reportError(bytes.error());
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QStringLiteral("/twinning-documents");
    QDir().mkpath(dir);
    const QString path = dir + u'/' + QString::number(id) + u'-' +
                         QFileInfo(m_documents->record(row).name).fileName();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size()) {
        QMessageBox::warning(this, tr("Cannot open the document"), out.errorString());
        return;
    }
    out.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void PartnershipDetail::saveDocument(qint64 id)
{
    const int row = m_documents->rowOfId(id);
    if (row < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the document"), QDir::homePath() + u'/' + m_documents->record(row).name);
    if (path.isEmpty())
        return;
    auto bytes = DocumentRepository(m_editor->database()).content(id);
    if (!bytes) {
        reportError(bytes.error());
        return;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size())
        QMessageBox::warning(this, tr("Cannot save the document"), out.errorString());
}

void PartnershipDetail::openAgreement(qint64 id)
{
    QList<AgreementDialog::Candidate> candidates;
    const Portfolio &portfolio = m_store->portfolio();
    const qsizetype i = portfolio.indexOf(m_pairId);
    if (i < 0)
        return;
    // An agreement binds pairs of the same community: Хотин with Żagań and Teltow.
    const qint64 community = portfolio.pairs()[i].communityId;
    for (const PartnershipSummary &p : portfolio.pairs()) {
        if (p.communityId == community)
            candidates << AgreementDialog::Candidate{p.id, names::pair(p)};
    }
    auto *dialog = new AgreementDialog(*m_editor, m_pairId, id, candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PartnershipDetail::recordApprovalStep()
{
    // The selected step when it has no record yet, else the first step without one.
    std::optional<MilestoneKind> kind;
    const QModelIndex current = m_approvalTab->table()->currentIndex();
    if (current.isValid() && m_approval->record(current.row()).id == 0)
        kind = m_approval->record(current.row()).kind;
    for (int r = 0; !kind && r < m_approval->rowCount(); ++r) {
        if (m_approval->record(r).id == 0)
            kind = m_approval->record(r).kind;
    }
    auto *dialog = new MilestoneDialog(*m_editor, m_pairId, 0, this,
                                       kind.value_or(MilestoneKind::RegisterEntry));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace tt::ui
