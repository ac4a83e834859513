#include "app/core/serverschema.h"

#include "app/core/database.h"
#include "app/core/schema.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace tt::schema::server {

namespace {

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Every table the program keeps on a server; "@S" stands for the schema.
const char *const ownedTables[] = {
    "oblast",
    "country",
    "community",
    "municipality",
    "cooperation_area",
    "partnership",
    "partnership_area",
    "milestone",
    "contact",
    "project",
    "document",
    "audit_log",
    "agreement",
    "agreement_party",
    "agreement_area",
    "agreement_signatory",
    "aid",
    "editor_oblast",
    "schema_version",
};

// The tables whose changes the history keeps (all but itself and the version).
const char *const historyTables[] = {
    "oblast",      "country",          "community",       "municipality",   "cooperation_area",
    "partnership", "partnership_area", "milestone",       "contact",        "project",
    "document",    "agreement",        "agreement_party", "agreement_area", "agreement_signatory",
    "aid",         "editor_oblast",
};

// The rows an editor changes: those of the pairs of their oblasts.
const char *const pairTables[] = {"partnership_area", "milestone", "contact",
                                  "project",          "document",  "aid"};

// What a function that runs with its owner's rights finds without a schema:
// the catalogue first, then the program's schema, temporary objects last (a
// search_path that does not name pg_temp searches it first). Every table in
// their bodies names its schema besides.
constexpr const char *definerPath = "SET search_path = pg_catalog, @S, pg_temp";

const char *const roleStatements[] = {
    // The owner of everything: no login, no right to make roles or databases.
    R"(DO $owner$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'twinning_owner') THEN
        BEGIN
            CREATE ROLE twinning_owner NOLOGIN NOINHERIT;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'twinning_owner'
               AND (rolcanlogin OR rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication
                    OR rolbypassrls)) THEN
        RAISE EXCEPTION 'the role twinning_owner must be NOLOGIN, without SUPERUSER, '
                        'CREATEROLE, CREATEDB, REPLICATION and BYPASSRLS';
    END IF;
END
$owner$)",
};

QString schemaName(Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT pg_catalog.quote_ident(current_schema())")) && q.next())
        return q.value(0).toString();
    return QStringLiteral("public");
}

Status runAll(Database &db, const QStringList &statements)
{
    const QString schema = schemaName(db);
    for (QString sql : statements) {
        sql.replace(QLatin1String("@S"), schema);
        if (auto s = db.exec(sql); !s)
            return s;
    }
    return {};
}

QStringList definerFunctions()
{
    const QString path = QLatin1String(definerPath);
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION @S.twinning_may_edit_community(community BIGINT, who NAME) "
            "RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER %1 AS "
            "$f$SELECT EXISTS (SELECT 1 FROM @S.community c JOIN @S.editor_oblast e "
            "ON e.oblast_iso = c.oblast_iso WHERE c.id = $1 AND e.username = $2)$f$")
            .arg(path),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION @S.twinning_may_edit_pair(pair BIGINT, who NAME) "
            "RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER %1 AS "
            "$f$SELECT EXISTS (SELECT 1 FROM @S.partnership p JOIN @S.community c "
            "ON c.id = p.community_id JOIN @S.editor_oblast e ON e.oblast_iso = c.oblast_iso "
            "WHERE p.id = $1 AND e.username = $2)$f$")
            .arg(path),
        // An agreement that binds pairs is the editor's when every pair it binds
        // is; one that binds none is its creator's (and the administrators').
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION @S.twinning_may_edit_agreement(agreement BIGINT, who NAME) "
            "RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER %1 AS "
            "$f$SELECT CASE WHEN EXISTS (SELECT 1 FROM @S.agreement_party a "
            "WHERE a.agreement_id = $1) THEN NOT EXISTS (SELECT 1 FROM @S.agreement_party a "
            "WHERE a.agreement_id = $1 AND NOT @S.twinning_may_edit_pair(a.partnership_id, $2)) "
            "ELSE EXISTS (SELECT 1 FROM @S.agreement_owner o WHERE o.agreement_id = $1 "
            "AND o.username = $2) END$f$")
            .arg(path),
        // A partner place is the editor's to change when no pair of another
        // oblast uses it.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION @S.twinning_may_edit_place(place BIGINT, who NAME) "
            "RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER %1 AS "
            "$f$SELECT NOT EXISTS (SELECT 1 FROM @S.partnership p WHERE p.municipality_id = $1 "
            "AND NOT @S.twinning_may_edit_community(p.community_id, $2))$f$")
            .arg(path),
    };
}

