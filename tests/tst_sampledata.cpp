#include "core/maintenance.h"
#include "core/repositories.h"
#include "sample/sampledata.h"
#include "testutil.h"

#include <QSqlQuery>

using namespace tt;

class TestSampleData : public QObject
{
    Q_OBJECT
private slots:
    void demoHasVinnytsiaKarlsruhe();
    void demoCoversTheVariety();
    void generateWritesWhatItClaims();
    void generateIsRepeatable();

private:
    static qint64 scalar(Database &db, const QString &sql);
};

qint64 TestSampleData::scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestSampleData::demoHasVinnytsiaKarlsruhe()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    const QDate today(2026, 11, 29);
    auto summary = sample::writeDemo(*db, today);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().fullText()));

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT p.id, p.kind, p.stage, p.twinning_on, m.name_uk, m.country_iso2, m.lat "
        "FROM partnership p JOIN community c ON c.id = p.community_id "
        "JOIN municipality m ON m.id = p.municipality_id "
        "WHERE c.name_uk = 'Вінниця' AND m.name = 'Karlsruhe'")));
    QVERIFY(q.next());
    const qint64 pair = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), QStringLiteral("twinning"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("twinning_agreement"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2023-04-22"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Карлсруе"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("DE"));
    QVERIFY(qAbs(q.value(6).toDouble() - 49.00937) < 0.01); // from the gazetteer

    // The five areas agreed during the 2022 visit.
    QVERIFY(
        q.exec(QStringLiteral("SELECT a.code FROM partnership_area pa JOIN cooperation_area a "
                              "ON a.id = pa.area_id WHERE pa.partnership_id = %1 ORDER BY a.code")
                   .arg(pair)));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    QCOMPARE(codes, (QStringList{QStringLiteral("culture"), QStringLiteral("education"),
                                 QStringLiteral("healthcare"), QStringLiteral("internships"),
                                 QStringLiteral("utilities")}));

    auto milestones = MilestoneRepository(*db).forPartnership(pair);
    QVERIFY(milestones);
    bool visit2022 = false, signing = false, exchangePlanned = false, internshipPlanned = false;
    for (const Milestone &m : *milestones) {
        if (m.kind == MilestoneKind::Visit && m.doneOn.year() == 2022)
            visit2022 = true;
        if (m.kind == MilestoneKind::DocumentSigned && m.doneOn == QDate(2023, 4, 22))
            signing = m.location == QStringLiteral("Karlsruhe");
        if (m.kind == MilestoneKind::Exchange && m.status == MilestoneStatus::Planned &&
            m.plannedOn > today) {
            if (m.title.contains(QStringLiteral("студент")))
                exchangePlanned = true;
            if (m.title.contains(QStringLiteral("Стажування")))
                internshipPlanned = true;
        }
    }
    QVERIFY(visit2022);
    QVERIFY(signing);
    QVERIFY(exchangePlanned);
    QVERIFY(internshipPlanned);
    QVERIFY(ContactRepository(*db).forPartnership(pair)->size() >= 2);
    QVERIFY(ProjectRepository(*db).forPartnership(pair)->size() >= 1);
}

void TestSampleData::demoCoversTheVariety()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    const QDate today(2026, 11, 29);
    auto summary = sample::writeDemo(*db, today);
    QVERIFY(summary);
    QVERIFY(summary->partnerships >= 30);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM partnership")),
             summary->partnerships);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone")), summary->milestones);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT c.oblast_iso) FROM partnership p "
                                       "JOIN community c ON c.id = p.community_id")) >= 15);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT m.country_iso2) FROM partnership p "
                                       "JOIN municipality m ON m.id = p.municipality_id")) >= 10);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT kind) FROM partnership")), 4);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT stage) FROM partnership")) >= 6);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT area_id) FROM partnership_area")) >=
            12);
    const QString iso = today.toString(Qt::ISODate);
    QVERIFY(
        scalar(*db,
               QStringLiteral(
                   "SELECT count(*) FROM milestone WHERE status = 'planned' AND planned_on < '%1'")
                   .arg(iso)) >= 5);
    QVERIFY(
        scalar(*db,
               QStringLiteral(
                   "SELECT count(*) FROM milestone WHERE status = 'planned' AND planned_on >= '%1'")
                   .arg(iso)) >= 10);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone WHERE status = 'done'")) >=
            20);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM contact")) >= 60);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM project")) >= 5);
    QCOMPARE(
        scalar(*db, QStringLiteral("SELECT count(*) FROM partnership WHERE stage = 'terminated' "
                                   "AND ended_on IS NOT NULL AND end_reason IS NOT NULL")),
        1);
    // Every demo partner has coordinates for the map.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM municipality WHERE lat IS NULL")), 0);
    // Everything written by the demo is in the history.
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")) > summary->milestones);
    auto report = checkDatabase(*db);
    QVERIFY(report && report->ok());
}

void TestSampleData::generateWritesWhatItClaims()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    sample::GenerateOptions options;
    options.partnerships = 3000;
    options.seed = 7;
    auto summary = sample::generate(*db, options);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().fullText()));
    QCOMPARE(summary->partnerships, 3000);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM partnership")), 3000);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone")), 30000);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM partnership_area")), 6000);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM contact")), 3000);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM municipality")),
             summary->municipalities);
    // 1,500 communities take part, from every region.
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT community_id) FROM partnership")) >
            1200);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT c.oblast_iso) FROM partnership p "
                                        "JOIN community c ON c.id = p.community_id")),
             27);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT stage) FROM partnership")), 7);
    // Stages and dates agree.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM partnership WHERE stage = "
                                        "'twinning_agreement' AND twinning_on IS NULL")),
             0);
    QCOMPARE(
        scalar(*db, QStringLiteral(
                        "SELECT count(*) FROM partnership WHERE memorandum_on < first_contact_on")),
        0);
    QCOMPARE(
        scalar(*db,
               QStringLiteral(
                   "SELECT count(*) FROM milestone WHERE status = 'done' AND done_on IS NULL")),
        0);
    // One history row for the whole operation.
    QCOMPARE(
        scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'generate'")), 1);
    auto report = checkDatabase(*db);
    QVERIFY(report && report->ok());
}

void TestSampleData::generateIsRepeatable()
{
    QTemporaryDir dir;
    auto a = test::openFresh(dir, QStringLiteral("a.twinning"));
    auto b = test::openFresh(dir, QStringLiteral("b.twinning"));
    sample::GenerateOptions options;
    options.partnerships = 200;
    options.seed = 42;
    QVERIFY(sample::generate(*a, options));
    QVERIFY(sample::generate(*b, options));
    const QString digest = QStringLiteral(
        "SELECT group_concat(community_id || '-' || municipality_id || stage, ',') FROM "
        "(SELECT * FROM partnership ORDER BY id)");
    QSqlQuery qa(a->connection()), qb(b->connection());
    QVERIFY(qa.exec(digest) && qa.next());
    QVERIFY(qb.exec(digest) && qb.next());
    QCOMPARE(qa.value(0).toString(), qb.value(0).toString());
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
