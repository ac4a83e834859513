#include "app/commands/editor.h"

#include "app/core/erasure.h"

#include <QCoreApplication>

namespace tt {

namespace {

// The entity whose table is `table`, among the records a person edits.
template<class... T>
std::optional<Entity> entityOf(const QString &table)
{
    std::optional<Entity> found;
    ((table == QLatin1String(T::table) ? void(found = T::entity) : void()), ...);
    return found;
}

// The messages of this file, under the context that lupdate records for them.
struct EditorText
{
    Q_DECLARE_TR_FUNCTIONS(Editor)
};

// Everything a pair owns, so that deleting it can be undone whole.
struct PartnershipSnapshot
{
    Partnership pair;
    QList<PartnershipArea> areas;
    QList<Milestone> milestones;
    QList<Contact> contacts;
    QList<Project> projects;
    QList<std::pair<Document, QByteArray>> documents;
    QList<Aid> aid;
    // The agreements binding the pair: the pair's link is deleted with it,
    // and an agreement that bound only this pair goes with it too.
    QList<AgreementRecord> agreements;
};

Result<PartnershipSnapshot> snapshotPair(Database &db, qint64 id)
{
    PartnershipSnapshot s;
    auto pair = PartnershipRepository(db).get(id);
    if (!pair)
        return pair.error();
    s.pair = *pair;
    auto areas = PartnershipAreaRepository(db).forPartnership(id);
    auto milestones = MilestoneRepository(db).forPartnership(id);
    auto contacts = ContactRepository(db).forPartnership(id);
    auto projects = ProjectRepository(db).forPartnership(id);
    auto documents = DocumentRepository(db).forPartnership(id);
    for (const Error *e :
         {areas ? nullptr : &areas.error(), milestones ? nullptr : &milestones.error(),
          contacts ? nullptr : &contacts.error(), projects ? nullptr : &projects.error(),
          documents ? nullptr : &documents.error()}) {
        if (e)
            return *e;
    }
    s.areas = *areas;
    s.milestones = *milestones;
    s.contacts = *contacts;
    s.projects = *projects;
    for (const Document &d : *documents) {
        auto bytes = DocumentRepository(db).content(d.id);
        if (!bytes)
            return bytes.error();
        s.documents.append({d, *bytes});
    }
    auto aid = AidRepository(db).forPartnership(id);
    if (!aid)
        return aid.error();
    s.aid = *aid;
    auto agreements = AgreementRepository(db).forPartnership(id);
    if (!agreements)
        return agreements.error();
    s.agreements = *agreements;
    return s;
}

template<class T>
Status insertAll(Database &db, QList<T> rows)
{
    typename RepositoryFor<T>::type repo(db);
    for (T &row : rows) {
        if (auto id = repo.insert(row); !id)
            return id.error();
    }
    return {};
}

class RemovePartnershipCommand : public EditCommand
{
public:
    RemovePartnershipCommand(Editor &editor, PartnershipSnapshot snapshot, const QString &text,
                             qint64 seenVersion)
        : EditCommand(editor, text)
        , m_snapshot(std::move(snapshot))
        , m_seenVersion(seenVersion)
    {}
    std::pair<QString, qint64> record() const override
    {
        return {QLatin1String(Partnership::table), m_snapshot.pair.id};
    }
    Status rebase() override
    {
        return takeStored(snapshotPair(database(), m_snapshot.pair.id), m_snapshot, m_seenVersion,
                          [](const PartnershipSnapshot &s) { return s.pair.rowVersion; });
    }
    Status apply() override
    {
        Database &db = database();
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        if (auto s = PartnershipRepository(db).remove(m_snapshot.pair.id,
                                                      std::exchange(m_seenVersion, 0));
            !s)
            return s;
        // An agreement left binding no pair would be found nowhere.
        AgreementRepository agreements(db);
        for (const AgreementRecord &a : std::as_const(m_snapshot.agreements)) {
            if (a.partnershipIds == QList<qint64>{m_snapshot.pair.id}) {
                if (auto s = agreements.erase(a.agreement.id); !s)
                    return s;
            }
        }
        return tx.commit();
    }
    Status revert() override
    {
        Database &db = database();
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        Partnership pair = m_snapshot.pair;
        if (auto id = PartnershipRepository(db).insert(pair); !id)
            return id.error();
        for (Status s : {insertAll(db, m_snapshot.areas), insertAll(db, m_snapshot.milestones),
                         insertAll(db, m_snapshot.contacts), insertAll(db, m_snapshot.projects)}) {
            if (!s)
                return s;
        }
        for (const auto &[document, bytes] : m_snapshot.documents) {
            Document copy = document;
            if (auto id = DocumentRepository(db).attach(copy, bytes); !id)
                return id.error();
        }
        if (auto s = insertAll(db, m_snapshot.aid); !s)
            return s;
        // The agreements as they were, with every pair they bound then.
        AgreementRepository agreements(db);
        for (AgreementRecord a : m_snapshot.agreements) {
            if (auto id = agreements.save(a); !id)
                return id.error();
        }
        return tx.commit();
    }

private:
    PartnershipSnapshot m_snapshot;
    qint64 m_seenVersion;
};

class AddPartnershipCommand : public EditCommand
{
public:
    AddPartnershipCommand(Editor &editor, Partnership pair, std::optional<Municipality> partner,
                          const QString &text)
        : EditCommand(editor, text)
        , m_pair(std::move(pair))
        , m_partner(std::move(partner))
    {}
    Status apply() override
    {
        Database &db = database();
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        if (m_partner) {
            auto id = MunicipalityRepository(db).insert(*m_partner);
            if (!id)
                return id.error();
            m_pair.municipalityId = *id;
        }
        if (auto id = PartnershipRepository(db).insert(m_pair); !id)
            return id.error();
        return tx.commit();
    }
    Status revert() override
    {
        Database &db = database();
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        if (auto s = PartnershipRepository(db).remove(m_pair.id); !s)
            return s;
        if (m_partner) {
            if (auto s = MunicipalityRepository(db).remove(m_partner->id); !s)
                return s;
        }
        return tx.commit();
    }
    qint64 recordId() const { return m_pair.id; }

private:
    Partnership m_pair;
    std::optional<Municipality> m_partner;
};

class AttachDocumentCommand : public EditCommand
{
public:
    AttachDocumentCommand(Editor &editor, Document document, QByteArray content,
                          const QString &text)
        : EditCommand(editor, text)
        , m_document(std::move(document))
        , m_content(std::move(content))
    {}
    Status apply() override
    {
        auto id = DocumentRepository(database()).attach(m_document, m_content);
        return id ? Status() : Status(id.error());
    }
    Status revert() override { return DocumentRepository(database()).remove(m_document.id); }
    qint64 recordId() const { return m_document.id; }

private:
    Document m_document;
    QByteArray m_content;
};

// Saves an agreement record; undo puts back the one before, or deletes a new one.
class SaveAgreementCommand : public EditCommand
{
public:
    SaveAgreementCommand(Editor &editor, std::optional<AgreementRecord> before,
                         AgreementRecord after, const QString &text)
        : EditCommand(editor, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    Status apply() override
    {
        auto id = AgreementRepository(database()).save(m_after);
        if (!id)
            return id.error();
        // Undo then writes over the version this save left.
        if (m_before)
            m_before->agreement.rowVersion = m_after.agreement.rowVersion;
        return {};
    }
    Status revert() override
    {
        if (!m_before) {
            // A redo puts it back with the version it has now.
            if (auto now = AgreementRepository(database()).get(m_after.agreement.id))
                m_after.agreement.rowVersion = now->rowVersion;
            return AgreementRepository(database()).erase(m_after.agreement.id);
        }
        AgreementRecord copy = *m_before;
        auto id = AgreementRepository(database()).save(copy);
        if (!id)
            return id.error();
        m_after.agreement.rowVersion = copy.agreement.rowVersion;
        return {};
    }
    Status rebase() override
    {
        if (!m_before)
            return EditCommand::rebase();
        auto fresh = AgreementRepository(database()).record(m_after.agreement.id);
        if (!fresh)
            return fresh.error();
        // The fields of the agreement this person changed go over the other
        // person's; its parties, areas and signatories are written as chosen.
        m_after.agreement = keepMine(fresh->agreement, m_before->agreement, m_after.agreement);
        m_before = *fresh;
        return {};
    }
    std::pair<QString, qint64> record() const override
    {
        return {QLatin1String(Agreement::table), m_after.agreement.id};
    }
    QStringList clashingColumns() const override
    {
        auto fresh = AgreementRepository(database()).record(m_after.agreement.id);
        return fresh && m_before
                   ? tt::clashingColumns(m_before->agreement, m_after.agreement, fresh->agreement)
                   : QStringList();
    }
    qint64 recordId() const { return m_after.agreement.id; }

private:
    std::optional<AgreementRecord> m_before;
    AgreementRecord m_after;
};

class RemoveAgreementCommand : public EditCommand
{
public:
    RemoveAgreementCommand(Editor &editor, AgreementRecord record, const QString &text,
                           qint64 seenVersion)
        : EditCommand(editor, text)
        , m_record(std::move(record))
        , m_seenVersion(seenVersion)
    {}
    std::pair<QString, qint64> record() const override
    {
        return {QLatin1String(Agreement::table), m_record.agreement.id};
    }
    Status rebase() override
    {
        return takeStored(AgreementRepository(database()).record(m_record.agreement.id), m_record,
                          m_seenVersion,
                          [](const AgreementRecord &r) { return r.agreement.rowVersion; });
    }
    Status apply() override
    {
        Database &db = database();
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        if (m_seenVersion > 0) {
            auto now = AgreementRepository(db).get(m_record.agreement.id);
            if (!now)
                return now.error();
            if (now->rowVersion != m_seenVersion)
                return detail::conflict(tableInfo<Agreement>(), m_record.agreement.id);
        }
        if (auto s = AgreementRepository(db).erase(m_record.agreement.id); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        m_seenVersion = 0; // undo puts it back as it was: redo deletes it unchecked
        return {};
    }
    Status revert() override
    {
        AgreementRecord copy = m_record;
        auto id = AgreementRepository(database()).save(copy);
        return id ? Status() : Status(id.error());
    }

private:
    AgreementRecord m_record;
    qint64 m_seenVersion;
};

class OfficeSettingsCommand : public EditCommand
{
public:
    OfficeSettingsCommand(Editor &editor, OfficeSettings before, OfficeSettings after,
                          const QString &text)
        : EditCommand(editor, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }

private:
    Status write(const OfficeSettings &settings)
    {
        if (auto s = OfficeSettingsRepository(database()).save(settings); !s)
            return s;
        emit m_editor.officeSettingsChanged();
        return {};
    }

