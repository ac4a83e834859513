// Attacks on a server database by logins with psql-like, hand-written SQL, each
// over a connection of its own: a viewer, an editor of UA-05, an editor of
// another oblast (UA-46), an administrator without CREATEROLE, a login in no
// role, and an editor who may make temporary objects (to try the search_path
// tricks even where the database gives that right). Every attack must be
// refused (SQLSTATE 42501) or touch no row, and the whole state of the database
// (every table, every role membership, functions, triggers, policies, grants)
// must be the same afterwards. Each runs on two databases: one migrated by a
// login with CREATEROLE that owns the database, one by a superuser. Runs
// against TWINNING_TEST_PG (scripts/pg-test-server.sh); skipped without one.

#include "core/officesettings.h"
#include "core/repositories.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace tt;

namespace {

enum class Migrator { CreateRole, Superuser };

const QString password = QStringLiteral("twinning-test");

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

// The logins of the attacks, made once on the cluster.
const char *const loginSetup = R"(DO $logins$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tt_sec_migrator') THEN
        CREATE ROLE tt_sec_migrator LOGIN CREATEROLE CREATEDB PASSWORD 'twinning-test';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tt_sec_nobody') THEN
        CREATE ROLE tt_sec_nobody LOGIN PASSWORD 'twinning-test';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tt_sec_temp') THEN
        CREATE ROLE tt_sec_temp LOGIN PASSWORD 'twinning-test' IN ROLE twinning_editor;
    END IF;
END
$logins$)";

struct Fixture
{
    QString name;
    std::unique_ptr<Database> db; // as the superuser, for checks and set-up
    qint64 mine = 0;              // a pair of UA-05
    qint64 theirs = 0;            // a pair of UA-46
    qint64 myCommunity = 0;
    qint64 theirCommunity = 0;
    qint64 sharedPlace = 0;     // the partner of a UA-46 pair
    qint64 theirAgreement = 0;  // binds the UA-46 pair
    qint64 orphanAgreement = 0; // binds no pair; made by the superuser
    qint64 theirMilestone = 0;
    qint64 theirContact = 0;
};

} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrationLeavesNoPowerBehind_data();
    void migrationLeavesNoPowerBehind();
    void attackIsRefused_data();
    void attackIsRefused();
    void everyTableRefusesOutsiders_data();
    void everyTableRefusesOutsiders();
    void historyIsWrittenByTheServer_data();
    void historyIsWrittenByTheServer();
    void rowVersionAlwaysMoves_data();
    void rowVersionAlwaysMoves();
    void editorsOwnPlacesAndAgreements_data();
    void editorsOwnPlacesAndAgreements();
    void changeCounterMovesOnlyOnCommits_data();
    void changeCounterMovesOnlyOnCommits();
    void olderFormatIsRepaired();
    void administratorErasesPerson_data();
    void administratorErasesPerson();
    void officeSettingsAreTheAdministrators_data();
    void officeSettingsAreTheAdministrators();

private:
    void addDatabaseRows(const char *name);
    Fixture &fixture();
    bool makeFixture(Fixture &fx, Migrator migrator);
    QSqlDatabase connectAs(const QString &database, const QString &user);
    QStringList state(Database &db);
    QString expand(const Fixture &fx, QString sql) const;
    // Runs `setup` (which may fail) and then each of `payload`, which must be
    // refused (42501) or change nothing; returns what was let through.
    QStringList attack(const Fixture &fx, const QString &login, const QStringList &setup,
                       const QStringList &payload);

    Fixture m_fixtures[2];
    int m_connections = 0;
    QStringList m_databases;
};

// The lines of two states that differ, for the failure message.
QString differences(const QStringList &before, const QStringList &after)
{
    QStringList out;
    for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i) {
        if (before.value(i) != after.value(i))
            out << QStringLiteral("was: %1\nnow: %2").arg(before.value(i), after.value(i));
    }
    return out.join(u'\n');
}

#define TT_COMPARE_STATE(before, after)                                                            \
    do {                                                                                           \
        const QStringList now = (after);                                                           \
        QVERIFY2(now == (before), qPrintable(differences((before), now)));                         \
    } while (false)

void TestServerSecurity::initTestCase()
{
    TT_REQUIRE_SERVER();
    QVERIFY(test::serverAdmin(QString::fromUtf8(loginSetup)));
    QVERIFY(makeFixture(m_fixtures[0], Migrator::CreateRole));
    QVERIFY(makeFixture(m_fixtures[1], Migrator::Superuser));
}

void TestServerSecurity::cleanupTestCase()
{
    for (Fixture &fx : m_fixtures)
        fx.db.reset();
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("sec-")))
            QSqlDatabase::removeDatabase(name);
    }
    for (const QString &name : std::as_const(m_databases))
        test::serverAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

