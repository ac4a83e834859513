// What only a server database has: the errors of connecting, the roles the
// server enforces (checked with hand-written SQL, not through the program), and
// the announcement of committed changes. Runs against TWINNING_TEST_PG, with the
// login roles scripts/pg-test-server.sh creates.

#include "app/core/officesettings.h"
#include "app/core/repositories.h"
#include "app/core/schema.h"
#include "app/io/importer.h"
#include "tests/testutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace tt;

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void schemaIsCurrentAndOpensAgain();
    void connectionErrorsSayWhatAndWhere_data();
    void connectionErrorsSayWhatAndWhere();
    void rolesAreReported();
    void viewerCannotWrite_data();
    void viewerCannotWrite();
    void editorWritesOnlyOwnOblast();
    void editorCannotMovePairAway();
    void refusalThroughRepositoryIsForbidden();
    void auditRecordsServerUser();
    void committedChangeIsAnnounced();
    void copyBothWaysAndCheck();
    void importWritesRowByRow();

private:
    // A connection of its own as `user`, for SQL written by hand.
    QSqlDatabase connectAs(const QString &user);
    qint64 communityIn(const QString &oblast);
    qint64 pairIn(const QString &oblast, const QString &partner);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_name;
    QStringList m_connections;
};

void TestPostgres::init()
{
    TT_REQUIRE_SERVER();
    qputenv("TWINNING_TEST_ENGINE", "postgresql");
    m_db = test::openFresh(m_dir);
    QVERIFY(m_db);
    m_name = QUrl(m_db->path()).path().mid(1);
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO editor_oblast VALUES ('tt_editor', 'UA-05')")));
}

void TestPostgres::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_db.reset();
}

QSqlDatabase TestPostgres::connectAs(const QString &user)
{
    const QString name = QStringLiteral("as-%1-%2").arg(user).arg(m_connections.size());
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const QUrl url(m_db->path());
    c.setHostName(url.host());
    c.setPort(url.port());
    c.setDatabaseName(m_name);
    c.setUserName(user);
    m_connections << name;
    if (!c.open())
        qWarning("%s", qPrintable(c.lastError().text()));
    return c;
}

qint64 TestPostgres::communityIn(const QString &oblast)
{
    QSqlQuery q =
        m_db->prepare(QStringLiteral("SELECT min(id) FROM community WHERE oblast_iso = ?"));
    q.addBindValue(oblast);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TestPostgres::pairIn(const QString &oblast, const QString &partner)
{
    Municipality m;
    m.name = partner;
    m.countryIso = QStringLiteral("DE");
    auto mid = MunicipalityRepository(*m_db).insert(m);
    if (!mid)
        return 0;
    Partnership p;
    p.communityId = communityIn(oblast);
    p.municipalityId = *mid;
    auto id = PartnershipRepository(*m_db).insert(p);
    return id ? *id : 0;
}

void TestPostgres::schemaIsCurrentAndOpensAgain()
{
    QCOMPARE(m_db->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(*m_db->dialect().schemaVersion(m_db->connection()), Database::currentSchemaVersion());
    for (const QString &table : schema::expectedTables()) {
        QSqlQuery q = m_db->prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        QVERIFY2(q.exec(), qPrintable(table));
    }
    auto again = Database::open(m_db->path());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().fullText()));
    QCOMPARE((*again)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY((*again)->isServer());
    QCOMPARE((*again)->serverUser(), QUrl(m_db->path()).userName());
}

void TestPostgres::connectionErrorsSayWhatAndWhere_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("mentions");
    const QUrl server(qEnvironmentVariable("TWINNING_TEST_PG"));
    QTest::newRow("wrong password")
        << test::serverUrl(QStringLiteral("postgres"), QStringLiteral("tt_viewer"))
        << QStringLiteral("s3cret-xyz") << Error::Code::Forbidden << QStringLiteral("tt_viewer");
    QTest::newRow("unknown user") << test::serverUrl(QStringLiteral("postgres"),
                                                     QStringLiteral("nobody"))
                                  << QString() << Error::Code::Forbidden
                                  << QStringLiteral("nobody");
    QTest::newRow("missing database") << test::serverUrl(QStringLiteral("no_such_db")) << QString()
                                      << Error::Code::NotFound << QStringLiteral("no_such_db");
    // A port nothing listens on: the server's own, plus one, is free in the
    // throwaway cluster's range often enough; port 1 never serves PostgreSQL.
    QTest::newRow("unreachable") << QStringLiteral("postgresql://tt_viewer@127.0.0.1:1/x")
                                 << QString() << Error::Code::Io << QStringLiteral("127.0.0.1:1");
    QTest::newRow("password in URL")
        << QStringLiteral("postgresql://tt_viewer:s3cret-xyz@127.0.0.1:1/x") << QString()
        << Error::Code::Invalid << QStringLiteral("PGPASSWORD");
    QTest::newRow("no database in URL")
        << QStringLiteral("postgresql://tt_viewer@127.0.0.1:1") << QString() << Error::Code::Invalid
        << QStringLiteral("postgresql://");
}

