#include "schema.h"

#include "catalog.h"
#include "database.h"
#include "sqlvalue.h"
#include "text.h"

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

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("tables, indexes and catalogues"), migrateToV1},
        {2, QStringLiteral("agreements, approval track and aid"), migrateToV2},
    };
    return list;
}

Result<QStringList> objectsOf(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema "
            "WHERE NOT (type = 'index' AND sql IS NULL AND name LIKE 'sqlite\\_autoindex\\_%' "
            "ESCAPE '\\') AND NOT (type = 'table' AND name IN ('sqlite_sequence', "
            "'sqlite_stat1', 'sqlite_stat4'))")))
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

} // namespace tt::schema