// The history, written by the server for every row that changes: who (the
// login, session_user), when (the server's clock), and what, as the program
// wrote it before (insert and delete: the values that are set; update: each
// changed column as [old, new]). A document's bytes and the row version stay
// out. A pair bound to or released from an agreement is written as a change of
// the agreement in the pair's history; a change of the agreement itself once
// for each pair it binds.
const char *const historyFunction = R"(CREATE FUNCTION @S.twinning_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER @PATH AS $f$
DECLARE
    old_row pg_catalog.jsonb := CASE WHEN TG_OP <> 'INSERT' THEN pg_catalog.to_jsonb(OLD) END;
    new_row pg_catalog.jsonb := CASE WHEN TG_OP <> 'DELETE' THEN pg_catalog.to_jsonb(NEW) END;
    one_row pg_catalog.jsonb := COALESCE(new_row, old_row);
    changes pg_catalog.jsonb := '{}';
    column_name TEXT;
    entity TEXT := TG_TABLE_NAME;
    entity_id BIGINT := (one_row ->> 'id')::BIGINT;
    pair BIGINT;
    at TEXT := pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC',
                                  'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
BEGIN
    IF TG_OP = 'UPDATE' THEN
        FOR column_name IN SELECT pg_catalog.jsonb_object_keys(new_row) LOOP
            IF column_name NOT IN ('id', 'row_version', 'content')
               AND new_row -> column_name IS DISTINCT FROM old_row -> column_name THEN
                changes := changes || pg_catalog.jsonb_build_object(column_name,
                    pg_catalog.jsonb_build_array(old_row -> column_name, new_row -> column_name));
            END IF;
        END LOOP;
        IF changes = '{}' THEN
            RETURN NULL;
        END IF;
    ELSE
        changes := pg_catalog.jsonb_strip_nulls(one_row - 'id' - 'row_version' - 'content');
    END IF;
    IF TG_TABLE_NAME = 'partnership' THEN
        pair := entity_id;
    ELSIF one_row ? 'partnership_id' THEN
        pair := (one_row ->> 'partnership_id')::BIGINT;
    END IF;
    IF TG_TABLE_NAME IN ('agreement_party', 'agreement_area') THEN
        entity_id := (one_row ->> 'agreement_id')::BIGINT;
    END IF;
    IF TG_TABLE_NAME = 'agreement_party' THEN
        entity := 'agreement';
        changes := changes || COALESCE((SELECT pg_catalog.jsonb_strip_nulls(
            pg_catalog.jsonb_build_object('kind', a.kind, 'number', a.number,
                                          'signed_on', a.signed_on))
            FROM @S.agreement a WHERE a.id = entity_id), '{}');
    END IF;
    INSERT INTO @S.change_pending VALUES (pg_catalog.pg_current_xact_id()) ON CONFLICT DO NOTHING;
    IF TG_TABLE_NAME = 'agreement' AND TG_OP <> 'INSERT' THEN
        INSERT INTO @S.audit_log (at, actor, entity, entity_id, partnership_id, action, changes)
        SELECT at, session_user, entity, entity_id, p.partnership_id, pg_catalog.lower(TG_OP),
               changes::TEXT
        FROM @S.agreement_party p WHERE p.agreement_id = entity_id;
        IF FOUND THEN
            RETURN NULL;
        END IF;
    END IF;
    INSERT INTO @S.audit_log (at, actor, entity, entity_id, partnership_id, action, changes)
    VALUES (at, session_user, entity, entity_id, pair, pg_catalog.lower(TG_OP), changes::TEXT);
    RETURN NULL;