void TestPostgres::connectionErrorsSayWhatAndWhere()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    QFETCH(Error::Code, code);
    QFETCH(QString, mentions);
    OpenOptions options;
    options.password = password;
    auto db = Database::open(url, options);
    QVERIFY(!db);
    QCOMPARE(db.error().code, code);
    QVERIFY2(db.error().message.contains(mentions), qPrintable(db.error().fullText()));
    // The password is never repeated.
    if (!password.isEmpty())
        QVERIFY(!db.error().fullText().contains(password));
    QVERIFY(!db.error().fullText().contains(QStringLiteral("s3cret")));
}

void TestPostgres::rolesAreReported()
{
    QCOMPARE(*m_db->serverRole(), ServerRole::Admin);
    for (const auto &[user, role] : {std::pair{QStringLiteral("tt_viewer"), ServerRole::Viewer},
                                     std::pair{QStringLiteral("tt_editor"), ServerRole::Editor},
                                     std::pair{QStringLiteral("tt_admin"), ServerRole::Admin}}) {
        auto db = Database::open(test::serverUrl(m_name, user));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
        QCOMPARE(*(*db)->serverRole(), role);
        if (role == ServerRole::Editor)
            QCOMPARE(*(*db)->editableOblasts(), QStringList{QStringLiteral("UA-05")});
    }
}

void TestPostgres::viewerCannotWrite_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("insert pair") << QStringLiteral(
        "INSERT INTO partnership (community_id, municipality_id, kind, stage) "
        "VALUES (%1, %2, 'twinning', 'first_contact')");
    QTest::newRow("update pair") << QStringLiteral("UPDATE partnership SET notes = 'x'");
    QTest::newRow("delete pair") << QStringLiteral("DELETE FROM partnership");
    QTest::newRow("insert place") << QStringLiteral(
        "INSERT INTO municipality (name, country_iso2) VALUES ('X', 'DE')");
    QTest::newRow("delete milestone") << QStringLiteral("DELETE FROM milestone");
    QTest::newRow("update area") << QStringLiteral("UPDATE cooperation_area SET color = '#000'");
    QTest::newRow("forge history") << QStringLiteral(
        "INSERT INTO audit_log (at, actor, entity, action) VALUES ('2025', 'x', 'y', 'z')");
    QTest::newRow("grant oneself an oblast")
        << QStringLiteral("INSERT INTO editor_oblast VALUES ('tt_viewer', 'UA-05')");
}

void TestPostgres::viewerCannotWrite()
{
    QFETCH(QString, sql);
    const qint64 pair = pairIn(QStringLiteral("UA-05"), QStringLiteral("Karlsruhe"));
    QVERIFY(pair > 0);
    auto p = PartnershipRepository(*m_db).get(pair);
    QSqlDatabase viewer = connectAs(QStringLiteral("tt_viewer"));
    QVERIFY(viewer.isOpen());
    QSqlQuery q(viewer);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM partnership")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(!q.exec(
        sql.contains(QLatin1String("%1")) ? sql.arg(p->communityId).arg(p->municipalityId) : sql));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

void TestPostgres::editorWritesOnlyOwnOblast()
{
    const qint64 mine = pairIn(QStringLiteral("UA-05"), QStringLiteral("Karlsruhe"));
    const qint64 theirs = pairIn(QStringLiteral("UA-46"), QStringLiteral("Freiburg"));
    QVERIFY(mine > 0 && theirs > 0);
    QSqlDatabase editor = connectAs(QStringLiteral("tt_editor"));
    QSqlQuery q(editor);
    // Their pair: invisible to the editor's writes, however they are phrased.
    QVERIFY(q.exec(QStringLiteral("UPDATE partnership SET notes = 'x' WHERE id = %1").arg(theirs)));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(QStringLiteral("UPDATE partnership SET notes = 'x'")));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM partnership WHERE id = %1").arg(theirs)));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO milestone (partnership_id, kind, title, status) "
                                   "VALUES (%1, 'visit', 'Sneaked in', 'planned')")
                        .arg(theirs)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO editor_oblast VALUES ('tt_editor', 'UA-46')")));
    // Their own pair, and its milestones: allowed.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO milestone (partnership_id, kind, title, status) "
                                  "VALUES (%1, 'visit', 'Visit', 'planned')")
                       .arg(mine)));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM milestone WHERE partnership_id = %1").arg(mine)));
    QCOMPARE(q.numRowsAffected(), 1);
    // Another editor with no oblast listed changes nothing.
    QSqlQuery other(connectAs(QStringLiteral("tt_editor2")));
    QVERIFY(other.exec(QStringLiteral("UPDATE partnership SET notes = 'y'")));
    QCOMPARE(other.numRowsAffected(), 0);

    QSqlQuery check =
        m_db->prepare(QStringLiteral("SELECT id, notes FROM partnership ORDER BY id"));
    QVERIFY(check.exec());
    QVERIFY(check.next());
    QCOMPARE(check.value(1).toString(), QStringLiteral("x"));
    QVERIFY(check.next());
    QVERIFY(check.value(1).isNull());
}

