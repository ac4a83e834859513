#include "app/commands/editor.h"
#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/models/partnershiptablemodel.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace tt;

namespace {

// A milestone added to the pair, as a person would through its dialog.
bool addExpertVisit(Editor &editor, qint64 pair)
{
    Milestone m;
    m.partnershipId = pair;
    m.title = QStringLiteral("Expert visit");
    m.plannedOn = QDate(2027, 2, 1);
    return bool(editor.insert(m, QStringLiteral("Add milestone")));
}

} // namespace

class TestPartnershipTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelIsSound();
    void filterChangesRows_data();
    void filterChangesRows();
    void sortsEveryColumn_data();
    void sortsEveryColumn();
    void editUpdatesOneRowWithoutReset();
    void insertAndDeleteWithoutReset();
    void rowsComeBeforeMilestones();
    void needsAttentionWaitsForMilestones();
    void editWhileMilestonesLoad();
    void pairsReadOnTheWorker();
    void milestonesMergedBesideACopy();
    void milestonesWaitForACopyToGo();
    void changesBesideACopyAreReadOnAWorker();
    void editWhilePairsLoad();
    void ukrainianOrderOfNames_data();
    void ukrainianOrderOfNames();
    void sortAndFilterCompose();
    void namesInTheReadersScript_data();
    void namesInTheReadersScript();
    void partnerWithoutUkrainianName();

private:
    int rowOfPartner(const QString &partner) const;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    PartnershipTableModel *m_model = nullptr;
};

void TestPartnershipTableModel::init()
{
    // The table in Ukrainian (the order of the alphabet, Cyrillic names);
    // namesInTheReadersScript goes through the three languages.
    names::setLanguage(QStringLiteral("uk"));
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(sample::writeDemo(*m_db, QDate(2026, 11, 29)));
    m_store = new PortfolioStore;
    m_store->setDatabase(m_db.get());
    m_model = new PartnershipTableModel(m_store);
}

void TestPartnershipTableModel::cleanup()
{
    delete m_model;
    delete m_store;
    m_db.reset();
    delete m_dir;
}

// The row of a partner by any of its spellings (the tooltip lists them all).
int TestPartnershipTableModel::rowOfPartner(const QString &partner) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, PartnershipTableModel::PartnerColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .section(u'\n', 0, 0)
                .split(QStringLiteral(" · "))
                .contains(partner))
            return r;
    }
    return -1;
}

void TestPartnershipTableModel::modelIsSound()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), static_cast<int>(m_store->portfolio().pairs().size()));
    QCOMPARE(m_model->columnCount(), int(PartnershipTableModel::ColumnCount));
    const int row = rowOfPartner(QStringLiteral("Karlsruhe"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, PartnershipTableModel::CommunityColumn).data().toString(),
             QStringLiteral("Вінниця"));
    QCOMPARE(m_model->index(row, PartnershipTableModel::AreasColumn)
                 .data(PartnershipTableModel::AreaChipsRole)
                 .toList()
                 .size(),
             5);
    QVERIFY(m_model->index(row, 0).data(PartnershipTableModel::OverdueRole).toBool());
    m_model->sort(PartnershipTableModel::StageColumn);
    Filter lviv;
    lviv.text = QStringLiteral("Львів");
    m_store->setFilter(lviv);
    QCOMPARE(m_model->rowCount(), 4);
}

void TestPartnershipTableModel::filterChangesRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("Карлсруе") << QStringLiteral("Карлсруе") << 1;
    QTest::newRow("karlsruhe") << QStringLiteral("karlsruhe") << 1;
    QTest::newRow("Львів") << QStringLiteral("Львів") << 4;
    QTest::newRow("lviv") << QStringLiteral("lviv") << 4;
    QTest::newRow("nothing") << QStringLiteral("qqqq") << 0;
}

void TestPartnershipTableModel::filterChangesRows()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter f;
    f.text = text;
    m_store->setFilter(f);
    QCOMPARE(m_model->rowCount(), rows);
}

