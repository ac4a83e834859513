#pragma once

// What the server's security tests share: the logins of the attacks, two
// databases (one migrated by a login with CREATEROLE that owns it, one by a
// superuser) with rows of two oblasts, connections as each login, the whole
// state of a database to compare before and after, and the running of an
// attack. Runs against TWINNING_TEST_PG (scripts/pg-test-server.sh).

#include "app/core/officesettings.h"
#include "app/core/repositories.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tt::test::security {

enum class Migrator { CreateRole, Superuser };

inline const QString password = QStringLiteral("twinning-test");

inline QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

// The logins of the attacks, made once on the cluster.
inline const char *const loginSetup = R"(DO $logins$
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

} // namespace tt::test::security

namespace tt::test {

using namespace tt::test::security;

class SecurityFixture : public QObject
{
protected:
    // Makes the logins and the two databases, and drops them again.
    void initTestCase();
    void cleanupTestCase();

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
inline QString differences(const QStringList &before, const QStringList &after)
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

inline void SecurityFixture::initTestCase()
{
    TT_REQUIRE_SERVER();
    QVERIFY(test::serverAdmin(QString::fromUtf8(loginSetup)));
    QVERIFY(makeFixture(m_fixtures[0], Migrator::CreateRole));
    QVERIFY(makeFixture(m_fixtures[1], Migrator::Superuser));
}

inline void SecurityFixture::cleanupTestCase()
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

inline bool SecurityFixture::makeFixture(Fixture &fx, Migrator migrator)
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

inline Fixture &SecurityFixture::fixture()
{
    QFETCH(int, database);
    return m_fixtures[database];
}

inline void SecurityFixture::addDatabaseRows(const char *name)
{
    for (int i : {0, 1})
        QTest::addRow("%s, %s", i == 0 ? "createrole" : "superuser", name) << i;
}

inline QSqlDatabase SecurityFixture::connectAs(const QString &database, const QString &user)
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

inline QString SecurityFixture::expand(const Fixture &fx, QString sql) const
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

inline QStringList SecurityFixture::state(Database &db)
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

inline QStringList SecurityFixture::attack(const Fixture &fx, const QString &login,
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

} // namespace tt::test
