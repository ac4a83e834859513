// Database files that were tampered with or damaged: each is refused with a
// message that names the file and says why, nothing that came with the file is
// run, and the file is left exactly as it was.

#include "app/core/maintenance.h"
#include "app/core/repositories.h"
#include "app/core/schema.h"
#include "tests/testutil.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace tt;

class TestHostileDb : public QObject
{
    Q_OBJECT
private slots:
    void expectedSchemaMatchesNewFile();
    void refusesForeignSchema_data();
    void refusesForeignSchema();
    void refusesDamagedPages_data();
    void refusesDamagedPages();
    void refusesNewerVersion();
    void acceptsSqliteBookkeeping();

private:
    // A new database with one pair's worth of places, closed, in one file.
    static QString makeDatabase(const QTemporaryDir &dir);
    static bool runRaw(const QString &path, const QStringList &statements);
    static void expectRefusedUnchanged(const QString &path, const QString &why);
};

QString TestHostileDb::makeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("hostile.twinning"));
    {
        auto db = Database::open(path);
        if (!db)
            return {};
        Municipality m;
        m.name = QStringLiteral("Karlsruhe");
        m.countryIso = QStringLiteral("DE");
        if (!MunicipalityRepository(**db).insert(m))
            return {};
        // One file, no -wal beside it, so that comparing bytes compares everything.
        if (!(*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return {};
    }
    return path;
}

bool TestHostileDb::runRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString &s : statements) {
            if (ok && !q.exec(s)) {
                qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

void TestHostileDb::expectRefusedUnchanged(const QString &path, const QString &why)
{
    const QByteArray before = test::fileBytes(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(QFileInfo(path).path()).entryList(QDir::Files);
    for (const bool readOnly : {false, true}) {
        OpenOptions options;
        options.readOnly = readOnly;
        auto db = Database::open(path, options);
        QVERIFY2(!db, "a hostile file was opened");
        QVERIFY2(db.error().code == Error::Code::NotADatabase ||
                     db.error().code == Error::Code::Corrupt ||
                     db.error().code == Error::Code::NewerVersion,
                 qPrintable(db.error().fullText()));
        QVERIFY2(db.error().message.contains(QFileInfo(path).fileName()),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QStringLiteral("unchanged")),
                 qPrintable(db.error().message));
        if (!why.isEmpty())
            QVERIFY2(db.error().fullText().contains(why), qPrintable(db.error().fullText()));
    }
    QCOMPARE(test::fileBytes(path), before);
    // No backup copy, journal or WAL file was written beside it.
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files), filesBefore);
}

void TestHostileDb::expectedSchemaMatchesNewFile()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QVERIFY(!path.isEmpty());
    auto expected = schema::expectedObjects(Database::currentSchemaVersion());
    QVERIFY(expected);
    QVERIFY(expected->size() > 12);
    // The table of pairs as format 5 built it again: SQLite quotes a renamed
    // table's name.
    QVERIFY(expected->filter(QStringLiteral("CREATE TABLE \"partnership\" (")).size() == 1);
    auto empty = schema::expectedObjects(0);
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    // A file the program made opens, again and again.
    for (int i = 0; i < 2; ++i) {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().fullText()));
    }
}