void TestPartnershipTableModel::sortsEveryColumn_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < PartnershipTableModel::ColumnCount; ++c)
        QTest::addRow("column %d", c) << c;
}

void TestPartnershipTableModel::sortsEveryColumn()
{
    QFETCH(int, column);
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = m_model->rowCount();
    m_model->sort(column, Qt::AscendingOrder);
    QCOMPARE(m_model->rowCount(), rows);
    if (column == PartnershipTableModel::CommunityColumn) {
        // Ukrainian alphabet order: Б… before В…, Ж… before З…, І… after И….
        QStringList names;
        for (int r = 0; r < rows; ++r)
            names << m_model->index(r, column).data().toString();
        QCOMPARE(names.first(), QStringLiteral("Бровари"));
        QVERIFY(names.indexOf(QStringLiteral("Житомир")) <
                names.indexOf(QStringLiteral("Запоріжжя")));
        QVERIFY(names.indexOf(QStringLiteral("Кривий Ріг")) <
                names.indexOf(QStringLiteral("Кропивницький")));
        QVERIFY(names.indexOf(QStringLiteral("Ірпінь")) >
                names.indexOf(QStringLiteral("Запоріжжя")));
    }
    m_model->sort(column, Qt::DescendingOrder);
    QCOMPARE(m_model->rowCount(), rows);
}

void TestPartnershipTableModel::editUpdatesOneRowWithoutReset()
{
    Editor editor(*m_db);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);
    const int row = rowOfPartner(QStringLiteral("Karlsruhe"));
    const qint64 id = m_model->pairAt(row);
    Milestone m;
    m.partnershipId = id;
    m.title = QStringLiteral("Expert visit");
    m.plannedOn = QDate(2026, 12, 5);
    QVERIFY(editor.insert(m, QStringLiteral("Add milestone")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), row);
    editor.undoStack()->undo();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 2);
}

void TestPartnershipTableModel::insertAndDeleteWithoutReset()
{
    Editor editor(*m_db);
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    const int rows = m_model->rowCount();
    Municipality gdynia;
    gdynia.name = QStringLiteral("Gdynia");
    gdynia.countryIso = QStringLiteral("PL");
    Partnership p;
    p.communityId = m_store->portfolio().pairs().first().communityId;
    auto id = editor.addPartnership(p, gdynia);
    QVERIFY(id);
    QCOMPARE(m_model->rowCount(), rows + 1);
    QCOMPARE(m_model->pairAt(rows), *id);
    QVERIFY(editor.removePartnership(*id));
    QCOMPARE(m_model->rowCount(), rows);
    editor.undoStack()->undo();
    QCOMPARE(m_model->rowCount(), rows + 1);
    QCOMPARE(resets.count(), 0);
    // A pair that does not pass the filter is not shown.
    Filter f;
    f.text = QStringLiteral("Karlsruhe");
    m_store->setFilter(f);
    QCOMPARE(m_model->rowCount(), 1);
    editor.undoStack()->undo(); // removes the Gdynia pair again: not visible, no row change
    QCOMPARE(m_model->rowCount(), 1);
}

