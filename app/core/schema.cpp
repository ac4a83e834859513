#include "app/core/schema.h"

#include "app/core/catalog.h"
#include "app/core/database.h"
#include "app/core/serverschema.h"
#include "app/core/sqlvalue.h"
#include "app/core/text.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace tt::schema {

namespace {

const char *const v1Tables[] = {
    R"(CREATE TABLE oblast (
        iso TEXT PRIMARY KEY,
        short_uk TEXT NOT NULL,
        name_uk TEXT NOT NULL,
        name_en TEXT NOT NULL,
        name_de TEXT NOT NULL,
        kind TEXT NOT NULL,
        geonames_admin1 TEXT,
        label_lat ${REAL},
        label_lon ${REAL}))",
    R"(CREATE TABLE country (
        iso2 TEXT PRIMARY KEY,
        iso3 TEXT,
        numeric_code TEXT,
        name_en TEXT NOT NULL,
        name_uk TEXT NOT NULL,
        name_de TEXT NOT NULL))",
    R"(CREATE TABLE community (
        id ${ID},
        katottg TEXT UNIQUE,
        category TEXT,
        name_uk TEXT NOT NULL,
        name_latn TEXT,
        hromada_uk TEXT,
        hromada_latn TEXT,
        raion_uk TEXT,
        oblast_iso TEXT REFERENCES oblast (iso),
        lat ${REAL},
        lon ${REAL},
        geonameid ${BIGINT},
        aliases TEXT,
        notes TEXT))",
    R"(CREATE TABLE municipality (
        id ${ID},
        name TEXT NOT NULL,
        name_local TEXT,
        name_uk TEXT,
        country_iso2 TEXT NOT NULL REFERENCES country (iso2),
        region TEXT,
        lat ${REAL},
        lon ${REAL},
        geonameid ${BIGINT},
        notes TEXT))",
    R"(CREATE TABLE cooperation_area (
        id ${ID},
        code TEXT NOT NULL UNIQUE,
        name_uk TEXT NOT NULL,
        name_en TEXT NOT NULL,
        name_de TEXT NOT NULL,
        color TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE partnership (
        id ${ID},
        community_id ${BIGINT} NOT NULL REFERENCES community (id) ON DELETE RESTRICT,
        municipality_id ${BIGINT} NOT NULL REFERENCES municipality (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        stage TEXT NOT NULL,
        first_contact_on TEXT,
        memorandum_on TEXT,
        agreement_on TEXT,
        twinning_on TEXT,
        ended_on TEXT,
        end_reason TEXT,
        initiative TEXT,
        officer TEXT,
        reviewed_on TEXT,
        reviewed_by TEXT,
        notes TEXT,
        sources TEXT,
        UNIQUE (community_id, municipality_id)))",
    R"(CREATE TABLE partnership_area (
        id ${ID},
        partnership_id ${BIGINT} NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
        area_id ${BIGINT} NOT NULL REFERENCES cooperation_area (id) ON DELETE RESTRICT,
        status TEXT NOT NULL,
        notes TEXT,
        UNIQUE (partnership_id, area_id)))",
    R"(CREATE TABLE milestone (
        id ${ID},
        partnership_id ${BIGINT} NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        area_id ${BIGINT} REFERENCES cooperation_area (id) ON DELETE SET NULL,
        planned_on TEXT,
        done_on TEXT,
        status TEXT NOT NULL,
        responsible TEXT,
        location TEXT,
        notes TEXT))",
    R"(CREATE TABLE contact (
        id ${ID},
        partnership_id ${BIGINT} NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT,
        organisation TEXT,
        side TEXT NOT NULL,
        email TEXT,
        phone TEXT,
        languages TEXT,
        notes TEXT))",
    R"(CREATE TABLE project (
        id ${ID},
        partnership_id ${BIGINT} NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        area_id ${BIGINT} REFERENCES cooperation_area (id) ON DELETE SET NULL,
        budget_minor ${BIGINT},
        currency TEXT,
        funder TEXT,
        status TEXT NOT NULL,
        start_on TEXT,
        end_on TEXT,
        notes TEXT))",
    R"(CREATE TABLE document (
        id ${ID},
        partnership_id ${BIGINT} NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        mime_type TEXT,
        size ${BIGINT} NOT NULL DEFAULT 0,
        sha256 TEXT,
        added_at TEXT,
        notes TEXT,
        content ${BLOB}))",
    R"(CREATE TABLE audit_log (
        id ${ID},
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id ${BIGINT},
        partnership_id ${BIGINT},
        action TEXT NOT NULL,
        changes TEXT))",
    // The filters of the views and the dashboard's aggregations.
    "CREATE INDEX community_oblast ON community (oblast_iso)",
    "CREATE INDEX municipality_country ON municipality (country_iso2)",
    "CREATE INDEX partnership_municipality ON partnership (municipality_id)",
    "CREATE INDEX partnership_stage ON partnership (stage)",
    "CREATE INDEX partnership_kind ON partnership (kind)",
    "CREATE INDEX partnership_area_area ON partnership_area (area_id)",
    "CREATE INDEX milestone_partnership ON milestone (partnership_id, planned_on)",
    "CREATE INDEX milestone_due ON milestone (status, planned_on)",
    "CREATE INDEX milestone_done ON milestone (done_on)",
    "CREATE INDEX contact_partnership ON contact (partnership_id)",
    "CREATE INDEX project_partnership ON project (partnership_id)",
    "CREATE INDEX document_partnership ON document (partnership_id)",
    "CREATE INDEX audit_entity ON audit_log (entity, entity_id)",
    "CREATE INDEX audit_partnership ON audit_log (partnership_id)",
    "CREATE INDEX audit_at ON audit_log (at)",
};