void TestPostgres::editorCannotMovePairAway()
{
    const qint64 mine = pairIn(QStringLiteral("UA-05"), QStringLiteral("Karlsruhe"));
    QVERIFY(mine > 0);
    QSqlQuery q(connectAs(QStringLiteral("tt_editor")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE partnership SET community_id = %1 WHERE id = %2")
                        .arg(communityIn(QStringLiteral("UA-46")))
                        .arg(mine)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO partnership (community_id, municipality_id, kind, "
                                   "stage) VALUES (%1, (SELECT min(id) FROM municipality), "
                                   "'twinning', 'first_contact')")
                        .arg(communityIn(QStringLiteral("UA-46")))));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QCOMPARE(PartnershipRepository(*m_db).get(mine)->communityId,
             communityIn(QStringLiteral("UA-05")));
}

void TestPostgres::refusalThroughRepositoryIsForbidden()
{
    const qint64 theirs = pairIn(QStringLiteral("UA-46"), QStringLiteral("Freiburg"));
    auto editor = Database::open(test::serverUrl(m_name, QStringLiteral("tt_editor")));
    QVERIFY(editor);
    auto p = PartnershipRepository(**editor).get(theirs);
    QVERIFY(p);
    p->notes = QStringLiteral("Not mine");
    auto refused = PartnershipRepository(**editor).update(*p);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    Milestone m;
    m.partnershipId = theirs;
    m.title = QStringLiteral("Visit");
    m.plannedOn = QDate(2025, 1, 1);
    auto added = MilestoneRepository(**editor).insert(m);
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Forbidden);

    auto viewer = Database::open(test::serverUrl(m_name, QStringLiteral("tt_viewer")));
    QVERIFY(viewer);
    auto removed = PartnershipRepository(**viewer).remove(theirs);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, Error::Code::Forbidden);
    QVERIFY(PartnershipRepository(*m_db).get(theirs)->notes.isEmpty());
}

void TestPostgres::auditRecordsServerUser()
{
    auto editor = Database::open(test::serverUrl(m_name, QStringLiteral("tt_editor")));
    QVERIFY(editor);
    (*editor)->setActor(QStringLiteral("someone.else"));
    const qint64 mine = pairIn(QStringLiteral("UA-05"), QStringLiteral("Karlsruhe"));
    auto p = PartnershipRepository(**editor).get(mine);
    p->notes = QStringLiteral("Checked");
    QVERIFY(PartnershipRepository(**editor).update(*p));
    auto history = AuditLogRepository(*m_db).forPartnership(mine);
    QVERIFY(history && history->size() == 2);
    QCOMPARE(history->at(0).actor, QStringLiteral("tt_editor"));
    QCOMPARE(history->at(1).actor, m_db->serverUser());
}

void TestPostgres::committedChangeIsAnnounced()
{
    auto listener = Database::open(m_db->path());
    QVERIFY(listener);
    QSqlDriver *driver = (*listener)->connection().driver();
    QVERIFY(driver->subscribeToNotification(QLatin1String(Dialect::changeChannel)));
    QSignalSpy spy(driver, &QSqlDriver::notification);

    // A rolled-back change says nothing; a committed one once.
    {
        Transaction tx(*m_db);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE oblast SET name_de = name_de")));
        tx.notify({Entity::Partnership, ChangeSet::Kind::Reset, {}, {}, {}});
    }
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);
    QVERIFY(pairIn(QStringLiteral("UA-05"), QStringLiteral("Karlsruhe")) > 0);
    QTRY_VERIFY(spy.count() >= 1);
    QCOMPARE(spy.first().at(0).toString(), QLatin1String(Dialect::changeChannel));
    QCOMPARE(spy.first().at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
}

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TT_BINARY), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