void TestPartnershipTableModel::rowsComeBeforeMilestones()
{
    // Two phases even on the small demo database: the pairs, then their
    // milestones from a worker thread.
    PortfolioStore store;
    store.setBackgroundThreshold(0);
    PartnershipTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&store, &PortfolioStore::milestonesLoaded);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    store.setDatabase(m_db.get());
    QCOMPARE(resets.count(), 1);
    QVERIFY(!store.hasMilestones());
    QCOMPARE(model.rowCount(), m_model->rowCount());
    int karlsruhe = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.pairAt(r) == m_model->pairAt(rowOfPartner(QStringLiteral("Karlsruhe"))))
            karlsruhe = r;
    }
    QVERIFY(karlsruhe >= 0);
    QCOMPARE(model.index(karlsruhe, PartnershipTableModel::CommunityColumn).data().toString(),
             QStringLiteral("Вінниця"));
    // The milestone columns say they are loading, and nothing is overdue yet.
    const QModelIndex next = model.index(karlsruhe, PartnershipTableModel::NextMilestoneColumn);
    QCOMPARE(next.data().toString(), QStringLiteral("…"));
    QVERIFY(!next.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.index(karlsruhe, 0).data(PartnershipTableModel::OverdueRole).toBool());

    QVERIFY(loaded.wait(10000));
    QVERIFY(store.hasMilestones());
    QCOMPARE(resets.count(), 1); // merged in, not reset
    bool columnsChanged = false;
    for (const QList<QVariant> &args : std::as_const(changes)) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        if (from.row() == 0 && to.row() == model.rowCount() - 1 &&
            from.column() <= PartnershipTableModel::NextMilestoneColumn &&
            to.column() >= PartnershipTableModel::LastActivityColumn)
            columnsChanged = true;
    }
    QVERIFY(columnsChanged);
    // Now the same as a database read in one go.
    const int whole = rowOfPartner(QStringLiteral("Karlsruhe"));
    for (int c : {int(PartnershipTableModel::NextMilestoneColumn),
                  int(PartnershipTableModel::LastActivityColumn)}) {
        QCOMPARE(model.index(karlsruhe, c).data(), m_model->index(whole, c).data());
        QVERIFY(!model.index(karlsruhe, c).data().toString().isEmpty());
        QVERIFY(model.index(karlsruhe, c).data().toString() != QStringLiteral("…"));
    }
    QVERIFY(model.index(karlsruhe, 0).data(PartnershipTableModel::OverdueRole).toBool());
    store.waitForMilestones(); // at once: nothing pending
    QCOMPARE(loaded.count(), 1);
}

void TestPartnershipTableModel::needsAttentionWaitsForMilestones()
{
    Filter attention;
    attention.needsAttention = true;
    m_store->setFilter(attention);
    const int expected = m_model->rowCount();
    QVERIFY(expected > 0);

    PortfolioStore store;
    store.setBackgroundThreshold(0);
    store.setFilter(attention);
    PartnershipTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.setDatabase(m_db.get());
    // Not judged on half the facts: no pair until the milestones are in.
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy filterChanges(&store, &PortfolioStore::filterChanged);
    store.waitForMilestones();
    QVERIFY(store.hasMilestones());
    QCOMPARE(filterChanges.count(), 1);
    QCOMPARE(model.rowCount(), expected);
}

void TestPartnershipTableModel::editWhileMilestonesLoad()
{
    PortfolioStore store;
    store.setBackgroundThreshold(0);
    PartnershipTableModel model(&store);
    store.setDatabase(m_db.get());
    QVERIFY(!store.hasMilestones());
    const qint64 id = m_model->pairAt(rowOfPartner(QStringLiteral("Karlsruhe")));
    const qsizetype before =
        m_store->portfolio().pairs().at(m_store->portfolio().indexOf(id)).milestones.size();
    // Chosen while loading: the pair is read whole at once.
    store.setCurrentPair(id);
    QVERIFY(store.portfolio().isComplete(id));
    QCOMPARE(store.portfolio().pairs().at(store.portfolio().indexOf(id)).milestones.size(), before);
    Editor editor(*m_db);
    QVERIFY(addExpertVisit(editor, id));
    store.waitForMilestones();
    // Whether the worker read before or after the edit, the merge keeps it.
    QCOMPARE(store.portfolio().pairs().at(store.portfolio().indexOf(id)).milestones.size(),
             before + 1);
    QCOMPARE(m_store->portfolio().pairs().at(m_store->portfolio().indexOf(id)).milestones.size(),
             before + 1);
}

