#pragma once

// The one way data is changed from the user interface: every verb here pushes a
// small undo command onto the database's undo stack. A command applies its
// change through a repository (which writes the audit row and tells the models
// what changed) before it is pushed, so a change that fails is never on the
// stack; undo and redo go through the repositories again.

#include "app/commands/duplicatemerge.h"
#include "app/commands/permissions.h"
#include "app/core/database.h"
#include "app/core/entities.h"
#include "app/core/officesettings.h"
#include "app/core/repositories.h"

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace tt {

// The repository of each entity.
template<class T>
struct RepositoryFor;
template<>
struct RepositoryFor<Community>
{
    using type = CommunityRepository;
};
template<>
struct RepositoryFor<Municipality>
{
    using type = MunicipalityRepository;
};
template<>
struct RepositoryFor<Partnership>
{
    using type = PartnershipRepository;
};
template<>
struct RepositoryFor<CooperationArea>
{
    using type = CooperationAreaRepository;
};
template<>
struct RepositoryFor<PartnershipArea>
{
    using type = PartnershipAreaRepository;
};
template<>
struct RepositoryFor<Milestone>
{
    using type = MilestoneRepository;
};
template<>
struct RepositoryFor<Contact>
{
    using type = ContactRepository;
};
template<>
struct RepositoryFor<Project>
{
    using type = ProjectRepository;
};
template<>
struct RepositoryFor<Document>
{
    using type = DocumentRepository;
};

template<>
struct RepositoryFor<Aid>
{
    using type = AidRepository;
};

class Editor;

// When a change meets another person's change to the same record (Error::Code::
// Conflict: the row version on the server moved since the record was read),
// the person chooses; nothing is overwritten without being asked.
enum class ConflictChoice {
    ReloadTheirs, // drop my change, re-read what the other person saved
    KeepMine,     // write my change again, over theirs
    Cancel,       // neither: my change is not saved, nothing is re-read
};

struct Conflict
{
    QString change;    // the command's text: "Edit partnership"
    QString otherUser; // who saved last, from the audit log; empty when unknown
    Error error;
    std::optional<Entity> entity; // of the record; none when the change has several
    QStringList clashing;         // columns both people changed, to different values
};

// Takes the row version of the stored record over into mine, so that writing
// mine again overwrites theirs knowingly. Records without a version (SQLite
// files, entities the server does not version) have nothing to take.
template<class T>
void takeRowVersion(T &mine, const T &fresh)
{
    if constexpr (requires { mine.rowVersion; })
        mine.rowVersion = fresh.rowVersion;
    else {
        Q_UNUSED(mine);
        Q_UNUSED(fresh);
    }
}

// What "Keep mine" writes: the record as the other person saved it (`theirs`)
// with the fields that this person changed (`before` → `mine`), so that their
// changes to other fields stay.
template<class T>
T keepMine(const T &theirs, const T &before, const T &mine)
{
    T out = theirs;
    const QVariantList was = rowValues(before), now = rowValues(mine);
    std::vector<const void *> mineFields;
    T::visit(mine, [&](const char *, const auto &field) { mineFields.push_back(&field); });
    std::size_t i = 0;
    T::visit(out, [&](const char *, auto &field) {
        using F = std::remove_cvref_t<decltype(field)>;
        if (was[i] != now[i] || was[i].isNull() != now[i].isNull())
            field = *static_cast<const F *>(mineFields[i]);
        ++i;
    });
    return out;
}

// The columns that both changed from `before`, to different values.
template<class T>
QStringList clashingColumns(const T &before, const T &mine, const T &theirs)
{
    const QVariantList was = rowValues(before), a = rowValues(mine), b = rowValues(theirs);
    const auto differ = [](const QVariant &x, const QVariant &y) {
        return x != y || x.isNull() != y.isNull();
    };
    QStringList columns;
    for (qsizetype i = 0; i < was.size(); ++i) {
        if (differ(was[i], a[i]) && differ(was[i], b[i]) && differ(a[i], b[i]))
            columns << tableInfo<T>().columns[i];
    }
    return columns;
}

// A deletion that met someone else's change, rebased (Keep mine): the stored
// record becomes the one it deletes, so that undo brings back what the other
// person saved, and its version the one seen.
template<class Record, class VersionOf>
Status takeStored(Result<Record> stored, Record &record, qint64 &seenVersion, VersionOf versionOf)
{
    if (!stored)
        return stored.error();
    record = std::move(*stored);
    seenVersion = versionOf(record);
    return {};
}

// A command whose first application happened before it was pushed.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Editor &editor, const QString &text, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;

    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // After a Conflict: re-reads the record so that apply() writes over the
    // version now stored. Commands that cannot refuse.
    virtual Status rebase();
    // The table and id of the record the command changes, to look up who
    // changed it last; empty when it changes several.
    virtual std::pair<QString, qint64> record() const { return {}; }
    // After a Conflict, before rebase(): the columns that this command and the
    // stored record both changed, to different values.
    virtual QStringList clashingColumns() const { return {}; }

protected:
    Database &database() const;
    Editor &m_editor;

private:
    bool m_applied = false;
    friend class Editor;
};