END
$f$)";

// A pair's row_version moves on with every update, however it is written: a
// hand-written UPDATE cannot leave it (and so be overwritten silently) or set
// it to where the next save overflows.
const char *const rowVersionFunction = R"(CREATE FUNCTION @S.twinning_row_version() RETURNS trigger
LANGUAGE plpgsql @PATH AS $f$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.row_version := OLD.row_version % 4611686018427387904 + 1;
    ELSIF NEW.row_version IS NULL OR NEW.row_version < 1
          OR NEW.row_version > 4611686018427387904 THEN
        NEW.row_version := 1;
    END IF;
    RETURN NEW;
END
$f$)";

// The creator of an agreement, which binds no pair until its parties are added.
const char *const agreementOwnerFunction = R"(CREATE FUNCTION @S.twinning_agreement_owner()
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER @PATH AS $f$
BEGIN
    INSERT INTO @S.agreement_owner VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$f$)";

// The change counter: moved once by every transaction that changed data, at
// its commit (a deferred trigger), so that a client that hears of a change
// reloads only when one was really committed since it last looked.
const char *const countFunction = R"(CREATE FUNCTION @S.twinning_count_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER @PATH AS $f$
BEGIN
    UPDATE @S.change_counter SET changes = changes + 1;
    DELETE FROM @S.change_pending WHERE tx = NEW.tx;
    RETURN NULL;
END
$f$)";

// Format 7: erasing a person. While an erasure runs, its transaction is listed
// in erasure_pending and the history trigger writes nothing: the erasure
// writes one row of its own, without the details. Only the erasure (as
// twinning_owner) writes that table, so no login can silence the history.
const char *const historyAnchor =
    "    INSERT INTO @S.change_pending VALUES (pg_catalog.pg_current_xact_id()) ON CONFLICT DO "
    "NOTHING;\n";
const char *const historySilence =
    "    IF EXISTS (SELECT FROM @S.erasure_pending e\n"
    "               WHERE e.tx = pg_catalog.pg_current_xact_id()) THEN\n"
    "        RETURN NULL;\n"
    "    END IF;\n";

// A history row's JSON with every string equal to one of `secrets` (trimmed)
// turned into null, and the values of the top-level keys in `fields` (a
// contact's own rows: {"name": "…"} or {"name": ["…", "…"]}) as well; the keys
// and the shape stay. Runs as its caller; only the erasure calls it.
const char *const scrubFunction = R"(CREATE FUNCTION @S.twinning_scrub(doc pg_catalog.jsonb,
    secrets TEXT[], fields TEXT[]) RETURNS pg_catalog.jsonb
LANGUAGE plpgsql IMMUTABLE @PATH AS $f$
BEGIN
    CASE pg_catalog.jsonb_typeof(doc)
    WHEN 'object' THEN
        RETURN COALESCE((SELECT pg_catalog.jsonb_object_agg(e.key,
            CASE WHEN e.key = ANY (fields) THEN
                CASE WHEN pg_catalog.jsonb_typeof(e.value) = 'array' THEN
                    COALESCE((SELECT pg_catalog.jsonb_agg('null'::pg_catalog.jsonb)
                              FROM pg_catalog.jsonb_array_elements(e.value)), '[]')
                ELSE 'null'::pg_catalog.jsonb END
            ELSE @S.twinning_scrub(e.value, secrets, '{}') END)
            FROM pg_catalog.jsonb_each(doc) e), '{}');
    WHEN 'array' THEN
        RETURN COALESCE((SELECT pg_catalog.jsonb_agg(@S.twinning_scrub(e.value, secrets, '{}')
                                                     ORDER BY e.n)
            FROM pg_catalog.jsonb_array_elements(doc) WITH ORDINALITY e(value, n)), '[]');
    WHEN 'string' THEN
        IF pg_catalog.btrim(doc #>> '{}') = ANY (secrets) THEN
            RETURN 'null'::pg_catalog.jsonb;
        END IF;
    ELSE
        NULL;
    END CASE;
    RETURN doc;
END
$f$)";