void TestPartnershipTableModel::pairsReadOnTheWorker()
{
    // A file of many pairs: the pairs too are read on a worker, beside their
    // milestones; the table is empty and says nothing wrong meanwhile.
    PortfolioStore store;
    store.setBackgroundThreshold(0);
    store.setPairsBackgroundThreshold(0);
    PartnershipTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&store, &PortfolioStore::milestonesLoaded);
    store.setDatabase(m_db.get());
    QVERIFY(store.isLoadingPairs());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!store.hasMilestones());
    QTRY_VERIFY_WITH_TIMEOUT(!store.isLoadingPairs(), 10000);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), m_model->rowCount());
    QVERIFY(loaded.count() == 1 || loaded.wait(10000));
    QVERIFY(store.hasMilestones());
    // The same as read in one go, milestone columns included.
    const qint64 id = m_model->pairAt(rowOfPartner(QStringLiteral("Karlsruhe")));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.pairAt(r) == id)
            row = r;
    }
    QVERIFY(row >= 0);
    for (int c = 0; c < PartnershipTableModel::ColumnCount; ++c)
        QCOMPARE(model.index(row, c).data(),
                 m_model->index(rowOfPartner(QStringLiteral("Karlsruhe")), c).data());
}

void TestPartnershipTableModel::milestonesWaitForACopyToGo()
{
    // A copy held for a moment (the map's model, the dashboard's first
    // count) is waited for: the milestones are then merged into the store's
    // own pairs, which are not copied.
    PortfolioStore store;
    store.setBackgroundThreshold(0);
    store.setPairsBackgroundThreshold(0);
    std::optional<Portfolio> held;
    const PartnershipSummary *pairsBefore = nullptr;
    connect(&store, &PortfolioStore::reset, this, [&] {
        if (store.isLoadingPairs() || held)
            return;
        held = store.portfolio();
        pairsBefore = store.portfolio().pairs().constData();
        QTimer::singleShot(30, this, [&] { held = Portfolio(); });
    });
    store.setDatabase(m_db.get());
    QTRY_VERIFY_WITH_TIMEOUT(store.hasMilestones(), 10000);
    QVERIFY(pairsBefore != nullptr);
    QVERIFY(held && held->pairs().isEmpty());
    QCOMPARE(store.portfolio().pairs().constData(), pairsBefore);
    const qint64 id = m_model->pairAt(rowOfPartner(QStringLiteral("Karlsruhe")));
    QVERIFY(!store.portfolio().pairs().at(store.portfolio().indexOf(id)).milestones.isEmpty());
}

void TestPartnershipTableModel::milestonesMergedBesideACopy()
{
    // A worker counting the dashboard holds a copy of the pairs when their
    // milestones come: they are merged into a copy of the worker's making, and
    // the copy held is left as it was.
    PortfolioStore store;
    store.setBackgroundThreshold(0);
    store.setPairsBackgroundThreshold(0);
    PartnershipTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::optional<Portfolio> held;
    connect(&store, &PortfolioStore::reset, this, [&] {
        if (!store.isLoadingPairs() && !held)
            held = store.portfolio();
    });
    store.setDatabase(m_db.get());
    QTRY_VERIFY_WITH_TIMEOUT(store.hasMilestones(), 10000);
    QVERIFY(held);
    QVERIFY(!held->hasMilestones());
    QCOMPARE(held->pairs().size(), store.portfolio().pairs().size());
    QVERIFY(!store.portfolio().sharesPairs());
    const qint64 id = m_model->pairAt(rowOfPartner(QStringLiteral("Karlsruhe")));
    QVERIFY(held->pairs().at(held->indexOf(id)).milestones.isEmpty());
    QVERIFY(!store.portfolio().pairs().at(store.portfolio().indexOf(id)).milestones.isEmpty());
    QCOMPARE(model.rowCount(), m_model->rowCount());
    for (int r = 0; r < model.rowCount(); ++r) {
        const int reference = m_model->rowOf(model.pairAt(r));
        QVERIFY(reference >= 0);
        for (int c = 0; c < PartnershipTableModel::ColumnCount; ++c)
            QCOMPARE(model.index(r, c).data(), m_model->index(reference, c).data());
    }
    // And waiting for them waits for that merge too.
    PortfolioStore waiting;
    waiting.setBackgroundThreshold(0);
    waiting.setPairsBackgroundThreshold(0);
    std::optional<Portfolio> heldToo;
    connect(&waiting, &PortfolioStore::reset, this, [&] {
        if (!waiting.isLoadingPairs() && !heldToo)
            heldToo = waiting.portfolio();
    });
    waiting.setDatabase(m_db.get());
    waiting.waitForMilestones();
    QVERIFY(heldToo);
    QVERIFY(waiting.hasMilestones());
    QVERIFY(!waiting.portfolio().pairs().at(waiting.portfolio().indexOf(id)).milestones.isEmpty());
}

