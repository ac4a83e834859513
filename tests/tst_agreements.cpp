// Agreements, aid and the approval track in the database: the repositories'
// rules, a trilateral agreement stored once, undo through the Editor, deleting a
// pair and undoing it, and a version 1 file with data migrated to version 2.

#include "app/commands/editor.h"
#include "app/core/maintenance.h"
#include "app/io/backup.h"
#include "tests/testutil.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace tt;

class TestAgreements : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void trilateralStoredOnce();
    void expiryFromTerm();
    void refusesBadAgreements_data();
    void refusesBadAgreements();
    void historyOfEachPair();
    void editorAddEditUndo();
    void removeAgreementUndo();
    void removePairKeepsOtherPartiesAndUndoes();
    void aidRules();
    void approvalStepDocumentNumber();
    void migratesV1WithData();
    void backupKeepsAgreementsAndAid();

private:
    qint64 place(const QString &name, const QString &country);
    qint64 pair(qint64 community, qint64 partner);
    AgreementRecord trilateral() const;
    qint64 count(const QString &table) { return countRows(*m_db, table).valueOr(-1); }

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_khotyn = 0;
    qint64 m_zagan = 0;
    qint64 m_teltow = 0;
    qint64 m_area = 0;
};

qint64 TestAgreements::place(const QString &name, const QString &country)
{
    Municipality m;
    m.name = name;
    m.countryIso = country;
    auto id = MunicipalityRepository(*m_db).insert(m);
    return id ? *id : 0;
}

qint64 TestAgreements::pair(qint64 community, qint64 partner)
{
    Partnership p;
    p.communityId = community;
    p.municipalityId = partner;
    p.stage = Stage::TwinningAgreement;
    auto id = PartnershipRepository(*m_db).insert(p);
    return id ? *id : 0;
}

void TestAgreements::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    auto khotyn = CommunityRepository(*m_db).byName(QStringLiteral("Хотин"));
    QVERIFY(khotyn && khotyn->size() == 1);
    const qint64 community = khotyn->first().id;
    m_khotyn = community;
    m_zagan = pair(community, place(QStringLiteral("Żagań"), QStringLiteral("PL")));
    m_teltow = pair(community, place(QStringLiteral("Teltow"), QStringLiteral("DE")));
    QVERIFY(m_zagan > 0 && m_teltow > 0);
    auto areas = CooperationAreaRepository(*m_db).all();
    QVERIFY(areas && !areas->isEmpty());
    m_area = areas->first().id;
}

void TestAgreements::cleanup()
{
    m_db.reset();
    delete m_dir;
}

AgreementRecord TestAgreements::trilateral() const
{
    AgreementRecord r;
    r.agreement.kind = AgreementKind::Twinning;
    r.agreement.number = QStringLiteral("  17/2025 ");
    r.agreement.signedOn = QDate(2025, 5, 20);
    r.partnershipIds = {m_zagan, m_teltow};
    r.areaIds = {m_area};
    r.signatories = {
        {QStringLiteral("Андрій Дранчук"), SignatoryOffice::Mayor, QStringLiteral("Хотин")},
        {QStringLiteral("Sławomir Kowal"), SignatoryOffice::Mayor, QStringLiteral("Żagań")},
        {QStringLiteral("Thomas Schmidt"), SignatoryOffice::Mayor, QStringLiteral("Teltow")}};
    return r;
}

void TestAgreements::trilateralStoredOnce()
{
    AgreementRepository repo(*m_db);
    AgreementRecord r = trilateral();
    auto id = repo.save(r);
    QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
    QCOMPARE(count(QStringLiteral("agreement")), 1);
    QCOMPARE(count(QStringLiteral("agreement_party")), 2);
    QCOMPARE(count(QStringLiteral("agreement_signatory")), 3);
    // Both pairs see the one agreement, with everything that belongs to it.
    for (qint64 p : {m_zagan, m_teltow}) {
        auto list = repo.forPartnership(p);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const AgreementRecord &a = list->first();
        QCOMPARE(a.agreement.id, *id);
        QCOMPARE(a.agreement.number, QStringLiteral("17/2025"));
        QCOMPARE(a.partnershipIds, (QList<qint64>{m_zagan, m_teltow}));
        QCOMPARE(a.areaIds, QList<qint64>{m_area});
        QCOMPARE(a.signatories.size(), 3);
        QCOMPARE(a.signatories[1].name, QStringLiteral("Sławomir Kowal"));
        QCOMPARE(a.signatories[0].office, SignatoryOffice::Mayor);
    }
    auto all = repo.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().signatories.size(), 3);
    // What the monitoring counts: the pairs and areas, not the signatories.
    auto counted = repo.allForCounting();
    QVERIFY(counted);
    QCOMPARE(counted->size(), 1);
    QCOMPARE(counted->first().agreement.number, QStringLiteral("17/2025"));
    QCOMPARE(counted->first().partnershipIds, (QList<qint64>{m_zagan, m_teltow}));
    QCOMPARE(counted->first().areaIds, QList<qint64>{m_area});
    QVERIFY(counted->first().signatories.isEmpty());
    // Saving again replaces the children, it does not add to them.
    r.signatories.removeLast();
    r.signatories[0].office = SignatoryOffice::MilitaryAdministrationHead;
    QVERIFY(repo.save(r));
    auto again = repo.record(*id);
    QVERIFY(again);
    QCOMPARE(again->signatories.size(), 2);
    QCOMPARE(again->signatories[0].office, SignatoryOffice::MilitaryAdministrationHead);
    QCOMPARE(count(QStringLiteral("agreement")), 1);
}