// Version 2: agreements as records of their own (one agreement binds one or
// more pairs), the approval track as milestones with a document number, and
// aid received through a partnership.
const char *const v2Statements[] = {
    "ALTER TABLE milestone ADD COLUMN document_number TEXT",
    R"(CREATE TABLE agreement (
        id ${ID},
        kind TEXT NOT NULL,
        number TEXT,
        title TEXT,
        signed_on TEXT,
        term_years INTEGER,
        expires_on TEXT,
        notes TEXT))",
    R"(CREATE TABLE agreement_party (
        agreement_id ${BIGINT} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        partnership_id ${BIGINT} NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
        PRIMARY KEY (agreement_id, partnership_id)))",
    R"(CREATE TABLE agreement_area (
        agreement_id ${BIGINT} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        area_id ${BIGINT} NOT NULL REFERENCES cooperation_area (id) ON DELETE RESTRICT,
        PRIMARY KEY (agreement_id, area_id)))",
    R"(CREATE TABLE agreement_signatory (
        id ${ID},
        agreement_id ${BIGINT} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        office TEXT NOT NULL,
        represents TEXT))",
    R"(CREATE TABLE aid (
        id ${ID},
        partnership_id ${BIGINT} NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        value_minor ${BIGINT},
        currency TEXT,
        received_on TEXT,
        acceptance_document TEXT,
        notes TEXT))",
    "CREATE INDEX agreement_party_partnership ON agreement_party (partnership_id)",
    "CREATE INDEX agreement_area_area ON agreement_area (area_id)",
    "CREATE INDEX agreement_signatory_agreement ON agreement_signatory (agreement_id)",
    "CREATE INDEX agreement_signed ON agreement (signed_on)",
    // The approval steps of every pair, for the ministry's deadlines.
    "CREATE INDEX milestone_kind ON milestone (kind)",
    "CREATE INDEX aid_partnership ON aid (partnership_id, received_on)",
};

// Version 3: optimistic locking of pairs. Every update of a pair checks and
// bumps its row_version; edits of its milestones, contacts … do not, so two
// people may add milestones to the same pair at once.
const char *const v3Statements[] = {
    "ALTER TABLE partnership ADD COLUMN row_version ${BIGINT} NOT NULL DEFAULT 1",
};

// Version 4, PostgreSQL only: the roles the server enforces. twinning_viewer
// reads; twinning_editor changes the pairs (and everything that hangs off them)
// of the communities in the oblasts editor_oblast lists for the login;
// twinning_admin changes everything. Row-level security does the checking, so
// hand-written SQL is bound by it as much as the program. Roles belong to the
// whole cluster: two databases set up at the same moment race to make them,
// and the loser's CREATE fails with duplicate_object or, inside the catalogue's
// unique index, unique_violation; either way the role is there.
const char *const v4Roles = R"(DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'twinning_viewer') THEN
        BEGIN
            CREATE ROLE twinning_viewer NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'twinning_editor') THEN
        BEGIN
            CREATE ROLE twinning_editor NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'twinning_admin') THEN
        BEGIN
            CREATE ROLE twinning_admin NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    -- The owner of the tables is bound by the policies too (FORCE): it must be
    -- an administrator to go on writing.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, 'twinning_admin', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT twinning_admin TO %I', current_user);
        EXCEPTION WHEN unique_violation THEN
            NULL;
        END;
    END IF;
