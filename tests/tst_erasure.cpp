#include "app/core/erasure.h"
#include "app/core/repositories.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace tt;

// Erasing a person on a file (and, registered again, on a server as its
// administrator): the details leave every table, the history included.
class TestErasure : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void erasesEverywhere();
    void keepsOthers();
    void unknownContactFails();

private:
    // Every text value of every table that contains `needle`, as
    // "table.column".
    QStringList occurrences(const QString &needle);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_pair = 0;
    qint64 m_otherPair = 0;
    qint64 m_contact = 0;
    qint64 m_colleague = 0;
    qint64 m_milestone = 0;
    qint64 m_agreement = 0;
};

const QString name = QStringLiteral("Olena Testenko");
const QString phone = QStringLiteral("+380 44 765 4321");
const QString email = QStringLiteral("o.testenko@example.ua");

void TestErasure::init()
{
    if (test::onServer())
        TT_REQUIRE_SERVER();
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    Database &db = *m_db;
    auto community = CommunityRepository(db).byKatottg(QStringLiteral("UA05020030000031457"));
    QVERIFY(community && *community);
    auto pair = [&](const QString &place, const QString &officer) {
        Municipality m;
        m.name = place;
        m.countryIso = QStringLiteral("DE");
        Partnership p;
        p.communityId = (*community)->id;
        p.municipalityId = MunicipalityRepository(db).insert(m).valueOr(0);
        p.officer = officer;
        return PartnershipRepository(db).insert(p).valueOr(0);
    };
    m_pair = pair(QStringLiteral("Karlsruhe"), name);
    m_otherPair = pair(QStringLiteral("Freiburg"), QString());
    QVERIFY(m_pair && m_otherPair);

    Contact c;
    c.partnershipId = m_pair;
    c.name = name;
    c.role = QStringLiteral("Head of the international department");
    c.organisation = QStringLiteral("City council");
    c.email = email;
    c.phone = QStringLiteral("+380 44 000 0000");
    c.languages = QStringLiteral("uk, de");
    c.notes = QStringLiteral("Prefers calls in the morning");
    m_contact = ContactRepository(db).insert(c).valueOr(0);
    QVERIFY(m_contact);
    c.id = m_contact;
    c.phone = phone; // a change: the history holds [old, new]
    QVERIFY(ContactRepository(db).update(c));
    Contact colleague;
    colleague.partnershipId = m_pair;
    colleague.name = QStringLiteral("Petro Kolega");
    colleague.email = QStringLiteral("kolega@example.ua");
    m_colleague = ContactRepository(db).insert(colleague).valueOr(0);
    QVERIFY(m_colleague);

    Milestone ms;
    ms.partnershipId = m_pair;
    ms.title = QStringLiteral("Visit");
    ms.plannedOn = QDate(2025, 5, 1);
    ms.responsible = name;
    m_milestone = MilestoneRepository(db).insert(ms).valueOr(0);
    QVERIFY(m_milestone);

    AgreementRecord a;
    a.agreement.number = QStringLiteral("12/2025");
    a.agreement.signedOn = QDate(2025, 2, 1);
    a.partnershipIds = {m_pair};
    a.signatories = {
        {name, SignatoryOffice::Mayor, QStringLiteral("Вінниця")},
        {QStringLiteral("Frank Mentrup"), SignatoryOffice::Mayor, QStringLiteral("Karlsruhe")}};
    m_agreement = AgreementRepository(db).save(a).valueOr(0);
    QVERIFY(m_agreement);
}

void TestErasure::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

QStringList TestErasure::occurrences(const QString &needle)
{
    QStringList found;
    const QStringList tables = m_db->connection().tables();
    for (const QString &table : tables) {
        QSqlQuery q(m_db->connection());
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
            found << table + QStringLiteral(": ") + q.lastError().text();
            continue;
        }
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = r.value(i);
                if (v.typeId() == QMetaType::QString && v.toString().contains(needle))
                    found << table + u'.' + r.fieldName(i);
            }
        }
    }
    return found;
}