void TestPartnershipTableModel::changesBesideACopyAreReadOnAWorker()
{
    // A worker counting the dashboard holds a copy of the pairs when a pair is
    // saved: it is read into a copy the worker makes, which then takes the
    // store's place; the copy held is left as it was.
    PortfolioStore store;
    store.setBackgroundThreshold(0);
    store.setPairsBackgroundThreshold(0);
    PartnershipTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.setDatabase(m_db.get());
    store.waitForMilestones();
    const qint64 id = m_model->pairAt(rowOfPartner(QStringLiteral("Karlsruhe")));
    const int rows = model.rowCount();
    Editor editor(*m_db);
    QString officer;
    {
        const Portfolio held = store.portfolio();
        QSignalSpy changed(&store, &PortfolioStore::pairChanged);
        auto pair = PartnershipRepository(*m_db).get(id);
        QVERIFY(pair);
        officer = pair->officer;
        pair->officer = QStringLiteral("Оксана Приходько");
        QVERIFY(editor.update(*pair, QStringLiteral("Officer")));
        QVERIFY(store.isRefreshing());
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), id);
        QVERIFY(changed.at(0).at(1).toBool());
        QVERIFY(!store.isRefreshing());
        QCOMPARE(store.portfolio().pairs().at(store.portfolio().indexOf(id)).officer,
                 QStringLiteral("Оксана Приходько"));
        QCOMPARE(held.pairs().at(held.indexOf(id)).officer, officer);
        QVERIFY(model.rowOf(id) >= 0);
    }
    const qint64 gone = model.pairAt(0);
    {
        // A pair deleted beside a copy leaves the table once it is read.
        const Portfolio held = store.portfolio();
        QVERIFY(editor.removePartnership(gone));
        QVERIFY(store.isRefreshing());
        store.waitForRefreshes();
        QCOMPARE(model.rowCount(), rows - 1);
        QVERIFY(model.rowOf(gone) < 0);
        QVERIFY(held.indexOf(gone) >= 0);
    }
    // Both undone, with no copy held: read here, at once.
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QVERIFY(!store.isRefreshing());
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(model.rowOf(gone) >= 0);
    QCOMPARE(store.portfolio().pairs().at(store.portfolio().indexOf(id)).officer, officer);
}

void TestPartnershipTableModel::editWhilePairsLoad()
{
    PortfolioStore store;
    store.setBackgroundThreshold(0);
    store.setPairsBackgroundThreshold(0);
    PartnershipTableModel model(&store);
    const qint64 id = m_model->pairAt(rowOfPartner(QStringLiteral("Karlsruhe")));
    store.setDatabase(m_db.get());
    QVERIFY(store.isLoadingPairs());
    // Chosen and edited while the pairs are read: the edit shows once they are in,
    // whether the worker read before it or after.
    store.setCurrentPair(id);
    Editor editor(*m_db);
    auto pair = PartnershipRepository(*m_db).get(id);
    QVERIFY(pair);
    const QString officer = pair->officer;
    pair->officer = QStringLiteral("Оксана Приходько");
    QVERIFY(editor.update(*pair, QStringLiteral("Officer")));
    QVERIFY(addExpertVisit(editor, id));
    store.waitForMilestones();
    QVERIFY(!store.isLoadingPairs());
    QVERIFY(store.hasMilestones());
    QCOMPARE(store.currentPair(), id);
    const PartnershipSummary &p = store.portfolio().pairs().at(store.portfolio().indexOf(id));
    QCOMPARE(p.officer, QStringLiteral("Оксана Приходько"));
    const qsizetype before =
        m_store->portfolio().pairs().at(m_store->portfolio().indexOf(id)).milestones.size();
    QCOMPARE(p.milestones.size(), before); // m_store has followed the edit too
    QCOMPARE(model.rowCount(), m_model->rowCount());
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(store.portfolio().pairs().at(store.portfolio().indexOf(id)).officer, officer);
}

