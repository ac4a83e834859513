// Dates known to the day, the month or only the year: "2023" stays "2023" from
// the import through storage, the read model, the export and the dossier, and
// files of an older format get their years back.

#include "app/core/database.h"
#include "app/core/partialdate.h"
#include "app/core/portfolio.h"
#include "app/core/repositories.h"
#include "app/io/fields.h"
#include "tests/testutil.h"

#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tt;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void isoRoundTrip_data();
    void isoRoundTrip();
    void malformedIsoIsInvalid_data();
    void malformedIsoIsInvalid();
    void firstLastAndOrder();
    void shownForPeople();
    void filesGiveTheirPrecision_data();
    void filesGiveTheirPrecision();
    void orderForgivesWhatIsNotKnown();
    void storedAndReadBack();
    void importExportAndDossierKeepTheYear();
    void olderFilesGetTheirYearsBack();

private:
    static int run(const QStringList &args, QByteArray *out = nullptr);
    static QString pdfText(const QString &pdf);
};

int TestPartialDate::run(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(QStringLiteral(TT_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestPartialDate::pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestPartialDate::isoRoundTrip_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("year") << QStringLiteral("2023") << int(DatePrecision::Year) << QDate(2023, 1, 1)
                          << QDate(2023, 12, 31);
    QTest::newRow("month") << QStringLiteral("2024-02") << int(DatePrecision::Month)
                           << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("day") << QStringLiteral("2023-04-22") << int(DatePrecision::Day)
                         << QDate(2023, 4, 22) << QDate(2023, 4, 22);
}

void TestPartialDate::isoRoundTrip()
{
    QFETCH(QString, iso);
    QFETCH(int, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const PartialDate d = PartialDate::fromIso(iso);
    QVERIFY(d.isValid());
    QCOMPARE(int(d.precision()), precision);
    QCOMPARE(d.first(), first);
    QCOMPARE(d.last(), last);
    QCOMPARE(d.toIso(), iso);
    QCOMPARE(PartialDate::fromIso(d.toIso()), d);
}

void TestPartialDate::malformedIsoIsInvalid_data()
{
    QTest::addColumn<QString>("iso");
    for (const char *text : {"", "202", "20234", "2023-13", "2023-00", "2023-02-30", "2023/04/22",
                             "2023-4-22", "abcd", "2023-04-22T10:00"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestPartialDate::malformedIsoIsInvalid()
{
    QFETCH(QString, iso);
    QVERIFY(!PartialDate::fromIso(iso).isValid());
    QVERIFY(PartialDate::fromIso(iso).toIso().isEmpty());
}

void TestPartialDate::firstLastAndOrder()
{
    const PartialDate year = PartialDate::ofYear(2023);
    const PartialDate april = PartialDate::ofMonth(2023, 4);
    const PartialDate day = QDate(2023, 4, 22);
    QVERIFY(day.isFullDate());
    QVERIFY(!year.isFullDate());
    QVERIFY(!PartialDate::ofMonth(2023, 13).isValid());
    // Could come first: the year 2023 may be any day of it.
    QVERIFY(year.mayPrecede(day));
    QVERIFY(day.mayPrecede(year));
    QVERIFY(april.mayPrecede(year));
    QVERIFY(!PartialDate::ofYear(2024).mayPrecede(day));
    QVERIFY(!PartialDate::ofMonth(2023, 5).mayPrecede(day));
    // Sorted by the first day, the coarser after the finer.
    QVERIFY(PartialDate(QDate(2023, 1, 1)) < year);
    QVERIFY(year < april);
    QVERIFY(april < day);
    QVERIFY(PartialDate() < year);
}

void TestPartialDate::shownForPeople()
{
    const QLocale uk(QLocale::Ukrainian, QLocale::Ukraine);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(PartialDate::ofYear(2023).toString(uk), QStringLiteral("2023"));
    QCOMPARE(PartialDate::ofMonth(2023, 4).toString(uk), QStringLiteral("квітень 2023"));
    QCOMPARE(PartialDate::ofMonth(2023, 4).toString(en), QStringLiteral("April 2023"));
    QCOMPARE(PartialDate(QDate(2023, 4, 22)).toString(uk),
             uk.toString(QDate(2023, 4, 22), QLocale::ShortFormat));
    QVERIFY(PartialDate().toString(uk).isEmpty());
}

void TestPartialDate::filesGiveTheirPrecision_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("year") << QStringLiteral("2023") << QStringLiteral("2023");
    QTest::newRow("ISO month") << QStringLiteral("2023-04") << QStringLiteral("2023-04");
    QTest::newRow("dotted month") << QStringLiteral("04.2023") << QStringLiteral("2023-04");
    QTest::newRow("slashed month") << QStringLiteral("4/2023") << QStringLiteral("2023-04");
    QTest::newRow("ISO day") << QStringLiteral(" 2023-04-22 ") << QStringLiteral("2023-04-22");
    QTest::newRow("dotted day") << QStringLiteral("22.04.2023") << QStringLiteral("2023-04-22");
    QTest::newRow("serial day") << QStringLiteral("45038") << QStringLiteral("2023-04-22");
    QTest::newRow("month 13") << QStringLiteral("13.2023") << QString();
    QTest::newRow("year 999") << QStringLiteral("0999") << QString();
    QTest::newRow("words") << QStringLiteral("spring 2023") << QString();
}

void TestPartialDate::filesGiveTheirPrecision()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    const auto d = io::readDate(text);
    QCOMPARE(d ? d->toIso() : QString(), iso);
}

void TestPartialDate::orderForgivesWhatIsNotKnown()
{
    Partnership p;
    p.firstContactOn = PartialDate::ofMonth(2023, 5);
    p.twinningOn = PartialDate::ofYear(2023);
    QVERIFY(checkDateOrder(p));
    p.twinningOn = QDate(2023, 4, 30);
    const Status refused = checkDateOrder(p);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("2023")),
             qPrintable(refused.error().message));
    p.twinningOn = PartialDate::ofYear(2022);
    QVERIFY(!checkDateOrder(p));
    p.twinningOn = PartialDate::ofYear(2023);
    p.endedOn = PartialDate::ofYear(2023);
    QVERIFY(checkDateOrder(p));
    p.endedOn = PartialDate::ofYear(2022);
    QVERIFY(!checkDateOrder(p));
}

void TestPartialDate::storedAndReadBack()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM community ORDER BY id LIMIT 1")) && q.next());
    Municipality m;
    m.name = QStringLiteral("Karlsruhe");
    m.countryIso = QStringLiteral("DE");
    auto place = MunicipalityRepository(*db).insert(m);
    QVERIFY(place);
    Partnership p;
    p.communityId = q.value(0).toLongLong();
    p.municipalityId = *place;
    p.stage = Stage::TwinningAgreement;
    p.firstContactOn = PartialDate::ofMonth(2021, 9);
    p.twinningOn = PartialDate::ofYear(2023);
    auto id = PartnershipRepository(*db).insert(p);
    QVERIFY(id);
    auto stored = PartnershipRepository(*db).get(*id);
    QVERIFY(stored);
    QCOMPARE(stored->twinningOn, PartialDate::ofYear(2023));
    QCOMPARE(stored->firstContactOn, PartialDate::ofMonth(2021, 9));
    QVERIFY(!stored->memorandumOn.isValid());
    auto portfolio = Portfolio::load(*db, QDate(2026, 12, 1));
    QVERIFY(portfolio);
    QCOMPARE(portfolio->pairs().size(), 1);
    QCOMPARE(portfolio->pairs().first().twinningOn, PartialDate::ofYear(2023));
    QCOMPARE(portfolio->pairs().first().signedOn().toIso(), QStringLiteral("2023"));
    // A period filter takes the year as any of its days.
    Filter f;
    f.from = QDate(2020, 1, 1);
    f.to = QDate(2021, 9, 15);
    QVERIFY(portfolio->matches(portfolio->pairs().first(), f));
    f.to = QDate(2021, 8, 31);
    QVERIFY(!portfolio->matches(portfolio->pairs().first(), f));
}

void TestPartialDate::importExportAndDossierKeepTheYear()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ua_city,ua_oblast,partner_city,partner_country_iso2,since_year,relation_type\n"
                "Vinnytsia,Vinnytsia Oblast,Karlsruhe,DE,2023,twin\n"
                "Lviv,Lviv Oblast,Wroclaw,PL,04.2019,twin\n"
                "Kharkiv,Kharkiv Oblast,Nuremberg,DE,1990-05-23,twin\n");
    }
    const QString db = dir.filePath(QStringLiteral("list.twinning"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, csv}), 0);
    QString vinnytsia;
    {
        auto opened = Database::open(db);
        QVERIFY(opened);
        auto portfolio = Portfolio::load(**opened, QDate(2026, 12, 1));
        QVERIFY(portfolio);
        QMap<QString, QString> signedOn;
        for (const PartnershipSummary &p : portfolio->pairs()) {
            signedOn.insert(p.communityLatn, p.signedOn().toIso());
            if (p.communityLatn == u"Vinnytsia")
                vinnytsia = QString::number(p.id);
        }
        QCOMPARE(signedOn.value(QStringLiteral("Vinnytsia")), QStringLiteral("2023"));
        QCOMPARE(signedOn.value(QStringLiteral("Lviv")), QStringLiteral("2019-04"));
        QCOMPARE(signedOn.value(QStringLiteral("Kharkiv")), QStringLiteral("1990-05-23"));
    }
    QVERIFY(!vinnytsia.isEmpty());

    // The export writes each to its precision, and reads back to the same.
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), exported}),
        0);
    const QString text = QString::fromUtf8(test::fileBytes(exported));
    QVERIFY2(text.contains(QStringLiteral(";2023;")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(";2019-04;")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("2023-01-01")));
    const QString again = dir.filePath(QStringLiteral("again.twinning"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), again, exported}), 0);
    {
        auto opened = Database::open(again);
        QVERIFY(opened);
        auto portfolio = Portfolio::load(**opened, QDate(2026, 12, 1));
        QVERIFY(portfolio);
        QStringList dates;
        for (const PartnershipSummary &p : portfolio->pairs())
            dates << p.signedOn().toIso();
        dates.sort();
        QCOMPARE(dates, (QStringList{QStringLiteral("1990-05-23"), QStringLiteral("2019-04"),
                                     QStringLiteral("2023")}));
    }

    // The dossier prints the year, not a day nobody wrote.
    const QString pdf = dir.filePath(QStringLiteral("dossier.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--type"),
                  QStringLiteral("dossier"), QStringLiteral("--partnership"), vinnytsia,
                  QStringLiteral("--lang"), QStringLiteral("uk"), QStringLiteral("-o"), pdf}),
             0);
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString dossier = pdfText(pdf);
    QVERIFY2(dossier.contains(QRegularExpression(QStringLiteral("Угода про побратимство\\s+2023"))),
             qPrintable(dossier));
    QVERIFY2(!dossier.contains(QStringLiteral("01.01.23")), qPrintable(dossier));
    QVERIFY2(!dossier.contains(QStringLiteral("1 січня 2023")), qPrintable(dossier));
}