bool TestServerSecurity::makeFixture(Fixture &fx, Migrator migrator)
{
    fx.name = QStringLiteral("tt_sec_%1_%2")
                  .arg(QCoreApplication::applicationPid())
                  .arg(migrator == Migrator::CreateRole ? QStringLiteral("createrole")
                                                        : QStringLiteral("super"));
    const QString owner =
        migrator == Migrator::CreateRole ? QStringLiteral(" OWNER tt_sec_migrator") : QString();
    if (!test::serverAdmin(QStringLiteral("CREATE DATABASE %1%2").arg(fx.name, owner)))
        return false;
    m_databases << fx.name;
    {
        auto migrated = Database::open(test::serverUrl(
            fx.name,
            migrator == Migrator::CreateRole ? QStringLiteral("tt_sec_migrator") : QString()));
        if (!migrated) {
            qWarning("migration failed: %s", qPrintable(migrated.error().fullText()));
            return false;
        }
    }
    auto db = Database::open(test::serverUrl(fx.name));
    if (!db)
        return false;
    fx.db = std::move(db.value());
    Database &d = *fx.db;
    auto community = [&](const char *oblast) {
        QSqlQuery q = d.prepare(QStringLiteral(
            "SELECT min(id) FROM community WHERE oblast_iso = ? AND katottg IS NOT NULL"));
        q.addBindValue(QLatin1String(oblast));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    };
    fx.myCommunity = community("UA-05");
    fx.theirCommunity = community("UA-46");
    auto pair = [&](qint64 communityId, const QString &place, qint64 *placeId) -> qint64 {
        Municipality m;
        m.name = place;
        m.countryIso = QStringLiteral("DE");
        auto mid = MunicipalityRepository(d).insert(m);
        if (!mid)
            return 0;
        if (placeId)
            *placeId = *mid;
        Partnership p;
        p.communityId = communityId;
        p.municipalityId = *mid;
        auto id = PartnershipRepository(d).insert(p);
        return id ? *id : 0;
    };
    fx.mine = pair(fx.myCommunity, QStringLiteral("Karlsruhe"), nullptr);
    fx.theirs = pair(fx.theirCommunity, QStringLiteral("Freiburg"), &fx.sharedPlace);
    Milestone ms;
    ms.partnershipId = fx.theirs;
    ms.title = QStringLiteral("Visit");
    ms.plannedOn = QDate(2025, 5, 1);
    fx.theirMilestone = MilestoneRepository(d).insert(ms).valueOr(0);
    Contact c;
    c.partnershipId = fx.theirs;
    c.name = QStringLiteral("Anna Schmidt");
    c.email = QStringLiteral("anna@example.org");
    fx.theirContact = ContactRepository(d).insert(c).valueOr(0);
    AgreementRecord a;
    a.agreement.number = QStringLiteral("7/2024");
    a.agreement.signedOn = QDate(2024, 3, 1);
    a.partnershipIds = {fx.theirs};
    fx.theirAgreement = AgreementRepository(d).save(a).valueOr(0);
    QSqlQuery q(d.connection());
    if (!q.exec(QStringLiteral("INSERT INTO agreement (kind, number) VALUES ('cooperation', "
                               "'draft') RETURNING id")) ||
        !q.next())
        return false;
    fx.orphanAgreement = q.value(0).toLongLong();
    for (const QString &sql :
         {QStringLiteral("INSERT INTO editor_oblast VALUES ('tt_editor', 'UA-05'), "
                         "('tt_sec_temp', 'UA-05'), ('tt_editor2', 'UA-46')"),
          // The one login that may make temporary objects, to try the tricks
          // against the functions themselves.
          QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO tt_sec_temp").arg(fx.name)}) {
        if (!d.exec(sql))
            return false;
    }
    return fx.mine && fx.theirs && fx.theirMilestone && fx.theirContact && fx.theirAgreement &&
           fx.orphanAgreement;
}

Fixture &TestServerSecurity::fixture()
{
    QFETCH(int, database);
    return m_fixtures[database];
}

void TestServerSecurity::addDatabaseRows(const char *name)
{
    for (int i : {0, 1})
        QTest::addRow("%s, %s", i == 0 ? "createrole" : "superuser", name) << i;
}

QSqlDatabase TestServerSecurity::connectAs(const QString &database, const QString &user)
{
    const QString name = QStringLiteral("sec-%1").arg(++m_connections);
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const QUrl url(qEnvironmentVariable("TWINNING_TEST_PG"));
    c.setHostName(url.host());
    c.setPort(url.port(5432));
    c.setDatabaseName(database);
    c.setUserName(user);
    c.setPassword(password);
    if (!c.open())
        qWarning("%s: %s", qPrintable(user), qPrintable(c.lastError().text()));
    return c;
}

QString TestServerSecurity::expand(const Fixture &fx, QString sql) const
{
    const std::pair<const char *, qint64> values[] = {
        {"%MINE%", fx.mine},
        {"%THEIRS%", fx.theirs},
        {"%MY_COMMUNITY%", fx.myCommunity},
        {"%THEIR_COMMUNITY%", fx.theirCommunity},
        {"%SHARED_PLACE%", fx.sharedPlace},
        {"%THEIR_AGREEMENT%", fx.theirAgreement},
        {"%ORPHAN_AGREEMENT%", fx.orphanAgreement},
        {"%THEIR_MILESTONE%", fx.theirMilestone},
        {"%THEIR_CONTACT%", fx.theirContact},
        {"%MY_AGREEMENT%", 900000},
    };
    for (const auto &[key, value] : values)
        sql.replace(QLatin1String(key), QString::number(value));
    return sql.replace(QLatin1String("%DB%"), fx.name);
}

// Everything an attack could change, read by the superuser: each table's rows,
// role memberships and attributes, functions, triggers, policies and grants.
QStringList TestServerSecurity::state(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    QStringList tables;
    if (q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                              "current_schema() ORDER BY 1"))) {
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &t : std::as_const(tables)) {
        if (q.exec(QStringLiteral("SELECT count(*), md5(COALESCE(string_agg(x::text, '|' ORDER BY "
                                  "x::text), '')) FROM %1 x")
                       .arg(t)) &&
            q.next())
            out << QStringLiteral("%1: %2 %3").arg(t, q.value(0).toString(), q.value(1).toString());
    }
    for (const char *sql : {
             "SELECT string_agg(r.rolname || ' > ' || m.rolname, ', ' ORDER BY r.rolname, "
             "m.rolname) FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles "
             "m ON m.oid = a.member",
             "SELECT string_agg(rolname || ':' || rolsuper || rolcreaterole || rolcanlogin || "
             "rolbypassrls, ', ' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'tt%' OR "
             "rolname LIKE 'twinning%'",
             "SELECT string_agg(x, ', ' ORDER BY x) FROM (SELECT proname || ':' || md5(prosrc) || "
             "COALESCE(proconfig::text, '') || proowner::regrole || COALESCE(proacl::text, '') || "
             "prosecdef AS x FROM pg_proc WHERE pronamespace = current_schema()::regnamespace) s",
             "SELECT string_agg(x, ', ' ORDER BY x) FROM (SELECT tgrelid::regclass || '.' || "
             "tgname || ':' || tgenabled AS x FROM pg_trigger WHERE NOT tgisinternal) s",
             "SELECT string_agg(x, ', ' ORDER BY x) FROM (SELECT tablename || '.' || policyname || "
             "':' || cmd || roles::text || COALESCE(qual, '') || COALESCE(with_check, '') AS x "
             "FROM pg_policies) s",
             "SELECT string_agg(x, ', ' ORDER BY x) FROM (SELECT relname || ':' || "
             "relowner::regrole || COALESCE(relacl::text, '') || relrowsecurity || "
             "relforcerowsecurity AS x FROM pg_class WHERE relnamespace = "
             "current_schema()::regnamespace) s",
             "SELECT string_agg(x, ', ' ORDER BY x) FROM (SELECT attrelid::regclass || '.' || "
             "attname || attacl::text AS x FROM pg_attribute WHERE attacl IS NOT NULL) s",
             "SELECT datacl::text FROM pg_database WHERE datname = current_database()",
             "SELECT nspacl::text FROM pg_namespace WHERE nspname = current_schema()",
         }) {
        if (q.exec(QLatin1String(sql)) && q.next())
            out << q.value(0).toString();
        else
            out << QStringLiteral("unreadable: ") + QLatin1String(sql);
    }
    return out;
}

