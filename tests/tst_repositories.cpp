#include "app/core/maintenance.h"
#include "app/core/repositories.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace tt;

class TestRepositories : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void community();
    void municipality();
    void partnership();
    void duplicatePairIsReadable();
    void datesStayInOrder();
    void cooperationArea();
    void partnershipArea();
    void milestone();
    void contact();
    void project();
    void document();
    void deletingPairRemovesChildren();
    void auditRecordsWhoAndWhat();
    void notifierSaysWhatChanged();
    void keepsIdOnReinsert();
    void secondWriterOfPairGetsConflict();

private:
    qint64 makePair();
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_vinnytsia = 0;
};

void TestRepositories::init()
{
    if (test::onServer())
        TT_REQUIRE_SERVER();
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    auto v = CommunityRepository(*m_db).byKatottg(QStringLiteral("UA05020030000031457"));
    QVERIFY(v && *v);
    m_vinnytsia = (*v)->id;
}

void TestRepositories::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestRepositories::makePair()
{
    Municipality m;
    m.name = QStringLiteral("Karlsruhe");
    m.nameUk = QStringLiteral("Карлсруе");
    m.countryIso = QStringLiteral("DE");
    auto mid = MunicipalityRepository(*m_db).insert(m);
    if (!mid)
        return 0;
    Partnership p;
    p.communityId = m_vinnytsia;
    p.municipalityId = *mid;
    p.stage = Stage::TwinningAgreement;
    p.twinningOn = QDate(2023, 4, 22);
    auto pid = PartnershipRepository(*m_db).insert(p);
    return pid ? *pid : 0;
}

void TestRepositories::community()
{
    CommunityRepository repo(*m_db);
    Community c;
    c.nameUk = QStringLiteral("Згорани");
    c.oblastIso = QStringLiteral("UA-07");
    auto id = repo.insert(c);
    QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
    auto read = repo.get(*id);
    QVERIFY(read);
    QCOMPARE(read->nameLatn, QStringLiteral("Zghorany")); // filled by transliteration
    read->notes = QStringLiteral("entered by hand");
    QVERIFY(repo.update(*read));
    QCOMPARE(repo.get(*id)->notes, QStringLiteral("entered by hand"));
    QVERIFY(repo.remove(*id));
    QCOMPARE(repo.get(*id).error().code, Error::Code::NotFound);

    Community bad;
    bad.nameUk = QStringLiteral("X");
    bad.oblastIso = QStringLiteral("UA-99");
    auto r = repo.insert(bad);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("UA-99")));
    bad.oblastIso.clear();
    bad.katottg = QStringLiteral("UA05020030000031457");
    r = repo.insert(bad);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Duplicate);
    QVERIFY(r.error().message.contains(QStringLiteral("Вінниця")));
}

void TestRepositories::municipality()
{
    MunicipalityRepository repo(*m_db);
    Municipality m;
    m.name = QStringLiteral("Kraków");
    m.countryIso = QStringLiteral("PL");
    m.lat = 50.06;
    m.lon = 19.94;
    auto id = repo.insert(m);
    QVERIFY(id);
    auto read = repo.get(*id);
    QVERIFY(read);
    QCOMPARE(read->name, QStringLiteral("Kraków"));
    QCOMPARE(*read->lat, 50.06);
    QVERIFY(!read->geonameId.has_value());
    read->nameUk = QStringLiteral("Краків");
    QVERIFY(repo.update(*read));
    QCOMPARE(repo.byName(QStringLiteral("Kraków"), QStringLiteral("PL"))->size(), 1);
    QVERIFY(repo.remove(*id));

    Municipality noCountry;
    noCountry.name = QStringLiteral("Atlantis");
    QVERIFY(!repo.insert(noCountry));
    noCountry.countryIso = QStringLiteral("ZZ");
    auto r = repo.insert(noCountry);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("ZZ")));
}