class Editor : public QObject
{
    Q_OBJECT
public:
    explicit Editor(Database &db, QObject *parent = nullptr);
    ~Editor() override;

    Database &database() const { return m_db; }
    QUndoStack *undoStack() const { return m_stack; }
    // What the user may change; widgets ask it before offering an edit.
    Permissions &permissions() const { return *m_permissions; }

    // Asked when a change meets a Conflict. Without one, the change fails
    // with the Conflict error: never a silent overwrite.
    using ConflictHandler = std::function<ConflictChoice(const Conflict &)>;
    void setConflictHandler(ConflictHandler handler) { m_conflictHandler = std::move(handler); }

    template<class T>
    Result<qint64> insert(T row, const QString &text);
    // `original`: the record as this person read it before changing it (a
    // dialog's record as loaded). When someone else has saved it since, "Keep
    // mine" writes only the fields that differ from it, so that the other
    // person's changes to the rest stay.
    template<class T>
    Status update(const T &row, const QString &text, const std::optional<T> &original = {});
    // `seenVersion`: the record's row version as the person deleting it saw
    // it. Someone else's save since then is a Conflict, as for update(); "Keep
    // mine" deletes it all the same. 0 deletes unchecked.
    template<class T>
    Status remove(qint64 id, const QString &text, qint64 seenVersion = 0);

    // A pair with everything that belongs to it; undo brings it all back.
    Status removePartnership(qint64 id, qint64 seenVersion = 0);
    // Creates the partner place when it is new, then the pair: one undo step.
    Result<qint64> addPartnership(Partnership pair, const std::optional<Municipality> &newPartner);
    Status setMilestoneDone(qint64 id, bool done, const QDate &on = QDate::currentDate());
    Result<qint64> attachDocument(Document document, const QByteArray &content);
    // Adds (id 0) or changes an agreement with its pairs, areas and signatories.
    // `original` as for update(): the record as this person read it.
    Result<qint64> saveAgreement(AgreementRecord record,
                                 const std::optional<AgreementRecord> &original = {});
    Status removeAgreement(qint64 id, qint64 seenVersion = 0);
    // Merging two records of one place (duplicatemerge.h): the plan says which
    // pairs of the two become one and in which fields they differ, with the
    // value each will take; the person may change those choices.
    Result<DuplicateMerge> planMerge(DuplicateMerge::Side side, qint64 keep, qint64 drop) const;
    // Moves every pair of `drop` to `keep`, folds the pairs both have with the
    // same counterpart into one as the plan chose, and deletes `drop`: one
    // undo step. What is stored decides; a pair the plan did not know of takes
    // the plan's defaults.
    Status mergeDuplicates(const DuplicateMerge &plan);
    // Plans and merges with the choices the plan makes.
    Status mergeCommunities(qint64 keep, qint64 drop);
    Status mergeMunicipalities(qint64 keep, qint64 drop);

    // Erases a contact's personal details everywhere, history included
    // (core/erasure.h). Not a command: it cannot be undone, and it empties the
    // undo stack, whose commands may still hold the details.
    Status erasePerson(qint64 contactId);

    // Changes the office's name and dormancy rule (core/officesettings.h): one
    // undo step; on a server for administrators only.
    Status setOfficeSettings(const OfficeSettings &settings);

    // Runs a command: applies it, and pushes it only when that succeeded.
    Status push(EditCommand *command);

signals:
    // An undo or redo could not be carried out (the record changed meanwhile).
    void failed(const QString &message);
    // The user chose to see the other person's version: re-read what is shown.
    void reloadRequested();
    // The office's settings changed (set, undone or redone).
    void officeSettingsChanged();

private:
    friend class EditCommand;
    Status resolveConflict(EditCommand &command, const Error &error);
    QString lastChangedBy(const EditCommand &command) const;

    Database &m_db;
    QUndoStack *m_stack;
    Permissions *m_permissions;
    ConflictHandler m_conflictHandler;
};

// --- generic commands -------------------------------------------------------

