#include "app/core/maintenance.h"
#include "app/core/repositories.h"
#include "app/core/schema.h"
#include "tests/testutil.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace tt;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsCurrentSchema();
    void pragmasAreSet();
    void pageCacheFitsTheConnection();
    void catalogueIsSeeded();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void migrationKeepsPairsAndWhatHangsOffThem();
    void refusesNewerVersionUnchanged();
    void opensReadOnlyFile();
    void refusesGarbage_data();
    void refusesGarbage();
    void refusesOtherProgramsDatabase();
    void refusesCorruptFile();
    void enforcesForeignKeys();
    void transactionRollsBackAndStaysSilent();
    void nestedTransactions();
    void emptyFileBecomesDatabase();

private:
    static void makeRawDatabase(const QString &path, const QStringList &statements);
};

void TestDatabase::makeRawDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestDatabase::createsCurrentSchema()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(!db->isReadOnly());
    auto report = checkDatabase(*db);
    QVERIFY(report);
    QVERIFY(report->ok());
    QVERIFY(report->missingTables.isEmpty());
    QCOMPARE(report->counts.size(), schema::expectedTables().size());
}

void TestDatabase::pragmasAreSet()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("trusted_schema"), QStringLiteral("0")},
        {QStringLiteral("busy_timeout"), QStringLiteral("10000")},
        {QStringLiteral("application_id"), QString::number(Database::applicationId)},
    };
    for (const auto &[pragma, value] : expected) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA ") + pragma));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), value);
    }
}

namespace {

int cacheSize(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toInt() : 0;
}

// Bytes of SQLite's page cache of the connection.
int cacheUsed(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return -1;
    int used = 0, highWater = 0;
    sqlite3_db_status(*static_cast<sqlite3 *const *>(handle.data()), SQLITE_DBSTATUS_CACHE_USED,
                      &used, &highWater, 0);
    return used;
}

} // namespace

// The window's connection may keep 64 MiB of pages; one that reads through
// once (the milestones in the background, the daily copy) keeps a few; and
// releaseCache() gives back what was read.
void TestDatabase::pageCacheFitsTheConnection()
{
    if (test::onServer())
        QSKIP("a server keeps its own pages");
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QCOMPARE(cacheSize(*db), -65536);
    for (const char *table : {"cooperation_area", "community", "country", "municipality"}) {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table)));
        while (q.next()) {
        }
    }
    const int used = cacheUsed(*db);
    QVERIFY2(used > 100 * 1024, qPrintable(QString::number(used)));
    db->releaseCache();
    QVERIFY2(cacheUsed(*db) < used / 2, qPrintable(QString::number(cacheUsed(*db))));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM community")) && q.next());
    QVERIFY(q.value(0).toInt() > 1000);

    OpenOptions scan;
    scan.readOnly = true;
    scan.create = false;
    scan.cache = OpenOptions::Cache::Scan;
    auto reader = Database::open(db->path(), scan);
    QVERIFY(reader);
    QCOMPARE(cacheSize(**reader), -2048);
}

void TestDatabase::catalogueIsSeeded()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QCOMPARE(countRows(*db, QStringLiteral("community")).valueOr(0), 1774);
    QCOMPARE(countRows(*db, QStringLiteral("oblast")).valueOr(0), 27);
    QCOMPARE(countRows(*db, QStringLiteral("country")).valueOr(0), 250);
    QCOMPARE(countRows(*db, QStringLiteral("cooperation_area")).valueOr(0), 14);
    // Seeding is reference data, not a user's change: no history rows.
    QCOMPARE(countRows(*db, QStringLiteral("audit_log")).valueOr(-1), 0);

    CommunityRepository communities(*db);
    auto vinnytsia = communities.byKatottg(QStringLiteral("UA05020030000031457"));
    QVERIFY(vinnytsia && *vinnytsia);
    QCOMPARE((*vinnytsia)->nameUk, QStringLiteral("Вінниця"));
    QCOMPARE((*vinnytsia)->nameLatn, QStringLiteral("Vinnytsia"));
    QCOMPARE((*vinnytsia)->hromadaUk, QStringLiteral("Вінницька"));
    QCOMPARE((*vinnytsia)->oblastIso, QStringLiteral("UA-05"));
    QVERIFY((*vinnytsia)->lat.has_value());
    QVERIFY(qAbs(*(*vinnytsia)->lat - 49.2322) < 1e-4);
    // The 1,470 communities usually quoted: all but Crimea and Sevastopol.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) FROM community WHERE oblast_iso NOT IN ('UA-43', 'UA-40')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1470);
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Database::currentSchemaVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.twinning"));
    // A file as an older release left it: version 0 is a blank SQLite file.
    if (from == 0) {
        makeRawDatabase(path, {QStringLiteral("PRAGMA user_version = 0")});
    } else {
        OpenOptions old;
        old.targetVersion = from;
        auto db = Database::open(path, old);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), from);
        Municipality m;
        m.name = QStringLiteral("Karlsruhe");
        m.countryIso = QStringLiteral("DE");
        QVERIFY(MunicipalityRepository(**db).insert(m));
    }
    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    auto report = checkDatabase(**db);
    QVERIFY(report && report->ok());
    if (from > 0) {
        // The data survived, and a copy of the old file was made first.
        QCOMPARE(countRows(**db, QStringLiteral("municipality")).valueOr(0), 1);
        QVERIFY(QFileInfo::exists((*db)->migrationBackupPath()));
        QVERIFY((*db)->migrationBackupPath().contains(QStringLiteral(".v%1-").arg(from)));
    } else {
        QVERIFY((*db)->migrationBackupPath().isEmpty());
    }
}

