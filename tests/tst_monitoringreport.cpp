// The monitoring report as a user makes it: `report --type monitoring --date D`
// writes a PDF, which pdftotext reads back; its figures are those of
// core/monitoring.h for the same database.

#include "core/portfolio.h"
#include "reports/monitoring.h"
#include "sample/sampledata.h"
#include "testutil.h"

#include <QProcess>
#include <QRegularExpression>

using namespace tt;

class TestMonitoringReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void asOfTwoDates_data();
    void asOfTwoDates();
    void badDate();
    void statsMonitoring();

private:
    static int run(const QStringList &args, QString *output = nullptr);
    static QString text(const QString &pdf);

    QTemporaryDir m_dir;
    QString m_db;
};

int TestMonitoringReport::run(const QStringList &args, QString *output)
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
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestMonitoringReport::text(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestMonitoringReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.twinning"));
    auto db = Database::open(m_db);
    QVERIFY(db);
    QVERIFY(sample::writeDemo(**db, QDate(2026, 11, 29)));
    QVERIFY(sample::writeMonitoringDemo(**db, QDate(2026, 11, 29)));
}

void TestMonitoringReport::asOfTwoDates_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("2026-11-29") << QDate(2026, 11, 29);
    QTest::newRow("2023-06-30") << QDate(2023, 6, 30);
}

void TestMonitoringReport::asOfTwoDates()
{
    QFETCH(QDate, asOf);
    const QString pdf = m_dir.filePath(QStringLiteral("monitoring-%1.pdf").arg(asOf.year()));
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
             QStringLiteral("monitoring"), QStringLiteral("--date"), asOf.toString(Qt::ISODate),
             QStringLiteral("--today"), QStringLiteral("2026-11-29"), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("-o"), pdf}),
        0);
    const QString t = text(pdf);
    QVERIFY2(t.contains(QStringLiteral("Monitoring of international cooperation")), qPrintable(t));
    QVERIFY(t.contains(QStringLiteral("Oblasts ranked by agreements")));
    QVERIFY(t.contains(QStringLiteral("New agreements per quarter")));

    // The same figures as the library computes for that date.
    auto db = Database::open(m_db);
    QVERIFY(db);
    auto portfolio = Portfolio::load(**db, QDate(2026, 11, 29));
    QVERIFY(portfolio);
    auto input = reports::monitoringInput(**db, *portfolio);
    QVERIFY(input);
    const auto r = monitoring::monitoringReport(*input, asOf);
    QVERIFY(r.current.agreements > 0);
    const auto line = [&t](const QString &label) {
        const auto m =
            QRegularExpression(QRegularExpression::escape(label) + QStringLiteral("\\s+(\\S.*)"))
                .match(t);
        return m.hasMatch() ? m.captured(1).simplified() : QString();
    };
    const QString agreements = line(QStringLiteral("Agreements in force"));
    QVERIFY2(agreements.startsWith(QString::number(r.current.agreements) + u' ' +
                                   QString::number(r.previous.agreements)),
             qPrintable(agreements));
    const QString countries = line(QStringLiteral("Partner countries"));
    QVERIFY2(countries.startsWith(QString::number(r.current.partnerCountries)),
             qPrintable(countries));
    if (asOf == QDate(2026, 11, 29)) {
        // Житомир – Kassel: submitted 45 days ago, no answer.
        QVERIFY2(t.contains(QStringLiteral("Kassel")), qPrintable(t));
        // The supplement of Lviv – Wrocław expires within 90 days.
        QVERIFY(t.contains(QStringLiteral("Expires")));
        // The trilateral agreement is counted once, in Chernivtsi oblast.
        QVERIFY(r.current.agreementsByOblast.value(QStringLiteral("UA-77")) >= 1);
    } else {
        // Before the law of 2024 there was nothing to answer.
        QVERIFY(!t.contains(QStringLiteral("Kassel")));
        QVERIFY(r.current.agreements <
                monitoring::monitoringFigures(*input, QDate(2026, 11, 29)).agreements);
    }
}

void TestMonitoringReport::badDate()
{
    const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
                  QStringLiteral("monitoring"), QStringLiteral("--date"),
                  QStringLiteral("29.11.2026"), QStringLiteral("-o"), pdf}),
             2);
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestMonitoringReport::statsMonitoring()
{
    QString out;
    QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--monitoring"), QStringLiteral("--today"),
                  QStringLiteral("2026-11-29"), QStringLiteral("--lang"), QStringLiteral("en")},
                 &out),
             0);
    auto db = Database::open(m_db);
    QVERIFY(db);
    auto portfolio = Portfolio::load(**db, QDate(2026, 11, 29));
    QVERIFY(portfolio);
    auto input = reports::monitoringInput(**db, *portfolio);
    QVERIFY(input);
    const auto f = monitoring::monitoringFigures(*input, QDate(2026, 11, 29));
    QVERIFY2(out.contains(QStringLiteral("Monitoring as of 2026-11-29, compared with 2026-09-30")),
             qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(
                 QStringLiteral("Agreements in force\\s+%1\\s").arg(f.agreements))),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("UA-77")));
}

QTEST_GUILESS_MAIN(TestMonitoringReport)
#include "tst_monitoringreport.moc"
