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
// The server's other rules are tst_serverrules.

#include "tests/securityfixture.h"

using namespace tt;
using namespace tt::test;
using namespace tt::test::security;

class TestServerSecurity : public SecurityFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { SecurityFixture::initTestCase(); }
    void cleanupTestCase() { SecurityFixture::cleanupTestCase(); }
    void migrationLeavesNoPowerBehind_data();
    void migrationLeavesNoPowerBehind();
    void attackIsRefused_data();
    void attackIsRefused();
    void everyTableRefusesOutsiders_data();
    void everyTableRefusesOutsiders();
};

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

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
