// The models of the Milestones, Communities & partners and Projects views on a
// generated national database (a million milestones):
//   twinning-tracker generate --db /tmp/big.twinning --partnerships 100000
//   TT_BENCH_DB=/tmp/big.twinning build/tests/bench/bench_views

#include "app/commands/editor.h"
#include "app/models/agendamodel.h"
#include "app/models/municipalitytablemodel.h"
#include "app/models/portfoliostore.h"
#include "app/models/projecttablemodel.h"
#include "app/sample/sampledata.h"
#include "tests/bench/benchdb.h"
#include "ui/views/milestonesview.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tt;

class BenchViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void agendaOpen();
    void milestonesViewOpen();
    void agendaPeriod_data();
    void agendaPeriod();
    void agendaFilter();
    void agendaMarkDone();
    void places();
    void projects();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PortfolioStore> m_store;
};

void BenchViews::initTestCase()
{
    QString path = bench::databasePath(m_dir);
    auto db = Database::open(path);
    QVERIFY(db);
    m_db = std::move(db.value());
    m_store = std::make_unique<PortfolioStore>();
    m_store->setDatabase(m_db.get());
    qInfo("%lld pairs", static_cast<long long>(m_store->portfolio().pairs().size()));
}

// The overdue milestones and those of the next three months.
void BenchViews::agendaOpen()
{
    QBENCHMARK
    {
        AgendaModel model(m_store.get());
    }
}

// The same, with the tree expanded and drawn once.
void BenchViews::milestonesViewOpen()
{
    QBENCHMARK
    {
        ui::MilestonesView view(m_store.get(), nullptr);
        view.resize(1100, 700);
        view.show();
        view.grab();
    }
}

void BenchViews::agendaPeriod_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<bool>("showDone");
    QTest::newRow("next 3 months") << int(AgendaModel::Period::Next3Months) << false;
    QTest::newRow("next 12 months") << int(AgendaModel::Period::Next12Months) << false;
    QTest::newRow("all upcoming") << int(AgendaModel::Period::AllUpcoming) << false;
    QTest::newRow("past 12 months, done") << int(AgendaModel::Period::Past12Months) << true;
}

void BenchViews::agendaPeriod()
{
    QFETCH(int, period);
    QFETCH(bool, showDone);
    AgendaModel model(m_store.get());
    model.setShowDone(showDone);
    QBENCHMARK
    {
        model.setPeriod(AgendaModel::Period::ThisMonth);
        model.setPeriod(static_cast<AgendaModel::Period>(period));
    }
    qInfo("%d milestones, %d overdue", model.milestoneCount(), model.overdueCount());
}

void BenchViews::agendaFilter()
{
    AgendaModel model(m_store.get());
    Filter f;
    f.countries = {QStringLiteral("PL")};
    QBENCHMARK
    {
        m_store->setFilter(f);
        m_store->setFilter({});
    }
}

void BenchViews::agendaMarkDone()
{
    AgendaModel model(m_store.get());
    Editor editor(*m_db);
    const qint64 id = model.milestoneAt(model.index(0, 0, model.index(0, 0)));
    QVERIFY(id);
    QBENCHMARK
    {
        QVERIFY(editor.setMilestoneDone(id, true));
        editor.undoStack()->undo();
    }
}

void BenchViews::places()
{
    QBENCHMARK
    {
        MunicipalityTableModel communities(m_store.get(),
                                           MunicipalityTableModel::Side::Communities);
        MunicipalityTableModel partners(m_store.get(), MunicipalityTableModel::Side::Partners);
    }
}

void BenchViews::projects()
{
    QBENCHMARK
    {
        ProjectTableModel model(m_store.get());
    }
}

QTEST_MAIN(BenchViews)
#include "bench_views.moc"