void TestPartnershipTableModel::ukrainianOrderOfNames_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("ascending") << int(Qt::AscendingOrder);
    QTest::newRow("descending") << int(Qt::DescendingOrder);
}

void TestPartnershipTableModel::ukrainianOrderOfNames()
{
    QFETCH(int, order);
    // Partner places named in the order of the Ukrainian alphabet
    // (а б в г ґ д е є ж з и і ї й к …), added in another order.
    const QStringList alphabetical = {QStringLiteral("Гадяч"),     QStringLiteral("ґалаґан"),
                                      QStringLiteral("Дубно"),     QStringLiteral("Ерастів"),
                                      QStringLiteral("Єнакієве"),  QStringLiteral("Житомир"),
                                      QStringLiteral("Иршава"),    QStringLiteral("Ізмаїл"),
                                      QStringLiteral("Їжакевичі"), QStringLiteral("Йосипівка")};
    Editor editor(*m_db);
    const qint64 community = m_store->portfolio().pairs().first().communityId;
    for (int i : {5, 2, 9, 0, 7, 3, 8, 1, 6, 4}) {
        Municipality place;
        place.name = alphabetical[i];
        place.countryIso = QStringLiteral("PL");
        Partnership p;
        p.communityId = community;
        QVERIFY(editor.addPartnership(p, place));
    }
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->sort(PartnershipTableModel::PartnerColumn, Qt::SortOrder(order));
    QStringList shown;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString name =
            m_model->index(r, PartnershipTableModel::PartnerColumn).data().toString();
        if (alphabetical.contains(name))
            shown << name;
    }
    QStringList expected = alphabetical;
    if (order == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
}

void TestPartnershipTableModel::sortAndFilterCompose()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto column = [this](int c) {
        QStringList out;
        for (int r = 0; r < m_model->rowCount(); ++r)
            out << m_model->index(r, c).data().toString();
        return out;
    };
    QCollator collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto sorted = [&](const QStringList &names) {
        return std::is_sorted(
            names.cbegin(), names.cend(),
            [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    };
    m_model->sort(PartnershipTableModel::CommunityColumn, Qt::AscendingOrder);
    QVERIFY(sorted(column(PartnershipTableModel::CommunityColumn)));
    // A filter keeps the order; clearing it brings every row back, still in order.
    Filter germany;
    germany.countries = {QStringLiteral("DE")};
    m_store->setFilter(germany);
    const QStringList filtered = column(PartnershipTableModel::CommunityColumn);
    QVERIFY(filtered.size() > 1);
    QVERIFY(filtered.size() < m_store->portfolio().pairs().size());
    QVERIFY(sorted(filtered));
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->index(r, PartnershipTableModel::CountryColumn).data().toString(),
                 m_model->index(0, PartnershipTableModel::CountryColumn).data().toString());
    // Sorting the filtered rows keeps them the same rows.
    m_model->sort(PartnershipTableModel::LastActivityColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->rowCount(), filtered.size());
    m_store->setFilter(Filter{});
    QCOMPARE(m_model->rowCount(), int(m_store->portfolio().pairs().size()));
    QStringList dates;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const qint64 id = m_model->pairAt(r);
        const PartnershipSummary &p =
            m_store->portfolio().pairs().at(m_store->portfolio().indexOf(id));
        dates << p.lastActivityOn.toString(Qt::ISODate);
    }
    QVERIFY(std::is_sorted(dates.crbegin(), dates.crend()));
}

void TestPartnershipTableModel::namesInTheReadersScript_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("community");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("otherCommunity");
    QTest::newRow("uk") << "uk"
                        << "Вінниця"
                        << "Карлсруе"
                        << "Vinnytsia";
    QTest::newRow("en") << "en"
                        << "Vinnytsia"
                        << "Karlsruhe"
                        << "Вінниця";
    QTest::newRow("de") << "de"
                        << "Vinnytsia"
                        << "Karlsruhe"
                        << "Вінниця";
}

