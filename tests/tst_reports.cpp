// The reports as a user makes them: the real binary writes a PDF, poppler's
// pdftotext and pdfinfo read it back.

#include "app/core/portfolio.h"
#include "app/core/repositories.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QProcess>
#include <QRegularExpression>

using namespace tt;

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dossier_data();
    void dossier();
    void summary();
    void summaryNamesInTheReadersScript_data();
    void summaryNamesInTheReadersScript();
    void agenda();
    void filterIsNamed_data();
    void filterIsNamed();
    void escapesUserText();
    void longSummaryRepeatsHeaders();
    void pdfA();
    void wrongUsage();

private:
    static int run(const QStringList &args);
    static QString text(const QString &pdf);
    static int pages(const QString &pdf);
    QString pdf(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_vinnytsia = 0;
};

int TestReports::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must manage without
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TT_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    if (p.exitCode() != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestReports::text(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int TestReports::pages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    auto db = Database::open(m_db);
    QVERIFY(db);
    QVERIFY(sample::writeDemo(**db, QDate(2026, 11, 29)));
    auto portfolio = Portfolio::load(**db, QDate(2026, 11, 29));
    QVERIFY(portfolio);
    for (const PartnershipSummary &p : portfolio->pairs()) {
        if (p.communityLatn == u"Vinnytsia" && p.partnerName == u"Karlsruhe")
            m_vinnytsia = p.id;
    }
    QVERIFY(m_vinnytsia > 0);
}

void TestReports::dossier_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    // The places in the script of the language: the title, the two sides and
    // the hromada.
    QTest::newRow("uk") << QStringLiteral("uk")
                        << QStringList{QStringLiteral("Вінниця – Карлсруе"),
                                       QStringLiteral("Досьє партнерства"),
                                       QStringLiteral("Вінницька громада")}
                        << QStringList{QStringLiteral("Vinnytsia – Karlsruhe"),
                                       QStringLiteral("Vinnytska")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Vinnytsia – Karlsruhe"),
                                       QStringLiteral("Germany"),
                                       QStringLiteral("Vinnytska community")}
                        << QStringList{QStringLiteral("Вінниця – "),
                                       QStringLiteral("Вінницька community"),
                                       QStringLiteral("Gemeinde Вінницька")};
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("Vinnytsia – Karlsruhe"),
                                       QStringLiteral("Deutschland"),
                                       QStringLiteral("Gemeinde Vinnytska")}
                        << QStringList{QStringLiteral("Вінниця – "),
                                       QStringLiteral("Вінницька community"),
                                       QStringLiteral("Gemeinde Вінницька")};
}

void TestReports::dossier()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString out = pdf(QStringLiteral("dossier-%1.pdf").arg(lang));
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
             QStringLiteral("dossier"), QStringLiteral("--partnership"),
             QString::number(m_vinnytsia), QStringLiteral("--today"), QStringLiteral("2026-11-29"),
             QStringLiteral("--lang"), lang, QStringLiteral("-o"), out}),
        0);
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    for (const QString &e : expected)
        QVERIFY2(t.contains(e), qPrintable(e));
    for (const QString &a : absent)
        QVERIFY2(!t.contains(a), qPrintable(a));
    if (lang == u"de")
        return; // the sections are English's, translated
    const QStringList sections =
        lang == u"uk"
            ? QStringList{QStringLiteral("Заходи"), QStringLiteral("Контакти"),
                          QStringLiteral("Проєкти"), QStringLiteral("Історія етапів")}
            : QStringList{QStringLiteral("Milestones"), QStringLiteral("Contacts"),
                          QStringLiteral("Projects"), QStringLiteral("History of the stage")};
    for (const QString &section : sections)
        QVERIFY2(t.contains(section), qPrintable(section));
    const int n = pages(out);
    QVERIFY(n >= 1);
    const QString last =
        lang == u"uk" ? QStringLiteral("Сторінка %1 з %1") : QStringLiteral("Page %1 of %1");
    QVERIFY(t.contains(last.arg(n)));
    QVERIFY(!t.contains(last.arg(n + 1)));
}

void TestReports::summary()
{
    const QString out = pdf(QStringLiteral("summary.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
                  QStringLiteral("summary"), QStringLiteral("--today"),
                  QStringLiteral("2026-11-29"), QStringLiteral("-o"), out}),
             0);
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    // (pdftotext prints the "fi" of "Key figures" as a ligature.)
    for (const char *e : {"Portfolio summary", "Pairs by partner country", "Pairs by stage",
                          "All pairs by oblast and community", "Needs attention"})
        QVERIFY2(t.contains(QLatin1String(e)), e);
    QVERIFY(t.contains(QStringLiteral("Vinnytsia"))); // English: the Latin names
    QVERIFY(t.contains(QStringLiteral("Karlsruhe")));
    const int n = pages(out);
    QVERIFY(n >= 2);
    QVERIFY(t.contains(QStringLiteral("Page %1 of %1").arg(n)));
    // The header row of the pair table repeats on the next page.
    QVERIFY(t.count(QStringLiteral("Community")) >= 2);
}