QStringList TestServerSecurity::attack(const Fixture &fx, const QString &login,
                                       const QStringList &setup, const QStringList &payload)
{
    QStringList through;
    {
        QSqlDatabase c = connectAs(fx.name, login);
        if (!c.isOpen())
            return {QStringLiteral("cannot connect as ") + login};
        QSqlQuery q(c);
        for (const QString &sql : setup) {
            if (!q.exec(expand(fx, sql)) && qEnvironmentVariableIsSet("TT_SEC_DEBUG"))
                qWarning("setup: %s", qPrintable(q.lastError().text()));
        }
        for (const QString &raw : payload) {
            const QString sql = expand(fx, raw);
            const bool ok = q.exec(sql);
            if (qEnvironmentVariableIsSet("TT_SEC_DEBUG"))
                qWarning("%s: %s %s", qPrintable(sql), ok ? "ok" : "refused",
                         qPrintable(ok && q.isSelect() && q.next() ? q.value(0).toString()
                                                                   : q.lastError().text()));
            if (ok && q.isSelect())
                q.seek(-1);
            if (!ok) {
                const QString code = q.lastError().nativeErrorCode();
                if (code != QLatin1String("42501"))
                    through << QStringLiteral("%1 failed, but not as refused (%2: %3)")
                                   .arg(sql, code, q.lastError().databaseText());
                continue;
            }
            if (q.isSelect()) {
                const QVariant v = q.next() ? q.value(0) : QVariant();
                if (!v.isNull() && v.toString() != QLatin1String("0") &&
                    v.toString() != QLatin1String("false"))
                    through << QStringLiteral("%1 answered %2").arg(sql, v.toString());
            } else if (q.numRowsAffected() > 0) {
                through << QStringLiteral("%1 changed %2 rows").arg(sql).arg(q.numRowsAffected());
            }
        }
        c.close();
    }
    return through;
}

void TestServerSecurity::migrationLeavesNoPowerBehind_data()
{
    QTest::addColumn<int>("database");
    QTest::addColumn<QString>("sql");
    // Each query answers a count of what must not be.
    const std::pair<const char *, const char *> checks[] = {
        {"a login holds twinning_owner",
         "SELECT count(*) FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
         "WHERE r.rolname = 'twinning_owner'"},
        {"twinning_owner may log in or make roles",
         "SELECT count(*) FROM pg_roles WHERE rolname = 'twinning_owner' AND (rolcanlogin OR "
         "rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication)"},
        {"an object is not twinning_owner's",
         "SELECT count(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
         "AND relowner <> 'twinning_owner'::regrole"},
        {"a function is not twinning_owner's",
         "SELECT count(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace "
         "AND proowner <> 'twinning_owner'::regrole"},
        {"a definer function has no fixed search_path ending with pg_temp",
         "SELECT count(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace AND "
         "prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) s WHERE s LIKE "
         "'search_path=pg_catalog, %, pg_temp')"},
        {"PUBLIC, a viewer or a login in no role may execute a function",
         "SELECT count(*) FROM pg_proc p, (VALUES ('public'), ('twinning_viewer'), "
         "('tt_sec_nobody'), ('tt_viewer')) r(name) WHERE p.pronamespace = "
         "current_schema()::regnamespace AND (r.name = 'public' AND EXISTS (SELECT 1 FROM "
         "aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) x WHERE x.grantee = 0) "
         "OR r.name <> 'public' AND has_function_privilege(r.name, p.oid, 'EXECUTE'))"},
        {"a role but the owner has a right on a sequence",
         "SELECT count(*) FROM pg_class s, (VALUES ('twinning_viewer'), ('twinning_editor'), "
         "('twinning_admin'), ('tt_admin'), ('tt_editor'), ('tt_sec_nobody'), "
         "('tt_sec_migrator')) r(name) WHERE s.relkind = 'S' AND s.relnamespace = "
         "current_schema()::regnamespace AND has_sequence_privilege(r.name, s.oid, "
         "'USAGE, SELECT, UPDATE')"},
        {"PUBLIC may make temporary objects",
         "SELECT count(*) FROM pg_database, aclexplode(COALESCE(datacl, acldefault('d', "
         "datdba))) x WHERE datname = current_database() AND x.grantee = 0 AND "
         "x.privilege_type = 'TEMPORARY'"},
        {"a role may write the history, truncate or add triggers",
         "SELECT count(*) FROM (VALUES ('twinning_viewer'), ('twinning_editor'), "
         "('twinning_admin'), ('tt_admin'), ('tt_sec_migrator'), ('tt_sec_nobody')) r(name), "
         "pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
         "AND (has_table_privilege(r.name, c.oid, 'TRUNCATE, TRIGGER, REFERENCES') OR "
         "(c.relname IN ('audit_log', 'schema_version', 'agreement_owner', 'change_counter', "
         "'change_pending', 'erasure_pending') AND has_table_privilege(r.name, c.oid, 'INSERT, "
         "UPDATE, DELETE')))"},
        {"a table is not audited",
         "SELECT count(*) FROM pg_tables t WHERE schemaname = current_schema() AND tablename NOT "
         "IN ('audit_log', 'schema_version', 'agreement_owner', 'change_counter', "
         "'change_pending', 'erasure_pending') AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE "
         "g.tgrelid = "
         "(t.schemaname || '.' || t.tablename)::regclass AND g.tgname = t.tablename || "
         "'_history' AND g.tgenabled = 'O')"},
        {"a superuser owns something", "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid "
                                       "= c.relowner WHERE c.relnamespace = "
                                       "current_schema()::regnamespace AND r.rolsuper"},
    };
    for (int i : {0, 1}) {
        for (const auto &[name, sql] : checks)
            QTest::addRow("%s, %s", i == 0 ? "createrole" : "superuser", name)
                << i << QString::fromUtf8(sql);
    }
}

