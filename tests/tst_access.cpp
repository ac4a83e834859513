#include "app/core/access.h"
#include "tests/testutil.h"

#include <QTest>

using namespace tt;

class TestAccess : public QObject
{
    Q_OBJECT
private slots:
    void canEditOblast_data();
    void canEditOblast();
    void sqliteFileIsAdministrator();
    void readOnlyFileIsViewer();
};

void TestAccess::canEditOblast_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("oblasts");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<bool>("canEdit");
    QTest::addColumn<bool>("canEditOblast");
    const QStringList vinnytsia{QStringLiteral("UA-05")};
    QTest::newRow("viewer") << int(Role::Viewer) << vinnytsia << "UA-05" << false << false;
    QTest::newRow("editor, own oblast")
        << int(Role::Editor) << vinnytsia << "UA-05" << true << true;
    QTest::newRow("editor, other oblast")
        << int(Role::Editor) << vinnytsia << "UA-46" << true << false;
    QTest::newRow("editor without oblasts")
        << int(Role::Editor) << QStringList() << "UA-05" << true << false;
    QTest::newRow("editor, empty iso") << int(Role::Editor) << vinnytsia << "" << true << false;
    QTest::newRow("administrator")
        << int(Role::Administrator) << QStringList() << "UA-46" << true << true;
}

void TestAccess::canEditOblast()
{
    QFETCH(int, role);
    QFETCH(QStringList, oblasts);
    QFETCH(QString, iso);
    QFETCH(bool, canEdit);
    QFETCH(bool, canEditOblast);
    Access access;
    access.role = static_cast<Role>(role);
    access.oblasts = QSet<QString>(oblasts.begin(), oblasts.end());
    QCOMPARE(access.canEdit(), canEdit);
    QCOMPARE(access.canEditOblast(iso), canEditOblast);
}

void TestAccess::sqliteFileIsAdministrator()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    auto access = readAccess(*db);
    QVERIFY2(access.ok(), qPrintable(access.ok() ? QString() : access.error().fullText()));
    QCOMPARE(access->role, Role::Administrator);
    QCOMPARE(access->user, QStringLiteral("tester")); // TWINNING_USER of the test run
    QVERIFY(access->canEditOblast(QStringLiteral("UA-46")));
}

void TestAccess::readOnlyFileIsViewer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.twinning"));
    QVERIFY(test::openFresh(dir));
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    auto db = Database::open(path, options);
    QVERIFY(db.ok());
    auto access = readAccess(**db);
    QVERIFY(access.ok());
    QCOMPARE(access->role, Role::Viewer);
    QVERIFY(!access->canEdit());
    QVERIFY(!access->canEditOblast(QStringLiteral("UA-05")));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
