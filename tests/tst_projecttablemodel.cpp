#include "app/commands/editor.h"
#include "app/core/names.h"
#include "app/models/collatingproxymodel.h"
#include "app/models/portfoliostore.h"
#include "app/models/projecttablemodel.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tt;

// The demo has 11 projects, all in euro: Vinnytsia – Karlsruhe's two (180,000
// and 420,000) and one for every fourth other pair (index 1, 5 … 33) of
// 25,000 + 5,000 × index: 990,000. Together EUR 1,590,000.
class TestProjectTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelIsSound();
    void totalsOfTheDemo();
    void followsTheFilter();
    void editsUpdateRows();
    void sortsThroughTheProxy_data();
    void sortsThroughTheProxy();

private:
    int rowOfTitle(const QString &title) const;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    ProjectTableModel *m_model = nullptr;
};

void TestProjectTableModel::init()
{
    names::setLanguage(QStringLiteral("en"));
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(sample::writeDemo(*m_db, QDate(2026, 11, 29)));
    m_store = new PortfolioStore;
    m_store->setToday(QDate(2026, 11, 29));
    m_store->setDatabase(m_db.get());
    m_model = new ProjectTableModel(m_store);
}

void TestProjectTableModel::cleanup()
{
    delete m_model;
    delete m_store;
    m_db.reset();
    delete m_dir;
}

int TestProjectTableModel::rowOfTitle(const QString &title) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, ProjectTableModel::TitleColumn).data().toString() == title)
            return r;
    }
    return -1;
}

void TestProjectTableModel::modelIsSound()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(m_model->columnCount(), int(ProjectTableModel::ColumnCount));
    const int row = rowOfTitle(QStringLiteral("Енергоефективні насосні станції водоканалу"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, ProjectTableModel::PartnershipColumn).data().toString(),
             QStringLiteral("Vinnytsia – Karlsruhe"));
    // In Ukrainian, after the reload a change of language brings.
    names::setLanguage(QStringLiteral("uk"));
    m_store->reload();
    QCOMPARE(m_model
                 ->index(rowOfTitle(QStringLiteral("Енергоефективні насосні станції водоканалу")),
                         ProjectTableModel::PartnershipColumn)
                 .data()
                 .toString(),
             QStringLiteral("Вінниця – Карлсруе"));
    names::setLanguage(QStringLiteral("en"));
    m_store->reload();
    QCOMPARE(m_model->index(row, ProjectTableModel::FunderColumn).data().toString(),
             QStringLiteral("Engagement Global / SKEW"));
    QCOMPARE(m_model->index(row, ProjectTableModel::StatusColumn).data().toString(),
             toLabel(ProjectStatus::Active));
    QCOMPARE(m_model->index(row, ProjectTableModel::BudgetColumn)
                 .data(ProjectTableModel::SortRole)
                 .toLongLong(),
             qint64(42000000));
    QVERIFY(m_model->index(row, ProjectTableModel::BudgetColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("EUR ")));
    QVERIFY(!m_model->index(row, ProjectTableModel::AreaColumn).data().toString().isEmpty());
    QCOMPARE(m_model->index(row, ProjectTableModel::StartColumn)
                 .data(ProjectTableModel::SortRole)
                 .toLongLong(),
             QDate(2024, 3, 1).toJulianDay());
}

void TestProjectTableModel::totalsOfTheDemo()
{
    const QMap<QString, qint64> totals = m_model->totals();
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.value(QStringLiteral("EUR")), qint64(159000000));
}

void TestProjectTableModel::followsTheFilter()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy totals(m_model, &ProjectTableModel::totalsChanged);
    Filter f;
    f.text = QStringLiteral("Вінниця");
    m_store->setFilter(f);
    // Karlsruhe's two and Kielce's (index 1: 30,000); Nancy has none.
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->totals().value(QStringLiteral("EUR")), qint64(63000000));
    QCOMPARE(totals.count(), 1);
}

void TestProjectTableModel::editsUpdateRows()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Editor editor(*m_db);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    const int row = rowOfTitle(QStringLiteral("Енергоефективні насосні станції водоканалу"));
    const qint64 pair = m_model->pairAt(row);
    Project p;
    p.partnershipId = pair;
    p.title = QStringLiteral("Шкільні автобуси");
    p.budgetMinor = 200000000;
    p.currency = QStringLiteral("UAH");
    auto id = editor.insert(p, QStringLiteral("Add project"));
    QVERIFY(id);
    QCOMPARE(m_model->rowCount(), 12);
    QCOMPARE(m_model->totals().value(QStringLiteral("UAH")), qint64(200000000));
    auto changed = ProjectRepository(*m_db).get(*id);
    changed->budgetMinor = 100000000;
    QVERIFY(editor.update(*changed, QStringLiteral("Edit project")));
    QCOMPARE(m_model->totals().value(QStringLiteral("UAH")), qint64(100000000));
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 11);
    QVERIFY(!m_model->totals().contains(QStringLiteral("UAH")));
    QVERIFY(editor.removePartnership(pair));
    QCOMPARE(m_model->rowCount(), 9);
    editor.undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(resets.count(), 0);
}

void TestProjectTableModel::sortsThroughTheProxy_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < ProjectTableModel::ColumnCount; ++c)
        QTest::addRow("column %d", c) << c;
}

void TestProjectTableModel::sortsThroughTheProxy()
{
    QFETCH(int, column);
    CollatingProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(ProjectTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 11);
    if (column == ProjectTableModel::BudgetColumn) {
        QCOMPARE(proxy.index(0, column).data(ProjectTableModel::SortRole).toLongLong(),
                 qint64(42000000));
        QCOMPARE(proxy.index(10, column).data(ProjectTableModel::SortRole).toLongLong(),
                 qint64(3000000));
    }
}

QTEST_GUILESS_MAIN(TestProjectTableModel)
#include "tst_projecttablemodel.moc"
