#include "app/commands/editor.h"
#include "app/core/maintenance.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QSignalSpy>

using namespace tt;

class TestEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void insertUndoRedo();
    void updateUndoRedo();
    void failedEditIsNotOnTheStack();
    void removePartnershipBringsEverythingBack();
    void addPartnershipWithNewPartnerIsOneStep();
    void milestoneDoneAndBack();
    void mergeMunicipalities();
    void undoAndRedoOfPairKeepItsVersion();

private:
    qint64 count(const QString &table) { return countRows(*m_db, table).valueOr(-1); }
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Editor> m_editor;
    qint64 m_pair = 0;
};

void TestEditor::init()
{
    if (test::onServer())
        TT_REQUIRE_SERVER();
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, QDate(2026, 11, 29)));
    m_editor = std::make_unique<Editor>(*m_db);
    auto pairs = PartnershipRepository(*m_db).byNames(QStringLiteral("Вінниця"),
                                                      QStringLiteral("Karlsruhe"));
    QVERIFY(pairs && pairs->size() == 1);
    m_pair = pairs->first().id;
}

void TestEditor::cleanup()
{
    m_editor.reset();
    m_db.reset();
    delete m_dir;
}

void TestEditor::insertUndoRedo()
{
    const qint64 before = count(QStringLiteral("milestone"));
    Milestone m;
    m.partnershipId = m_pair;
    m.title = QStringLiteral("Firefighters' exchange");
    m.plannedOn = QDate(2027, 3, 1);
    auto id = m_editor->insert(m, QStringLiteral("Add milestone"));
    QVERIFY(id);
    QCOMPARE(count(QStringLiteral("milestone")), before + 1);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("milestone")), before);
    m_editor->undoStack()->redo();
    QCOMPARE(count(QStringLiteral("milestone")), before + 1);
    QCOMPARE(MilestoneRepository(*m_db).get(*id)->title, m.title); // same record, same id
}

void TestEditor::updateUndoRedo()
{
    auto pair = PartnershipRepository(*m_db).get(m_pair);
    Partnership changed = *pair;
    changed.notes = QStringLiteral("New notes");
    QVERIFY(m_editor->update(changed, QStringLiteral("Edit notes")));
    QCOMPARE(PartnershipRepository(*m_db).get(m_pair)->notes, QStringLiteral("New notes"));
    m_editor->undoStack()->undo();
    QCOMPARE(PartnershipRepository(*m_db).get(m_pair)->notes, pair->notes);
    m_editor->undoStack()->redo();
    QCOMPARE(PartnershipRepository(*m_db).get(m_pair)->notes, QStringLiteral("New notes"));
}

void TestEditor::failedEditIsNotOnTheStack()
{
    Milestone m; // no pair, no title
    auto id = m_editor->insert(m, QStringLiteral("Add milestone"));
    QVERIFY(!id);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestEditor::removePartnershipBringsEverythingBack()
{
    const QStringList tables = {QStringLiteral("partnership"), QStringLiteral("partnership_area"),
                                QStringLiteral("milestone"),   QStringLiteral("contact"),
                                QStringLiteral("project"),     QStringLiteral("document")};
    Document d;
    d.partnershipId = m_pair;
    d.name = QStringLiteral("memorandum.pdf");
    QVERIFY(m_editor->attachDocument(d, QByteArray("%PDF", 4)));
    QList<qint64> before;
    for (const QString &t : tables)
        before << count(t);
    QVERIFY(m_editor->removePartnership(m_pair));
    QCOMPARE(count(QStringLiteral("partnership")), before[0] - 1);
    QVERIFY(count(QStringLiteral("milestone")) < before[2]);
    m_editor->undoStack()->undo();
    for (qsizetype i = 0; i < tables.size(); ++i)
        QCOMPARE(count(tables[i]), before[i]);
    auto docs = DocumentRepository(*m_db).forPartnership(m_pair);
    QCOMPARE(docs->size(), 1);
    QCOMPARE(*DocumentRepository(*m_db).content(docs->first().id), QByteArray("%PDF", 4));
    m_editor->undoStack()->redo();
    QCOMPARE(count(QStringLiteral("partnership")), before[0] - 1);
}

void TestEditor::addPartnershipWithNewPartnerIsOneStep()
{
    const qint64 municipalities = count(QStringLiteral("municipality"));
    Municipality m;
    m.name = QStringLiteral("Gdynia");
    m.countryIso = QStringLiteral("PL");
    Partnership p;
    p.communityId = PartnershipRepository(*m_db).get(m_pair)->communityId;
    p.stage = Stage::Negotiation;
    auto id = m_editor->addPartnership(p, m);
    QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
    QCOMPARE(count(QStringLiteral("municipality")), municipalities + 1);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("municipality")), municipalities);
    QCOMPARE(PartnershipRepository(*m_db).get(*id).error().code, Error::Code::NotFound);
    m_editor->undoStack()->redo();
    QVERIFY(PartnershipRepository(*m_db).get(*id));
}