void TestDatabase::migrationKeepsPairsAndWhatHangsOffThem()
{
    // Format 5 builds the table of pairs again; nothing that refers to a pair
    // may go with the old table.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.twinning"));
    {
        OpenOptions old;
        old.targetVersion = 4;
        auto db = Database::open(path, old);
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        for (const char *sql :
             {"INSERT INTO municipality (id, name, country_iso2) VALUES (7, 'Karlsruhe', 'DE')",
              "INSERT INTO partnership (id, community_id, municipality_id, kind, stage, "
              "twinning_on, sources, row_version) VALUES (42, 1, 7, 'twinning', "
              "'twinning_agreement', '2008-05-01', 'https://example.org', 3)",
              "INSERT INTO milestone (partnership_id, kind, title, status) "
              "VALUES (42, 'visit', 'Delegation', 'done')",
              "INSERT INTO contact (partnership_id, name, side) VALUES (42, 'O. P.', 'partner')",
              "INSERT INTO partnership_area (partnership_id, area_id, status) "
              "VALUES (42, 1, 'active')",
              "INSERT INTO agreement (id, kind) VALUES (5, 'twinning')",
              "INSERT INTO agreement_party (agreement_id, partnership_id) VALUES (5, 42)"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
    }
    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery q((*db)->connection());
    auto value = [&](const char *sql) {
        if (!q.exec(QString::fromUtf8(sql)) || !q.next())
            return QString();
        return q.value(0).toString();
    };
    QCOMPARE(value("SELECT id || ' ' || twinning_on || ' ' || row_version FROM partnership"),
             QStringLiteral("42 2008-05-01 3"));
    for (const char *table : {"milestone", "contact", "partnership_area", "agreement_party"})
        QCOMPARE(value(qPrintable(QStringLiteral("SELECT group_concat(partnership_id) FROM %1")
                                      .arg(QLatin1String(table)))),
                 QStringLiteral("42"));
    QCOMPARE(value("PRAGMA foreign_keys"), QStringLiteral("1"));
    auto problems = (*db)->integrityProblems(true);
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
    QCOMPARE(value("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE "
                   "type = 'index' AND tbl_name = 'partnership' ORDER BY name)"),
             QStringLiteral("partnership_municipality partnership_pair"));
    // The pair is still one of a kind, and still refers to real records.
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO partnership (community_id, municipality_id, kind, stage) "
                       "VALUES (1, 7, 'partnership', 'first_contact')")));
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO partnership (community_id, municipality_id, kind, stage) "
                       "VALUES (1, 999, 'partnership', 'first_contact')")));
    // Deleting a pair still takes what hangs off it along.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM partnership WHERE id = 42")));
    QCOMPARE(value("SELECT count(*) FROM milestone"), QStringLiteral("0"));
}

