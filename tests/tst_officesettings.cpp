// The office's settings kept in the database (core/officesettings.h): their
// defaults, validation, history, a database of an older format, changing
// them through the Editor as one undo step, and a copy of the database (`copy`,
// `check`) carrying them. Run again on a server (tst_officesettings_pg).

#include "app/commands/editor.h"
#include "app/core/database.h"
#include "app/core/maintenance.h"
#include "app/core/officesettings.h"
#include "app/core/repositories.h"
#include "app/core/transfer.h"
#include "tests/testutil.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tt;

class TestOfficeSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void savedAndRead();
    void validation_data();
    void validation();
    void historyKeepsEachChange();
    void olderFormatHasDefaultsAndIsUpgraded();
    void editorUndoesAndRedoes();
    void copiedWithTheDatabase();
};

void TestOfficeSettings::defaults()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    auto s = OfficeSettingsRepository(*db).load();
    QVERIFY(s);
    QCOMPARE(s->officeName, QString());
    QCOMPARE(s->dormancyMonths, 12);
    QCOMPARE(*OfficeSettingsRepository(*db).dormancyMonths(), 12);
}

void TestOfficeSettings::savedAndRead()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    OfficeSettingsRepository repo(*db);
    QVERIFY(repo.setOfficeName(QStringLiteral("  Вінницька міська рада ")));
    QVERIFY(repo.setDormancyMonths(6));
    QCOMPARE(*repo.officeName(), QStringLiteral("Вінницька міська рада"));
    QCOMPARE(*repo.dormancyMonths(), 6);
    // Spaces only: no name.
    QVERIFY(repo.setOfficeName(QStringLiteral("   ")));
    QCOMPARE(*repo.officeName(), QString());
    QCOMPARE(*repo.dormancyMonths(), 6);
}

void TestOfficeSettings::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << QString() << 12 << true;
    QTest::newRow("a name") << QStringLiteral("Вінницька міська рада") << 1 << true;
    QTest::newRow("120 months") << QStringLiteral("x") << 120 << true;
    QTest::newRow("0 months") << QString() << 0 << false;
    QTest::newRow("121 months") << QString() << 121 << false;
    QTest::newRow("two lines") << QStringLiteral("Рада\nміста") << 12 << false;
    QTest::newRow("a tab") << QStringLiteral("Рада\tміста") << 12 << false;
    QTest::newRow("200 letters") << QString(200, u'я') << 12 << true;
    QTest::newRow("201 letters") << QString(201, u'я') << 12 << false;
}

void TestOfficeSettings::validation()
{
    QFETCH(QString, name);
    QFETCH(int, months);
    QFETCH(bool, valid);
    const OfficeSettings s{name, months};
    QCOMPARE(validationProblem(s).isEmpty(), valid);
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    OfficeSettingsRepository repo(*db);
    const Status saved = repo.save(s);
    QCOMPARE(bool(saved), valid);
    if (!valid) {
        QCOMPARE(saved.error().code, Error::Code::Invalid);
        QCOMPARE(*repo.load(), OfficeSettings()); // nothing written
    }
}

void TestOfficeSettings::historyKeepsEachChange()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    OfficeSettingsRepository repo(*db);
    QVERIFY(repo.save({QStringLiteral("Вінницька міська рада"), 9}));
    QVERIFY(repo.save({QStringLiteral("Вінницька міська рада"), 9})); // no change, no row
    QSqlQuery q = db->prepare(QStringLiteral("SELECT changes FROM audit_log WHERE entity = "
                                             "'office_setting' ORDER BY id"));
    QVERIFY(q.exec());
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.join(u' ').contains(QStringLiteral("Вінницька міська рада")),
             qPrintable(rows.join(u' ')));
    QVERIFY2(rows.join(u' ').contains(QStringLiteral("dormancy_months")),
             qPrintable(rows.join(u' ')));
}