// Erases a contact's personal details (erasure.h says which and where), in
// the caller's transaction. Administrators only: the history is changed here
// and nowhere else.
const char *const eraseFunction = R"(CREATE FUNCTION @S.twinning_erase_person(person BIGINT,
    note TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER @PATH AS $f$
DECLARE
    fields TEXT[] := ARRAY['name', 'email', 'phone', 'languages', 'notes'];
    secrets TEXT[];
    pair BIGINT;
BEGIN
    IF note IS NULL OR pg_catalog.btrim(note) = '' THEN
        RAISE EXCEPTION 'an erasure leaves a note' USING ERRCODE = '22023';
    END IF;
    SELECT c.partnership_id, ARRAY(SELECT pg_catalog.btrim(v)
        FROM pg_catalog.unnest(ARRAY[c.name, c.phone, c.email]) v
        WHERE pg_catalog.btrim(v) <> '' AND pg_catalog.btrim(v) <> pg_catalog.btrim(note))
      INTO pair, secrets FROM @S.contact c WHERE c.id = person FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'contact % does not exist', person USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO @S.erasure_pending VALUES (pg_catalog.pg_current_xact_id())
        ON CONFLICT DO NOTHING;
    UPDATE @S.contact SET name = note, email = NULL, phone = NULL, languages = NULL,
                          notes = NULL
     WHERE id = person;
    UPDATE @S.partnership SET officer = NULL
     WHERE id = pair AND pg_catalog.btrim(officer) = ANY (secrets);
    UPDATE @S.partnership SET reviewed_by = NULL
     WHERE id = pair AND pg_catalog.btrim(reviewed_by) = ANY (secrets);
    UPDATE @S.milestone SET responsible = NULL
     WHERE partnership_id = pair AND pg_catalog.btrim(responsible) = ANY (secrets);
    UPDATE @S.agreement_signatory SET name = note
     WHERE pg_catalog.btrim(name) = ANY (secrets)
       AND agreement_id IN (SELECT p.agreement_id FROM @S.agreement_party p
                            WHERE p.partnership_id = pair);
    UPDATE @S.audit_log a SET changes = s.scrubbed::TEXT
      FROM (SELECT l.id, l.changes::pg_catalog.jsonb AS original,
                   @S.twinning_scrub(l.changes::pg_catalog.jsonb, secrets,
                       CASE WHEN l.entity = 'contact' AND l.entity_id = person THEN fields
                       ELSE '{}' END) AS scrubbed
              FROM @S.audit_log l
             WHERE l.changes IS NOT NULL
               AND (l.entity = 'contact' AND l.entity_id = person
                    OR EXISTS (SELECT FROM pg_catalog.unnest(secrets) v
                               WHERE pg_catalog.strpos(l.changes, v) > 0
                                  OR pg_catalog.strpos(l.changes, pg_catalog.btrim(
                                         pg_catalog.to_jsonb(v)::TEXT, '"')) > 0))) s
     WHERE a.id = s.id AND s.scrubbed IS DISTINCT FROM s.original;
    DELETE FROM @S.erasure_pending WHERE tx = pg_catalog.pg_current_xact_id();
    INSERT INTO @S.audit_log (at, actor, entity, entity_id, partnership_id, action, changes)
    VALUES (pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC',
                               'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            session_user, 'contact', person, pair, 'erase',
            pg_catalog.jsonb_build_object('erased', pg_catalog.to_jsonb(fields))::TEXT);
END
$f$)";

} // namespace

