// Importing a large CSV file, side by side with SQLite's own `.import` of the
// same file into a plain table (no matching, no checks): the floor of what
// reading and storing the rows costs. The two run in turns, each into a new
// file, several rounds: the speed of a shared machine drifts within seconds,
// and a ratio is only fair between neighbours. The median ratio is the figure.
//   build/tests/bench/bench_import              # 100,000 rows, 5 rounds
//   TT_BENCH_ROWS=20000 TT_BENCH_ROUNDS=9 build/tests/bench/bench_import
//   TT_BENCH_KEEP=1 build/tests/bench/bench_import    # keeps the files

#include "app/core/catalog.h"
#include "app/core/maintenance.h"
#include "app/core/text.h"
#include "app/geo/gazetteer.h"
#include "app/io/importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <sys/resource.h>

using namespace tt;

namespace {

// CPU time (user + system) in milliseconds of this process, or of its children
// that have ended: on a machine shared with other work the wall-clock times of
// both sides stretch with the load, their CPU times much less.
qint64 cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    auto ms = [](const timeval &t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

template<class T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? T() : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sideBySide();
    void ourImportPlannedFirst();
    void ourReimport();
    void sqliteStoreOnly();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_csv;
    int m_rows = 100000;
    int m_rounds = 5;
    double m_ratio = 0; // the median of the rounds
    qint64 m_sqliteMs = 0;
    qint64 m_ourMs = 0;
    qint64 m_reimportMs = 0;
    qint64 m_plannedFirstMs = 0;
    qint64 m_storeMs = 0;
    qint64 m_storeCpuMs = 0;
    qint64 m_sqliteCpuMs = 0;
    qint64 m_ourCpuMs = 0;
    std::unique_ptr<Database> m_db;
};

void BenchImport::initTestCase()
{
    const int rows = qEnvironmentVariableIntValue("TT_BENCH_ROWS");
    if (rows > 0)
        m_rows = rows;
    const int rounds = qEnvironmentVariableIntValue("TT_BENCH_ROUNDS");
    if (rounds > 0)
        m_rounds = rounds;
    // TT_BENCH_KEEP=1 leaves the CSV and the databases behind, to look into.
    if (qEnvironmentVariableIntValue("TT_BENCH_KEEP")) {
        m_dir.setAutoRemove(false);
        qInfo("files in %s", qPrintable(m_dir.path()));
    }
    // Communities by the names of their centres, with the oblast; partners from
    // the gazetteer, each pair once.
    QList<const catalog::Hromada *> communities;
    QSet<QString> seen, repeated;
    for (const catalog::Hromada &h : catalog::hromadas()) {
        const QString key = h.centerUk + h.oblastIso;
        if (seen.contains(key))
            repeated.insert(key);
        seen.insert(key);
    }
    for (const catalog::Hromada &h : catalog::hromadas()) {
        if (!repeated.contains(h.centerUk + h.oblastIso) && communities.size() < 1400)
            communities << &h;
    }
    QList<const geo::Place *> partners;
    QSet<QString> names; // one place of a name per country: the importer would merge them
    for (const geo::Place &p : geo::Gazetteer::shipped().places()) {
        const QString key = text::searchKey(p.name) + u'|' + p.countryIso;
        if (p.countryIso != u"UA" && !names.contains(key)) {
            names.insert(key);
            partners << &p;
        }
    }
    const qsizetype c = communities.size();
    const qsizetype p = partners.size();
    QVERIFY(c > 1000 && p > 10000);
    QString text = QStringLiteral("community,oblast,partner,country,kind,since,source\n");
    const char *kinds[] = {"twin", "partner", "friendship", "cooperation"};
    for (int i = 0; i < m_rows; ++i) {
        const catalog::Hromada *h = communities[i % c];
        const geo::Place *place = partners[(i / c + (i % c) * 13) % p];
        text += h->centerUk + u',' + h->oblastIso + u',' + u'"' + place->name + u'"' + u',' +
                place->countryIso + u',' + QLatin1String(kinds[i % 4]) + u',' +
                QString::number(1990 + i % 35) + u',' +
                QStringLiteral("https://example.org/pairs/%1").arg(i) + u'\n';
    }
    m_csv = m_dir.filePath(QStringLiteral("pairs.csv"));
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    qInfo("%d rows, %.1f MB", m_rows, f.size() / 1e6);
}

// Rounds of sqlite3's .import and ours, in turns, each into a new file. The
// figures kept are the medians; the last of our files goes on to the re-import
// and the store-only measure.
void BenchImport::sideBySide()
{
    QList<qint64> sqliteMs, sqliteCpu, ourMs, ourCpu;
    QList<double> ratios;
    for (int round = 1; round <= m_rounds; ++round) {
        const QString plain = m_dir.filePath(QStringLiteral("plain-%1.sqlite").arg(round));
        QElapsedTimer timer;
        timer.start();
        qint64 cpuBefore = cpuMs(RUSAGE_CHILDREN);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {plain, QStringLiteral(".mode csv"),
                                                 QStringLiteral(".import '%1' pairs").arg(m_csv)});
        QVERIFY(sqlite.waitForFinished(600000));
        sqliteMs << timer.elapsed();
        sqliteCpu << cpuMs(RUSAGE_CHILDREN) - cpuBefore;
        QCOMPARE(sqlite.exitCode(), 0);
        QProcess count;
        count.start(QStringLiteral("sqlite3"),
                    {plain, QStringLiteral("SELECT count(*) FROM pairs")});
        QVERIFY(count.waitForFinished());
        QCOMPARE(count.readAllStandardOutput().trimmed().toInt(), m_rows);

        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("ours-%1.twinning").arg(round)));
        QVERIFY(db);
        m_db = std::move(db.value());
        timer.start();
        cpuBefore = cpuMs(RUSAGE_SELF);
        auto report = io::importFile(*m_db, m_csv, {});
        ourMs << timer.elapsed();
        ourCpu << cpuMs(RUSAGE_SELF) - cpuBefore;
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->added, m_rows);
        QCOMPARE(countRows(*m_db, QStringLiteral("partnership")).valueOr(-1), m_rows);
        ratios << double(ourMs.last()) / qMax<qint64>(1, sqliteMs.last());
        qInfo("round %d: sqlite3 .import %lld ms (%lld CPU), import %lld ms (%lld CPU, %d new "
              "partner places), ratio %.2f",
              round, sqliteMs.last(), sqliteCpu.last(), ourMs.last(), ourCpu.last(),
              report->partnersCreated, ratios.last());
        if (round < m_rounds && !qEnvironmentVariableIntValue("TT_BENCH_KEEP")) {
            QFile::remove(plain);
            m_db.reset();
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(m_dir.filePath(QStringLiteral("ours-%1.twinning").arg(round)) +
                              suffix);
        }
    }
    m_sqliteMs = median(sqliteMs);
    m_sqliteCpuMs = median(sqliteCpu);
    m_ourMs = median(ourMs);
    m_ourCpuMs = median(ourCpu);
    m_ratio = median(ratios);
    qInfo("median of %d rounds: sqlite3 .import %lld ms, import %lld ms, ratio %.2f (the rounds "
          "%.2f–%.2f)",
          m_rounds, m_sqliteMs, m_ourMs, m_ratio, *std::min_element(ratios.cbegin(), ratios.cend()),
          *std::max_element(ratios.cbegin(), ratios.cend()));
}

