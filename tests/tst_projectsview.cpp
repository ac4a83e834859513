#include "app/models/portfoliostore.h"
#include "app/models/projecttablemodel.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/views/projectsview.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>

using namespace tt;

class TestProjectsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void totalsLabel();
    void doubleClickOpensThePair();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
};

void TestProjectsView::initTestCase()
{
    // Ukrainian number format: a no-break space between thousands, a comma.
    QLocale::setDefault(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
}

void TestProjectsView::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestProjectsView::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(sample::writeDemo(*m_db, QDate(2026, 11, 29)));
    m_store = new PortfolioStore;
    m_store->setDatabase(m_db.get());
}

void TestProjectsView::cleanup()
{
    delete m_store;
    m_db.reset();
    delete m_dir;
}

void TestProjectsView::totalsLabel()
{
    ui::ProjectsView view(m_store, nullptr);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
        view.grab().save(QStringLiteral("/tmp/views-projects.png"));
    auto *totals = view.findChild<QLabel *>(QStringLiteral("totals"));
    const QString nbsp(QChar(0x00a0));
    QCOMPARE(totals->text(), QString(QStringLiteral("Total budget: EUR 1") + nbsp +
                                     QStringLiteral("590") + nbsp + QStringLiteral("000,00")));
    // Plurals come from the translation, which the tests do not load.
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("count"))
                ->text()
                .startsWith(QStringLiteral("11 project")));
    Filter f;
    f.text = QStringLiteral("Вінниця");
    m_store->setFilter(f);
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QCOMPARE(totals->text(),
             QString(QStringLiteral("Total budget: EUR 630") + nbsp + QStringLiteral("000,00")));
    f.text = QStringLiteral("Славутич");
    m_store->setFilter(f);
    QCOMPARE(totals->text(), QStringLiteral("No budgets"));
}

void TestProjectsView::doubleClickOpensThePair()
{
    ui::ProjectsView view(m_store, nullptr);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy current(m_store, &PortfolioStore::currentPairChanged);
    QTableView *table = view.table();
    const QModelIndex index = table->model()->index(2, ProjectTableModel::TitleColumn);
    // The first click selects; QTest's double click alone is not seen as one.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(current.count(), 1);
    QCOMPARE(m_store->currentPair(), index.data(ProjectTableModel::PartnershipIdRole).toLongLong());
}

QTEST_MAIN(TestProjectsView)
#include "tst_projectsview.moc"