void TestRepositories::partnership()
{
    const qint64 id = makePair();
    QVERIFY(id > 0);
    PartnershipRepository repo(*m_db);
    auto p = repo.get(id);
    QVERIFY(p);
    QCOMPARE(p->stage, Stage::TwinningAgreement);
    QCOMPARE(p->kind, PartnershipKind::Twinning);
    QCOMPARE(p->twinningOn, QDate(2023, 4, 22));
    p->kind = PartnershipKind::Partnership;
    p->initiative = QStringLiteral("International Marathon of Local Self-Government");
    QVERIFY(repo.update(*p));
    auto again = repo.get(id);
    QCOMPARE(again->kind, PartnershipKind::Partnership);
    QCOMPARE(again->initiative, p->initiative);
    QCOMPARE(repo.pairLabel(p->communityId, p->municipalityId),
             QStringLiteral("Vinnytsia – Karlsruhe"));
    QVERIFY(repo.remove(id));
    QCOMPARE(countRows(*m_db, QStringLiteral("partnership")).valueOr(-1), 0);
}

void TestRepositories::duplicatePairIsReadable()
{
    const qint64 id = makePair();
    QVERIFY(id > 0);
    auto first = PartnershipRepository(*m_db).get(id);
    Partnership twice = *first;
    twice.id = 0;
    auto r = PartnershipRepository(*m_db).insert(twice);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Duplicate);
    QCOMPARE(r.error().message,
             QStringLiteral("The partnership Vinnytsia – Karlsruhe is already recorded."));
    QCOMPARE(countRows(*m_db, QStringLiteral("partnership")).valueOr(-1), 1);
}

void TestRepositories::datesStayInOrder()
{
    const qint64 id = makePair();
    auto p = PartnershipRepository(*m_db).get(id);
    p->memorandumOn = QDate(2024, 1, 1); // after the twinning agreement
    auto s = PartnershipRepository(*m_db).update(*p);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Invalid);
    QVERIFY(s.error().message.contains(QStringLiteral("twinning agreement")));
    QCOMPARE(PartnershipRepository(*m_db).get(id)->memorandumOn, QDate());

    p = PartnershipRepository(*m_db).get(id);
    p->stage = Stage::Terminated;
    QVERIFY(!PartnershipRepository(*m_db).update(*p)); // needs the end date
    p->endedOn = QDate(2022, 1, 1);                    // before the agreement
    QVERIFY(!PartnershipRepository(*m_db).update(*p));
    p->endedOn = QDate(2025, 1, 1);
    p->endReason = QStringLiteral("Council decision");
    QVERIFY(PartnershipRepository(*m_db).update(*p));
}

void TestRepositories::cooperationArea()
{
    CooperationAreaRepository repo(*m_db);
    auto all = repo.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 14);
    QCOMPARE(all->first().code, QStringLiteral("healthcare"));
    CooperationArea a;
    a.code = QStringLiteral("digital");
    a.nameUk = QStringLiteral("Цифровізація");
    a.nameEn = QStringLiteral("Digital services");
    a.nameDe = QStringLiteral("Digitalisierung");
    a.color = QStringLiteral("#123456");
    auto id = repo.insert(a);
    QVERIFY(id);
    a.code = QStringLiteral("healthcare");
    a.id = 0;
    QCOMPARE(repo.insert(a).error().code, Error::Code::Duplicate);
    a.code = QStringLiteral("Bad Code");
    QCOMPARE(repo.insert(a).error().code, Error::Code::Invalid);
    auto read = repo.get(*id);
    read->archived = true;
    QVERIFY(repo.update(*read));
    QVERIFY(repo.get(*id)->archived);
    QVERIFY(repo.remove(*id));
}

void TestRepositories::partnershipArea()
{
    const qint64 pair = makePair();
    auto areas = CooperationAreaRepository(*m_db).all();
    PartnershipAreaRepository repo(*m_db);
    PartnershipArea a;
    a.partnershipId = pair;
    a.areaId = areas->at(0).id;
    a.status = PartnershipAreaStatus::Active;
    auto id = repo.insert(a);
    QVERIFY(id);
    a.id = 0;
    auto twice = repo.insert(a);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::Duplicate);
    auto read = repo.get(*id);
    read->status = PartnershipAreaStatus::Completed;
    QVERIFY(repo.update(*read));
    QCOMPARE(repo.forPartnership(pair)->first().status, PartnershipAreaStatus::Completed);
    // An area in use cannot leave the catalogue; archive it instead.
    auto removeArea = CooperationAreaRepository(*m_db).remove(areas->at(0).id);
    QVERIFY(!removeArea);
    QCOMPARE(removeArea.error().code, Error::Code::Invalid);
    QVERIFY(repo.remove(*id));
    QVERIFY(repo.forPartnership(pair)->isEmpty());
}