void TestPartialDate::olderFilesGetTheirYearsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.twinning"));
    qint64 imported = 0, byHand = 0;
    {
        OpenOptions options;
        options.targetVersion = 8;
        auto db = Database::open(path, options);
        QVERIFY(db);
        Database &d = **db;
        QSqlQuery q(d.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM community ORDER BY id LIMIT 2")));
        QList<qint64> communities;
        while (q.next())
            communities << q.value(0).toLongLong();
        QCOMPARE(communities.size(), 2);
        Municipality m;
        m.name = QStringLiteral("Karlsruhe");
        m.countryIso = QStringLiteral("DE");
        auto place = MunicipalityRepository(d).insert(m);
        QVERIFY(place);
        // Entered by hand: the history records it, and its 1 January stays.
        Partnership p;
        p.communityId = communities[0];
        p.municipalityId = *place;
        p.stage = Stage::TwinningAgreement;
        p.twinningOn = QDate(2023, 1, 1);
        auto id = PartnershipRepository(d).insert(p);
        QVERIFY(id);
        byHand = *id;
        // Written by an import of the older format, which read "2015" as 1
        // January and recorded the import as a whole.
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO partnership (community_id, municipality_id, kind, stage, "
                           "first_contact_on, twinning_on, ended_on) VALUES (%1, %2, 'twinning', "
                           "'terminated', '2014-03-05', '2015-01-01', '2020-01-01')")
                .arg(communities[1])
                .arg(*place)));
        imported = q.lastInsertId().toLongLong();
        QVERIFY(imported > 0);
    }
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    auto hand = PartnershipRepository(**db).get(byHand);
    QVERIFY(hand);
    QCOMPARE(hand->twinningOn.toIso(), QStringLiteral("2023-01-01"));
    auto old = PartnershipRepository(**db).get(imported);
    QVERIFY(old);
    QCOMPARE(old->twinningOn.toIso(), QStringLiteral("2015"));
    QCOMPARE(old->endedOn.toIso(), QStringLiteral("2020"));
    QCOMPARE(old->firstContactOn.toIso(), QStringLiteral("2014-03-05"));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