void TestServerSecurity::migrationLeavesNoPowerBehind()
{
    QFETCH(QString, sql);
    Fixture &fx = fixture();
    QSqlQuery q(fx.db->connection());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestServerSecurity::attackIsRefused_data()
{
    QTest::addColumn<int>("database");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QStringList>("payload");

    // Temporary tables in the place of the program's, for every definer function.
    const QStringList shadows =
        L({"CREATE TEMP TABLE editor_oblast (username NAME, oblast_iso TEXT)",
           "INSERT INTO pg_temp.editor_oblast SELECT current_user, iso FROM public.oblast",
           "CREATE TEMP TABLE community AS SELECT * FROM public.community",
           "UPDATE pg_temp.community SET oblast_iso = 'UA-05'",
           "CREATE TEMP TABLE partnership AS SELECT * FROM public.partnership",
           "UPDATE pg_temp.partnership SET community_id = %MY_COMMUNITY%",
           "CREATE TEMP TABLE agreement_party (agreement_id BIGINT, partnership_id BIGINT)",
           "CREATE TEMP TABLE agreement_owner (agreement_id BIGINT, username TEXT)",
           "INSERT INTO pg_temp.agreement_owner SELECT id, current_user FROM public.agreement",
           "GRANT SELECT ON pg_temp.editor_oblast, pg_temp.community, pg_temp.partnership, "
           "pg_temp.agreement_party, pg_temp.agreement_owner TO PUBLIC",
           "SET search_path = pg_temp, public"});
    const QStringList writesOfTheirs =
        L({"UPDATE public.partnership SET notes = 'taken' WHERE id = %THEIRS%",
           "UPDATE public.partnership SET community_id = %MY_COMMUNITY% WHERE id = %THEIRS%",
           "DELETE FROM public.milestone WHERE partnership_id = %THEIRS%",
           "UPDATE public.contact SET name = 'x' WHERE partnership_id = %THEIRS%",
           "DELETE FROM public.partnership WHERE id = %THEIRS%",
           "UPDATE public.agreement SET number = 'x' WHERE id IN (%THEIR_AGREEMENT%, "
           "%ORPHAN_AGREEMENT%)",
           "DELETE FROM public.agreement WHERE id IN (%THEIR_AGREEMENT%, %ORPHAN_AGREEMENT%)",
           "UPDATE public.municipality SET name = 'x', country_iso2 = 'PL' WHERE id = "
           "%SHARED_PLACE%"});
    const QStringList functionsOnTheirs =
        L({"SELECT public.twinning_may_edit_community(%THEIR_COMMUNITY%, current_user)",
           "SELECT public.twinning_may_edit_pair(%THEIRS%, current_user)",
           "SELECT public.twinning_may_edit_agreement(%THEIR_AGREEMENT%, current_user)",
           "SELECT public.twinning_may_edit_agreement(%ORPHAN_AGREEMENT%, current_user)",
           "SELECT public.twinning_may_edit_place(%SHARED_PLACE%, current_user)"});
    // A temporary view in the place of a table, calling a temporary function
    // that takes the administrator's role and reads the password hashes.
    const QStringList escalation =
        L({"CREATE TEMP TABLE loot (hash TEXT)",
           "CREATE FUNCTION pg_temp.grab() RETURNS BOOLEAN LANGUAGE plpgsql AS $$BEGIN "
           "EXECUTE 'GRANT twinning_admin TO ' || quote_ident(session_user); "
           "INSERT INTO pg_temp.loot SELECT rolpassword FROM pg_catalog.pg_authid; RETURN true; "
           "EXCEPTION WHEN OTHERS THEN RETURN true; END$$",
           "CREATE TEMP VIEW community AS SELECT c.*, pg_temp.grab() AS g FROM public.community c",
           "CREATE TEMP VIEW partnership AS SELECT p.*, pg_temp.grab() AS g FROM "
           "public.partnership p",
           "CREATE TEMP VIEW agreement_party AS SELECT a.*, pg_temp.grab() AS g FROM "
           "public.agreement_party a",
           "CREATE TEMP VIEW editor_oblast AS SELECT e.*, pg_temp.grab() AS g FROM "
           "public.editor_oblast e",
           "SET search_path = pg_temp, public"});
    QStringList escalationPayload = functionsOnTheirs;
    escalationPayload << QStringLiteral("SELECT pg_has_role(session_user, 'twinning_admin', "
                                        "'MEMBER')");
    // Only the login that may make temporary objects has a place for the loot.
    QStringList lootPayload = escalationPayload;
    lootPayload << QStringLiteral("SELECT count(*) FROM pg_temp.loot");

    struct Row
    {
        const char *name;
        QStringList logins;
        QStringList setup;
        QStringList payload;
    };
    const QStringList everyone =
        L({"tt_viewer", "tt_editor", "tt_editor2", "tt_admin", "tt_sec_nobody", "tt_sec_temp"});
    const QStringList notAdmins = L({"tt_viewer", "tt_editor", "tt_sec_nobody", "tt_sec_temp"});
    const QList<Row> rows = {
        {"temporary editor_oblast and friends, then their pairs", L({"tt_editor", "tt_sec_temp"}),
         shadows, writesOfTheirs},
        {"temporary tables against every definer function", L({"tt_editor", "tt_sec_temp"}),
         shadows, functionsOnTheirs},
        {"temporary view that grants admin", L({"tt_viewer", "tt_sec_nobody", "tt_editor"}),
         escalation, escalationPayload},
        {"temporary view that grants admin and reads password hashes", L({"tt_sec_temp"}),
         escalation, lootPayload},
        {"temporary objects", notAdmins, QStringList(),
         L({"CREATE TEMP TABLE t (x INT)", "CREATE FUNCTION pg_temp.f() RETURNS INT LANGUAGE sql "
                                           "AS 'SELECT 1'"})},
        {"calling the definer functions", L({"tt_viewer", "tt_sec_nobody"}), QStringList(),
         functionsOnTheirs},
        {"forging the history", everyone, QStringList(),
         L({"INSERT INTO audit_log (at, actor, entity, entity_id, partnership_id, action) VALUES "
            "('2020-01-01T00:00:00.000Z', 'someone', 'partnership', %THEIRS%, %THEIRS%, 'update')",
            "UPDATE audit_log SET actor = 'someone'", "DELETE FROM audit_log", "TRUNCATE audit_log",
            "COPY audit_log FROM '/etc/hostname'",
            "SELECT set_config('session_replication_role', 'replica', false)",
            "SET ROLE twinning_owner", "GRANT twinning_owner TO CURRENT_USER",
            "ALTER TABLE audit_log DISABLE TRIGGER ALL",
            "ALTER TABLE partnership DISABLE TRIGGER partnership_history",
            "DROP TRIGGER partnership_history ON partnership",
            "CREATE OR REPLACE FUNCTION twinning_history() RETURNS trigger LANGUAGE plpgsql AS "
            "$$BEGIN RETURN NULL; END$$",
            "CREATE TRIGGER x BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION "
            "suppress_redundant_updates_trigger()",
            "INSERT INTO change_counter VALUES (0)", "UPDATE change_counter SET changes = 0"})},
        {"sequences", everyone, QStringList(),
         L({"SELECT setval('audit_log_id_seq', 9223372036854775807)",
            "SELECT nextval('partnership_id_seq')", "SELECT last_value FROM milestone_id_seq",
            "ALTER SEQUENCE audit_log_id_seq MAXVALUE 10"})},
        {"schema and server", everyone, QStringList(),
         L({"CREATE TABLE public.mine (x INT)",
            "CREATE FUNCTION public.f() RETURNS INT LANGUAGE "
            "sql AS 'SELECT 1'",
            "ALTER TABLE partnership ADD COLUMN x INT",
            "DROP POLICY partnership_editor ON partnership",
            "CREATE POLICY mine ON partnership TO PUBLIC USING (true) WITH CHECK (true)",
            "ALTER TABLE partnership DISABLE ROW LEVEL SECURITY",
            "GRANT twinning_admin TO CURRENT_USER", "GRANT twinning_editor TO CURRENT_USER",
            "SELECT rolpassword FROM pg_authid", "COPY partnership TO PROGRAM 'true'",
            "CREATE SCHEMA mine",
            "ALTER FUNCTION twinning_may_edit_pair(BIGINT, NAME) "
            "SECURITY INVOKER",
            "GRANT EXECUTE ON FUNCTION twinning_may_edit_pair(BIGINT, NAME) TO PUBLIC"})},
        {"editors' own oblasts", L({"tt_viewer", "tt_editor", "tt_editor2", "tt_sec_nobody"}),
         QStringList(),
         L({"INSERT INTO editor_oblast SELECT current_user, iso FROM oblast",
            "UPDATE editor_oblast SET username = current_user",
            "DELETE FROM editor_oblast WHERE username <> current_user"})},
        {"their pairs", L({"tt_viewer", "tt_editor", "tt_sec_nobody"}), QStringList(),
         writesOfTheirs},
        {"their pair's records", L({"tt_viewer", "tt_editor", "tt_sec_nobody"}), QStringList(),
         L({"INSERT INTO milestone (partnership_id, kind, title, status) VALUES (%THEIRS%, "
            "'visit', 'x', 'planned')",
            "UPDATE milestone SET partnership_id = %MINE% WHERE id = %THEIR_MILESTONE%",
            "INSERT INTO partnership (community_id, municipality_id, kind, stage) VALUES "
            "(%THEIR_COMMUNITY%, %SHARED_PLACE%, 'twinning', 'first_contact')",
            "UPDATE contact SET email = NULL WHERE id = %THEIR_CONTACT%"})},
        {"their agreements", L({"tt_viewer", "tt_editor", "tt_sec_nobody"}), QStringList(),
         L({"INSERT INTO agreement_party VALUES (%THEIR_AGREEMENT%, %MINE%)",
            "INSERT INTO agreement_party VALUES (%ORPHAN_AGREEMENT%, %MINE%)",
            "DELETE FROM agreement_party WHERE agreement_id = %THEIR_AGREEMENT%",
            "INSERT INTO agreement_signatory (agreement_id, position, name, office) VALUES "
            "(%ORPHAN_AGREEMENT%, 1, 'x', 'mayor')",
            "INSERT INTO agreement_area SELECT %ORPHAN_AGREEMENT%, min(id) FROM "
            "cooperation_area"})},
        {"codifier communities", L({"tt_viewer", "tt_editor", "tt_sec_nobody"}), QStringList(),
         L({"DELETE FROM community WHERE id = %MY_COMMUNITY%",
            "UPDATE community SET katottg = NULL WHERE id = %MY_COMMUNITY%",
            "UPDATE community SET id = -1 WHERE id = %MY_COMMUNITY%"})},
        {"a pair's id", L({"tt_editor"}), QStringList(),
         L({"UPDATE partnership SET id = -1 WHERE id = %MINE%"})},
        {"spoofed notices", everyone, QStringList(), L({"NOTIFY twinning_changed"})},
        // Erasing a person changes the history: administrators only, the
        // pair's own editor included; and nobody silences the history.
        {"erasing a person",
         L({"tt_viewer", "tt_editor", "tt_editor2", "tt_sec_nobody", "tt_sec_temp"}), QStringList(),
         L({"SELECT twinning_erase_person(%THEIR_CONTACT%, 'Erased on 2026-12-06')",
            "SELECT public.twinning_erase_person(%THEIR_CONTACT%, 'x')"})},
        {"erasing a person through the shadows", L({"tt_sec_temp"}), shadows,
         L({"SELECT public.twinning_erase_person(%THEIR_CONTACT%, 'x')"})},
        {"the erasure's helpers", everyone, QStringList(),
         L({"SELECT twinning_scrub('{\"a\": \"b\"}', ARRAY['b'], '{}')",
            "INSERT INTO erasure_pending VALUES (pg_current_xact_id())",
            "DELETE FROM erasure_pending"})},
    };
    for (int i : {0, 1}) {
        for (const Row &row : rows) {
            for (const QString &login : row.logins)
                QTest::addRow("%s, %s, %s", i == 0 ? "createrole" : "superuser", row.name,
                              qPrintable(login))
                    << i << login << row.setup << row.payload;
        }
    }
}

void TestServerSecurity::attackIsRefused()
{
    QFETCH(QString, login);
    QFETCH(QStringList, setup);
    QFETCH(QStringList, payload);
    Fixture &fx = fixture();
    const QStringList before = state(*fx.db);
    const QStringList through = attack(fx, login, setup, payload);
    QVERIFY2(through.isEmpty(), qPrintable(through.join(u'\n')));
    TT_COMPARE_STATE(before, state(*fx.db));
}

void TestServerSecurity::everyTableRefusesOutsiders_data()
{
    QTest::addColumn<int>("database");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    // The rows of each table that the UA-46 editor, a viewer and a login in
    // no role must leave alone: those of the UA-05 pair, and every row of what
    // only administrators change.
    const std::pair<const char *, const char *> tables[] = {
        {"oblast", "true"},
        {"country", "true"},
        {"community", "oblast_iso = 'UA-05'"},
        {"municipality", "id = (SELECT municipality_id FROM partnership WHERE id = %MINE%)"},
        {"cooperation_area", "true"},
        {"partnership", "id = %MINE%"},
        {"partnership_area", "partnership_id = %MINE%"},
        {"milestone", "partnership_id = %MINE%"},
        {"contact", "partnership_id = %MINE%"},
        {"project", "partnership_id = %MINE%"},
        {"document", "partnership_id = %MINE%"},
        {"aid", "partnership_id = %MINE%"},
        {"audit_log", "true"},
        {"agreement", "id IN (%ORPHAN_AGREEMENT%, %MY_AGREEMENT%)"},
        {"agreement_party", "partnership_id = %MINE%"},
        {"agreement_area", "agreement_id IN (%ORPHAN_AGREEMENT%, %MY_AGREEMENT%)"},
        {"agreement_signatory", "agreement_id IN (%ORPHAN_AGREEMENT%, %MY_AGREEMENT%)"},
        {"editor_oblast", "true"},
        {"schema_version", "true"},
        {"agreement_owner", "true"},
        {"change_counter", "true"},
        {"change_pending", "true"},
        {"erasure_pending", "true"},
        {"office_setting", "true"},
    };
    // A few rows of the UA-05 pair, so that there is something to refuse.
    for (int i : {0, 1}) {
        for (const char *login : {"tt_viewer", "tt_editor2", "tt_sec_nobody"}) {
            for (const auto &[table, victims] : tables) {
                const QString t = QLatin1String(table);
                const QString where = QLatin1String(victims);
                const QString db =
                    i == 0 ? QStringLiteral("createrole") : QStringLiteral("superuser");
                // Any editor adds partner places and agreements of their own.
                if (qstrcmp(login, "tt_editor2") != 0 ||
                    (t != u"municipality" && t != u"agreement"))
                    QTest::addRow("%s, %s, %s, insert", qPrintable(db), login, table)
                        << i << QString::fromLatin1(login)
                        << QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE %2").arg(t, where);
                QTest::addRow("%s, %s, %s, update", qPrintable(db), login, table)
                    << i << QString::fromLatin1(login)
                    << QStringLiteral("UPDATE %1 x SET %3 = x.%3 WHERE %2")
                           .arg(t, where,
                                t == u"change_counter"        ? QStringLiteral("changes")
                                : t == u"change_pending"      ? QStringLiteral("tx")
                                : t == u"erasure_pending"     ? QStringLiteral("tx")
                                : t == u"schema_version"      ? QStringLiteral("applied_at")
                                : t == u"editor_oblast"       ? QStringLiteral("username")
                                : t == u"agreement_party"     ? QStringLiteral("partnership_id")
                                : t == u"agreement_area"      ? QStringLiteral("area_id")
                                : t == u"agreement_owner"     ? QStringLiteral("username")
                                : t == u"oblast"              ? QStringLiteral("name_en")
                                : t == u"country"             ? QStringLiteral("name_en")
                                : t == u"cooperation_area"    ? QStringLiteral("color")
                                : t == u"audit_log"           ? QStringLiteral("actor")
                                : t == u"agreement_signatory" ? QStringLiteral("name")
                                : t == u"office_setting"      ? QStringLiteral("value")
                                                              : QStringLiteral("notes"));
                QTest::addRow("%s, %s, %s, delete", qPrintable(db), login, table)
                    << i << QString::fromLatin1(login)
                    << QStringLiteral("DELETE FROM %1 WHERE %2").arg(t, where);
            }
        }
    }
}

void TestServerSecurity::everyTableRefusesOutsiders()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    Fixture &fx = fixture();
    static bool seeded[2] = {false, false};
    QFETCH(int, database);
    if (!seeded[database]) {
        // Something of every kind on the UA-05 pair.
        seeded[database] = true;
        for (const char *s :
             {"INSERT INTO milestone (partnership_id, kind, title, status) VALUES (%MINE%, "
              "'visit', 'Visit', 'planned')",
              "INSERT INTO contact (partnership_id, name, side) VALUES (%MINE%, 'Olena', "
              "'ukrainian')",
              "INSERT INTO project (partnership_id, title, status) VALUES (%MINE%, 'Water', "
              "'planned')",
              "INSERT INTO document (partnership_id, name, type) VALUES (%MINE%, 'a.pdf', 'other')",
              "INSERT INTO aid (partnership_id, description) VALUES (%MINE%, 'Generators')",
              "INSERT INTO partnership_area (partnership_id, area_id, status) SELECT %MINE%, "
              "min(id), 'active' FROM cooperation_area",
              "INSERT INTO agreement_party VALUES (%ORPHAN_AGREEMENT%, %THEIRS%)",
              "DELETE FROM agreement_party WHERE agreement_id = %ORPHAN_AGREEMENT%",
              "INSERT INTO agreement (id, kind, number) VALUES (%MY_AGREEMENT%, 'cooperation', "
              "'5/2025')",
              "INSERT INTO agreement_party VALUES (%MY_AGREEMENT%, %MINE%)",
              "INSERT INTO agreement_area SELECT %MY_AGREEMENT%, min(id) FROM cooperation_area",
              "INSERT INTO agreement_signatory (agreement_id, position, name, office) VALUES "
              "(%MY_AGREEMENT%, 1, 'Mayor', 'mayor')",
              "INSERT INTO office_setting VALUES ('office_name', 'Вінницька міська рада') ON "
              "CONFLICT DO NOTHING"})
            QVERIFY(fx.db->exec(expand(fx, QLatin1String(s))));
    }
    const QStringList before = state(*fx.db);
    const QStringList through = attack(fx, login, {}, {sql});
    QVERIFY2(through.isEmpty(), qPrintable(through.join(u'\n')));
    TT_COMPARE_STATE(before, state(*fx.db));
}