void TestHostileDb::refusesForeignSchema_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("why");
    QTest::newRow("trigger that empties a table on insert")
        << QStringList{QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON partnership BEGIN "
                                      "DELETE FROM milestone; END")}
        << QStringLiteral("trigger “wipe” is not part");
    QTest::newRow("trigger on the audit log")
        << QStringList{QStringLiteral("CREATE TRIGGER hide BEFORE INSERT ON audit_log BEGIN "
                                      "SELECT RAISE(IGNORE); END")}
        << QStringLiteral("trigger “hide”");
    QTest::newRow("view") << QStringList{QStringLiteral(
                                 "CREATE VIEW everything AS SELECT * FROM partnership")}
                          << QStringLiteral("view “everything”");
    QTest::newRow("view calling a function")
        << QStringList{QStringLiteral("CREATE VIEW v AS SELECT load_extension('x') AS e")}
        << QStringLiteral("view “v”");
    QTest::newRow("extra table") << QStringList{QStringLiteral("CREATE TABLE extra (x)")}
                                 << QStringLiteral("table “extra”");
    QTest::newRow("column added") << QStringList{QStringLiteral(
                                         "ALTER TABLE partnership ADD COLUMN secret TEXT")}
                                  << QStringLiteral("table “partnership” differs");
    QTest::newRow("column renamed")
        << QStringList{QStringLiteral("ALTER TABLE contact RENAME COLUMN email TO mail")}
        << QStringLiteral("table “contact” differs");
    QTest::newRow("index dropped") << QStringList{QStringLiteral("DROP INDEX audit_at")}
                                   << QStringLiteral("index “audit_at” is missing");
    QTest::newRow("index replaced")
        << QStringList{QStringLiteral("DROP INDEX partnership_municipality"),
                       QStringLiteral(
                           "CREATE INDEX partnership_municipality ON partnership (kind)")}
        << QStringLiteral("index “partnership_municipality” differs");
    QTest::newRow("table replaced with a default that calls a function")
        << QStringList{QStringLiteral("DROP TABLE document"),
                       QStringLiteral("CREATE TABLE document (id INTEGER PRIMARY KEY, "
                                      "partnership_id INTEGER, name TEXT DEFAULT (random()))")}
        << QStringLiteral("table “document” differs");
    QTest::newRow("schema edited directly")
        << QStringList{QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'notes TEXT', "
                                      "'notes TEXT CHECK (length(notes) < 5)') "
                                      "WHERE name = 'municipality'"),
                       QStringLiteral("PRAGMA writable_schema = OFF")}
        << QStringLiteral("table “municipality” differs");
    // SQLite's statistics tables are passed over only as SQLite defines them.
    QTest::newRow("statistics table of another definition")
        << QStringList{QStringLiteral("ANALYZE"), QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE "
                                      "sqlite_stat1(tbl,idx,stat,note DEFAULT (random()))' "
                                      "WHERE name = 'sqlite_stat1'"),
                       QStringLiteral("PRAGMA writable_schema = OFF")}
        << QStringLiteral("table “sqlite_stat1” is not part");
    QTest::newRow("table named like the statistics")
        << QStringList{QStringLiteral("ANALYZE"), QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("UPDATE sqlite_schema SET name = 'sqlite_stat4', tbl_name "
                                      "= 'sqlite_stat4', sql = 'CREATE TABLE sqlite_stat4(tbl,"
                                      "idx,stat)' WHERE name = 'sqlite_stat1'"),
                       QStringLiteral("PRAGMA writable_schema = OFF")}
        << QStringLiteral("table “sqlite_stat4” is not part");
}

void TestHostileDb::refusesForeignSchema()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(runRaw(path, statements));
    expectRefusedUnchanged(path, why);
}

void TestHostileDb::refusesDamagedPages_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("first page after the header") << QStringLiteral("first");
    QTest::newRow("second page") << QStringLiteral("second");
    QTest::newRow("a page in the middle") << QStringLiteral("middle");
    QTest::newRow("the last page") << QStringLiteral("last");
    QTest::newRow("cut in half") << QStringLiteral("truncated");
    QTest::newRow("page size field") << QStringLiteral("pagesize");
}

void TestHostileDb::refusesDamagedPages()
{
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    const qint64 page = 4096;
    QVERIFY(size % page == 0 && size > 8 * page);
    QRandomGenerator random(42);
    auto garble = [&](qint64 offset, qint64 length) {
        QByteArray junk(length, Qt::Uninitialized);
        for (char &c : junk)
            c = static_cast<char>(random.bounded(256));
        f.seek(offset);
        f.write(junk);
    };
    if (where == u"first")
        garble(100, page - 100);
    else if (where == u"second")
        garble(page, page);
    else if (where == u"middle")
        garble((size / page / 2) * page, page);
    else if (where == u"last")
        garble(size - page, page);
    else if (where == u"truncated")
        QVERIFY(f.resize(size / 2));
    else if (where == u"pagesize") {
        f.seek(16);
        f.write(QByteArray("\x01\x03", 2)); // 259: not a power of two
    }
    f.close();
    expectRefusedUnchanged(path, QString());
}

void TestHostileDb::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(runRaw(
        path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1),
               QStringLiteral("CREATE TABLE from_the_future (x)")}));
    expectRefusedUnchanged(path, QStringLiteral("newer version"));
}

void TestHostileDb::acceptsSqliteBookkeeping()
{
    // ANALYZE's statistics belong to SQLite, not to whoever wrote the file.
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(runRaw(path, {QStringLiteral("ANALYZE")}));
    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().fullText()));
    QCOMPARE(countRows(**db, QStringLiteral("municipality")).valueOr(0), 1);
}

QTEST_GUILESS_MAIN(TestHostileDb)
#include "tst_hostiledb.moc"