void TestAgreements::expiryFromTerm()
{
    AgreementRecord r = trilateral();
    r.agreement.termYears = 5;
    auto id = AgreementRepository(*m_db).save(r);
    QVERIFY(id);
    QCOMPARE(r.agreement.expiresOn, QDate(2030, 5, 19));
    auto stored = AgreementRepository(*m_db).record(*id);
    QVERIFY(stored);
    QCOMPARE(stored->agreement.expiresOn, QDate(2030, 5, 19));
    QVERIFY(stored->agreement.isInForce(QDate(2030, 5, 19)));
    QVERIFY(!stored->agreement.isInForce(QDate(2030, 5, 20)));
}

void TestAgreements::refusesBadAgreements_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("no pair") << 0 << QStringLiteral("at least one partnership");
    QTest::newRow("unknown pair") << 1 << QStringLiteral("existing partnership");
    QTest::newRow("expires before signing") << 2 << QStringLiteral("before the date of");
    QTest::newRow("signatory without name") << 3 << QStringLiteral("needs a name");
    QTest::newRow("zero term") << 4 << QStringLiteral("at least 1");
    QTest::newRow("unknown area") << 5 << QStringLiteral("area does not exist");
}

void TestAgreements::refusesBadAgreements()
{
    QFETCH(int, fault);
    QFETCH(QString, message);
    AgreementRecord r = trilateral();
    switch (fault) {
    case 0:
        r.partnershipIds.clear();
        break;
    case 1:
        r.partnershipIds << 999999;
        break;
    case 2:
        r.agreement.expiresOn = QDate(2024, 1, 1);
        break;
    case 3:
        r.signatories[1].name = QStringLiteral("  ");
        break;
    case 4:
        r.agreement.termYears = 0;
        break;
    case 5:
        r.areaIds << 999999;
        break;
    }
    const qint64 audit = count(QStringLiteral("audit_log"));
    auto id = AgreementRepository(*m_db).save(r);
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
    // Nothing half-written.
    QCOMPARE(count(QStringLiteral("agreement")), 0);
    QCOMPARE(count(QStringLiteral("agreement_party")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), audit);
}

void TestAgreements::historyOfEachPair()
{
    AgreementRecord r = trilateral();
    QVERIFY(AgreementRepository(*m_db).save(r));
    for (qint64 p : {m_zagan, m_teltow}) {
        auto history = AuditLogRepository(*m_db).forPartnership(p);
        QVERIFY(history);
        QVERIFY(!history->isEmpty());
        QCOMPARE(history->first().entity, QStringLiteral("agreement"));
        QCOMPARE(history->first().action, QStringLiteral("insert"));
    }
}

void TestAgreements::editorAddEditUndo()
{
    Editor editor(*m_db);
    QSignalSpy changes(&m_db->notifier(), &ChangeNotifier::changed);
    auto id = editor.saveAgreement(trilateral());
    QVERIFY(id);
    QVERIFY(!changes.isEmpty());
    AgreementRecord edited = *AgreementRepository(*m_db).record(*id);
    edited.agreement.number = QStringLiteral("18/2025");
    edited.partnershipIds = {m_zagan};
    QVERIFY(editor.saveAgreement(edited));
    QCOMPARE(AgreementRepository(*m_db).forPartnership(m_teltow)->size(), 0);
    QCOMPARE(editor.undoStack()->count(), 2);

    editor.undoStack()->undo();
    auto back = AgreementRepository(*m_db).record(*id);
    QVERIFY(back);
    QCOMPARE(back->agreement.number, QStringLiteral("17/2025"));
    QCOMPARE(back->partnershipIds, (QList<qint64>{m_zagan, m_teltow}));
    editor.undoStack()->undo();
    QCOMPARE(count(QStringLiteral("agreement")), 0);
    QCOMPARE(count(QStringLiteral("agreement_signatory")), 0);
    editor.undoStack()->redo();
    editor.undoStack()->redo();
    auto redone = AgreementRepository(*m_db).record(*id);
    QVERIFY(redone);
    QCOMPARE(redone->agreement.number, QStringLiteral("18/2025"));
    QCOMPARE(redone->signatories.size(), 3);
}