void TestPostgres::copyBothWaysAndCheck()
{
    const QString file = m_dir.filePath(QStringLiteral("demo.twinning"));
    const QString back = m_dir.filePath(QStringLiteral("back.twinning"));
    const QString server = m_db->path();
    m_db.reset();
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), file}).code, 0);
    const OfficeSettings office{QStringLiteral("Вінницька міська рада"), 9};
    {
        auto demo = Database::open(file);
        QVERIFY(demo);
        QVERIFY(OfficeSettingsRepository(**demo).save(office));
    }

    Run copied = run(
        {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    QVERIFY2(copied.code == 0, qPrintable(copied.err));
    Run same = run({QStringLiteral("check"), QStringLiteral("--db"), server,
                    QStringLiteral("--same-as"), file});
    QVERIFY2(same.code == 0, qPrintable(same.out + same.err));
    QVERIFY(same.out.contains(QStringLiteral("milestone")));
    QVERIFY2(same.out.contains(QRegularExpression(QStringLiteral("office_setting +2\\n"))),
             qPrintable(same.out));
    QVERIFY2(same.out.contains(QRegularExpression(QStringLiteral("office_setting +same"))),
             qPrintable(same.out));
    {
        auto onServer = Database::open(server);
        QVERIFY(onServer);
        QCOMPARE(*OfficeSettingsRepository(**onServer).load(), office);
    }

    // A target with data is left alone unless told.
    Run refused = run(
        {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--replace")), qPrintable(refused.err));
    QVERIFY(run({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                 server, QStringLiteral("--replace")})
                .code == 0);

    // Back from the server into a new file: the same again.
    copied = run(
        {QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});
    QVERIFY2(copied.code == 0, qPrintable(copied.err));
    same = run(
        {QStringLiteral("check"), QStringLiteral("--db"), back, QStringLiteral("--same-as"), file});
    QVERIFY2(same.code == 0, qPrintable(same.out + same.err));
    {
        auto backDb = Database::open(back);
        QVERIFY(backDb);
        QCOMPARE(*OfficeSettingsRepository(**backDb).load(), office);
    }

    // One changed value is found.
    auto db = Database::open(server);
    QVERIFY(db);
    QVERIFY((*db)->exec(QStringLiteral("UPDATE milestone SET title = title || '.' WHERE id = "
                                       "(SELECT min(id) FROM milestone)")));
    Run differs = run({QStringLiteral("check"), QStringLiteral("--db"), server,
                       QStringLiteral("--same-as"), file});
    QCOMPARE(differs.code, 1);
    QVERIFY(differs.out.contains(QStringLiteral("milestone")));
    QVERIFY2(differs.out.contains(QRegularExpression(QStringLiteral("office_setting +same"))),
             qPrintable(differs.out));
    // So is a changed setting of the office.
    QVERIFY(OfficeSettingsRepository(**db).setDormancyMonths(24));
    differs = run({QStringLiteral("check"), QStringLiteral("--db"), server,
                   QStringLiteral("--same-as"), file});
    QCOMPARE(differs.code, 1);
    QVERIFY2(differs.out.contains(QRegularExpression(QStringLiteral("office_setting +DIFFERENT"))),
             qPrintable(differs.out));
    // A new record on the server gets a fresh id, past the copied ones.
    Municipality m;
    m.name = QStringLiteral("Freiburg im Breisgau");
    m.countryIso = QStringLiteral("DE");
    auto added = MunicipalityRepository(**db).insert(m);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().fullText()));
}

void TestPostgres::importWritesRowByRow()
{
    // A server takes each imported row alone and gives its id back: the areas
    // of a new pair must hang off that pair, and the ids the server gives
    // afterwards must not collide with the imported ones.
    const QString path = m_dir.filePath(QStringLiteral("pairs.csv"));
    QString text = QStringLiteral("community,oblast,partner,country,since,areas\n");
    for (int i = 1; i <= 70; ++i)
        text += QStringLiteral("Вінниця,UA-05,Partnerort %1,DE,%2,%3\n")
                    .arg(i)
                    .arg(1990 + i % 30)
                    .arg(i % 2 ? QStringLiteral("culture; healthcare") : QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    auto report = io::importFile(*m_db, path, {});
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, 70);
    QCOMPARE(report->partnersCreated, 70);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) FROM partnership_area a JOIN partnership p ON p.id = a.partnership_id "
        "JOIN municipality m ON m.id = p.municipality_id "
        "WHERE CAST(substr(m.name, 12) AS INTEGER) % 2 = 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 70);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM partnership_area")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 70);
    // One more pair, through the repository: the server's next id is free.
    Municipality m;
    m.name = QStringLiteral("Nachzügler");
    m.countryIso = QStringLiteral("DE");
    QVERIFY(MunicipalityRepository(*m_db).insert(m));
    Partnership p;
    p.communityId = communityIn(QStringLiteral("UA-05"));
    p.municipalityId = m.id;
    QVERIFY2(PartnershipRepository(*m_db).insert(p), "the id sequence collides");
    auto again = io::importFile(*m_db, path, {});
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 70);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
