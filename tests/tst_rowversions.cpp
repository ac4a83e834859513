// Two people edit the same record: every record a person edits carries a row
// version (format 10), so the save that was overtaken meets a conflict, for a
// pair's areas, milestones, contacts, projects, documents, aid and agreements
// as for the pair itself. "Keep mine" writes only the fields this person
// changed; "Cancel" leaves the other person's save as it is. Run on a file and,
// as tst_rowversions_pg, on the PostgreSQL server.

#include "app/commands/editor.h"
#include "app/core/schema.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QSqlQuery>

using namespace tt;

class TestRowVersions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyEditedTableHasAVersion();
    void keepMineWritesOnlyMyFields_data();
    void keepMineWritesOnlyMyFields();
    void clashingFieldsAreNamed();
    void cancelKeepsTheirs();
    void agreementsToo();
    void undoAndRedoAfterKeepMine();
    void deletionOfARecordChangedSince_data();
    void deletionOfARecordChangedSince();
    void deletionOfAnAgreementOrAPairChangedSince();

private:
    // Person A reads a record of T; person B changes its notes and saves; A
    // deletes the record as read.
    template<class T>
    void deleteOvertaken();
    // The first record of T on a pair of the demo, as the repository reads it.
    template<class T>
    T first(Database &db);
    // Person B changes the notes of the record and saves; person A, who read
    // it before, changes `field` and saves with `choice`.
    template<class T, class Change>
    Status overtaken(qint64 id, Change mine, ConflictChoice choice, Conflict *seen = nullptr,
                     const QString &theirNotes = QStringLiteral("B's notes"));

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_a, m_b;
    std::unique_ptr<Editor> m_editorA, m_editorB;
    qint64 m_pair = 0;
};

void TestRowVersions::init()
{
    m_dir = new QTemporaryDir;
    m_a = test::openFresh(*m_dir);
    QVERIFY(m_a);
    QVERIFY(sample::writeDemo(*m_a));
    auto b = Database::open(m_a->path());
    QVERIFY2(b, b ? "" : qPrintable(b.error().fullText()));
    m_b = std::move(b.value());
    m_editorA = std::make_unique<Editor>(*m_a);
    m_editorB = std::make_unique<Editor>(*m_b);
    // A pair of the demo with a project, given one of each other record it
    // lacks.
    auto projects = ProjectRepository(*m_a).all();
    QVERIFY(projects && !projects->isEmpty());
    m_pair = projects->first().partnershipId;
    if (ContactRepository(*m_a).forPartnership(m_pair)->isEmpty()) {
        Contact c;
        c.partnershipId = m_pair;
        c.name = QStringLiteral("Олена Коваль");
        QVERIFY(ContactRepository(*m_a).insert(c));
    }
    if (MilestoneRepository(*m_a).forPartnership(m_pair)->isEmpty()) {
        Milestone m;
        m.partnershipId = m_pair;
        m.title = QStringLiteral("Візит делегації");
        QVERIFY(MilestoneRepository(*m_a).insert(m));
    }
    if (PartnershipAreaRepository(*m_a).forPartnership(m_pair)->isEmpty()) {
        PartnershipArea area;
        area.partnershipId = m_pair;
        area.areaId = CooperationAreaRepository(*m_a).all()->first().id;
        QVERIFY(PartnershipAreaRepository(*m_a).insert(area));
    }
    if (DocumentRepository(*m_a).forPartnership(m_pair)->isEmpty()) {
        Document d;
        d.partnershipId = m_pair;
        d.name = QStringLiteral("Меморандум.pdf");
        QVERIFY(DocumentRepository(*m_a).attach(d, QByteArray("%PDF-1.4")));
    }
    Aid aid;
    aid.partnershipId = m_pair;
    aid.description = QStringLiteral("Генератори");
    aid.receivedOn = QDate(2026, 3, 1);
    QVERIFY(AidRepository(*m_a).insert(aid));
}

void TestRowVersions::cleanup()
{
    m_editorA.reset();
    m_editorB.reset();
    m_b.reset();
    m_a.reset();
    delete m_dir;
}

template<class T>
T TestRowVersions::first(Database &db)
{
    auto rows = typename RepositoryFor<T>::type(db).forPartnership(m_pair);
    if (!rows || rows->isEmpty())
        return {};
    return rows->first();
}

