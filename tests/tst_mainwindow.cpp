#include "app/core/rollingbackup.h"
#include "app/core/settings.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/views/dashboard/dashboardview.h"
#include "ui/views/partnershipsview.h"
#include "ui/views/reportsview.h"
#include "ui/views/welcomepage.h"
#include "ui/window/mainwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>

using namespace tt;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void navigationSwitchesPages();
    void opensDatabaseAndShowsCounts();
    void refusesGarbageAndKeepsCurrent();
    void opensOnThePageLastShown();
    void pagesAreBuiltWhenFirstShown();
    void opensTheFileAfterTheFirstPaint();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
}

void TestMainWindow::navigationSwitchesPages()
{
    ui::MainWindow window;
    window.show();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), 6);
    QCOMPARE(nav->item(0)->text(), QStringLiteral("Dashboard"));
    nav->setCurrentRow(2);
    QCOMPARE(window.currentPage(), ui::MainWindow::Page::Milestones);
    QTest::keyClick(nav, Qt::Key_Down);
    QCOMPARE(window.currentPage(), ui::MainWindow::Page::Places);
}

void TestMainWindow::opensDatabaseAndShowsCounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.twinning"));
    {
        auto db = test::openFresh(dir, QStringLiteral("demo.twinning"));
        QVERIFY(sample::writeDemo(*db));
    }
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(path));
    QVERIFY(window.database());
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    bool counts = false, file = false;
    for (QLabel *l : labels) {
        counts |= l->text().contains(QRegularExpression(QStringLiteral("3\\d partnership")));
        file |= l->text().contains(QStringLiteral("demo.twinning"));
    }
    QVERIFY(counts);
    QVERIFY(file);
    // Today's copy is made in the background, beside the file by default.
    if (!window.database()->isServer())
        QTRY_VERIFY_WITH_TIMEOUT(!backups::list(path).isEmpty(), 30000);
    QThreadPool::globalInstance()->waitForDone();
}

void TestMainWindow::refusesGarbageAndKeepsCurrent()
{
    QTemporaryDir dir;
    ui::MainWindow window;
    QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("good.twinning"))));
    QFile bad(dir.filePath(QStringLiteral("bad.twinning")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("garbage");
    bad.close();
    // The message box is modal: close it as a user would.
    QTimer::singleShot(200, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Escape);
    });
    QVERIFY(!window.openDatabase(bad.fileName()));
    QVERIFY(window.database());
    QVERIFY(window.database()->path().endsWith(QStringLiteral("good.twinning")));
}

void TestMainWindow::opensOnThePageLastShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.twinning"));
    settings::mainWindowPage.reset();
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Partnerships); // nothing remembered
        window.setCurrentPage(ui::MainWindow::Page::Dashboard);
        QVERIFY(window.close());
    }
    QCOMPARE(settings::mainWindowPage.value(), QStringLiteral("dashboard"));
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Dashboard);
        window.setCurrentPage(ui::MainWindow::Page::Reports);
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("other.twinning"))));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Reports); // kept within a window
    }
    settings::mainWindowPage.set(QStringLiteral("no such page"));
    {
        ui::MainWindow window;
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Partnerships);
    }
    settings::mainWindowPage.reset();
}

void TestMainWindow::pagesAreBuiltWhenFirstShown()
{
    // The navigation column lists the registered pages, and a page is made
    // only when it is first shown: opening a file on the pairs table reads no
    // statistics for a dashboard nobody looks at.
    settings::mainWindowPage.set(QStringLiteral("partnerships"));
    QTemporaryDir dir;
    auto db = test::openFresh(dir, QStringLiteral("demo.twinning"));
    QVERIFY(db && sample::writeDemo(*db));
    const QString path = db->path();
    db.reset();
    ui::MainWindow window;
    window.show();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->count(), int(ui::pages().size()));
    for (const ui::PageEntry &entry : ui::pages())
        QCOMPARE(nav->item(int(entry.page))->text(), entry.translatedTitle());
    QVERIFY(window.openDatabase(path));
    QCOMPARE(window.currentPage(), ui::Page::Partnerships);
    // The page shown is made in the next turn of the event loop, not in the
    // opening's: "Opening …" stands in its place for that long.
    QVERIFY(!window.findChild<ui::PartnershipsView *>());
    QTRY_VERIFY(window.findChild<ui::PartnershipsView *>());
    QVERIFY(!window.findChild<ui::DashboardView *>());
    QVERIFY(!window.findChild<ui::ReportsView *>());
    window.setCurrentPage(ui::Page::Dashboard);
    auto *dashboard = window.findChild<ui::DashboardView *>();
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    // Shown again, the same page: it is built once.
    window.setCurrentPage(ui::Page::Partnerships);
    window.setCurrentPage(ui::Page::Dashboard);
    QCOMPARE(window.findChildren<ui::DashboardView *>().size(), 1);
    // A dossier asked for from the pairs table builds the Reports view and
    // leads there.
    emit window.partnershipsView()->dossierRequested(
        window.store()->portfolio().pairs().first().id);
    QCOMPARE(window.currentPage(), ui::Page::Reports);
    QVERIFY(window.findChild<ui::ReportsView *>());
    // Another file: the pages of the first are gone, and only the page shown
    // is made again.
    const QString second = dir.filePath(QStringLiteral("second.twinning"));
    QVERIFY(QFile::copy(path, second));
    QVERIFY(window.openDatabase(second));
    QCOMPARE(window.findChildren<ui::DashboardView *>().size(), 0);
    QTRY_VERIFY(window.findChild<ui::ReportsView *>());
}

void TestMainWindow::opensTheFileAfterTheFirstPaint()
{
    // The file given at start is read once the window has painted its frame,
    // which says meanwhile what it is opening; a file that cannot be opened
    // leads to the welcome page.
    QTemporaryDir dir;
    auto db = test::openFresh(dir, QStringLiteral("demo.twinning"));
    QVERIFY(db && sample::writeDemo(*db));
    const QString path = db->path();
    db.reset();
    ui::MainWindow window;
    window.openAfterFirstPaint(path);
    QVERIFY(!window.database());
    const auto says = [&window](const QString &text) {
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().contains(text))
                return true;
        }
        return false;
    };
    QVERIFY(says(QStringLiteral("Opening")));
    window.show();
    QTRY_VERIFY(window.database());
    QCOMPARE(window.database()->path(), path);
    QVERIFY(window.store()->portfolio().pairs().size() > 30);
    QVERIFY(!says(QStringLiteral("Opening")));

    const QString garbage = dir.filePath(QStringLiteral("garbage.twinning"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    ui::MainWindow second;
    // The message that says why, closed as a user would.
    QTimer closer;
    connect(&closer, &QTimer::timeout, &closer, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Escape);
    });
    closer.start(100);
    second.openAfterFirstPaint(garbage);
    second.show();
    QTRY_VERIFY(second.welcomePage()->isVisible());
    QVERIFY(!second.database());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