void TestServerSecurity::historyIsWrittenByTheServer_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("psql edits");
}

void TestServerSecurity::historyIsWrittenByTheServer()
{
    Fixture &fx = fixture();
    QSqlDatabase editor = connectAs(fx.name, QStringLiteral("tt_editor"));
    QSqlQuery q(editor);
    // Changes made by hand, as an editor would with psql.
    QVERIFY(q.exec(expand(fx, QStringLiteral("UPDATE partnership SET notes = 'by hand' WHERE id "
                                             "= %MINE%"))));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(expand(fx, QStringLiteral("INSERT INTO milestone (partnership_id, kind, title, "
                                             "status) VALUES (%MINE%, 'visit', 'Hand', "
                                             "'planned') RETURNING id"))));
    QVERIFY(q.next());
    const qint64 milestone = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM milestone WHERE id = %1").arg(milestone)));
    editor.close();

    // The program shows them as it shows its own.
    auto history = AuditLogRepository(*fx.db).forPartnership(fx.mine);
    QVERIFY(history);
    QVERIFY(history->size() >= 3);
    const AuditEntry &deleted = history->at(0);
    QCOMPARE(deleted.entity, QStringLiteral("milestone"));
    QCOMPARE(deleted.entityId, milestone);
    QCOMPARE(deleted.action, QStringLiteral("delete"));
    QCOMPARE(deleted.actor, QStringLiteral("tt_editor"));
    QVERIFY(deleted.changes.contains(QStringLiteral("Hand")));
    QCOMPARE(history->at(1).action, QStringLiteral("insert"));
    const AuditEntry &updated = history->at(2);
    QCOMPARE(updated.entity, QStringLiteral("partnership"));
    QCOMPARE(updated.action, QStringLiteral("update"));
    QCOMPARE(updated.actor, QStringLiteral("tt_editor"));
    QVERIFY(qAbs(updated.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QJsonObject changes = QJsonDocument::fromJson(updated.changes.toUtf8()).object();
    QCOMPARE(changes.keys(), QStringList{QStringLiteral("notes")});
    QCOMPARE(changes.value(QStringLiteral("notes")).toArray().at(1).toString(),
             QStringLiteral("by hand"));

    // The administrator cannot take any of it back.
    const QStringList before = state(*fx.db);
    const QStringList through =
        attack(fx, QStringLiteral("tt_admin"), {},
               {QStringLiteral("DELETE FROM audit_log WHERE actor = 'tt_editor'"),
                QStringLiteral("UPDATE audit_log SET at = '2000-01-01T00:00:00.000Z'")});
    QVERIFY2(through.isEmpty(), qPrintable(through.join(u'\n')));
    TT_COMPARE_STATE(before, state(*fx.db));
}

void TestServerSecurity::rowVersionAlwaysMoves_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("editor");
}