template<class T, class Change>
Status TestRowVersions::overtaken(qint64 id, Change mine, ConflictChoice choice, Conflict *seen,
                                  const QString &theirNotes)
{
    using Repo = typename RepositoryFor<T>::type;
    auto original = Repo(*m_a).get(id); // A opens the record
    if (!original)
        return original.error();
    auto theirs = Repo(*m_b).get(id); // B opens it, changes the notes, saves
    if (!theirs)
        return theirs.error();
    theirs->notes = theirNotes;
    if (auto s = m_editorB->update(*theirs, QStringLiteral("B")); !s)
        return s;
    T row = *original; // A changes its field and saves
    mine(row);
    m_editorA->setConflictHandler([&](const Conflict &conflict) {
        if (seen)
            *seen = conflict;
        return choice;
    });
    return m_editorA->update(row, QStringLiteral("A"), std::optional<T>(*original));
}

void TestRowVersions::everyEditedTableHasAVersion()
{
    QStringList tables = schema::versionedTables();
    tables << QStringLiteral("partnership");
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q = m_a->prepare(QStringLiteral("SELECT row_version FROM %1").arg(table));
        QVERIFY2(q.exec(), qPrintable(table));
    }
}

void TestRowVersions::keepMineWritesOnlyMyFields_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table :
         {"partnership", "partnership_area", "milestone", "contact", "project", "document", "aid"})
        QTest::newRow(table) << QString::fromLatin1(table);
}

void TestRowVersions::keepMineWritesOnlyMyFields()
{
    QFETCH(QString, table);
    Conflict seen;
    // B changed the notes; A changes another field: both changes stay.
    const auto check = [&](auto sample, auto change, auto read) {
        using T = decltype(sample);
        const qint64 id = sample.id;
        QVERIFY(id > 0);
        const Status s = overtaken<T>(id, change, ConflictChoice::KeepMine, &seen);
        QVERIFY2(s, s ? "" : qPrintable(s.error().fullText()));
        QCOMPARE(seen.entity, std::optional<Entity>(T::entity));
        QVERIFY(seen.clashing.isEmpty());
        auto stored = typename RepositoryFor<T>::type(*m_b).get(id);
        QVERIFY(stored);
        QCOMPARE(stored->notes, QStringLiteral("B's notes"));
        QVERIFY(read(*stored));
    };
    if (table == u"partnership") {
        auto pair = PartnershipRepository(*m_a).get(m_pair);
        QVERIFY(pair);
        check(
            *pair, [](Partnership &p) { p.officer = QStringLiteral("Олена"); },
            [](const Partnership &p) { return p.officer == u"Олена"; });
    } else if (table == u"partnership_area") {
        check(
            first<PartnershipArea>(*m_a),
            [](PartnershipArea &a) { a.status = PartnershipAreaStatus::Paused; },
            [](const PartnershipArea &a) { return a.status == PartnershipAreaStatus::Paused; });
    } else if (table == u"milestone") {
        check(
            first<Milestone>(*m_a), [](Milestone &m) { m.title = QStringLiteral("A's title"); },
            [](const Milestone &m) { return m.title == u"A's title"; });
    } else if (table == u"contact") {
        check(
            first<Contact>(*m_a), [](Contact &c) { c.phone = QStringLiteral("+380 1"); },
            [](const Contact &c) { return c.phone == u"+380 1"; });
    } else if (table == u"project") {
        check(
            first<Project>(*m_a), [](Project &p) { p.funder = QStringLiteral("A's funder"); },
            [](const Project &p) { return p.funder == u"A's funder"; });
    } else if (table == u"document") {
        check(
            first<Document>(*m_a), [](Document &d) { d.name = QStringLiteral("A.pdf"); },
            [](const Document &d) { return d.name == u"A.pdf"; });
    } else if (table == u"aid") {
        check(
            first<Aid>(*m_a), [](Aid &a) { a.description = QStringLiteral("A's aid"); },
            [](const Aid &a) { return a.description == u"A's aid"; });
    }
}

void TestRowVersions::clashingFieldsAreNamed()
{
    // Both changed the notes: the conflict names them, and "Keep mine" writes
    // A's over B's.
    const Milestone m = first<Milestone>(*m_a);
    QVERIFY(m.id > 0);
    Conflict seen;
    const Status s = overtaken<Milestone>(
        m.id,
        [](Milestone &row) {
            row.notes = QStringLiteral("A's notes");
            row.title = QStringLiteral("A's title");
        },
        ConflictChoice::KeepMine, &seen);
    QVERIFY2(s, s ? "" : qPrintable(s.error().fullText()));
    QCOMPARE(seen.clashing, QStringList{QStringLiteral("notes")});
    QCOMPARE(seen.change, QStringLiteral("A"));
    auto stored = MilestoneRepository(*m_b).get(m.id);
    QCOMPARE(stored->notes, QStringLiteral("A's notes"));
    QCOMPARE(stored->title, QStringLiteral("A's title"));
}

