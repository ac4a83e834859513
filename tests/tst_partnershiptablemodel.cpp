#include "commands/editor.h"
#include "models/partnershiptablemodel.h"
#include "models/portfoliostore.h"
#include "sample/sampledata.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tt;

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

private:
    int rowOfPartner(const QString &partner) const;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    PartnershipTableModel *m_model = nullptr;
};

void TestPartnershipTableModel::init()
{
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

int TestPartnershipTableModel::rowOfPartner(const QString &partner) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, PartnershipTableModel::PartnerColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(partner))
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

QTEST_GUILESS_MAIN(TestPartnershipTableModel)
#include "tst_partnershiptablemodel.moc"