void TestServerSecurity::rowVersionAlwaysMoves()
{
    Fixture &fx = fixture();
    auto version = [&] {
        QSqlQuery q = fx.db->prepare(QStringLiteral("SELECT row_version FROM partnership WHERE "
                                                    "id = ?"));
        q.addBindValue(fx.mine);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 start = version();
    QVERIFY(start > 0);
    QSqlDatabase editor = connectAs(fx.name, QStringLiteral("tt_editor"));
    QSqlQuery q(editor);
    QVERIFY(q.exec(expand(fx, QStringLiteral("UPDATE partnership SET notes = 'v', row_version = "
                                             "row_version WHERE id = %MINE%"))));
    QCOMPARE(version(), start + 1);
    QVERIFY(q.exec(expand(fx, QStringLiteral("UPDATE partnership SET row_version = "
                                             "9223372036854775807 WHERE id = %MINE%"))));
    QCOMPARE(version(), start + 2);
    editor.close();
    // The program's next save goes through.
    auto pair = PartnershipRepository(*fx.db).get(fx.mine);
    QVERIFY(pair);
    pair->notes = QStringLiteral("saved");
    QVERIFY(PartnershipRepository(*fx.db).update(*pair));
    QCOMPARE(version(), start + 3);
}

void TestServerSecurity::editorsOwnPlacesAndAgreements_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("editor");
}