void TestDatabase::refusesNewerVersionUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.twinning"));
    {
        auto db = test::openFresh(dir, QStringLiteral("new.twinning"));
        QVERIFY(db);
        QVERIFY(db->exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)));
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = test::fileBytes(path);
    const QFileInfo infoBefore(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NewerVersion);
    QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
    QVERIFY(db.error().message.contains(QStringLiteral("unchanged")));
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), infoBefore.lastModified());
    // No backup copy and no journal files were left behind either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestDatabase::opensReadOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.twinning"));
    {
        auto db = test::openFresh(dir, QStringLiteral("ro.twinning"));
        QVERIFY(db);
        Municipality m;
        m.name = QStringLiteral("Karlsruhe");
        m.countryIso = QStringLiteral("DE");
        QVERIFY(MunicipalityRepository(*db).insert(m));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = test::fileBytes(path);
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().fullText()));
        QVERIFY((*db)->isReadOnly());
        QVERIFY(!(*db)->readOnlyReason().isEmpty());
        auto rows = MunicipalityRepository(**db).all();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        Municipality m;
        m.name = QStringLiteral("Kielce");
        m.countryIso = QStringLiteral("PL");
        auto inserted = MunicipalityRepository(**db).insert(m);
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().code, Error::Code::ReadOnly);
        QVERIFY(inserted.error().message.contains(QStringLiteral("read-only")));
    }
    QCOMPARE(test::fileBytes(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::newRow("text") << QByteArray("name,country\nKarlsruhe,DE\n")
                          << int(Error::Code::NotADatabase);
    QTest::newRow("nul bytes") << QByteArray(4096, '\0') << int(Error::Code::NotADatabase);
    QByteArray header("SQLite format 3\0", 16);
    QTest::newRow("header only") << header + QByteArray(200, 'x') << int(Error::Code::NotADatabase);
}

void TestDatabase::refusesGarbage()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.twinning"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), code);
    QVERIFY(db.error().message.contains(QStringLiteral("garbage.twinning")));
    QCOMPARE(test::fileBytes(path), content);
}

void TestDatabase::refusesOtherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    makeRawDatabase(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                           QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")});
    const QByteArray before = test::fileBytes(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotADatabase);
    QVERIFY(db.error().message.contains(QStringLiteral("another program")));
    QCOMPARE(test::fileBytes(path), before);
}

void TestDatabase::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.twinning"));
    {
        auto db = test::openFresh(dir, QStringLiteral("corrupt.twinning"));
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    // Overwrite a stretch of pages in the middle of the file (the community
    // table and its indexes), keeping the header intact.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 64 * 1024);
    f.seek(size / 2);
    f.write(QByteArray(16 * 1024, '\x5a'));
    f.close();
    const QByteArray before = test::fileBytes(path);
    OpenOptions options;
    options.integrity = OpenOptions::Integrity::Full;
    auto db = Database::open(path, options);
    QVERIFY(!db);
    QVERIFY(db.error().code == Error::Code::Corrupt ||
            db.error().code == Error::Code::NotADatabase);
    QVERIFY(db.error().message.contains(QStringLiteral("unchanged")));
    QCOMPARE(test::fileBytes(path), before);
}

void TestDatabase::enforcesForeignKeys()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO milestone (partnership_id, kind, title, status) "
                                   "VALUES (999, 'visit', 'x', 'planned')")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("787"));

    // Through the repository the same mistake reads as a sentence.
    Milestone m;
    m.partnershipId = 999;
    m.title = QStringLiteral("Visit");
    m.plannedOn = QDate(2025, 1, 1);
    auto r = MilestoneRepository(*db).insert(m);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QVERIFY(r.error().message.contains(QStringLiteral("must belong to an existing partnership")));
    QVERIFY(!r.error().message.contains(QStringLiteral("FOREIGN KEY")));
}

void TestDatabase::transactionRollsBackAndStaysSilent()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QSignalSpy spy(&db->notifier(), &ChangeNotifier::changed);
    {
        Transaction tx(*db);
        QVERIFY(tx.isActive());
        Municipality m;
        m.name = QStringLiteral("Kielce");
        m.countryIso = QStringLiteral("PL");
        QVERIFY(MunicipalityRepository(*db).insert(m));
        // destroyed without commit
    }
    QCOMPARE(spy.count(), 0);
    QCOMPARE(countRows(*db, QStringLiteral("municipality")).valueOr(-1), 0);
    QCOMPARE(countRows(*db, QStringLiteral("audit_log")).valueOr(-1), 0);
}

void TestDatabase::nestedTransactions()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QSignalSpy spy(&db->notifier(), &ChangeNotifier::changed);
    {
        Transaction outer(*db);
        Municipality a;
        a.name = QStringLiteral("Kielce");
        a.countryIso = QStringLiteral("PL");
        QVERIFY(MunicipalityRepository(*db).insert(a));
        {
            Transaction inner(*db);
            QVERIFY(inner.isActive());
            Municipality b;
            b.name = QStringLiteral("Nancy");
            b.countryIso = QStringLiteral("FR");
            QVERIFY(MunicipalityRepository(*db).insert(b));
            inner.rollback();
        }
        QCOMPARE(spy.count(), 0); // nothing announced before the outer commit
        QVERIFY(outer.commit());
    }
    QCOMPARE(spy.count(), 1);
    auto rows = MunicipalityRepository(*db).all();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().name, QStringLiteral("Kielce"));
}

void TestDatabase::emptyFileBecomesDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.twinning"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