void TestRepositories::milestone()
{
    const qint64 pair = makePair();
    MilestoneRepository repo(*m_db);
    Milestone m;
    m.partnershipId = pair;
    m.kind = MilestoneKind::Exchange;
    m.title = QStringLiteral("Student exchange");
    m.plannedOn = QDate(2020, 5, 1);
    auto id = repo.insert(m);
    QVERIFY(id);
    QVERIFY(repo.get(*id)->isOverdue(QDate(2021, 1, 1)));
    auto read = repo.get(*id);
    read->status = MilestoneStatus::Done;
    QVERIFY(repo.update(*read));
    read = repo.get(*id);
    QVERIFY(read->doneOn.isValid()); // done without a date: today
    QVERIFY(!read->isOverdue(QDate(2021, 1, 1)));
    QCOMPARE(repo.forPartnership(pair)->size(), 1);

    Milestone untitled;
    untitled.partnershipId = pair;
    untitled.plannedOn = QDate(2025, 1, 1);
    QVERIFY(repo.insert(untitled).error().message.contains(QStringLiteral("title")));
    Milestone orphan = m;
    orphan.id = 0;
    orphan.partnershipId = 0;
    QVERIFY(repo.insert(orphan).error().message.contains(QStringLiteral("partnership")));
    QVERIFY(repo.remove(*id));
}

void TestRepositories::contact()
{
    const qint64 pair = makePair();
    ContactRepository repo(*m_db);
    Contact c;
    c.partnershipId = pair;
    c.name = QStringLiteral("Katrin Schneider");
    c.side = ContactSide::Partner;
    c.email = QStringLiteral("not-an-address");
    QVERIFY(!repo.insert(c));
    c.email = QStringLiteral("k.schneider@example.org");
    auto id = repo.insert(c);
    QVERIFY(id);
    auto read = repo.get(*id);
    QCOMPARE(read->side, ContactSide::Partner);
    read->phone = QStringLiteral("+49 721 133 0");
    QVERIFY(repo.update(*read));
    QCOMPARE(repo.forPartnership(pair)->first().phone, QStringLiteral("+49 721 133 0"));
    QVERIFY(repo.remove(*id));
}

void TestRepositories::project()
{
    const qint64 pair = makePair();
    ProjectRepository repo(*m_db);
    Project p;
    p.partnershipId = pair;
    p.title = QStringLiteral("Pumping stations");
    p.budgetMinor = 42000000;
    p.currency = QStringLiteral("eur");
    p.startOn = QDate(2024, 3, 1);
    p.endOn = QDate(2024, 1, 1);
    QVERIFY(!repo.insert(p)); // ends before it starts
    p.endOn = QDate(2025, 1, 1);
    auto id = repo.insert(p);
    QVERIFY(id);
    auto read = repo.get(*id);
    QCOMPARE(read->currency, QStringLiteral("EUR"));
    QCOMPARE(*read->budgetMinor, 42000000);
    read->status = ProjectStatus::Active;
    QVERIFY(repo.update(*read));
    QCOMPARE(repo.forPartnership(pair)->first().status, ProjectStatus::Active);
    read->currency.clear();
    QVERIFY(!repo.update(*read)); // a budget needs a currency
    QVERIFY(repo.remove(*id));
}