void TestServerSecurity::editorsOwnPlacesAndAgreements()
{
    Fixture &fx = fixture();
    QSqlDatabase editor = connectAs(fx.name, QStringLiteral("tt_editor"));
    QSqlQuery q(editor);
    // A new place is the editor's to change, until another oblast's pair uses it.
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO municipality (name, country_iso2) VALUES "
                                   "('Ettlingen', 'DE') RETURNING id")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const qint64 place = q.value(0).toLongLong();
    QVERIFY(q.exec(
        QStringLiteral("UPDATE municipality SET region = 'Baden' WHERE id = %1").arg(place)));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(fx.db->exec(QStringLiteral("INSERT INTO partnership (community_id, municipality_id, "
                                       "kind, stage) VALUES (%1, %2, 'twinning', "
                                       "'first_contact')")
                            .arg(fx.theirCommunity)
                            .arg(place)));
    QVERIFY(
        q.exec(QStringLiteral("UPDATE municipality SET region = 'x' WHERE id = %1").arg(place)));
    QCOMPARE(q.numRowsAffected(), 0);

    // A new agreement is its creator's; another editor cannot touch it.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agreement (kind, number) VALUES ('cooperation', "
                                  "'1/2025') RETURNING id")));
    QVERIFY(q.next());
    const qint64 agreement = q.value(0).toLongLong();
    QSqlQuery other(connectAs(fx.name, QStringLiteral("tt_editor2")));
    QVERIFY(other.exec(
        QStringLiteral("UPDATE agreement SET number = 'x' WHERE id = %1").arg(agreement)));
    QCOMPARE(other.numRowsAffected(), 0);
    QVERIFY(!other.exec(expand(fx, QStringLiteral("INSERT INTO agreement_party VALUES (%1, "
                                                  "%THEIRS%)")
                                       .arg(agreement))));
    QCOMPARE(other.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // Its creator binds their own pair, and edits it.
    QVERIFY2(
        q.exec(expand(
            fx, QStringLiteral("INSERT INTO agreement_party VALUES (%1, %MINE%)").arg(agreement))),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(
        QStringLiteral("UPDATE agreement SET number = '2/2025' WHERE id = %1").arg(agreement)));
    QCOMPARE(q.numRowsAffected(), 1);
    // The program saves it as well (parties bound first, then released).
    auto editorDb = Database::open(test::serverUrl(fx.name, QStringLiteral("tt_editor")));
    QVERIFY(editorDb);
    auto record = AgreementRepository(**editorDb).record(agreement);
    QVERIFY(record);
    record->agreement.title = QStringLiteral("Friendship");
    QVERIFY2(AgreementRepository(**editorDb).save(*record),
             "an editor saves an agreement of their own pair");
    auto history = AuditLogRepository(*fx.db).forPartnership(fx.mine);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(history->first().entity, QStringLiteral("agreement"));
    QCOMPARE(history->first().actor, QStringLiteral("tt_editor"));
}

void TestServerSecurity::changeCounterMovesOnlyOnCommits_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("counter");
}

void TestServerSecurity::changeCounterMovesOnlyOnCommits()
{
    Fixture &fx = fixture();
    auto counter = [&] {
        QSqlQuery q(fx.db->connection());
        return q.exec(QStringLiteral("SELECT changes FROM change_counter")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    };
    const qint64 start = counter();
    QVERIFY(start >= 0);
    QSqlDatabase editor = connectAs(fx.name, QStringLiteral("tt_editor"));
    QSqlQuery q(editor);
    QVERIFY(q.exec(QStringLiteral("NOTIFY twinning_changed")));
    QCOMPARE(counter(), start);
    // Several rows in one transaction move it once, a rolled-back one not at all.
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(q.exec(expand(fx, QStringLiteral("INSERT INTO milestone (partnership_id, kind, "
                                                 "title, status) VALUES (%MINE%, 'visit', "
                                                 "'Counted', 'planned')"))));
    QCOMPARE(counter(), start);
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QCOMPARE(counter(), start + 1);
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM milestone WHERE title = 'Counted'")));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(counter(), start + 1);
    editor.close();
}

void TestServerSecurity::olderFormatIsRepaired()
{
    // A database of format 5, as an older program left it: the editor's
    // temporary editor_oblast got them every oblast there.
    Fixture old;
    old.name = QStringLiteral("tt_sec_%1_old").arg(QCoreApplication::applicationPid());
    QVERIFY(test::serverAdmin(
        QStringLiteral("CREATE DATABASE %1 OWNER tt_sec_migrator").arg(old.name)));
    m_databases << old.name;
    const QString asMigrator = test::serverUrl(old.name, QStringLiteral("tt_sec_migrator"));
    {
        OpenOptions options;
        options.targetVersion = 5;
        auto v5 = Database::open(asMigrator, options);
        QVERIFY2(v5, qPrintable(v5 ? QString() : v5.error().fullText()));
        QCOMPARE((*v5)->schemaVersion(), 5);
    }
    {
        QSqlDatabase su =
            connectAs(old.name, QUrl(qEnvironmentVariable("TWINNING_TEST_PG")).userName());
        QSqlQuery q(su);
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM community WHERE oblast_iso = 'UA-46'")));
        QVERIFY(q.next());
        old.theirCommunity = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO editor_oblast VALUES ('tt_editor', 'UA-05')")));
        su.close();
    }
    const QStringList payload =
        L({"SELECT public.twinning_may_edit_community(%THEIR_COMMUNITY%, current_user)"});
    const QStringList setup =
        L({"CREATE TEMP TABLE editor_oblast (username NAME, oblast_iso TEXT)",
           "INSERT INTO pg_temp.editor_oblast SELECT current_user, iso FROM public.oblast",
           "GRANT SELECT ON pg_temp.editor_oblast TO PUBLIC"});
    // The hole, as it was: the attack goes through (so the check can fail).
    QVERIFY(!attack(old, QStringLiteral("tt_editor"), setup, payload).isEmpty());

    old.db.reset();
    {
        auto upgraded = Database::open(asMigrator);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().fullText()));
        QCOMPARE((*upgraded)->schemaVersion(), Database::currentSchemaVersion());
    }
    auto su = Database::open(test::serverUrl(old.name));
    QVERIFY(su);
    old.db = std::move(su.value());
    QVERIFY2(attack(old, QStringLiteral("tt_editor"), setup, payload).isEmpty(),
             "the upgrade closes the hole");
    QSqlQuery check(old.db->connection());
    QVERIFY(check.exec(QStringLiteral(
        "SELECT count(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace AND "
        "(proowner <> 'twinning_owner'::regrole OR prosecdef AND NOT EXISTS (SELECT 1 FROM "
        "unnest(proconfig) s WHERE s LIKE 'search_path=pg_catalog, %, pg_temp'))")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 0);
    old.db.reset();
}