template<class T>
class InsertCommand : public EditCommand
{
public:
    InsertCommand(Editor &editor, T row, const QString &text, QUndoCommand *parent = nullptr)
        : EditCommand(editor, text, parent)
        , m_row(std::move(row))
    {}
    Status apply() override
    {
        typename RepositoryFor<T>::type repo(database());
        auto id = repo.insert(m_row);
        return id ? Status() : Status(id.error());
    }
    Status revert() override
    {
        typename RepositoryFor<T>::type repo(database());
        // Put back by a redo with the version it has now, which later
        // commands of the stack expect.
        if constexpr (requires { m_row.rowVersion; }) {
            if (auto now = repo.get(m_row.id))
                m_row.rowVersion = now->rowVersion;
        }
        return repo.remove(m_row.id);
    }
    qint64 recordId() const { return m_row.id; }

private:
    T m_row;
};

template<class T>
class UpdateCommand : public EditCommand
{
public:
    UpdateCommand(Editor &editor, T before, T after, const QString &text)
        : EditCommand(editor, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    Status apply() override { return write(m_after, m_before); }
    Status revert() override { return write(m_before, m_after); }
    Status rebase() override
    {
        auto fresh = typename RepositoryFor<T>::type(database()).get(m_after.id);
        if (!fresh)
            return fresh.error();
        // Only the fields this person changed go over the other person's.
        m_after = keepMine(*fresh, m_before, m_after);
        takeRowVersion(m_after, *fresh);
        m_before = *fresh; // undo brings back what the other person saved
        return {};
    }
    std::pair<QString, qint64> record() const override
    {
        return {QLatin1String(T::table), m_after.id};
    }
    QStringList clashingColumns() const override
    {
        auto fresh = typename RepositoryFor<T>::type(database()).get(m_after.id);
        return fresh ? tt::clashingColumns(m_before, m_after, *fresh) : QStringList();
    }

private:
    // Writes one side; a versioned record's other side then carries the version
    // the write left, so that undo and redo are not taken for someone else's
    // change.
    Status write(const T &row, T &other)
    {
        typename RepositoryFor<T>::type repo(database());
        if (auto s = repo.update(row); !s)
            return s;
        if constexpr (requires { other.rowVersion; }) {
            auto now = repo.get(row.id);
            if (!now)
                return now.error();
            other.rowVersion = now->rowVersion;
        }
        return {};
    }

    T m_before;
    T m_after;
};

template<class T>
class RemoveCommand : public EditCommand
{
public:
    RemoveCommand(Editor &editor, T row, const QString &text, qint64 seenVersion = 0)
        : EditCommand(editor, text)
        , m_row(std::move(row))
        , m_seenVersion(seenVersion)
    {}
    Status apply() override
    {
        Status s = typename RepositoryFor<T>::type(database()).remove(m_row.id, m_seenVersion);
        if (s)
            m_seenVersion = 0; // undo puts it back as it was: redo deletes it unchecked
        return s;
    }
    Status rebase() override
    {
        return takeStored(typename RepositoryFor<T>::type(database()).get(m_row.id), m_row,
                          m_seenVersion, [](const T &row) {
                              if constexpr (requires { row.rowVersion; })
                                  return row.rowVersion;
                              else
                                  return qint64(0);
                          });
    }
    std::pair<QString, qint64> record() const override
    {
        return {QLatin1String(T::table), m_row.id};
    }
    Status revert() override
    {
        T copy = m_row;
        auto id = typename RepositoryFor<T>::type(database()).insert(copy);
        return id ? Status() : Status(id.error());
    }

private:
    T m_row;
    qint64 m_seenVersion;
};

template<class T>
Result<qint64> Editor::insert(T row, const QString &text)
{
    auto *command = new InsertCommand<T>(*this, std::move(row), text);
    if (auto s = push(command); !s)
        return s.error();
    return command->recordId();
}

template<class T>
Status Editor::update(const T &row, const QString &text, const std::optional<T> &original)
{
    auto before = typename RepositoryFor<T>::type(m_db).get(row.id);
    if (!before)
        return before.error();
    if constexpr (requires { row.rowVersion; }) {
        // Overtaken: what this person started from, not what is stored now.
        if (original && original->id == row.id && original->rowVersion == row.rowVersion &&
            before->rowVersion != row.rowVersion)
            return push(new UpdateCommand<T>(*this, *original, row, text));
    }
    return push(new UpdateCommand<T>(*this, *before, row, text));
}

template<class T>
Status Editor::remove(qint64 id, const QString &text, qint64 seenVersion)
{
    auto before = typename RepositoryFor<T>::type(m_db).get(id);
    if (!before)
        return before.error();
    return push(new RemoveCommand<T>(*this, *before, text, seenVersion));
}

} // namespace tt