Status enterOwnerScope(Database &db, bool *granted)
{
    *granted = false;
    QStringList statements;
    for (const char *sql : roleStatements)
        statements << QString::fromUtf8(sql);
    if (auto s = runAll(db, statements); !s)
        return s;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT rolsuper OR pg_catalog.pg_has_role(current_user, 'twinning_owner', 'MEMBER') "
            "FROM pg_catalog.pg_roles WHERE rolname = current_user")) ||
        !q.next())
        return db.sqlError(q, DatabaseText::tr("The role of the user could not be read."));
    if (!q.value(0).toBool()) {
        if (auto s = runAll(db, {QStringLiteral("GRANT twinning_owner TO CURRENT_USER")}); !s)
            return s;
        *granted = true;
    }
    return runAll(db, {QStringLiteral("GRANT CREATE ON SCHEMA @S TO twinning_owner")});
}

Status leaveOwnerScope(Database &db, bool granted)
{
    QStringList statements = {QStringLiteral("RESET ROLE"),
                              QStringLiteral("REVOKE CREATE ON SCHEMA @S FROM twinning_owner")};
    if (granted)
        statements << QStringLiteral("REVOKE twinning_owner FROM CURRENT_USER");
    return runAll(db, statements);
}

Status actAsOwner(Database &db)
{
    return runAll(db, {QStringLiteral("SET LOCAL ROLE twinning_owner")});
}

