#include "app/commands/editor.h"
#include "app/core/names.h"
#include "app/models/agendamodel.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tt;

// The demo written for 29 November 2026 (sampledata.cpp): 12 overdue planned
// milestones (Vinnytsia – Karlsruhe, and every third of the 35 other pairs);
// over the next three months 21 in December, 5 in January and 2 in February.
class TestAgendaModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelIsSound();
    void groupsOfTheDemo();
    void periods_data();
    void periods();
    void followsTheFilter();
    void markDoneUpdatesRowsWithoutReset();
    void renamedPlaceShowsInPairColumn();
    void pairInTheReadersScript_data();
    void pairInTheReadersScript();
    void inactiveModelReadsNothing();

private:
    QModelIndex findTitle(const QString &title) const;
    const QDate m_today{2026, 11, 29};
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    AgendaModel *m_model = nullptr;
};

void TestAgendaModel::init()
{
    names::setLanguage(QStringLiteral("en"));
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    m_store = new PortfolioStore;
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    m_model = new AgendaModel(m_store);
}

void TestAgendaModel::cleanup()
{
    delete m_model;
    delete m_store;
    m_db.reset();
    delete m_dir;
}

QModelIndex TestAgendaModel::findTitle(const QString &title) const
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            const QModelIndex i = m_model->index(r, AgendaModel::TitleColumn, group);
            if (i.data().toString() == title)
                return i;
        }
    }
    return {};
}

void TestAgendaModel::modelIsSound()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->columnCount(), int(AgendaModel::ColumnCount));
    m_model->setShowDone(true);
    m_model->setPeriod(AgendaModel::Period::Past12Months);
    m_model->setPeriod(AgendaModel::Period::AllUpcoming);
    m_model->setShowDone(false);
    QVERIFY(m_model->lastError().isEmpty());
}

void TestAgendaModel::groupsOfTheDemo()
{
    QCOMPARE(m_model->period(), AgendaModel::Period::Next3Months);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->overdueCount(), 12);
    QCOMPARE(m_model->milestoneCount(), 40);
    const QModelIndex overdue = m_model->index(0, 0);
    QVERIFY(overdue.data(AgendaModel::GroupRole).toBool());
    QVERIFY(overdue.data().toString().startsWith(QStringLiteral("Overdue")));
    QCOMPARE(m_model->rowCount(overdue), 12);
    QCOMPARE(m_model->rowCount(m_model->index(1, 0)), 21);
    QVERIFY(m_model->index(1, 0).data().toString().contains(QStringLiteral("2026")));
    QCOMPARE(m_model->rowCount(m_model->index(2, 0)), 5);
    QCOMPARE(m_model->rowCount(m_model->index(3, 0)), 2);
    // Oldest overdue first: the meeting of pair 33, 38 days ago.
    const QModelIndex first = m_model->index(0, AgendaModel::StatusColumn, overdue);
    // "day(s)": plurals come from the translation, which the tests do not load.
    QVERIFY(first.data().toString().startsWith(QStringLiteral("Overdue by 38 day")));
    QVERIFY(first.data(AgendaModel::OverdueRole).toBool());
    QVERIFY(first.data(Qt::BackgroundRole).isValid());

    const QModelIndex karlsruhe = findTitle(
        QStringLiteral("Зустріч фахівців водоканалів щодо модернізації насосних станцій"));
    QVERIFY(karlsruhe.isValid());
    QCOMPARE(karlsruhe.parent().row(), 0);
    QCOMPARE(karlsruhe.siblingAtColumn(AgendaModel::PartnershipColumn).data().toString(),
             QStringLiteral("Vinnytsia – Karlsruhe"));
    QCOMPARE(karlsruhe.siblingAtColumn(AgendaModel::ResponsibleColumn).data().toString(),
             QStringLiteral("Андрій Мельник"));
    QVERIFY(karlsruhe.siblingAtColumn(AgendaModel::StatusColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Overdue by 12 day")));
    QCOMPARE(karlsruhe.siblingAtColumn(AgendaModel::KindColumn).data().toString(),
             toLabel(MilestoneKind::Meeting));
    QVERIFY(m_model->pairAt(karlsruhe) > 0);
    QCOMPARE(m_model->indexOfMilestone(m_model->milestoneAt(karlsruhe)).row(), karlsruhe.row());
}

void TestAgendaModel::periods_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<bool>("showDone");
    QTest::addColumn<int>("inPeriod"); // milestones besides the 12 overdue ones
    // This month: nothing planned between today and 30 November.
    QTest::newRow("this month") << int(AgendaModel::Period::ThisMonth) << false << 0;
    QTest::newRow("next 3 months") << int(AgendaModel::Period::Next3Months) << false << 28;
    // Every pair's meeting and exchange or event, and Karlsruhe's three.
    QTest::newRow("next 12 months")
        << int(AgendaModel::Period::Next12Months) << false << 24 + 24 + 3;
    QTest::newRow("all upcoming") << int(AgendaModel::Period::AllUpcoming) << false << 24 + 35 + 3;
    // The past: only done milestones, and only when asked for.
    QTest::newRow("past, planned only") << int(AgendaModel::Period::Past12Months) << false << 0;
    // The visits of pairs 1 to 25 (90 + 11 × index days ago).
    QTest::newRow("past, with done") << int(AgendaModel::Period::Past12Months) << true << 25;
}