void TestRepositories::document()
{
    const qint64 pair = makePair();
    DocumentRepository repo(*m_db);
    Document d;
    d.partnershipId = pair;
    d.name = QStringLiteral("угода.pdf");
    d.type = DocumentType::Agreement;
    d.mimeType = QStringLiteral("application/pdf");
    const QByteArray bytes("%PDF-1.4 not really a pdf\n\0\x01\x02", 30);
    auto id = repo.attach(d, bytes);
    QVERIFY(id);
    auto read = repo.get(*id);
    QCOMPARE(read->size, bytes.size());
    QCOMPARE(read->sha256.size(), 64);
    QVERIFY(read->addedAt.isValid());
    QCOMPARE(*repo.content(*id), bytes);
    QCOMPARE(repo.forPartnership(pair)->size(), 1);
    // The history keeps the record, never the bytes.
    auto history = AuditLogRepository(*m_db).forEntity(QStringLiteral("document"), *id);
    QVERIFY(history && !history->isEmpty());
    QVERIFY(!history->first().changes.contains(QStringLiteral("PDF")));
    QVERIFY(repo.remove(*id));
    QCOMPARE(repo.content(*id).error().code, Error::Code::NotFound);
}

void TestRepositories::deletingPairRemovesChildren()
{
    const qint64 pair = makePair();
    Milestone m;
    m.partnershipId = pair;
    m.title = QStringLiteral("Visit");
    m.plannedOn = QDate(2025, 1, 1);
    QVERIFY(MilestoneRepository(*m_db).insert(m));
    Contact c;
    c.partnershipId = pair;
    c.name = QStringLiteral("Someone");
    QVERIFY(ContactRepository(*m_db).insert(c));
    QVERIFY(PartnershipRepository(*m_db).remove(pair));
    QCOMPARE(countRows(*m_db, QStringLiteral("milestone")).valueOr(-1), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("contact")).valueOr(-1), 0);
    // A municipality with no pairs left can go; one with pairs cannot.
    const qint64 other = makePair();
    auto kept = PartnershipRepository(*m_db).get(other);
    auto r = MunicipalityRepository(*m_db).remove(kept->municipalityId);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("refer")));
}