void TestReports::summaryNamesInTheReadersScript_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("uk") << QStringLiteral("uk")
                        << QStringList{QStringLiteral("Вінниця"), QStringLiteral("Карлсруе"),
                                       QStringLiteral("Львів"), QStringLiteral("Вроцлав")}
                        << QStringList{QStringLiteral("Vinnytsia"), QStringLiteral("Karlsruhe"),
                                       QStringLiteral("Wrocław")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Vinnytsia"), QStringLiteral("Karlsruhe"),
                                       QStringLiteral("Lviv"), QStringLiteral("Wrocław")}
                        << QStringList{QStringLiteral("Вінниця"), QStringLiteral("Карлсруе"),
                                       QStringLiteral("Вроцлав")};
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("Vinnytsia"), QStringLiteral("Karlsruhe"),
                                       QStringLiteral("Lviv"), QStringLiteral("Wrocław")}
                        << QStringList{QStringLiteral("Вінниця"), QStringLiteral("Карлсруе"),
                                       QStringLiteral("Вроцлав")};
}

// The summary's tables (pairs by oblast and community, needs attention) name
// the places as the language shows them.
void TestReports::summaryNamesInTheReadersScript()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString out = pdf(QStringLiteral("summary-%1.pdf").arg(lang));
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
             QStringLiteral("summary"), QStringLiteral("--today"), QStringLiteral("2026-11-29"),
             QStringLiteral("--lang"), lang, QStringLiteral("-o"), out}),
        0);
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    for (const QString &e : expected)
        QVERIFY2(t.contains(e), qPrintable(e));
    for (const QString &a : absent)
        QVERIFY2(!t.contains(a), qPrintable(a));
}

void TestReports::agenda()
{
    const QString out = pdf(QStringLiteral("agenda.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
                  QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                  QStringLiteral("--to"), QStringLiteral("2027-05-31"), QStringLiteral("--today"),
                  QStringLiteral("2026-11-29"), QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("-o"), out}),
             0);
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    QVERIFY(t.contains(QStringLiteral("Milestone agenda")));
    QVERIFY(t.contains(QStringLiteral("Vinnytsia")));
    QVERIFY(t.contains(QStringLiteral("December 2026")));
    QVERIFY(t.contains(QStringLiteral("Page 1 of")));
}

void TestReports::filterIsNamed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("absent"); // a name the filter leaves out
    const QString uk = QStringLiteral("uk"), en = QStringLiteral("en");
    QTest::newRow("summary, two oblasts, a country, a year")
        << QStringList{QStringLiteral("--type"),    QStringLiteral("summary"),
                       QStringLiteral("--oblast"),  QStringLiteral("UA-05"),
                       QStringLiteral("--oblast"),  QStringLiteral("UA-46"),
                       QStringLiteral("--country"), QStringLiteral("DE"),
                       QStringLiteral("--from"),    QStringLiteral("2024-01-01"),
                       QStringLiteral("--to"),      QStringLiteral("2024-12-31"),
                       QStringLiteral("--lang"),    uk}
        << QStringLiteral("Фільтр: Вінницька, Львівська обл.; Німеччина; 01.01.2024–31.12.2024")
        << QString();
    QTest::newRow("summary, no filter")
        << QStringList{QStringLiteral("--type"), QStringLiteral("summary"),
                       QStringLiteral("--lang"), en}
        << QStringLiteral("Filter: all pairs") << QString();
    QTest::newRow("summary, stages and kinds")
        << QStringList{QStringLiteral("--type"),
                       QStringLiteral("summary"),
                       QStringLiteral("--stage"),
                       QStringLiteral("memorandum"),
                       QStringLiteral("--kind"),
                       QStringLiteral("twinning"),
                       QStringLiteral("--hide-ended"),
                       QStringLiteral("--lang"),
                       en}
        << QStringLiteral("Filter: Memorandum of intent; Twinning; ended pairs left out")
        << QString();
    QTest::newRow("agenda of one oblast")
        << QStringList{QStringLiteral("--type"),   QStringLiteral("agenda"),
                       QStringLiteral("--oblast"), QStringLiteral("UA-05"),
                       QStringLiteral("--from"),   QStringLiteral("2026-06-01"),
                       QStringLiteral("--to"),     QStringLiteral("2027-05-31"),
                       QStringLiteral("--lang"),   en}
        << QStringLiteral("Filter: Vinnytsia oblast") << QStringLiteral("Lviv");
    QTest::newRow("monitoring") << QStringList{QStringLiteral("--type"),
                                               QStringLiteral("monitoring"),
                                               QStringLiteral("--lang"), uk}
                                << QStringLiteral("Фільтр: усі пари") << QString();
}