void TestServerSecurity::administratorErasesPerson_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("erasure");
}

// An administrator's erasure takes the details out of every table, the
// history included, and leaves the note and one row that tells of it.
void TestServerSecurity::administratorErasesPerson()
{
    Fixture &fx = fixture();
    Database &db = *fx.db;
    const QStringList secrets = {QStringLiteral("Mykola Zabutko"),
                                 QStringLiteral("+380 50 111 2233"),
                                 QStringLiteral("zabutko@example.ua")};
    Contact c;
    c.partnershipId = fx.mine;
    c.name = secrets[0];
    c.email = secrets[2];
    c.phone = QStringLiteral("+380 50 000 0000");
    const qint64 contact = ContactRepository(db).insert(c).valueOr(0);
    QVERIFY(contact);
    c.id = contact;
    c.phone = secrets[1];
    QVERIFY(ContactRepository(db).update(c));
    Milestone ms;
    ms.partnershipId = fx.mine;
    ms.title = QStringLiteral("Call");
    ms.plannedOn = QDate(2025, 9, 1);
    ms.responsible = secrets[0];
    QVERIFY(MilestoneRepository(db).insert(ms));

    // Every text column of every table, as the superuser reads it.
    auto found = [&](const QString &needle) {
        QStringList tables;
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                  "current_schema()"))) {
            while (q.next())
                tables << q.value(0).toString();
        }
        QStringList out;
        for (const QString &t : std::as_const(tables)) {
            QSqlQuery count = db.prepare(
                QStringLiteral("SELECT count(*) FROM %1 x WHERE strpos(x::text, ?) > 0").arg(t));
            count.addBindValue(needle);
            if (!count.exec() || !count.next() || count.value(0).toLongLong() > 0)
                out << t;
        }
        return out;
    };
    for (const QString &s : secrets)
        QVERIFY(!found(s).isEmpty());

    const QStringList before = state(db);
    const QStringList through = attack(
        fx, QStringLiteral("tt_editor"), {},
        {QStringLiteral("SELECT twinning_erase_person(%1, 'Erased on 2026-12-06')").arg(contact)});
    QVERIFY2(through.isEmpty(), qPrintable(through.join(u'\n')));
    TT_COMPARE_STATE(before, state(db));

    {
        QSqlDatabase admin = connectAs(fx.name, QStringLiteral("tt_admin"));
        QSqlQuery q(admin);
        QVERIFY2(q.exec(QStringLiteral("SELECT twinning_erase_person(%1, 'Erased on 2026-12-06')")
                            .arg(contact)),
                 qPrintable(q.lastError().text()));
        admin.close();
    }
    for (const QString &s : secrets)
        QVERIFY2(found(s).isEmpty(), qPrintable(s + u' ' + found(s).join(u' ')));
    QCOMPARE(ContactRepository(db).get(contact)->name, QStringLiteral("Erased on 2026-12-06"));
    auto history = AuditLogRepository(db).forEntity(QStringLiteral("contact"), contact);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->first().action, QStringLiteral("erase"));
    QCOMPARE(history->first().actor, QStringLiteral("tt_admin"));
    QVERIFY(qAbs(history->first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The earlier rows keep their shape.
    const QJsonObject updated = QJsonDocument::fromJson(history->at(1).changes.toUtf8()).object();
    QCOMPARE(updated.keys(), QStringList{QStringLiteral("phone")});
    QCOMPARE(updated.value(QLatin1String("phone")).toArray(),
             (QJsonArray{QJsonValue(), QJsonValue()}));
    // The history was silenced for the erasure only.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM erasure_pending")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestServerSecurity)
void TestServerSecurity::officeSettingsAreTheAdministrators_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("office");
}

void TestServerSecurity::officeSettingsAreTheAdministrators()
{
    Fixture &fx = fixture();
    OfficeSettingsRepository settings(*fx.db);
    QVERIFY(settings.setOfficeName(QStringLiteral("Вінницька міська рада")));
    QVERIFY(settings.setDormancyMonths(9));

    // A viewer and an editor read them, and change nothing.
    for (const char *login : {"tt_viewer", "tt_editor", "tt_editor2"}) {
        const QStringList before = state(*fx.db);
        QSqlDatabase c = connectAs(fx.name, QLatin1String(login));
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM office_setting WHERE key = "
                                      "'office_name'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Вінницька міська рада"));
        c.close();
        const QStringList through = attack(
            fx, QLatin1String(login), {},
            {QStringLiteral("UPDATE office_setting SET value = 'Захоплено'"),
             QStringLiteral("UPDATE office_setting SET key = 'x' WHERE key = 'office_name'"),
             QStringLiteral("DELETE FROM office_setting"),
             QStringLiteral("INSERT INTO office_setting VALUES ('other', '1')"),
             QStringLiteral("INSERT INTO office_setting VALUES ('office_name', 'x') ON CONFLICT "
                            "(key) DO UPDATE SET value = excluded.value"),
             QStringLiteral("TRUNCATE office_setting"),
             QStringLiteral("ALTER TABLE office_setting DISABLE ROW LEVEL SECURITY"),
             QStringLiteral("DROP TRIGGER office_setting_history ON office_setting")});
        QVERIFY2(through.isEmpty(), qPrintable(through.join(u'\n')));
        TT_COMPARE_STATE(before, state(*fx.db));
    }

    // An administrator changes them, and the server keeps the history.
    QSqlDatabase admin = connectAs(fx.name, QStringLiteral("tt_admin"));
    QSqlQuery q(admin);
    QVERIFY2(q.exec(QStringLiteral("UPDATE office_setting SET value = 'Міністерство' WHERE key = "
                                   "'office_name'")),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action, changes FROM audit_log WHERE entity = "
                                  "'office_setting' ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("tt_admin"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("update"));
    QVERIFY(q.value(2).toString().contains(QStringLiteral("Міністерство")));
    admin.close();
    auto now = settings.load();
    QVERIFY(now);
    QCOMPARE(now->officeName, QStringLiteral("Міністерство"));
    QCOMPARE(now->dormancyMonths, 9);
}

#include "tst_serversecurity.moc"