END
$roles$)";

const char *const v4Statements[] = {
    R"(CREATE TABLE editor_oblast (
        username TEXT NOT NULL,
        oblast_iso TEXT NOT NULL REFERENCES oblast (iso),
        PRIMARY KEY (username, oblast_iso)))",
    // SECURITY DEFINER: the checks read editor_oblast and the pairs whatever the
    // caller may see; `who` is the caller's current_user, passed by the policy.
    R"(CREATE FUNCTION twinning_may_edit_community(community BIGINT, who NAME) RETURNS BOOLEAN
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
        'SELECT EXISTS (SELECT 1 FROM community c JOIN editor_oblast e
                        ON e.oblast_iso = c.oblast_iso WHERE c.id = $1 AND e.username = $2)')",
    R"(CREATE FUNCTION twinning_may_edit_pair(pair BIGINT, who NAME) RETURNS BOOLEAN
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
        'SELECT EXISTS (SELECT 1 FROM partnership p JOIN community c ON c.id = p.community_id
                        JOIN editor_oblast e ON e.oblast_iso = c.oblast_iso
                        WHERE p.id = $1 AND e.username = $2)')",
    // An agreement is the editor's when every pair it binds is (a new one binds
    // none yet).
    R"(CREATE FUNCTION twinning_may_edit_agreement(agreement BIGINT, who NAME) RETURNS BOOLEAN
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
        'SELECT NOT EXISTS (SELECT 1 FROM agreement_party a WHERE a.agreement_id = $1
                            AND NOT twinning_may_edit_pair(a.partnership_id, $2))')",
};

// Version 5: the indexes of pairs an import of many rows rebuilds. The indexes
// of stage and kind go: the views and reports filter pairs in memory and no
// query reads them, yet every pair written updated them (a third of the pages of
// 100,000 pairs). On a file the pair's uniqueness becomes an index of its own,
// which a large import builds once at the end instead of row by row; SQLite
// cannot drop a table's UNIQUE constraint, so the table is built again, with
// foreign keys off while it is (Database::migrateTo). A server keeps its
// constraint: its imports write row by row.
const char *const v5Statements[] = {
    "DROP INDEX partnership_stage",
    "DROP INDEX partnership_kind",
};

const char *const v5SqliteStatements[] = {
    R"(CREATE TABLE partnership_v5 (
        id ${ID},
        community_id ${BIGINT} NOT NULL REFERENCES community (id) ON DELETE RESTRICT,
        municipality_id ${BIGINT} NOT NULL REFERENCES municipality (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        stage TEXT NOT NULL,
        first_contact_on TEXT,
        memorandum_on TEXT,
        agreement_on TEXT,
        twinning_on TEXT,
        ended_on TEXT,
        end_reason TEXT,
        initiative TEXT,
        officer TEXT,
        reviewed_on TEXT,
        reviewed_by TEXT,
        notes TEXT,
        sources TEXT,
        row_version ${BIGINT} NOT NULL DEFAULT 1))",
    "INSERT INTO partnership_v5 (id, community_id, municipality_id, kind, stage, "
    "first_contact_on, memorandum_on, agreement_on, twinning_on, ended_on, end_reason, "
    "initiative, officer, reviewed_on, reviewed_by, notes, sources, row_version) "
    "SELECT id, community_id, municipality_id, kind, stage, first_contact_on, memorandum_on, "
    "agreement_on, twinning_on, ended_on, end_reason, initiative, officer, reviewed_on, "
    "reviewed_by, notes, sources, row_version FROM partnership",
    "DROP TABLE partnership",
    "ALTER TABLE partnership_v5 RENAME TO partnership",
    "CREATE UNIQUE INDEX partnership_pair ON partnership (community_id, municipality_id)",
    "CREATE INDEX partnership_municipality ON partnership (municipality_id)",
};