void TestPartnershipTableModel::namesInTheReadersScript()
{
    QFETCH(QString, language);
    QFETCH(QString, community);
    QFETCH(QString, partner);
    QFETCH(QString, otherCommunity);
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Sorted by community while the language changes: the window reloads the
    // store on a change of language, and the names and their order follow.
    m_model->sort(PartnershipTableModel::CommunityColumn, Qt::AscendingOrder);
    names::setLanguage(language);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_store->reload();
    QVERIFY(resets.count() >= 1);
    const int row = rowOfPartner(QStringLiteral("Karlsruhe"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, PartnershipTableModel::CommunityColumn).data().toString(),
             community);
    QCOMPARE(m_model->index(row, PartnershipTableModel::PartnerColumn).data().toString(), partner);
    // The tooltips give the other spellings.
    const QString communityTip = m_model->index(row, PartnershipTableModel::CommunityColumn)
                                     .data(Qt::ToolTipRole)
                                     .toString();
    QVERIFY2(communityTip.contains(otherCommunity), qPrintable(communityTip));
    const QString partnerTip =
        m_model->index(row, PartnershipTableModel::PartnerColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(partnerTip.startsWith(partner + QStringLiteral(" · ")), qPrintable(partnerTip));
    QVERIFY(partnerTip.contains(QStringLiteral("Karlsruhe")) &&
            partnerTip.contains(QStringLiteral("Карлсруе")));

    // Sorted by the names shown.
    QStringList shown;
    for (int r = 0; r < m_model->rowCount(); ++r)
        shown << m_model->index(r, PartnershipTableModel::CommunityColumn).data().toString();
    QCollator collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QVERIFY(std::is_sorted(shown.cbegin(), shown.cend(), [&](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    }));
    // Every community of the demo has a Latin name: no Cyrillic in English or German.
    const auto cyrillic = [](const QString &name) {
        return std::any_of(name.cbegin(), name.cend(),
                           [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
    };
    QCOMPARE(std::all_of(shown.cbegin(), shown.cend(), cyrillic), language == u"uk");
    QCOMPARE(std::none_of(shown.cbegin(), shown.cend(), cyrillic), language != u"uk");
    m_model->sort(PartnershipTableModel::PartnerColumn, Qt::AscendingOrder);
    QStringList partners;
    for (int r = 0; r < m_model->rowCount(); ++r)
        partners << m_model->index(r, PartnershipTableModel::PartnerColumn).data().toString();
    QVERIFY(partners.contains(partner));
    QVERIFY(
        std::is_sorted(partners.cbegin(), partners.cend(), [&](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        }));

    // Either script finds the same pair, whatever the language.
    for (const QString &text :
         {QStringLiteral("Vinnytsia Karlsruhe"), QStringLiteral("Вінниця Карлсруе"),
          QStringLiteral("vinnytsia карлсруе")}) {
        Filter f;
        f.text = text;
        m_store->setFilter(f);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, PartnershipTableModel::CommunityColumn).data().toString(),
                 community);
    }
}

void TestPartnershipTableModel::partnerWithoutUkrainianName()
{
    Editor editor(*m_db);
    const qint64 vinnytsia = m_store->portfolio()
                                 .pairs()
                                 .at(m_store->portfolio().indexOf(
                                     m_model->pairAt(rowOfPartner(QStringLiteral("Karlsruhe")))))
                                 .communityId;
    Municipality teltow;
    teltow.name = QStringLiteral("Teltow");
    teltow.countryIso = QStringLiteral("DE");
    Partnership p;
    p.communityId = vinnytsia;
    QVERIFY(editor.addPartnership(p, teltow));
    for (const char *language : {"uk", "en", "de"}) {
        names::setLanguage(QLatin1String(language));
        m_store->reload();
        const int row = rowOfPartner(QStringLiteral("Teltow"));
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, PartnershipTableModel::PartnerColumn).data().toString(),
                 QStringLiteral("Teltow"));
    }
}

QTEST_GUILESS_MAIN(TestPartnershipTableModel)
#include "tst_partnershiptablemodel.moc"