void TestAgreements::removeAgreementUndo()
{
    Editor editor(*m_db);
    auto id = editor.saveAgreement(trilateral());
    QVERIFY(id);
    QVERIFY(editor.removeAgreement(*id));
    QCOMPARE(count(QStringLiteral("agreement")), 0);
    editor.undoStack()->undo();
    auto back = AgreementRepository(*m_db).record(*id);
    QVERIFY(back);
    QCOMPARE(back->signatories.size(), 3);
    QCOMPARE(back->partnershipIds.size(), 2);
}

void TestAgreements::removePairKeepsOtherPartiesAndUndoes()
{
    Editor editor(*m_db);
    auto trilateralId = editor.saveAgreement(trilateral());
    AgreementRecord own = trilateral();
    own.partnershipIds = {m_teltow};
    own.agreement.kind = AgreementKind::Supplementary;
    auto ownId = editor.saveAgreement(own);
    QVERIFY(trilateralId && ownId);
    Aid a;
    a.partnershipId = m_teltow;
    a.description = QStringLiteral("Generator");
    a.valueMinor = 1250000;
    a.currency = QStringLiteral("eur");
    QVERIFY(editor.insert(a, QStringLiteral("Add aid")));

    QVERIFY(editor.removePartnership(m_teltow));
    // The trilateral agreement still binds Хотин – Żagań; the agreement that
    // bound only the deleted pair went with it, and so did its aid.
    auto left = AgreementRepository(*m_db).record(*trilateralId);
    QVERIFY(left);
    QCOMPARE(left->partnershipIds, QList<qint64>{m_zagan});
    QVERIFY(!AgreementRepository(*m_db).record(*ownId));
    QCOMPARE(count(QStringLiteral("aid")), 0);

    editor.undoStack()->undo();
    auto back = AgreementRepository(*m_db).record(*trilateralId);
    QVERIFY(back);
    QCOMPARE(back->partnershipIds, (QList<qint64>{m_zagan, m_teltow}));
    auto ownBack = AgreementRepository(*m_db).record(*ownId);
    QVERIFY(ownBack);
    QCOMPARE(ownBack->agreement.kind, AgreementKind::Supplementary);
    auto aid = AidRepository(*m_db).forPartnership(m_teltow);
    QVERIFY(aid);
    QCOMPARE(aid->size(), 1);
    QCOMPARE(aid->first().currency, QStringLiteral("EUR"));
    QCOMPARE(aid->first().valueMinor, std::optional<qint64>(1250000));
}

void TestAgreements::aidRules()
{
    AidRepository repo(*m_db);
    Aid a;
    a.partnershipId = m_zagan;
    a.description = QStringLiteral("  ");
    QVERIFY(!repo.insert(a));
    a.description = QStringLiteral("Fire engine");
    a.valueMinor = -1;
    a.currency = QStringLiteral("EUR");
    QVERIFY(!repo.insert(a));
    a.valueMinor = 100;
    a.currency = QStringLiteral("euro");
    auto refused = repo.insert(a);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("three-letter")));
    a.currency = QStringLiteral("pln");
    a.receivedOn = QDate(2026, 3, 1);
    a.acceptanceDocument = QStringLiteral("Акт № 5 від 01.03.2026");
    QVERIFY(repo.insert(a));
    auto list = repo.forPartnership(m_zagan);
    QVERIFY(list && list->size() == 1);
    QCOMPARE(list->first().currency, QStringLiteral("PLN"));
    QCOMPARE(list->first().acceptanceDocument, QStringLiteral("Акт № 5 від 01.03.2026"));
}

