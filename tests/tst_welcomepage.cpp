#include "app/core/settings.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/views/welcomepage.h"
#include "ui/window/mainwindow.h"

#include <QCommandLinkButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>

using namespace tt;

class TestWelcomePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void offersFourWaysToBegin_data();
    void offersFourWaysToBegin();
    void tabOrderFollowsReadingOrder();
    void listsRecentDatabasesFromSettings();
    void listsServerDatabases();
    void emptyRecentListSaysSo();
    void clickingRecentEntryOpensIt();
    void enterOpensCurrentEntry();
    void closingDatabaseReturnsToWelcome();
    void demoButtonOpensDemo();

private:
    QString makeDemo(const QTemporaryDir &dir, const QString &name);
};

void TestWelcomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcomepage"));
}

void TestWelcomePage::init()
{
    settings::recentDatabases.reset();
    settings::lastDatabase.reset();
}

QString TestWelcomePage::makeDemo(const QTemporaryDir &dir, const QString &name)
{
    auto db = test::openFresh(dir, name);
    if (!db || !sample::writeDemo(*db))
        return {};
    return db->path();
}

void TestWelcomePage::offersFourWaysToBegin_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QByteArray>("signal");
    QTest::newRow("new") << "welcomeNew" << QByteArray(SIGNAL(newDatabaseRequested()));
    QTest::newRow("open") << "welcomeOpen" << QByteArray(SIGNAL(openRequested(QString)));
    QTest::newRow("demo") << "welcomeDemo" << QByteArray(SIGNAL(demoRequested()));
    QTest::newRow("import") << "welcomeImport" << QByteArray(SIGNAL(importRequested()));
    QTest::newRow("server") << "welcomeServer" << QByteArray(SIGNAL(serverRequested()));
}

void TestWelcomePage::offersFourWaysToBegin()
{
    QFETCH(QString, button);
    QFETCH(QByteArray, signal);
    ui::WelcomePage page;
    page.show();
    auto *b = page.findChild<QCommandLinkButton *>(button);
    QVERIFY(b);
    QVERIFY(b->isVisible());
    QVERIFY(!b->text().isEmpty());
    QVERIFY(!b->description().isEmpty());
    QSignalSpy spy(&page, signal.constData());
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    if (button == QLatin1String("welcomeOpen"))
        QVERIFY(spy.first().first().toString().isEmpty()); // "ask for a file"
}

void TestWelcomePage::tabOrderFollowsReadingOrder()
{
    ui::WelcomePage page;
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QWidget *first = page.findChild<QWidget *>(QStringLiteral("welcomeNew"));
    first->setFocus();
    QStringList order{first->objectName()};
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("welcomeNew"), QStringLiteral("welcomeOpen"),
                          QStringLiteral("welcomeDemo"), QStringLiteral("welcomeImport"),
                          QStringLiteral("welcomeServer"), QStringLiteral("welcomeRecent")}));
}

void TestWelcomePage::listsRecentDatabasesFromSettings()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("kyiv.twinning"));
    const QString b = dir.filePath(QStringLiteral("lviv.twinning"));
    for (const QString &path : {a, b}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString gone = dir.filePath(QStringLiteral("moved.twinning"));
    settings::recentDatabases.set({b, gone, a});
    ui::WelcomePage page;
    QListWidget *list = page.recentList();
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("lviv.twinning")));
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), b);
    QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
    // A file that has gone is shown, greyed out, and cannot be opened.
    QVERIFY(list->item(1)->text().contains(QStringLiteral("Not found")));
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled));
    QCOMPARE(list->item(2)->data(Qt::UserRole).toString(), a);

    settings::recentDatabases.set({a});
    page.refresh();
    QCOMPARE(list->count(), 1);
}

void TestWelcomePage::listsServerDatabases()
{
    // Remembered without a password; no file to look for, so never greyed out.
    const QString url = QStringLiteral("postgresql://olena@db.example.gov.ua:5432/twinning");
    settings::recentDatabases.set({url});
    ui::WelcomePage page;
    page.show();
    QListWidget *list = page.recentList();
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(
                 QStringLiteral("twinning on db.example.gov.ua:5432 as olena")),
             qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
    QSignalSpy spy(&page, &ui::WelcomePage::openRequested);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), url);
}

void TestWelcomePage::emptyRecentListSaysSo()
{
    ui::WelcomePage page;
    QCOMPARE(page.recentList()->count(), 1);
    QVERIFY(page.recentList()->item(0)->flags() == Qt::NoItemFlags);
    QSignalSpy spy(&page, &ui::WelcomePage::openRequested);
    page.show();
    QTest::mouseClick(page.recentList()->viewport(), Qt::LeftButton, {},
                      page.recentList()->visualItemRect(page.recentList()->item(0)).center());
    QCOMPARE(spy.count(), 0);
}

void TestWelcomePage::clickingRecentEntryOpensIt()
{
    QTemporaryDir dir;
    const QString first = makeDemo(dir, QStringLiteral("first.twinning"));
    const QString second = makeDemo(dir, QStringLiteral("second.twinning"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    settings::recentDatabases.set({first, second});

    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.database());
    ui::WelcomePage *page = window.welcomePage();
    QVERIFY(page->isVisible());
    QListWidget *list = page->recentList();
    QCOMPARE(list->count(), 2);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), second);
    QVERIFY(!page->isVisible());
    QVERIFY(window.store()->portfolio().pairs().size() > 30);
    // The one opened comes first in the list and reopens next time.
    QCOMPARE(settings::recentDatabases.value().first(), second);
    QCOMPARE(settings::lastDatabase.value(), second);
}

void TestWelcomePage::enterOpensCurrentEntry()
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("demo.twinning"));
    settings::recentDatabases.set({path});
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *list = window.welcomePage()->recentList();
    list->setFocus();
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), path);
}

void TestWelcomePage::closingDatabaseReturnsToWelcome()
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("demo.twinning"));
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(path));
    QVERIFY(!window.welcomePage()->isVisible());
    window.closeDatabase();
    QVERIFY(!window.database());
    QVERIFY(window.welcomePage()->isVisible());
    // Closed on purpose: the next start shows the welcome page, with the file
    // first among the recent ones.
    QVERIFY(settings::lastDatabase.value().isEmpty());
    QCOMPARE(window.welcomePage()->recentList()->item(0)->data(Qt::UserRole).toString(), path);
}

void TestWelcomePage::demoButtonOpensDemo()
{
    const QString demo = ui::demoDatabasePath();
    QFile::remove(demo);
    ui::MainWindow window;
    window.show();
    auto *button =
        window.welcomePage()->findChild<QCommandLinkButton *>(QStringLiteral("welcomeDemo"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), demo);
    QVERIFY(window.store()->portfolio().pairs().size() > 30);
    window.closeDatabase();
    // A second time the file is there already and is opened as it is.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(window.database());
    window.closeDatabase();
    QVERIFY(QFile::remove(demo));
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