Status migrateToV6(Database &db)
{
    // As the migrator: hand everything to twinning_owner, and take temporary
    // objects from PUBLIC (the program makes none on a server).
    QStringList statements;
    for (const char *table : ownedTables)
        statements << QStringLiteral("ALTER TABLE @S.%1 OWNER TO twinning_owner")
                          .arg(QLatin1String(table));
    for (const char *function :
         {"twinning_may_edit_community", "twinning_may_edit_pair", "twinning_may_edit_agreement"})
        statements << QStringLiteral("ALTER FUNCTION @S.%1(BIGINT, NAME) OWNER TO twinning_owner")
                          .arg(QLatin1String(function));
    statements << QStringLiteral(
        R"(DO $temp$
BEGIN
    EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC',
                              pg_catalog.current_database());
    IF pg_catalog.has_database_privilege('public', pg_catalog.current_database(), 'TEMPORARY') THEN
        RAISE EXCEPTION 'PUBLIC may still create temporary objects in this database: run the '
                        'upgrade as the owner of the database or as a superuser';
    END IF;
END
$temp$)");
    if (auto s = runAll(db, statements); !s)
        return s;
    if (auto s = actAsOwner(db); !s)
        return s;

    // As twinning_owner from here on.
    statements.clear();
    statements << QStringLiteral("CREATE TABLE @S.agreement_owner (agreement_id BIGINT PRIMARY KEY "
                                 "REFERENCES @S.agreement (id) ON DELETE CASCADE, "
                                 "username TEXT NOT NULL)")
               << QStringLiteral("CREATE TABLE @S.change_counter (changes BIGINT NOT NULL)")
               << QStringLiteral("INSERT INTO @S.change_counter VALUES (0)")
               << QStringLiteral("CREATE TABLE @S.change_pending (tx xid8 PRIMARY KEY)");
    for (const QString &sql : definerFunctions())
        statements << sql;
    for (const char *sql :
         {historyFunction, rowVersionFunction, agreementOwnerFunction, countFunction})
        statements << QString::fromUtf8(sql).replace(QLatin1String("@PATH"),
                                                     QLatin1String(definerPath));
    for (const char *table : historyTables)
        statements << QStringLiteral("CREATE TRIGGER %1_history AFTER INSERT OR UPDATE OR DELETE "
                                     "ON @S.%1 FOR EACH ROW EXECUTE FUNCTION @S.twinning_history()")
                          .arg(QLatin1String(table));
    statements
        << QStringLiteral("CREATE TRIGGER partnership_row_version BEFORE INSERT OR UPDATE ON "
                          "@S.partnership FOR EACH ROW EXECUTE FUNCTION @S.twinning_row_version()")
        << QStringLiteral("CREATE TRIGGER agreement_owner AFTER INSERT ON @S.agreement FOR EACH "
                          "ROW EXECUTE FUNCTION @S.twinning_agreement_owner()")
        << QStringLiteral("CREATE CONSTRAINT TRIGGER change_pending_count AFTER INSERT ON "
                          "@S.change_pending DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE "
                          "FUNCTION @S.twinning_count_change()");

    // Least privilege: everything taken back, then given again as each role
    // needs it. No TRUNCATE, REFERENCES or TRIGGER for anyone, nothing on
    // sequences (identity columns need nothing to insert), and the history and
    // the version are only read.
    statements << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA @S FROM PUBLIC, "
                                 "twinning_viewer, twinning_editor, twinning_admin")
               << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA @S FROM PUBLIC, "
                                 "twinning_viewer, twinning_editor, twinning_admin")
               << QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA @S FROM PUBLIC, "
                                 "twinning_viewer, twinning_editor, twinning_admin")
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA @S TO twinning_viewer, "
                                 "twinning_editor, twinning_admin")
               << QStringLiteral("REVOKE SELECT ON @S.change_pending FROM twinning_viewer, "
                                 "twinning_editor, twinning_admin");
    // Updates never touch an id: column grants, listed from the catalogue.
    statements << QStringLiteral(R"(DO $grants$
DECLARE
    t TEXT;
    editable TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['oblast', 'country', 'community', 'municipality',
        'cooperation_area', 'partnership', 'partnership_area', 'milestone', 'contact', 'project',
        'document', 'agreement', 'agreement_party', 'agreement_area', 'agreement_signatory', 'aid',
        'editor_oblast'] LOOP
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(attname), ', ' ORDER BY attnum)
          INTO editable FROM pg_catalog.pg_attribute
         WHERE attrelid = pg_catalog.format('@S.%I', t)::pg_catalog.regclass AND attnum > 0
           AND NOT attisdropped AND attname <> 'id';
        EXECUTE pg_catalog.format('GRANT INSERT, DELETE, UPDATE (%s) ON @S.%I TO twinning_admin',
                                  editable, t);
        IF t IN ('partnership', 'partnership_area', 'milestone', 'contact', 'project', 'document',
                 'aid', 'agreement', 'agreement_party', 'agreement_area', 'agreement_signatory')
        THEN
            EXECUTE pg_catalog.format('GRANT INSERT, DELETE, UPDATE (%s) ON @S.%I TO '
                                      'twinning_editor', editable, t);
        ELSIF t = 'municipality' THEN
            EXECUTE pg_catalog.format('GRANT INSERT, UPDATE (%s) ON @S.%I TO twinning_editor',
                                      editable, t);
        ELSIF t = 'community' THEN
            -- A community's KATOTTG code is the codifier's: editors never change it.
            EXECUTE pg_catalog.format('GRANT INSERT, DELETE, UPDATE (%s) ON @S.%I TO '
                                      'twinning_editor',
                                      pg_catalog.replace(editable, 'katottg, ', ''), t);
        END IF;
    END LOOP;