// The same import with every row planned before the first is written, on one
// thread (as a dry run, --all-or-nothing and the server database do): what
// writing beside the planning saves.
void BenchImport::ourImportPlannedFirst()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("planned-first.twinning")));
    QVERIFY(db);
    io::ImportOptions options;
    options.allOrNothing = true;
    QElapsedTimer timer;
    timer.start();
    auto report = io::importFile(**db, m_csv, options);
    m_plannedFirstMs = timer.elapsed();
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, m_rows);
    qInfo("import, every row planned first: %lld ms", m_plannedFirstMs);
}

void BenchImport::ourReimport()
{
    QVERIFY(m_db);
    QElapsedTimer timer;
    timer.start();
    auto report = io::importFile(*m_db, m_csv, {});
    m_reimportMs = timer.elapsed();
    QVERIFY(report);
    QCOMPARE(report->added, 0);
    QCOMPARE(report->unchanged, m_rows);
    qInfo("re-import (every row matched, nothing written): %lld ms", m_reimportMs);
}

// What SQLite alone spends storing the imported pairs in our schema: the same
// rows, copied by one INSERT … SELECT in one transaction, as the import writes
// them (foreign keys checked, the indexes of pairs built again at the end, a
// rollback journal with synchronous=FULL, as the import uses when it is alone
// with the file), with nothing to read, match or bind. The floor under
// the import's writing.
void BenchImport::sqliteStoreOnly()
{
    QVERIFY(m_db);
    const QString path = m_db->path();
    m_db.reset();
    auto sqlite = [&](const QStringList &statements) {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), QStringList{path} + statements);
        return p.waitForFinished(600000) && p.exitCode() == 0;
    };
    QVERIFY(sqlite({QStringLiteral("CREATE TABLE kept AS SELECT * FROM partnership"),
                    QStringLiteral("DELETE FROM partnership")}));
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QVERIFY(sqlite(
        {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA foreign_keys = ON"),
         QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA cache_size = -65536"),
         QStringLiteral("BEGIN"), QStringLiteral("DROP INDEX partnership_municipality"),
         QStringLiteral("DROP INDEX partnership_pair"),
         QStringLiteral("INSERT INTO partnership SELECT * FROM kept"),
         QStringLiteral("CREATE UNIQUE INDEX partnership_pair ON partnership "
                        "(community_id, municipality_id)"),
         QStringLiteral("CREATE INDEX partnership_municipality ON partnership (municipality_id)"),
         QStringLiteral("COMMIT")}));
    m_storeMs = timer.elapsed();
    m_storeCpuMs = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    qInfo("sqlite3 storing the same pairs in our schema: %lld ms, %lld ms CPU", m_storeMs,
          m_storeCpuMs);
}

void BenchImport::cleanupTestCase()
{
    qInfo(
        "rows %d, medians of %d rounds | sqlite3 .import %lld ms (%lld CPU) | import %lld ms (%lld "
        "CPU) | ratio %.2f (CPU %.2f) | planned first %lld ms | re-import %lld ms | store only "
        "%lld "
        "ms (%lld CPU) | load %.1f",
        m_rows, m_rounds, m_sqliteMs, m_sqliteCpuMs, m_ourMs, m_ourCpuMs, m_ratio,
        double(m_ourCpuMs) / qMax<qint64>(1, m_sqliteCpuMs), m_plannedFirstMs, m_reimportMs,
        m_storeMs, m_storeCpuMs, loadAverage());
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