void TestReports::filterIsNamed()
{
    QFETCH(QStringList, args);
    QFETCH(QString, line);
    QFETCH(QString, absent);
    static int made = 0;
    const QString out = pdf(QStringLiteral("filter-%1.pdf").arg(++made));
    QCOMPARE(run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--today"), QStringLiteral("2026-11-29"),
                             QStringLiteral("-o"), out}
                 << args),
             0);
    // On the first page, once.
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString all = text(out);
    const QString first = all.section(u'\f', 0, 0);
    QVERIFY2(first.contains(line), qPrintable(first.left(1200)));
    QCOMPARE(all.count(line), 1);
    if (!absent.isEmpty())
        QVERIFY2(!all.contains(absent), qPrintable(absent));
}

void TestReports::escapesUserText()
{
    const QString path = m_dir.filePath(QStringLiteral("escape.db"));
    qint64 pairId = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(sample::writeDemo(**db, QDate(2026, 11, 29)));
        auto portfolio = Portfolio::load(**db, QDate(2026, 11, 29));
        QVERIFY(portfolio);
        Municipality m;
        m.name = QStringLiteral("<b>x</b>");
        m.nameUk = QStringLiteral("<b>x</b>");
        m.countryIso = QStringLiteral("PL");
        QVERIFY(MunicipalityRepository(**db).insert(m));
        Partnership p;
        p.communityId = portfolio->pairs().first().communityId;
        p.municipalityId = m.id;
        p.firstContactOn = QDate(2026, 1, 5);
        p.notes = QStringLiteral("A & B <i>notes</i>");
        auto id = PartnershipRepository(**db).insert(p);
        QVERIFY(id);
        pairId = *id;
    }
    const QString out = pdf(QStringLiteral("escape.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--type"),
                  QStringLiteral("dossier"), QStringLiteral("--partnership"),
                  QString::number(pairId), QStringLiteral("-o"), out}),
             0);
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    QVERIFY(t.contains(QStringLiteral("<b>x</b>")));
    QVERIFY(t.contains(QStringLiteral("A & B <i>notes</i>")));
}

void TestReports::longSummaryRepeatsHeaders()
{
    const QString big = m_dir.filePath(QStringLiteral("big.db"));
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--db"), big,
                  QStringLiteral("--partnerships"), QStringLiteral("600")}),
             0);
    const QString out = pdf(QStringLiteral("big-summary.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), big, QStringLiteral("--type"),
                  QStringLiteral("summary"), QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("-o"), out}),
             0);
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const int n = pages(out);
    QVERIFY(n >= 8);
    const QStringList pageTexts = text(out).split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), n);
    // From the page where the table of all pairs begins, every page starts it
    // with its header row, and an oblast carried over is named again.
    const qsizetype first = pageTexts.indexOf(
        QRegularExpression(QStringLiteral("(?s).*All pairs by oblast and community.*")));
    QVERIFY(first >= 0);
    int continued = 0;
    for (qsizetype i = first; i < pageTexts.size(); ++i) {
        QVERIFY2(pageTexts[i].contains(QStringLiteral("Last activity")),
                 qPrintable(QStringLiteral("page %1").arg(i + 1)));
        continued += pageTexts[i].contains(QStringLiteral("(continued)"));
        if (pageTexts[i].contains(QStringLiteral("Needs attention")))
            break; // the table of all pairs ends on this page
    }
    QVERIFY(continued > 0);
    QVERIFY(pageTexts.last().contains(QStringLiteral("Page %1 of %1").arg(n)));
}

void TestReports::pdfA()
{
    const QString out = pdf(QStringLiteral("dossier-a.pdf"));
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
             QStringLiteral("dossier"), QStringLiteral("--partnership"),
             QString::number(m_vinnytsia), QStringLiteral("--pdfa"), QStringLiteral("-o"), out}),
        0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // The XMP metadata of PDF/A-1b: part 1, conformance B.
    QVERIFY(QRegularExpression(QStringLiteral("pdfaid:part(>|=\"|='|\\s*=\\s*\")1"))
                .match(QString::fromLatin1(bytes))
                .hasMatch());
    TT_REQUIRE_HOST_TOOL("pdftotext");
    QVERIFY(text(out).contains(QStringLiteral("Karlsruhe")));
}

void TestReports::wrongUsage()
{
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
                  QStringLiteral("poster"), QStringLiteral("-o"), pdf(QStringLiteral("x.pdf"))}),
             2);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
                  QStringLiteral("dossier"), QStringLiteral("-o"), pdf(QStringLiteral("x.pdf"))}),
             2);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
                  QStringLiteral("dossier"), QStringLiteral("--partnership"),
                  QStringLiteral("999999"), QStringLiteral("-o"), pdf(QStringLiteral("x.pdf"))}),
             1);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--help")}), 0);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