void TestAgreements::approvalStepDocumentNumber()
{
    Milestone m;
    m.partnershipId = m_zagan;
    m.kind = MilestoneKind::MinistryOrder;
    m.title = toLabel(m.kind);
    m.status = MilestoneStatus::Done;
    m.doneOn = QDate(2026, 5, 4);
    m.documentNumber = QStringLiteral("№ 212");
    auto id = MilestoneRepository(*m_db).insert(m);
    QVERIFY(id);
    auto stored = MilestoneRepository(*m_db).get(*id);
    QVERIFY(stored);
    QCOMPARE(stored->kind, MilestoneKind::MinistryOrder);
    QCOMPARE(stored->documentNumber, QStringLiteral("№ 212"));
}

void TestAgreements::migratesV1WithData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.twinning"));
    {
        OpenOptions old;
        old.targetVersion = 1;
        auto db = Database::open(path, old);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), 1);
        // Written as version 1 wrote them: the v1 columns only.
        QSqlQuery q((*db)->connection());
        for (const char *sql :
             {"INSERT INTO municipality (id, name, country_iso2) VALUES (1, 'Teltow', 'DE')",
              "INSERT INTO partnership (id, community_id, municipality_id, kind, stage, ended_on, "
              "end_reason) VALUES (1, (SELECT id FROM community WHERE name_uk = 'Хотин'), 1, "
              "'twinning', 'terminated', '2022-03-01', 'War')",
              "INSERT INTO milestone (partnership_id, kind, title, planned_on, status) VALUES (1, "
              "'visit', 'Visit', '2021-05-05', 'planned')",
              "INSERT INTO contact (partnership_id, name, side) VALUES (1, 'Anna', 'partner')",
              "INSERT INTO project (partnership_id, title, status, budget_minor, currency) VALUES "
              "(1, 'School', 'active', 500000, 'EUR')",
              "INSERT INTO partnership_area (partnership_id, area_id, status) VALUES (1, 1, "
              "'active')"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
    }
    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(QFileInfo::exists((*db)->migrationBackupPath()));
    auto report = checkDatabase(**db);
    QVERIFY(report && report->ok());
    for (const char *table :
         {"municipality", "partnership", "milestone", "contact", "project", "partnership_area"})
        QCOMPARE(countRows(**db, QLatin1String(table)).valueOr(-1), 1);
    QCOMPARE(countRows(**db, QStringLiteral("agreement")).valueOr(-1), 0);
    auto pair = PartnershipRepository(**db).get(1);
    QVERIFY(pair);
    QCOMPARE(pair->endedOn, QDate(2022, 3, 1));
    QCOMPARE(pair->endReason, QStringLiteral("War"));
    auto milestones = MilestoneRepository(**db).forPartnership(1);
    QVERIFY(milestones && milestones->size() == 1);
    QCOMPARE(milestones->first().title, QStringLiteral("Visit"));
    QVERIFY(milestones->first().documentNumber.isEmpty());
    auto projects = ProjectRepository(**db).forPartnership(1);
    QVERIFY(projects && projects->size() == 1);
    QCOMPARE(projects->first().budgetMinor, std::optional<qint64>(500000));
    // The new tables take records at once.
    Aid a;
    a.partnershipId = 1;
    a.description = QStringLiteral("Ambulance");
    QVERIFY(AidRepository(**db).insert(a));
}

void TestAgreements::backupKeepsAgreementsAndAid()
{
    AgreementRecord r = trilateral();
    auto id = AgreementRepository(*m_db).save(r);
    QVERIFY(id);
    Aid a;
    a.partnershipId = m_teltow;
    a.description = QStringLiteral("Generator");
    a.valueMinor = 990000;
    a.currency = QStringLiteral("EUR");
    QVERIFY(AidRepository(*m_db).insert(a));
    const QString path = m_dir->filePath(QStringLiteral("backup.json"));
    QVERIFY(io::writeBackup(*m_db, path));

    auto other = test::openFresh(*m_dir, QStringLiteral("restored.twinning"));
    QVERIFY(other);
    auto restored = io::restoreBackupFile(*other, path, false);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().fullText()));
    auto back = AgreementRepository(*other).record(*id);
    QVERIFY(back);
    QCOMPARE(back->agreement.number, r.agreement.number);
    QCOMPARE(back->partnershipIds, r.partnershipIds);
    QCOMPARE(back->areaIds, r.areaIds);
    QCOMPARE(back->signatories, r.signatories);
    auto aid = AidRepository(*other).forPartnership(m_teltow);
    QVERIFY(aid && aid->size() == 1);
    QCOMPARE(aid->first().valueMinor, std::optional<qint64>(990000));
}

QTEST_GUILESS_MAIN(TestAgreements)
#include "tst_agreements.moc"