// The tables an editor writes, with the condition a row of each must meet.
const std::pair<const char *, const char *> v4EditorTables[] = {
    {"partnership", "twinning_may_edit_community(community_id, current_user)"},
    {"partnership_area", "twinning_may_edit_pair(partnership_id, current_user)"},
    {"milestone", "twinning_may_edit_pair(partnership_id, current_user)"},
    {"contact", "twinning_may_edit_pair(partnership_id, current_user)"},
    {"project", "twinning_may_edit_pair(partnership_id, current_user)"},
    {"document", "twinning_may_edit_pair(partnership_id, current_user)"},
    {"aid", "twinning_may_edit_pair(partnership_id, current_user)"},
    {"agreement_party", "twinning_may_edit_pair(partnership_id, current_user)"},
    {"agreement", "twinning_may_edit_agreement(id, current_user)"},
    {"agreement_area", "twinning_may_edit_agreement(agreement_id, current_user)"},
    {"agreement_signatory", "twinning_may_edit_agreement(agreement_id, current_user)"},
    {"community", "oblast_iso IN (SELECT oblast_iso FROM editor_oblast WHERE username = "
                  "current_user)"},
    // Editors write history rows, under their own name only.
    {"audit_log", "actor = session_user"},
};

Status runAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto s = db.exec(db.dialect().expand(sql)); !s)
            return s;
    }
    return {};
}

Status insertRows(Database &db, const QString &sql, const QList<QVariantList> &rows)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariantList &row : rows) {
        for (const QVariant &v : row)
            q.addBindValue(v);
        if (!q.exec())
            return db.sqlError(q, QStringLiteral("Seeding the catalogue failed."));
    }
    return {};
}

std::optional<double> number(const QString &s)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

