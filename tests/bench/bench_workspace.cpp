// The partnerships table at national scale: loading, a filter keystroke and
// sorting, as the view does them (store + table model).
//   TT_BENCH_DB=/tmp/big.twinning build/tests/bench/bench_workspace

#include "benchdb.h"
#include "models/partnershiptablemodel.h"
#include "models/portfoliostore.h"
#include "sample/sampledata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tt;

class BenchWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openAndShowRows();
    void filterKeystroke_data();
    void filterKeystroke();
    void sortColumn_data();
    void sortColumn();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<PartnershipTableModel> m_model;
};

void BenchWorkspace::initTestCase()
{
    m_path = bench::databasePath(m_dir);
    auto db = Database::open(m_path);
    QVERIFY(db);
    m_db = std::move(db.value());
    m_store = std::make_unique<PortfolioStore>();
    m_store->setDatabase(m_db.get());
    m_model = std::make_unique<PartnershipTableModel>(m_store.get());
    qInfo("%d rows", m_model->rowCount());
}

void BenchWorkspace::openAndShowRows()
{
    // Opening the file, loading the read model and filling the table model.
    QBENCHMARK_ONCE
    {
        auto db = Database::open(m_path);
        PortfolioStore store;
        store.setDatabase(db->get());
        PartnershipTableModel model(&store);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.index(0, 0).data().isValid());
        store.setDatabase(nullptr);
    }
}

void BenchWorkspace::filterKeystroke_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("k") << QStringLiteral("k");
    QTest::newRow("kr") << QStringLiteral("kr");
    QTest::newRow("krak") << QStringLiteral("krak");
    QTest::newRow("вінн") << QStringLiteral("вінн");
}

void BenchWorkspace::filterKeystroke()
{
    QFETCH(QString, text);
    Filter f;
    QBENCHMARK
    {
        f.text = f.text == text ? QString() : text; // alternate, so every round changes
        m_store->setFilter(f);
        QVERIFY(m_model->rowCount() >= 0);
    }
    m_store->setFilter(Filter{});
}

void BenchWorkspace::sortColumn_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < PartnershipTableModel::ColumnCount; ++c)
        QTest::addRow("%s", qPrintable(m_model->headerData(c, Qt::Horizontal).toString())) << c;
}

void BenchWorkspace::sortColumn()
{
    QFETCH(int, column);
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK
    {
        m_model->sort(column, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
}

QTEST_GUILESS_MAIN(BenchWorkspace)
#include "bench_workspace.moc"