void TestRowVersions::cancelKeepsTheirs()
{
    const Contact c = first<Contact>(*m_a);
    QVERIFY(c.id > 0);
    const Status s = overtaken<Contact>(
        c.id, [](Contact &row) { row.email = QStringLiteral("a@example.org"); },
        ConflictChoice::Cancel);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Conflict);
    auto stored = ContactRepository(*m_b).get(c.id);
    QCOMPARE(stored->notes, QStringLiteral("B's notes"));
    QCOMPARE(stored->email, c.email);
    QVERIFY(!m_editorA->undoStack()->canUndo());
    // Without anyone to ask, nothing is overwritten either.
    m_editorA->setConflictHandler({});
    auto stale = ContactRepository(*m_a).get(c.id);
    stale->rowVersion -= 1;
    stale->email = QStringLiteral("a@example.org");
    QVERIFY(!m_editorA->update(*stale, QStringLiteral("A")));
    QCOMPARE(ContactRepository(*m_b).get(c.id)->email, c.email);
}

void TestRowVersions::agreementsToo()
{
    AgreementRecord made;
    made.agreement.title = QStringLiteral("Угода про співробітництво");
    made.agreement.signedOn = QDate(2024, 5, 9);
    made.partnershipIds = {m_pair};
    const auto added = AgreementRepository(*m_a).save(made);
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    const AgreementRecord original = *AgreementRepository(*m_a).record(*added);
    const qint64 id = original.agreement.id;
    AgreementRecord theirs = *AgreementRepository(*m_b).record(id);
    theirs.agreement.notes = QStringLiteral("B's notes");
    QVERIFY(m_editorB->saveAgreement(theirs));
    AgreementRecord mine = original;
    mine.agreement.number = QStringLiteral("A-17");
    Conflict seen;
    m_editorA->setConflictHandler([&](const Conflict &conflict) {
        seen = conflict;
        return ConflictChoice::KeepMine;
    });
    auto saved = m_editorA->saveAgreement(mine, original);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
    QCOMPARE(seen.entity, std::optional<Entity>(Entity::Agreement));
    QVERIFY(seen.clashing.isEmpty());
    const AgreementRecord stored = *AgreementRepository(*m_b).record(id);
    QCOMPARE(stored.agreement.notes, QStringLiteral("B's notes"));
    QCOMPARE(stored.agreement.number, QStringLiteral("A-17"));
    // Undo brings back what B saved, and redo A's again: no conflict with
    // oneself.
    m_editorA->setConflictHandler({});
    m_editorA->undoStack()->undo();
    QCOMPARE(AgreementRepository(*m_b).record(id)->agreement.number, original.agreement.number);
    QCOMPARE(AgreementRepository(*m_b).record(id)->agreement.notes, QStringLiteral("B's notes"));
    m_editorA->undoStack()->redo();
    QCOMPARE(AgreementRepository(*m_b).record(id)->agreement.number, QStringLiteral("A-17"));
}

void TestRowVersions::undoAndRedoAfterKeepMine()
{
    const Project p = first<Project>(*m_a);
    QVERIFY(p.id > 0);
    QVERIFY(overtaken<Project>(
        p.id, [](Project &row) { row.title = QStringLiteral("A's project"); },
        ConflictChoice::KeepMine));
    // Undo puts back what B had saved (B's notes, the old title), not what A
    // first read; redo writes A's title again.
    m_editorA->setConflictHandler({});
    m_editorA->undoStack()->undo();
    auto stored = ProjectRepository(*m_b).get(p.id);
    QCOMPARE(stored->title, p.title);
    QCOMPARE(stored->notes, QStringLiteral("B's notes"));
    m_editorA->undoStack()->redo();
    stored = ProjectRepository(*m_b).get(p.id);
    QCOMPARE(stored->title, QStringLiteral("A's project"));
    QCOMPARE(stored->notes, QStringLiteral("B's notes"));
}