Status seedCatalogues(Database &db)
{
    using sqlvalue::toDb;
    QList<QVariantList> rows;
    for (const catalog::Oblast &o : catalog::oblasts())
        rows << QVariantList{o.iso,  o.shortUk,        o.nameUk,   o.nameEn,  o.nameDe,
                             o.kind, o.geonamesAdmin1, o.labelLat, o.labelLon};
    if (auto s =
            insertRows(db, QStringLiteral("INSERT INTO oblast VALUES (?,?,?,?,?,?,?,?,?)"), rows);
        !s)
        return s;

    rows.clear();
    for (const catalog::Country &c : catalog::countries())
        rows << QVariantList{c.iso2, c.iso3, c.numeric, c.nameEn, c.nameUk, c.nameDe};
    if (auto s = insertRows(db, QStringLiteral("INSERT INTO country VALUES (?,?,?,?,?,?)"), rows);
        !s)
        return s;

    rows.clear();
    for (const catalog::Hromada &h : catalog::hromadas()) {
        rows << QVariantList{toDb(h.katottg),
                             toDb(h.category),
                             toDb(h.centerUk),
                             toDb(text::transliterate(h.centerUk)),
                             toDb(h.nameUk),
                             toDb(h.nameLatn),
                             toDb(h.raionUk),
                             toDb(h.oblastIso),
                             toDb(number(h.lat)),
                             toDb(number(h.lon)),
                             h.geonameId.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                   : QVariant(h.geonameId.toLongLong())};
    }
    if (auto s = insertRows(db,
                            QStringLiteral("INSERT INTO community (katottg, category, name_uk, "
                                           "name_latn, hromada_uk, hromada_latn, raion_uk, "
                                           "oblast_iso, lat, lon, geonameid) "
                                           "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                            rows);
        !s)
        return s;

    rows.clear();
    int order = 0;
    for (const catalog::Area &a : catalog::defaultAreas())
        rows << QVariantList{a.code, a.nameUk, a.nameEn, a.nameDe, a.color, ++order * 10};
    return insertRows(db,
                      QStringLiteral("INSERT INTO cooperation_area (code, name_uk, name_en, "
                                     "name_de, color, sort_order) VALUES (?,?,?,?,?,?)"),
                      rows);
}

Status migrateToV1(Database &db)
{
    QStringList statements;
    for (const char *sql : v1Tables)
        statements << QString::fromUtf8(sql);
    if (auto s = runAll(db, statements); !s)
        return s;
    return seedCatalogues(db);
}

Status migrateToV2(Database &db)
{
    QStringList statements;
    for (const char *sql : v2Statements)
        statements << QString::fromUtf8(sql);
    return runAll(db, statements);
}

Status migrateToV3(Database &db)
{
    QStringList statements;
    for (const char *sql : v3Statements)
        statements << QString::fromUtf8(sql);
    return runAll(db, statements);
}

// The tables of format 4, whose server roles it grants; fixed, whatever later
// formats add.
QStringList tablesOfFormat4()
{
    return {QStringLiteral("agreement"),
            QStringLiteral("agreement_area"),
            QStringLiteral("agreement_party"),
            QStringLiteral("agreement_signatory"),
            QStringLiteral("aid"),
            QStringLiteral("audit_log"),
            QStringLiteral("community"),
            QStringLiteral("contact"),
            QStringLiteral("cooperation_area"),
            QStringLiteral("country"),
            QStringLiteral("document"),
            QStringLiteral("milestone"),
            QStringLiteral("municipality"),
            QStringLiteral("oblast"),
            QStringLiteral("partnership"),
            QStringLiteral("partnership_area"),
            QStringLiteral("project")};
}

Status migrateToV4(Database &db)
{
    if (db.dialect().isSqlite())
        return {};
    QStringList statements = {QString::fromUtf8(v4Roles)};
    for (const char *sql : v4Statements)
        statements << QString::fromUtf8(sql);
    QStringList tables = tablesOfFormat4();
    tables << QStringLiteral("schema_version") << QStringLiteral("editor_oblast");
    const QString all = tables.join(QStringLiteral(", "));
    statements << QStringLiteral("GRANT SELECT ON %1 TO twinning_viewer, twinning_editor").arg(all)
               << QStringLiteral("GRANT ALL ON %1 TO twinning_admin").arg(all);
    QStringList sequences;
    for (const QString &table : tablesOfFormat4()) {
        // The tables with an identity column (${ID}) have a sequence.
        static const QStringList natural = {QStringLiteral("oblast"), QStringLiteral("country"),
                                            QStringLiteral("agreement_party"),
                                            QStringLiteral("agreement_area")};
        if (!natural.contains(table))
            sequences << QStringLiteral("%1_id_seq").arg(table);
    }
    statements << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON SEQUENCE %1 TO twinning_editor, "
                                 "twinning_admin")
                      .arg(sequences.join(QStringLiteral(", ")));
    statements << QStringLiteral("GRANT INSERT, UPDATE ON municipality TO twinning_editor");
    for (const auto &[table, condition] : v4EditorTables) {
        const QString t = QLatin1String(table);
        const QString grant = t == QLatin1String("audit_log")
                                  ? QStringLiteral("INSERT")
                                  : QStringLiteral("INSERT, UPDATE, DELETE");
        statements << QStringLiteral("GRANT %1 ON %2 TO twinning_editor").arg(grant, t)
                   << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
                   << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t)
                   << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING (true)").arg(t)
                   << QStringLiteral("CREATE POLICY %1_admin ON %1 TO twinning_admin USING (true) "
                                     "WITH CHECK (true)")
                          .arg(t)
                   << QStringLiteral("CREATE POLICY %1_editor ON %1 TO twinning_editor USING (%2) "
                                     "WITH CHECK (%2)")
                          .arg(t, QLatin1String(condition));
    }
    return runAll(db, statements);
}

Status migrateToV5(Database &db)
{
    QStringList statements;
    for (const char *sql : v5Statements)
        statements << QString::fromUtf8(sql);
    if (db.dialect().isSqlite()) {
        for (const char *sql : v5SqliteStatements)
            statements << QString::fromUtf8(sql);
    }
    return runAll(db, statements);
}

// Version 6, PostgreSQL only (serverschema.h): the server keeps the history and
// the row versions, the schema belongs to a role no login holds, and each role
// holds only what it needs. A file keeps its history as before.
Status migrateToV6(Database &db)
{
    if (db.dialect().isSqlite())
        return {};
    return server::migrateToV6(db);
}

// Version 7, PostgreSQL only: erasing a person's details (erasure.h), which
// on a server only a function of twinning_owner may do. A file needs nothing.
Status migrateToV7(Database &db)
{
    if (db.dialect().isSqlite())
        return {};
    return server::migrateToV7(db);
}

// Version 8: what belongs to the office rather than to one person (its name on
// every page of a report, the months after which a pair counts as dormant), one
// row a setting (officesettings.h). On a server it belongs to twinning_owner,
// every role reads it, only administrators change it, and its history is kept
// like every other table's.
Status migrateToV8(Database &db)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE office_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)")};
    if (auto s = runAll(db, statements); !s)
        return s;
    if (db.dialect().isSqlite())
        return {};
    return server::migrateToV8(db);
}