void TestOfficeSettings::olderFormatHasDefaultsAndIsUpgraded()
{
    if (test::onServer())
        QSKIP("files only");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.twinning"));
    {
        OpenOptions options;
        options.targetVersion = OfficeSettings::firstFormat - 1;
        auto db = Database::open(path, options);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), OfficeSettings::firstFormat - 1);
        auto s = OfficeSettingsRepository(**db).load();
        QVERIFY(s);
        QCOMPARE(*s, OfficeSettings());
        const Status refused = OfficeSettingsRepository(**db).setOfficeName(QStringLiteral("x"));
        QVERIFY(!refused);
    }
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(OfficeSettingsRepository(**db).setOfficeName(QStringLiteral("Рада")));
    QCOMPARE(*OfficeSettingsRepository(**db).officeName(), QStringLiteral("Рада"));
}

void TestOfficeSettings::editorUndoesAndRedoes()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    Editor editor(*db);
    QSignalSpy changed(&editor, &Editor::officeSettingsChanged);
    QVERIFY(editor.setOfficeSettings({QStringLiteral("Вінницька міська рада"), 18}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(editor.undoStack()->count(), 1);
    // The same values again: nothing to undo.
    QVERIFY(editor.setOfficeSettings({QStringLiteral("Вінницька міська рада"), 18}));
    QCOMPARE(editor.undoStack()->count(), 1);
    QCOMPARE(OfficeSettingsRepository(*db).load()->dormancyMonths, 18);

    editor.undoStack()->undo();
    QCOMPARE(*OfficeSettingsRepository(*db).load(), OfficeSettings());
    QCOMPARE(changed.size(), 2);
    editor.undoStack()->redo();
    const OfficeSettings again = *OfficeSettingsRepository(*db).load();
    QCOMPARE(again.officeName, QStringLiteral("Вінницька міська рада"));
    QCOMPARE(again.dormancyMonths, 18);

    const Status invalid = editor.setOfficeSettings({QString(), 0});
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, Error::Code::Invalid);
    QCOMPARE(editor.undoStack()->count(), 1);
}

void TestOfficeSettings::copiedWithTheDatabase()
{
    // From a file, or from a server, into a new file: the settings come along,
    // `check` counts them and `check --same-as` compares them.
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    const OfficeSettings wanted{QStringLiteral("Вінницька міська рада"), 18};
    QVERIFY(OfficeSettingsRepository(*db).save(wanted));
    auto copy = Database::open(dir.filePath(QStringLiteral("copy.twinning")));
    QVERIFY(copy);
    const Status copied = copyDatabase(*db, **copy, false);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().fullText()));
    QCOMPARE(*OfficeSettingsRepository(**copy).load(), wanted);

    auto report = checkDatabase(**copy);
    QVERIFY(report);
    QVERIFY(report->ok());
    QVERIFY(report->counts.contains(qMakePair(QStringLiteral("office_setting"), qint64(2))));

    const auto digest = [](Database &d, const QString &table) {
        auto all = digestDatabase(d);
        if (all) {
            for (const TableDigest &t : std::as_const(*all)) {
                if (t.table == table)
                    return t;
            }
        }
        return TableDigest{};
    };
    TableDigest mine = digest(*db, QStringLiteral("office_setting"));
    QCOMPARE(mine.rows, 2);
    QCOMPARE(digest(**copy, QStringLiteral("office_setting")).hash, mine.hash);

    // Settings alone are data a copy must not overwrite unasked.
    auto other = Database::open(dir.filePath(QStringLiteral("other.twinning")));
    QVERIFY(other);
    QVERIFY(OfficeSettingsRepository(**other).setDormancyMonths(3));
    const Status refused = copyDatabase(*db, **other, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Duplicate);
    QCOMPARE(OfficeSettingsRepository(**other).load()->dormancyMonths, 3);
    QVERIFY(copyDatabase(*db, **other, true));
    QCOMPARE(*OfficeSettingsRepository(**other).load(), wanted);

    // A changed setting makes the two differ.
    QVERIFY(OfficeSettingsRepository(**copy).setOfficeName(QStringLiteral("Інша рада")));
    QVERIFY(digest(**copy, QStringLiteral("office_setting")).hash != mine.hash);
}

QTEST_GUILESS_MAIN(TestOfficeSettings)
#include "tst_officesettings.moc"