    OfficeSettings m_before;
    OfficeSettings m_after;
};

} // namespace

EditCommand::EditCommand(Editor &editor, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_editor(editor)
{}

Database &EditCommand::database() const
{
    return m_editor.database();
}

void EditCommand::redo()
{
    if (!m_applied) {
        // The first application already happened in Editor::push.
        m_applied = true;
        return;
    }
    if (auto s = apply(); !s) {
        setObsolete(true);
        emit m_editor.failed(
            EditorText::tr("“%1” could not be redone: %2").arg(text(), s.error().message));
    }
}

void EditCommand::undo()
{
    if (auto s = revert(); !s) {
        setObsolete(true);
        emit m_editor.failed(
            EditorText::tr("“%1” could not be undone: %2").arg(text(), s.error().message));
    }
}

Status EditCommand::rebase()
{
    return Error::make(Error::Code::Conflict,
                       EditorText::tr("“%1” cannot be written over the other change; reload "
                                      "and make it again.")
                           .arg(text()));
}

Editor::Editor(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(new QUndoStack(this))
    , m_permissions(new Permissions(db, this))
{}

Editor::~Editor() = default;

Status Editor::push(EditCommand *command)
{
    // A viewer's change would be refused by the server anyway; say why here.
    if (!m_db.isReadOnly() && !m_permissions->mayEdit()) {
        delete command;
        return Error::make(Error::Code::Forbidden, m_permissions->whyNotEdit());
    }
    Status s = command->apply();
    if (!s && s.error().code == Error::Code::Conflict)
        s = resolveConflict(*command, s.error());
    if (!s) {
        delete command;
        return s;
    }
    m_stack->push(command); // calls redo(), which knows the change is made
    return {};
}

Status Editor::resolveConflict(EditCommand &command, const Error &error)
{
    if (!m_conflictHandler)
        return error;
    const Conflict conflict{
        command.text(), lastChangedBy(command), error,
        entityOf<Community, Municipality, Partnership, CooperationArea, PartnershipArea, Milestone,
                 Contact, Project, Document, Agreement, Aid>(command.record().first),
        command.clashingColumns()};
    switch (m_conflictHandler(conflict)) {
    case ConflictChoice::KeepMine: {
        if (auto s = command.rebase(); !s)
            return s;
        Status again = command.apply();
        // A third person may have saved in the meantime: ask again.
        if (!again && again.error().code == Error::Code::Conflict)
            return resolveConflict(command, again.error());
        return again;
    }
    case ConflictChoice::ReloadTheirs:
        emit reloadRequested();
        return Error::make(Error::Code::Conflict,
                           EditorText::tr("Your change was not saved; you now see the version "
                                          "the other person saved."),
                           error.detail);
    case ConflictChoice::Cancel:
        break;
    }
    return Error::make(Error::Code::Conflict,
                       EditorText::tr("Your change was not saved: someone else changed the "
                                      "record after you opened it."),
                       error.detail);
}

QString Editor::lastChangedBy(const EditCommand &command) const
{
    const auto [table, id] = command.record();
    if (table.isEmpty() || id <= 0)
        return {};
    // Newest first: the change that got in before ours.
    auto entries = AuditLogRepository(m_db).forEntity(table, id);
    if (!entries || entries->isEmpty())
        return {};
    return entries->constFirst().actor;
}

Status Editor::removePartnership(qint64 id, qint64 seenVersion)
{
    auto snapshot = snapshotPair(m_db, id);
    if (!snapshot)
        return snapshot.error();
    const QString label = PartnershipRepository(m_db).pairLabel(snapshot->pair.communityId,
                                                                snapshot->pair.municipalityId);
    return push(new RemovePartnershipCommand(*this, std::move(snapshot.value()),
                                             EditorText::tr("Delete partnership %1").arg(label),
                                             seenVersion));
}

Result<qint64> Editor::addPartnership(Partnership pair,
                                      const std::optional<Municipality> &newPartner)
{
    auto *command = new AddPartnershipCommand(*this, std::move(pair), newPartner,
                                              EditorText::tr("Add partnership"));
    if (auto s = push(command); !s)
        return s.error();
    return command->recordId();
}

Status Editor::setMilestoneDone(qint64 id, bool done, const QDate &on)
{
    auto milestone = MilestoneRepository(m_db).get(id);
    if (!milestone)
        return milestone.error();
    Milestone changed = *milestone;
    changed.status = done ? MilestoneStatus::Done : MilestoneStatus::Planned;
    changed.doneOn = done ? on : QDate();
    return push(new UpdateCommand<Milestone>(
        *this, *milestone, changed,
        done ? EditorText::tr("Mark “%1” done").arg(milestone->title)
             : EditorText::tr("Mark “%1” not done").arg(milestone->title)));
}

Result<qint64> Editor::attachDocument(Document document, const QByteArray &content)
{
    const QString text = EditorText::tr("Attach “%1”").arg(document.name);
    auto *command = new AttachDocumentCommand(*this, std::move(document), content, text);
    if (auto s = push(command); !s)
        return s.error();
    return command->recordId();
}

Result<qint64> Editor::saveAgreement(AgreementRecord record,
                                     const std::optional<AgreementRecord> &original)
{
    std::optional<AgreementRecord> before;
    if (record.agreement.id > 0) {
        auto old = AgreementRepository(m_db).record(record.agreement.id);
        if (!old)
            return old.error();
        before = *old;
        // Overtaken: what this person started from (see update()).
        if (original && original->agreement.id == record.agreement.id &&
            original->agreement.rowVersion == record.agreement.rowVersion &&
            old->agreement.rowVersion != record.agreement.rowVersion)
            before = *original;
    }
    const QString text =
        before ? EditorText::tr("Edit agreement") : EditorText::tr("Add agreement");
    auto *command = new SaveAgreementCommand(*this, std::move(before), std::move(record), text);
    if (auto s = push(command); !s)
        return s.error();
    return command->recordId();
}

Status Editor::removeAgreement(qint64 id, qint64 seenVersion)
{
    auto record = AgreementRepository(m_db).record(id);
    if (!record)
        return record.error();
    return push(new RemoveAgreementCommand(*this, *record, EditorText::tr("Delete agreement"),
                                           seenVersion));
}

Status Editor::erasePerson(qint64 contactId)
{
    if (QString why = m_permissions->whyNotErasePerson(); !why.isEmpty())
        return Error::make(Error::Code::Forbidden, why);
    if (auto s = tt::erasePerson(m_db, contactId); !s)
        return s;
    m_stack->clear();
    return {};
}

Status Editor::setOfficeSettings(const OfficeSettings &settings)
{
    if (QString why = m_permissions->whyNotEditOffice(); !why.isEmpty())
        return Error::make(Error::Code::Forbidden, why);
    if (QString why = validationProblem(settings); !why.isEmpty())
        return Error::make(Error::Code::Invalid, why);
    auto before = OfficeSettingsRepository(m_db).load();
    if (!before)
        return before.error();
    OfficeSettings after = settings;
    after.officeName = after.officeName.trimmed();
    if (after == *before)
        return {};
    return push(new OfficeSettingsCommand(*this, *before, after,
                                          EditorText::tr("Change the office's settings")));
}

} // namespace tt
