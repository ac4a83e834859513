#include "app/core/maintenance.h"
#include "app/core/repositories.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QSqlQuery>

using namespace tt;

class TestSampleData : public QObject
{
    Q_OBJECT
private slots:
    void demoHasVinnytsiaKarlsruhe();
    void demoCoversTheVariety();
    void generateWritesWhatItClaims();
    void generateWritesTheMonitoringRecords();
    void generateProportionsAreOptions();
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
    QCOMPARE(summary->milestones, 30000);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone")),
             30000 + summary->approvalSteps);
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

void TestSampleData::generateWritesTheMonitoringRecords()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    sample::GenerateOptions options;
    options.partnerships = 10000;
    options.seed = 11;
    options.milestonesPerPair = 1;
    options.today = QDate(2026, 11, 29);
    auto summary = sample::generate(*db, options);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().fullText()));
    const QString atAgreementStage =
        QStringLiteral("stage IN ('memorandum', 'cooperation_agreement', 'twinning_agreement')");

    // Agreements: for about 60% of the pairs at an agreement stage, none other.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM agreement")), summary->agreements);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM agreement_party")),
             summary->agreementPairs);
    const qint64 eligible = scalar(
        *db, QStringLiteral("SELECT count(*) FROM partnership WHERE %1").arg(atAgreementStage));
    const qint64 bound =
        scalar(*db, QStringLiteral("SELECT count(DISTINCT partnership_id) FROM agreement_party"));
    QCOMPARE(bound, summary->agreementPairs); // no pair bound twice
    QVERIFY2(bound > eligible * 55 / 100 && bound < eligible * 65 / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(bound).arg(eligible)));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM agreement_party ap JOIN partnership "
                                        "p ON p.id = ap.partnership_id WHERE NOT (p.%1)")
                             .arg(atAgreementStage)),
             0);
    // Signed on the date of the pair's strongest document, of its kind.
    QCOMPARE(
        scalar(*db, QStringLiteral(
                        "SELECT count(*) FROM agreement a JOIN agreement_party ap ON "
                        "ap.agreement_id = a.id JOIN partnership p ON p.id = ap.partnership_id "
                        "WHERE (SELECT count(*) FROM agreement_party x WHERE x.agreement_id "
                        "= a.id) = 1 AND (a.signed_on IS NOT coalesce(p.twinning_on, "
                        "p.agreement_on, p.memorandum_on) OR (p.stage = 'twinning_agreement') "
                        "<> (a.kind = 'twinning'))")),
        0);
    // Trilateral ones bind two pairs of one community, with three signatories.
    QVERIFY(summary->trilateralAgreements >= 5);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM (SELECT agreement_id FROM "
                                        "agreement_party ap JOIN partnership p ON p.id = "
                                        "ap.partnership_id GROUP BY agreement_id HAVING count(*) = "
                                        "2 AND count(DISTINCT p.community_id) = 1)")),
             summary->trilateralAgreements);
    QCOMPARE(summary->agreementPairs, summary->agreements + summary->trilateralAgreements);
    QCOMPARE(
        scalar(*db, QStringLiteral("SELECT count(*) FROM agreement WHERE (SELECT count(*) "
                                   "FROM agreement_signatory s WHERE s.agreement_id = "
                                   "agreement.id) <> 2 + (SELECT count(*) - 1 FROM "
                                   "agreement_party ap WHERE ap.agreement_id = agreement.id)")),
        0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT agreement_id) FROM agreement_area")),
             summary->agreements);
    // Some with a term, its expiry derived from it.
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM agreement WHERE term_years IS NOT "
                                       "NULL AND expires_on IS NOT NULL")) > 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM agreement WHERE (term_years IS "
                                        "NULL) <> (expires_on IS NULL)")),
             0);

    // Approval tracks: for about 20% of the pairs begun in the last three years.
    const qint64 recent = scalar(
        *db,
        QStringLiteral("SELECT count(*) FROM partnership WHERE first_contact_on >= '2023-11-29'"));
    const qint64 tracked =
        scalar(*db, QStringLiteral("SELECT count(DISTINCT partnership_id) FROM "
                                   "milestone WHERE kind = 'ministry_submission' "
                                   "AND document_number IS NOT NULL"));
    QCOMPARE(tracked, summary->approvalTracks);
    QVERIFY2(tracked > recent * 14 / 100 && tracked < recent * 26 / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(tracked).arg(recent)));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone m JOIN partnership p ON "
                                        "p.id = m.partnership_id WHERE m.document_number IS NOT "
                                        "NULL AND p.first_contact_on < '2023-11-29'")),
             0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone WHERE document_number IS "
                                        "NOT NULL AND status <> 'done'")),
             0);
    // The steps of the approval are in tracks only, not scattered among the
    // other milestones (a council decision is also a milestone of its own).
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone WHERE kind IN "
                                        "('ministry_submission', 'ministry_answer', "
                                        "'justice_check', 'mfa_check', 'ministry_order', "
                                        "'agreement_signing', 'register_entry') AND "
                                        "partnership_id NOT IN (SELECT partnership_id FROM "
                                        "milestone WHERE document_number IS NOT NULL)")),
             0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone WHERE kind = "
                                        "'ministry_submission'")),
             summary->approvalTracks);
    // Whole tracks ending in a register entry, and answers the ministry owes:
    // overdue and not yet due.
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone WHERE kind = "
                                       "'register_entry' AND document_number IS NOT NULL")) > 0);
    QVERIFY(
        scalar(*db, QStringLiteral("SELECT count(*) FROM milestone WHERE kind = "
                                   "'ministry_answer' AND status = 'planned' AND planned_on < "
                                   "'2026-11-29' AND document_number IS NULL AND partnership_id "
                                   "IN (SELECT partnership_id FROM milestone WHERE "
                                   "document_number IS NOT NULL)")) > 0);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM milestone WHERE kind = "
                                       "'ministry_answer' AND status = 'planned' AND planned_on >= "
                                       "'2026-11-29' AND partnership_id IN (SELECT partnership_id "
                                       "FROM milestone WHERE document_number IS NOT NULL)")) > 0);

    // Aid: about 10% of the pairs, one to four records each, received after
    // the first contact.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM aid")), summary->aid);
    const qint64 aided =
        scalar(*db, QStringLiteral("SELECT count(DISTINCT partnership_id) FROM aid"));
    QCOMPARE(aided, summary->aidPairs);
    QVERIFY2(aided > 850 && aided < 1150, qPrintable(QString::number(aided)));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM aid GROUP "
                                        "BY partnership_id)")),
             4);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM aid a JOIN partnership p ON p.id = "
                                        "a.partnership_id WHERE a.received_on < p.first_contact_on "
                                        "OR a.received_on > '2026-11-29'")),
             0);
    QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM aid WHERE value_minor IS NULL")) > 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM aid WHERE value_minor IS NOT NULL "
                                        "AND currency IS NULL")),
             0);

    auto report = checkDatabase(*db);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->integrityProblems.join(u'\n')));
}