template<class T>
void TestRowVersions::deleteOvertaken()
{
    using Repo = typename RepositoryFor<T>::type;
    const T seen = first<T>(*m_a); // A's view shows the record
    QVERIFY(seen.id > 0);
    T theirs = *Repo(*m_b).get(seen.id);
    theirs.notes = QStringLiteral("B's notes");
    QVERIFY(m_editorB->update(theirs, QStringLiteral("B")));
    // Without anyone to ask, A's deletion fails and deletes nothing.
    m_editorA->setConflictHandler({});
    const Status refused = m_editorA->remove<T>(seen.id, QStringLiteral("A"), seen.rowVersion);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(Repo(*m_b).get(seen.id));
    QVERIFY(!m_editorA->undoStack()->canUndo());
    // Asked, A cancels: still there; A chooses to delete it all the same: gone.
    Conflict asked;
    m_editorA->setConflictHandler([&](const Conflict &conflict) {
        asked = conflict;
        return ConflictChoice::Cancel;
    });
    QVERIFY(!m_editorA->remove<T>(seen.id, QStringLiteral("A"), seen.rowVersion));
    QCOMPARE(asked.entity, std::optional<Entity>(T::entity));
    QVERIFY(Repo(*m_b).get(seen.id));
    m_editorA->setConflictHandler([](const Conflict &) { return ConflictChoice::KeepMine; });
    QVERIFY(m_editorA->remove<T>(seen.id, QStringLiteral("A"), seen.rowVersion));
    QVERIFY(!Repo(*m_b).get(seen.id));
    // Undo brings back what B saved; redo deletes it again, without a conflict
    // with oneself.
    m_editorA->setConflictHandler({});
    m_editorA->undoStack()->undo();
    auto back = Repo(*m_b).get(seen.id);
    QVERIFY(back);
    QCOMPARE(back->notes, QStringLiteral("B's notes"));
    m_editorA->undoStack()->redo();
    QVERIFY(!Repo(*m_b).get(seen.id));
    // A deletion of what was not changed since needs no one to decide.
    m_editorA->undoStack()->undo();
    const T now = *Repo(*m_a).get(seen.id);
    m_editorA->undoStack()->clear();
    QVERIFY(m_editorA->remove<T>(now.id, QStringLiteral("A"), now.rowVersion));
}

void TestRowVersions::deletionOfARecordChangedSince_data()
{
    QTest::addColumn<QString>("entity");
    for (const char *e : {"area", "milestone", "contact", "project", "document", "aid"})
        QTest::newRow(e) << QString::fromLatin1(e);
}

void TestRowVersions::deletionOfARecordChangedSince()
{
    QFETCH(QString, entity);
    if (entity == u"area")
        deleteOvertaken<PartnershipArea>();
    else if (entity == u"milestone")
        deleteOvertaken<Milestone>();
    else if (entity == u"contact")
        deleteOvertaken<Contact>();
    else if (entity == u"project")
        deleteOvertaken<Project>();
    else if (entity == u"document")
        deleteOvertaken<Document>();
    else
        deleteOvertaken<Aid>();
}

void TestRowVersions::deletionOfAnAgreementOrAPairChangedSince()
{
    AgreementRecord made;
    made.agreement.title = QStringLiteral("Угода про співробітництво");
    made.agreement.signedOn = QDate(2024, 5, 9);
    made.partnershipIds = {m_pair};
    const auto added = AgreementRepository(*m_a).save(made);
    QVERIFY(added);
    const AgreementRecord seen = *AgreementRepository(*m_a).record(*added);
    AgreementRecord theirs = *AgreementRepository(*m_b).record(*added);
    theirs.agreement.notes = QStringLiteral("B's notes");
    QVERIFY(m_editorB->saveAgreement(theirs));
    m_editorA->setConflictHandler({});
    const Status refused = m_editorA->removeAgreement(*added, seen.agreement.rowVersion);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(AgreementRepository(*m_b).record(*added));
    m_editorA->setConflictHandler([](const Conflict &) { return ConflictChoice::KeepMine; });
    QVERIFY(m_editorA->removeAgreement(*added, seen.agreement.rowVersion));
    QVERIFY(!AgreementRepository(*m_b).record(*added));
    m_editorA->setConflictHandler({});
    m_editorA->undoStack()->undo();
    QCOMPARE(AgreementRepository(*m_b).record(*added)->agreement.notes,
             QStringLiteral("B's notes"));

    // The pair itself, with everything that belongs to it.
    const Partnership pair = *PartnershipRepository(*m_a).get(m_pair);
    Partnership theirPair = *PartnershipRepository(*m_b).get(m_pair);
    theirPair.notes = QStringLiteral("B's notes");
    QVERIFY(m_editorB->update(theirPair, QStringLiteral("B")));
    const Status pairRefused = m_editorA->removePartnership(m_pair, pair.rowVersion);
    QVERIFY(!pairRefused);
    QCOMPARE(pairRefused.error().code, Error::Code::Conflict);
    QVERIFY(PartnershipRepository(*m_b).get(m_pair));
    m_editorA->setConflictHandler([](const Conflict &) { return ConflictChoice::KeepMine; });
    QVERIFY(m_editorA->removePartnership(m_pair, pair.rowVersion));
    QVERIFY(!PartnershipRepository(*m_b).get(m_pair));
    m_editorA->setConflictHandler({});
    m_editorA->undoStack()->undo();
    QCOMPARE(PartnershipRepository(*m_b).get(m_pair)->notes, QStringLiteral("B's notes"));
}

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_rowversions.moc"