END
$grants$)");
    statements << QStringLiteral("GRANT EXECUTE ON FUNCTION @S.twinning_may_edit_community(BIGINT, "
                                 "NAME), @S.twinning_may_edit_pair(BIGINT, NAME), "
                                 "@S.twinning_may_edit_agreement(BIGINT, NAME), "
                                 "@S.twinning_may_edit_place(BIGINT, NAME) TO twinning_editor, "
                                 "twinning_admin");

    // The policies. The history: written by the owner's trigger only.
    for (const char *sql :
         {"DROP POLICY audit_log_admin ON @S.audit_log",
          "DROP POLICY audit_log_editor ON @S.audit_log",
          "CREATE POLICY audit_log_server ON @S.audit_log FOR INSERT TO twinning_owner "
          "WITH CHECK (true)",
          // Partner places: any editor adds one; changes one that no pair of
          // another oblast uses.
          "ALTER TABLE @S.municipality ENABLE ROW LEVEL SECURITY",
          "ALTER TABLE @S.municipality FORCE ROW LEVEL SECURITY",
          "CREATE POLICY municipality_read ON @S.municipality FOR SELECT USING (true)",
          "CREATE POLICY municipality_admin ON @S.municipality TO twinning_admin USING (true) "
          "WITH CHECK (true)",
          "CREATE POLICY municipality_editor_add ON @S.municipality FOR INSERT TO twinning_editor "
          "WITH CHECK (true)",
          "CREATE POLICY municipality_editor_change ON @S.municipality FOR UPDATE TO "
          "twinning_editor USING (@S.twinning_may_edit_place(id, current_user)) "
          "WITH CHECK (@S.twinning_may_edit_place(id, current_user))",
          // Communities: editors of the oblast add, change and delete their
          // own; the codifier's (with a KATOTTG code) only administrators delete.
          "DROP POLICY community_editor ON @S.community",
          "CREATE POLICY community_editor_add ON @S.community FOR INSERT TO twinning_editor "
          "WITH CHECK (oblast_iso IN (SELECT e.oblast_iso FROM @S.editor_oblast e "
          "WHERE e.username = current_user))",
          "CREATE POLICY community_editor_change ON @S.community FOR UPDATE TO twinning_editor "
          "USING (oblast_iso IN (SELECT e.oblast_iso FROM @S.editor_oblast e "
          "WHERE e.username = current_user)) WITH CHECK (oblast_iso IN (SELECT e.oblast_iso "
          "FROM @S.editor_oblast e WHERE e.username = current_user))",
          "CREATE POLICY community_editor_delete ON @S.community FOR DELETE TO twinning_editor "
          "USING (katottg IS NULL AND oblast_iso IN (SELECT e.oblast_iso FROM @S.editor_oblast e "
          "WHERE e.username = current_user))",
          // Agreements: a new one is its creator's; binding a pair needs the
          // right to the pair and to the agreement.
          "DROP POLICY agreement_editor ON @S.agreement",
          "CREATE POLICY agreement_editor_add ON @S.agreement FOR INSERT TO twinning_editor "
          "WITH CHECK (true)",
          "CREATE POLICY agreement_editor_change ON @S.agreement FOR UPDATE TO twinning_editor "
          "USING (@S.twinning_may_edit_agreement(id, current_user)) "
          "WITH CHECK (@S.twinning_may_edit_agreement(id, current_user))",
          "CREATE POLICY agreement_editor_delete ON @S.agreement FOR DELETE TO twinning_editor "
          "USING (@S.twinning_may_edit_agreement(id, current_user))",
          "DROP POLICY agreement_party_editor ON @S.agreement_party",
          "CREATE POLICY agreement_party_editor ON @S.agreement_party TO twinning_editor "
          "USING (@S.twinning_may_edit_pair(partnership_id, current_user) AND "
          "@S.twinning_may_edit_agreement(agreement_id, current_user)) "
          "WITH CHECK (@S.twinning_may_edit_pair(partnership_id, current_user) AND "
          "@S.twinning_may_edit_agreement(agreement_id, current_user))"})
        statements << QLatin1String(sql);
    for (const char *table : pairTables)
        statements << QStringLiteral("ALTER POLICY %1_editor ON @S.%1 USING "
                                     "(@S.twinning_may_edit_pair(partnership_id, current_user)) "
                                     "WITH CHECK (@S.twinning_may_edit_pair(partnership_id, "
                                     "current_user))")
                          .arg(QLatin1String(table));
    for (const char *table : {"agreement_area", "agreement_signatory"})
        statements << QStringLiteral("ALTER POLICY %1_editor ON @S.%1 USING "
                                     "(@S.twinning_may_edit_agreement(agreement_id, current_user)) "
                                     "WITH CHECK (@S.twinning_may_edit_agreement(agreement_id, "
                                     "current_user))")
                          .arg(QLatin1String(table));
    statements << QStringLiteral(
        "ALTER POLICY partnership_editor ON @S.partnership USING "
        "(@S.twinning_may_edit_community(community_id, current_user)) "
        "WITH CHECK (@S.twinning_may_edit_community(community_id, current_user))");
    return runAll(db, statements);
}