void TestErasure::erasesEverywhere()
{
    const QString oldPhone = QStringLiteral("+380 44 000 0000");
    for (const QString &s : {name, phone, email, oldPhone})
        QVERIFY(!occurrences(s).isEmpty());
    const QDate on(2026, 12, 6);
    QVERIFY(erasePerson(*m_db, m_contact, on));

    for (const QString &s : {name, phone, email, oldPhone})
        QVERIFY2(occurrences(s).isEmpty(), qPrintable(s + u' ' + occurrences(s).join(u' ')));

    // The contact keeps its place, the office, and the dated note.
    auto c = ContactRepository(*m_db).get(m_contact);
    QVERIFY(c);
    QCOMPARE(c->name, erasureNote(on));
    QVERIFY(c->name.contains(QLatin1String("2026-12-06")));
    QVERIFY(c->email.isEmpty() && c->phone.isEmpty() && c->languages.isEmpty() &&
            c->notes.isEmpty());
    QCOMPARE(c->role, QStringLiteral("Head of the international department"));
    QCOMPARE(c->organisation, QStringLiteral("City council"));

    // Copies of the name in the pair.
    QVERIFY(PartnershipRepository(*m_db).get(m_pair)->officer.isEmpty());
    QVERIFY(MilestoneRepository(*m_db).get(m_milestone)->responsible.isEmpty());
    auto agreement = AgreementRepository(*m_db).record(m_agreement);
    QVERIFY(agreement);
    QCOMPARE(agreement->signatories.size(), 2);
    QCOMPARE(agreement->signatories.at(0).name, erasureNote(on));
    QCOMPARE(agreement->signatories.at(1).name, QStringLiteral("Frank Mentrup"));

    // The history: the rows keep their keys, and one row tells of the erasure.
    auto history = AuditLogRepository(*m_db).forEntity(QStringLiteral("contact"), m_contact);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    const AuditEntry &erasure = history->first();
    QCOMPARE(erasure.action, QStringLiteral("erase"));
    QVERIFY(!erasure.actor.isEmpty());
    QVERIFY(qAbs(erasure.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QJsonObject inserted = QJsonDocument::fromJson(history->last().changes.toUtf8()).object();
    QCOMPARE(history->last().action, QStringLiteral("insert"));
    QVERIFY(inserted.contains(QLatin1String("name")));
    QVERIFY(inserted.value(QLatin1String("name")).isNull());
    QCOMPARE(inserted.value(QLatin1String("side")).toString(), QStringLiteral("ua"));
    const QJsonObject updated = QJsonDocument::fromJson(history->at(1).changes.toUtf8()).object();
    QCOMPARE(updated.value(QLatin1String("phone")).toArray().size(), 2);
}

void TestErasure::keepsOthers()
{
    // A namesake in another pair's records: the same name need not be the
    // same person.
    auto other = PartnershipRepository(*m_db).get(m_otherPair);
    QVERIFY(other);
    other->officer = name;
    QVERIFY(PartnershipRepository(*m_db).update(*other));
    Milestone ms;
    ms.partnershipId = m_otherPair;
    ms.title = QStringLiteral("Visit");
    ms.plannedOn = QDate(2025, 6, 1);
    ms.responsible = name;
    const qint64 otherMilestone = MilestoneRepository(*m_db).insert(ms).valueOr(0);
    QVERIFY(otherMilestone);

    QVERIFY(erasePerson(*m_db, m_contact));
    QCOMPARE(ContactRepository(*m_db).get(m_colleague)->name, QStringLiteral("Petro Kolega"));
    QVERIFY(!occurrences(QStringLiteral("kolega@example.ua")).isEmpty());
    QCOMPARE(PartnershipRepository(*m_db).get(m_otherPair)->officer, name);
    QCOMPARE(MilestoneRepository(*m_db).get(otherMilestone)->responsible, name);
}

void TestErasure::unknownContactFails()
{
    QVERIFY(!erasePerson(*m_db, m_contact + 1000));
    QVERIFY(!occurrences(name).isEmpty());
}

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