// Version 9: dates known only to the year or the month (partialdate.h). Before
// it, an import read a year ("2023") as 1 January. Where that can be told
// apart, the date becomes the year again: a 1 January on a pair that no person
// entered (no "insert" in its history: an import into a file writes one record
// of the whole import instead). A pair entered by hand, or imported into a
// server, which records every row, keeps its day.
Status migrateToV9(Database &db)
{
    QStringList statements;
    for (const char *column :
         {"first_contact_on", "memorandum_on", "agreement_on", "twinning_on", "ended_on"})
        statements << QStringLiteral(
                          "UPDATE partnership SET %1 = substr(%1, 1, 4) WHERE %1 LIKE '____-01-01' "
                          "AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = "
                          "'partnership' AND a.entity_id = partnership.id AND a.action = 'insert')")
                          .arg(QLatin1String(column));
    return runAll(db, statements);
}

// Version 10: every record a person edits carries a row version, as pairs have
// since format 3: a save that another person's save overtook is refused as a
// conflict instead of overwriting it, for a pair's areas, milestones, contacts,
// projects, documents and aid, and for agreements. On a server the version
// moves on with every update, however it is written.
Status migrateToV10(Database &db)
{
    QStringList statements;
    for (const QString &table : versionedTables())
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version ${BIGINT} NOT NULL "
                                     "DEFAULT 1")
                          .arg(table);
    if (auto s = runAll(db, statements); !s)
        return s;
    if (db.dialect().isSqlite())
        return {};
    return server::migrateToV10(db);
}

} // namespace

QStringList versionedTables()
{
    return {QStringLiteral("partnership_area"),
            QStringLiteral("milestone"),
            QStringLiteral("contact"),
            QStringLiteral("project"),
            QStringLiteral("document"),
            QStringLiteral("agreement"),
            QStringLiteral("aid")};
}

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("tables, indexes and catalogues"), migrateToV1},
        {2, QStringLiteral("agreements, approval track and aid"), migrateToV2},
        {3, QStringLiteral("row versions of pairs"), migrateToV3},
        {4, QStringLiteral("server roles and row-level security (PostgreSQL only)"), migrateToV4},
        {5, QStringLiteral("indexes of pairs"), migrateToV5},
        {6,
         QStringLiteral("history, row versions and least privilege kept by the server "
                        "(PostgreSQL only)"),
         migrateToV6},
        {7, QStringLiteral("erasing a person's details (PostgreSQL only)"), migrateToV7},
        {8, QStringLiteral("office settings"), migrateToV8},
        {9, QStringLiteral("dates known to the year or the month"), migrateToV9},
        {10, QStringLiteral("row versions of every record a person edits"), migrateToV10},
    };
    return list;
}

Result<QStringList> objectsOf(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema "
            "WHERE NOT (type = 'index' AND sql IS NULL AND name LIKE 'sqlite\\_autoindex\\_%' "
            "ESCAPE '\\') AND NOT (type = 'table' AND (name, sql) IN (VALUES "
            "('sqlite_sequence', 'CREATE TABLE sqlite_sequence(name,seq)'), "
            "('sqlite_stat1', 'CREATE TABLE sqlite_stat1(tbl,idx,stat)'), "
            "('sqlite_stat4', 'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)')))")))
        return Error::make(Error::Code::NotADatabase, q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + u'\x1f' + q.value(1).toString() + u'\x1f' +
                   q.value(2).toString() + u'\x1f' + q.value(3).toString();
    out.sort();
    return out;
}

Result<QStringList> expectedObjects(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    if (version <= 0)
        return QStringList();
    // A new file, not an in-memory database: exactly the path every file takes.
    const QTemporaryDir dir;
    OpenOptions options;
    options.targetVersion = version;
    options.integrity = OpenOptions::Integrity::None;
    auto db = Database::open(dir.filePath(QStringLiteral("expected.twinning")), options);
    if (!db)
        return db.error();
    auto objects = objectsOf((*db)->connection());
    if (objects)
        cache.insert(version, *objects);
    return objects;
}

QStringList expectedTables()
{
    QStringList tables = tablesOfFormat4();
    tables << QStringLiteral("office_setting"); // format 8
    tables.sort();
    return tables;
}

} // namespace tt::schema
