// The partnerships table at national scale: loading, a filter keystroke and
// sorting, as the view does them (store + table model sorted by community).
//   TT_BENCH_DB=/tmp/big.twinning build/tests/bench/bench_workspace
// openAndShowRows is the time until the table has its first rows; the
// milestones go on loading in the background, openUntilMilestones waits for them.

#include "app/models/partnershiptablemodel.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/bench/benchdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace tt;

namespace {

// CPU time of this thread: on a machine shared with other jobs it shows what
// the wall time of an idle one would be.
qint64 threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().left(14))
                                          : QString();
}

} // namespace

class BenchWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openAndShowRows();
    void openUntilMilestones();
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
    qint64 open(bool waitForMilestones);
};

void BenchWorkspace::initTestCase()
{
    m_path = bench::databasePath(m_dir);
    auto db = Database::open(m_path);
    QVERIFY(db);
    m_db = std::move(db.value());
    m_store = std::make_unique<PortfolioStore>();
    m_store->setDatabase(m_db.get());
    m_store->waitForMilestones();
    m_model = std::make_unique<PartnershipTableModel>(m_store.get());
    // As the view shows it: a filter keystroke walks this order.
    m_model->sort(PartnershipTableModel::CommunityColumn);
    qInfo("%d rows", m_model->rowCount());
}

// Milliseconds from opening the file to the first rows of the table sorted by
// community (as the view shows it), or to the milestones merged in as well.
qint64 BenchWorkspace::open(bool waitForMilestones)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuMs();
    auto db = Database::open(m_path);
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    auto store = std::make_unique<PortfolioStore>();
    QSignalSpy loaded(store.get(), &PortfolioStore::milestonesLoaded);
    store->setDatabase(db->get());
    auto model = std::make_unique<PartnershipTableModel>(store.get());
    model->sort(PartnershipTableModel::CommunityColumn);
    const bool rows = model->rowCount() > 0 && model->index(0, 0).data().isValid();
    const qint64 shown = timer.elapsed();
    const qint64 shownCpu = threadCpuMs() - cpuStart;
    if (!store->hasMilestones() && !loaded.wait(120000))
        qFatal("the milestones did not load");
    const qint64 whole = timer.elapsed();
    if (!rows || model->index(0, PartnershipTableModel::NextMilestoneColumn).data().toString() ==
                     QStringLiteral("…"))
        qFatal("no rows, or no milestones in them");
    qInfo("rows shown after %lld ms (%lld ms of CPU), milestones in after %lld ms; load %s", shown,
          shownCpu, whole, qPrintable(loadAverage()));
    model.reset();
    store.reset();
    return waitForMilestones ? whole : shown;
}

void BenchWorkspace::openAndShowRows()
{
    QTest::setBenchmarkResult(qreal(open(false)), QTest::WalltimeMilliseconds);
}

void BenchWorkspace::openUntilMilestones()
{
    QTest::setBenchmarkResult(qreal(open(true)), QTest::WalltimeMilliseconds);
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