void TestEditor::milestoneDoneAndBack()
{
    auto milestones = MilestoneRepository(*m_db).forPartnership(m_pair);
    qint64 planned = 0;
    for (const Milestone &m : *milestones)
        if (m.status == MilestoneStatus::Planned)
            planned = m.id;
    QVERIFY(planned);
    QVERIFY(m_editor->setMilestoneDone(planned, true, QDate(2026, 11, 20)));
    QCOMPARE(MilestoneRepository(*m_db).get(planned)->doneOn, QDate(2026, 11, 20));
    m_editor->undoStack()->undo();
    QCOMPARE(MilestoneRepository(*m_db).get(planned)->status, MilestoneStatus::Planned);
    QVERIFY(!MilestoneRepository(*m_db).get(planned)->doneOn.isValid());
}

void TestEditor::mergeMunicipalities()
{
    // "Karlsruhe" entered a second time with a pair of its own.
    Municipality dup;
    dup.name = QStringLiteral("Karlsruhe (Baden)");
    dup.countryIso = QStringLiteral("DE");
    auto dupId = MunicipalityRepository(*m_db).insert(dup);
    auto lviv = CommunityRepository(*m_db).byName(QStringLiteral("Львів"));
    Partnership p;
    p.communityId = lviv->first().id;
    p.municipalityId = *dupId;
    auto pairId = PartnershipRepository(*m_db).insert(p);
    QVERIFY(pairId);
    const qint64 karlsruhe = PartnershipRepository(*m_db).get(m_pair)->municipalityId;
    QVERIFY(m_editor->mergeMunicipalities(karlsruhe, *dupId));
    QCOMPARE(PartnershipRepository(*m_db).get(*pairId)->municipalityId, karlsruhe);
    QCOMPARE(MunicipalityRepository(*m_db).get(*dupId).error().code, Error::Code::NotFound);
    m_editor->undoStack()->undo();
    QCOMPARE(PartnershipRepository(*m_db).get(*pairId)->municipalityId, *dupId);
    QCOMPARE(MunicipalityRepository(*m_db).get(*dupId)->name, QStringLiteral("Karlsruhe (Baden)"));
}

void TestEditor::undoAndRedoOfPairKeepItsVersion()
{
    // Each write moves the pair's version on; undo and redo must not be taken
    // for someone else's change.
    auto p = PartnershipRepository(*m_db).get(m_pair);
    const qint64 start = p->rowVersion;
    p->notes = QStringLiteral("Edited");
    QVERIFY(m_editor->update(*p, QStringLiteral("Edit notes")));
    m_editor->undoStack()->undo();
    QVERIFY(PartnershipRepository(*m_db).get(m_pair)->notes != QStringLiteral("Edited"));
    m_editor->undoStack()->redo();
    QCOMPARE(PartnershipRepository(*m_db).get(m_pair)->notes, QStringLiteral("Edited"));
    QCOMPARE(PartnershipRepository(*m_db).get(m_pair)->rowVersion, start + 3);
    m_editor->undoStack()->undo();
    QCOMPARE(PartnershipRepository(*m_db).get(m_pair)->rowVersion, start + 4);
}

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