void TestAgendaModel::periods()
{
    QFETCH(int, period);
    QFETCH(bool, showDone);
    QFETCH(int, inPeriod);
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setShowDone(showDone);
    m_model->setPeriod(static_cast<AgendaModel::Period>(period));
    QCOMPARE(m_model->overdueCount(), 12);
    QCOMPARE(m_model->milestoneCount() - m_model->overdueCount(), inPeriod);
}

void TestAgendaModel::followsTheFilter()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter f;
    f.text = QStringLiteral("Karlsruhe");
    m_store->setFilter(f);
    // The overdue meeting and the exchange on 23 December.
    QCOMPARE(m_model->milestoneCount(), 2);
    QCOMPARE(m_model->overdueCount(), 1);
    f.text = QStringLiteral("qqqq");
    m_store->setFilter(f);
    QCOMPARE(m_model->rowCount(), 0);
    m_store->setFilter({});
    QCOMPARE(m_model->milestoneCount(), 40);
}

void TestAgendaModel::markDoneUpdatesRowsWithoutReset()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Editor editor(*m_db);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    const QModelIndex meeting = findTitle(
        QStringLiteral("Зустріч фахівців водоканалів щодо модернізації насосних станцій"));
    const qint64 id = m_model->milestoneAt(meeting);
    QVERIFY(editor.setMilestoneDone(id, true, m_today));
    QCOMPARE(m_model->overdueCount(), 11);
    QVERIFY(!m_model->indexOfMilestone(id).isValid());
    QCOMPARE(removed.count(), 1);
    // Shown as done when done ones are shown? Not in "next 3 months": it was
    // planned 12 days ago, before the period.
    editor.undoStack()->undo();
    QCOMPARE(m_model->overdueCount(), 12);
    QVERIFY(m_model->indexOfMilestone(id).isValid());
    QCOMPARE(resets.count(), 0);

    // The last milestone of a month: its group goes, and comes back.
    m_model->setPeriod(AgendaModel::Period::ThisMonth);
    QCOMPARE(m_model->rowCount(), 1);
    resets.clear();
    QVERIFY(editor.setMilestoneDone(id, true, m_today));
    QCOMPARE(m_model->overdueCount(), 11);
    m_model->setShowDone(true);
    resets.clear();
    // Shown with "show done" in November, the month it was planned in.
    const QModelIndex done = m_model->indexOfMilestone(id, AgendaModel::StatusColumn);
    QVERIFY(done.isValid());
    QCOMPARE(done.data(AgendaModel::StatusRole).toInt(), int(MilestoneStatus::Done));
    QVERIFY(done.data().toString().startsWith(QStringLiteral("Done on")));
    editor.undoStack()->undo();
    QCOMPARE(m_model->indexOfMilestone(id).parent().row(), 0); // overdue again
    QCOMPARE(resets.count(), 0);
}

void TestAgendaModel::renamedPlaceShowsInPairColumn()
{
    Editor editor(*m_db);
    const QModelIndex meeting = findTitle(
        QStringLiteral("Зустріч фахівців водоканалів щодо модернізації насосних станцій"));
    const qint64 pair = m_model->pairAt(meeting);
    const qint64 id = m_model->milestoneAt(meeting);
    const PartnershipSummary &summary =
        m_store->portfolio().pairs()[m_store->portfolio().indexOf(pair)];
    auto partner = MunicipalityRepository(*m_db).get(summary.municipalityId);
    partner->name = QStringLiteral("Karlsruhe (Baden)");
    QVERIFY(editor.update(*partner, QStringLiteral("Rename")));
    QCOMPARE(m_model->indexOfMilestone(id, AgendaModel::PartnershipColumn).data().toString(),
             QStringLiteral("Vinnytsia – Karlsruhe (Baden)"));
}

void TestAgendaModel::pairInTheReadersScript_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pair");
    QTest::newRow("uk") << "uk"
                        << "Вінниця – Карлсруе";
    QTest::newRow("en") << "en"
                        << "Vinnytsia – Karlsruhe";
    QTest::newRow("de") << "de"
                        << "Vinnytsia – Karlsruhe";
}

void TestAgendaModel::pairInTheReadersScript()
{
    QFETCH(QString, language);
    QFETCH(QString, pair);
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // As the window does on a change of language: the store reloads.
    names::setLanguage(language);
    m_store->reload();
    const QModelIndex meeting = findTitle(
        QStringLiteral("Зустріч фахівців водоканалів щодо модернізації насосних станцій"));
    QVERIFY(meeting.isValid());
    QCOMPARE(meeting.siblingAtColumn(AgendaModel::PartnershipColumn).data().toString(), pair);
    QCOMPARE(
        meeting.siblingAtColumn(AgendaModel::PartnershipColumn).data(Qt::ToolTipRole).toString(),
        pair);
}

void TestAgendaModel::inactiveModelReadsNothing()
{
    AgendaModel model(m_store, nullptr, false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Editor editor(*m_db);
    Milestone m;
    m.partnershipId = m_store->portfolio().pairs().first().id;
    m.title = QStringLiteral("Expert visit");
    m.plannedOn = m_today.addDays(10);
    QVERIFY(editor.insert(m, QStringLiteral("Add milestone")));
    QCOMPARE(model.rowCount(), 0);
    model.setActive(true);
    QCOMPARE(model.milestoneCount(), 41);
    QCOMPARE(model.overdueCount(), 12);
}

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
