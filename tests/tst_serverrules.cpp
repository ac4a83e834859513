// The server's rules beside the attacks (tst_serversecurity): history written by
// the server, row versions that always move, what editors own, the change
// counter, an older format repaired, erasure by an administrator, and the
// office's settings as the administrators'. Runs against TWINNING_TEST_PG
// (scripts/pg-test-server.sh); skipped without one.

#include "tests/securityfixture.h"

using namespace tt;
using namespace tt::test;
using namespace tt::test::security;

class TestServerRules : public SecurityFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { SecurityFixture::initTestCase(); }
    void cleanupTestCase() { SecurityFixture::cleanupTestCase(); }
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
};

void TestServerRules::historyIsWrittenByTheServer_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("psql edits");
}

void TestServerRules::historyIsWrittenByTheServer()
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

void TestServerRules::rowVersionAlwaysMoves_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("editor");
}

void TestServerRules::rowVersionAlwaysMoves()
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

void TestServerRules::editorsOwnPlacesAndAgreements_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("editor");
}

void TestServerRules::editorsOwnPlacesAndAgreements()
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

void TestServerRules::changeCounterMovesOnlyOnCommits_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("counter");
}

void TestServerRules::changeCounterMovesOnlyOnCommits()
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

void TestServerRules::olderFormatIsRepaired()
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

void TestServerRules::administratorErasesPerson_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("erasure");
}

// An administrator's erasure takes the details out of every table, the
// history included, and leaves the note and one row that tells of it.

void TestServerRules::administratorErasesPerson()
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

void TestServerRules::officeSettingsAreTheAdministrators_data()
{
    QTest::addColumn<int>("database");
    addDatabaseRows("office");
}

void TestServerRules::officeSettingsAreTheAdministrators()
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

QTEST_GUILESS_MAIN(TestServerRules)
#include "tst_serverrules.moc"