void TestSampleData::generateProportionsAreOptions()
{
    QTemporaryDir dir;
    auto none = test::openFresh(dir, QStringLiteral("none.twinning"));
    auto all = test::openFresh(dir, QStringLiteral("all.twinning"));
    QVERIFY(none && all);
    sample::GenerateOptions options;
    options.partnerships = 1000;
    options.today = QDate(2026, 11, 29);
    options.agreementPercent = options.approvalPercent = options.aidPercent = 0;
    auto a = sample::generate(*none, options);
    QVERIFY(a);
    QCOMPARE(a->agreements + a->approvalTracks + a->aid, 0);
    QCOMPARE(scalar(*none, QStringLiteral("SELECT count(*) FROM agreement")), 0);
    options.agreementPercent = options.approvalPercent = options.aidPercent = 100;
    auto b = sample::generate(*all, options);
    QVERIFY(b);
    QCOMPARE(b->aidPairs, 1000);
    QCOMPARE(scalar(*all, QStringLiteral("SELECT count(*) FROM partnership WHERE stage IN "
                                         "('memorandum', 'cooperation_agreement', "
                                         "'twinning_agreement') AND id NOT IN (SELECT "
                                         "partnership_id FROM agreement_party)")),
             0);
    // The pairs and their milestones are the same whatever the proportions.
    const QString digest = QStringLiteral(
        "SELECT group_concat(community_id || '-' || municipality_id || stage || first_contact_on, "
        "',') FROM (SELECT * FROM partnership ORDER BY id)");
    QCOMPARE(scalar(*none, QStringLiteral("SELECT count(*) FROM milestone")), 10000);
    QSqlQuery qa(none->connection()), qb(all->connection());
    QVERIFY(qa.exec(digest) && qa.next());
    QVERIFY(qb.exec(digest) && qb.next());
    QCOMPARE(qa.value(0).toString(), qb.value(0).toString());

    options.aidPercent = 101;
    auto refused = sample::generate(*none, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Invalid);
}

void TestSampleData::generateIsRepeatable()
{
    QTemporaryDir dir;
    auto a = test::openFresh(dir, QStringLiteral("a.twinning"));
    auto b = test::openFresh(dir, QStringLiteral("b.twinning"));
    auto c = test::openFresh(dir, QStringLiteral("c.twinning"));
    sample::GenerateOptions options;
    options.partnerships = 2000;
    options.seed = 42;
    options.today = QDate(2026, 11, 29);
    QVERIFY(sample::generate(*a, options));
    QVERIFY(sample::generate(*b, options));
    options.seed = 43;
    QVERIFY(sample::generate(*c, options));
    const QStringList digests = {
        QStringLiteral("SELECT group_concat(community_id || '-' || municipality_id || stage, ',') "
                       "FROM (SELECT * FROM partnership ORDER BY id)"),
        QStringLiteral("SELECT group_concat(a.kind || a.number || a.signed_on || "
                       "coalesce(a.expires_on, '') || ap.partnership_id, ',') FROM (SELECT * "
                       "FROM agreement ORDER BY id) a JOIN agreement_party ap ON ap.agreement_id "
                       "= a.id"),
        QStringLiteral("SELECT group_concat(agreement_id || name || represents, ',') FROM (SELECT "
                       "* FROM agreement_signatory ORDER BY agreement_id, position)"),
        QStringLiteral("SELECT group_concat(partnership_id || kind || planned_on || status || "
                       "document_number, ',') FROM (SELECT * FROM milestone WHERE "
                       "document_number IS NOT NULL ORDER BY id)"),
        QStringLiteral("SELECT group_concat(partnership_id || description || coalesce(value_minor, "
                       "'') || currency || received_on, ',') FROM (SELECT * FROM aid ORDER BY "
                       "id)")};
    for (const QString &digest : digests) {
        QSqlQuery qa(a->connection()), qb(b->connection()), qc(c->connection());
        QVERIFY(qa.exec(digest) && qa.next());
        QVERIFY(qb.exec(digest) && qb.next());
        QVERIFY(qc.exec(digest) && qc.next());
        QVERIFY(!qa.value(0).toString().isEmpty());
        QCOMPARE(qa.value(0).toString(), qb.value(0).toString());
        // Another seed, other records.
        QVERIFY2(qa.value(0).toString() != qc.value(0).toString(), qPrintable(digest));
    }
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