void TestRepositories::auditRecordsWhoAndWhat()
{
    m_db->setActor(QStringLiteral("o.kovalenko"));
    const qint64 pair = makePair();
    auto p = PartnershipRepository(*m_db).get(pair);
    p->officer = QStringLiteral("Олена Коваленко");
    QVERIFY(PartnershipRepository(*m_db).update(*p));
    Milestone m;
    m.partnershipId = pair;
    m.title = QStringLiteral("Visit");
    m.plannedOn = QDate(2025, 1, 1);
    auto mid = MilestoneRepository(*m_db).insert(m);
    QVERIFY(mid);

    auto history = AuditLogRepository(*m_db).forPartnership(pair);
    QVERIFY(history);
    QCOMPARE(history->size(), 3); // pair inserted, pair updated, milestone inserted
    const AuditEntry &newest = history->at(0);
    QCOMPARE(newest.entity, QStringLiteral("milestone"));
    QCOMPARE(newest.entityId, *mid);
    QCOMPARE(newest.action, QStringLiteral("insert"));
    // A server writes its own login name: a client cannot claim to be another.
    QCOMPARE(newest.actor, m_db->isServer() ? m_db->serverUser() : QStringLiteral("o.kovalenko"));
    const AuditEntry &update = history->at(1);
    QCOMPARE(update.action, QStringLiteral("update"));
    const QJsonObject changes = QJsonDocument::fromJson(update.changes.toUtf8()).object();
    QCOMPARE(changes.keys(), QStringList{QStringLiteral("officer")});
    QCOMPARE(changes.value(QStringLiteral("officer")).toArray().at(1).toString(),
             QStringLiteral("Олена Коваленко"));
    QVERIFY(changes.value(QStringLiteral("officer")).toArray().at(0).isNull());
    QVERIFY(qAbs(update.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // An update that changes nothing writes nothing.
    const qint64 before = AuditLogRepository(*m_db).count().valueOr(0);
    QVERIFY(PartnershipRepository(*m_db).update(*PartnershipRepository(*m_db).get(pair)));
    QCOMPARE(AuditLogRepository(*m_db).count().valueOr(0), before);

    // Deletion keeps what the record held.
    QVERIFY(MilestoneRepository(*m_db).remove(*mid));
    auto gone = AuditLogRepository(*m_db).forEntity(QStringLiteral("milestone"), *mid);
    QCOMPARE(gone->first().action, QStringLiteral("delete"));
    QVERIFY(gone->first().changes.contains(QStringLiteral("Visit")));
}

void TestRepositories::notifierSaysWhatChanged()
{
    const qint64 pair = makePair();
    QSignalSpy spy(&m_db->notifier(), &ChangeNotifier::changed);
    auto p = PartnershipRepository(*m_db).get(pair);
    p->stage = Stage::CooperationAgreement;
    p->agreementOn = QDate(2023, 1, 10);
    QVERIFY(PartnershipRepository(*m_db).update(*p));
    QCOMPARE(spy.count(), 1);
    auto change = spy.takeFirst().at(0).value<ChangeSet>();
    QCOMPARE(change.entity, Entity::Partnership);
    QCOMPARE(change.kind, ChangeSet::Kind::Updated);
    QCOMPARE(change.ids, QList<qint64>{pair});
    QCOMPARE(change.fields, (QStringList{QStringLiteral("stage"), QStringLiteral("agreement_on")}));

    Milestone m;
    m.partnershipId = pair;
    m.title = QStringLiteral("Visit");
    m.plannedOn = QDate(2025, 1, 1);
    auto mid = MilestoneRepository(*m_db).insert(m);
    QCOMPARE(spy.count(), 1);
    change = spy.takeFirst().at(0).value<ChangeSet>();
    QCOMPARE(change.entity, Entity::Milestone);
    QCOMPARE(change.kind, ChangeSet::Kind::Inserted);
    QCOMPARE(change.ids, QList<qint64>{*mid});
    QCOMPARE(change.parentIds, QList<qint64>{pair});

    // A failed write says nothing.
    Milestone bad;
    QVERIFY(!MilestoneRepository(*m_db).insert(bad));
    QCOMPARE(spy.count(), 0);
}

void TestRepositories::keepsIdOnReinsert()
{
    const qint64 pair = makePair();
    auto p = PartnershipRepository(*m_db).get(pair);
    Partnership copy = *p;
    QVERIFY(PartnershipRepository(*m_db).remove(pair));
    auto again = PartnershipRepository(*m_db).insert(copy);
    QVERIFY(again);
    QCOMPARE(*again, pair);
}

void TestRepositories::secondWriterOfPairGetsConflict()
{
    const qint64 pair = makePair();
    // A second program on the same database: the same file, or the same server.
    auto other = Database::open(m_db->path());
    QVERIFY2(other, qPrintable(other ? QString() : other.error().fullText()));
    auto mine = PartnershipRepository(*m_db).get(pair);
    auto theirs = PartnershipRepository(**other).get(pair);
    QVERIFY(mine && theirs);
    QCOMPARE(mine->rowVersion, 1);

    theirs->notes = QStringLiteral("Their note");
    QVERIFY(PartnershipRepository(**other).update(*theirs));
    mine->officer = QStringLiteral("My officer");
    auto refused = PartnershipRepository(*m_db).update(*mine);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    auto stored = PartnershipRepository(*m_db).get(pair);
    QCOMPARE(stored->notes, QStringLiteral("Their note"));
    QVERIFY(stored->officer.isEmpty());
    QCOMPARE(stored->rowVersion, 2);

    // Read again, the same edit goes through and moves the version on.
    stored->officer = QStringLiteral("My officer");
    QVERIFY(PartnershipRepository(*m_db).update(*stored));
    QCOMPARE(PartnershipRepository(**other).get(pair)->rowVersion, 3);
    // A child record's edit leaves the pair's version alone.
    Milestone m;
    m.partnershipId = pair;
    m.title = QStringLiteral("Visit");
    m.plannedOn = QDate(2025, 1, 1);
    auto added = MilestoneRepository(**other).insert(m);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().fullText()));
    QCOMPARE(PartnershipRepository(*m_db).get(pair)->rowVersion, 3);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