Status migrateToV7(Database &db)
{
    // As twinning_owner (Database::migrateTo).
    QString history = QString::fromUtf8(historyFunction);
    const QString anchor = QLatin1String(historyAnchor);
    if (!history.contains(anchor))
        return Error::make(Error::Code::Invalid,
                           QStringLiteral("The history function has changed its shape."));
    history.replace(anchor, anchor + QLatin1String(historySilence))
        .replace(QLatin1String("CREATE FUNCTION"), QLatin1String("CREATE OR REPLACE FUNCTION"));
    QStringList statements = {
        QStringLiteral("CREATE TABLE @S.erasure_pending (tx xid8 PRIMARY KEY)"),
        history,
        QString::fromUtf8(scrubFunction),
        QString::fromUtf8(eraseFunction),
    };
    for (QString &sql : statements)
        sql.replace(QLatin1String("@PATH"), QLatin1String(definerPath));
    // The owner's rows: its policies let the erasure change the history and
    // the records that hold the person's details, and nothing else.
    for (const char *table :
         {"audit_log", "contact", "partnership", "milestone", "agreement_signatory"})
        statements << QStringLiteral("CREATE POLICY %1_erase ON @S.%1 FOR UPDATE TO "
                                     "twinning_owner USING (true) WITH CHECK (true)")
                          .arg(QLatin1String(table));
    statements << QStringLiteral("REVOKE ALL ON FUNCTION @S.twinning_scrub(pg_catalog.jsonb, "
                                 "TEXT[], TEXT[]), @S.twinning_erase_person(BIGINT, TEXT) FROM "
                                 "PUBLIC")
               << QStringLiteral("GRANT EXECUTE ON FUNCTION @S.twinning_erase_person(BIGINT, "
                                 "TEXT) TO twinning_admin");
    return runAll(db, statements);
}

Status migrateToV8(Database &db)
{
    // As twinning_owner (Database::migrateTo), which owns the new table.
    return runAll(
        db,
        {QStringLiteral("REVOKE ALL ON @S.office_setting FROM PUBLIC"),
         QStringLiteral("GRANT SELECT ON @S.office_setting TO twinning_viewer, twinning_editor, "
                        "twinning_admin"),
         QStringLiteral("GRANT INSERT, DELETE, UPDATE (key, value) ON @S.office_setting TO "
                        "twinning_admin"),
         QStringLiteral("ALTER TABLE @S.office_setting ENABLE ROW LEVEL SECURITY"),
         QStringLiteral("ALTER TABLE @S.office_setting FORCE ROW LEVEL SECURITY"),
         QStringLiteral("CREATE POLICY office_setting_read ON @S.office_setting FOR SELECT "
                        "USING (true)"),
         QStringLiteral("CREATE POLICY office_setting_admin ON @S.office_setting TO "
                        "twinning_admin USING (true) WITH CHECK (true)"),
         QStringLiteral("CREATE TRIGGER office_setting_history AFTER INSERT OR UPDATE OR DELETE "
                        "ON @S.office_setting FOR EACH ROW EXECUTE FUNCTION "
                        "@S.twinning_history()")});
}

Status migrateToV10(Database &db)
{
    // As twinning_owner (Database::migrateTo), which owns the tables.
    QStringList statements;
    for (const QString &table : versionedTables())
        statements << QStringLiteral("CREATE TRIGGER %1_row_version BEFORE INSERT OR UPDATE ON "
                                     "@S.%1 FOR EACH ROW EXECUTE FUNCTION "
                                     "@S.twinning_row_version()")
                          .arg(table)
                   << QStringLiteral("GRANT UPDATE (row_version) ON @S.%1 TO twinning_admin, "
                                     "twinning_editor")
                          .arg(table);
    return runAll(db, statements);
}

} // namespace tt::schema::server
