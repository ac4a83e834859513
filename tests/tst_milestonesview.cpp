#include "app/commands/editor.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/views/milestonesview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>

using namespace tt;

class TestMilestonesView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void spaceMarksDoneAndUndoRestores();
    void buttonMarksSelectedDone();
    void periodAndShowDone();
    void enterOpensThePair();
    void withoutEditorNothingChanges();

private:
    QModelIndex meeting(const ui::MilestonesView &view) const;
    const QDate m_today{2026, 11, 29};
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    std::unique_ptr<Editor> m_editor;
};

void TestMilestonesView::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    m_store = new PortfolioStore;
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    m_editor = std::make_unique<Editor>(*m_db);
}

void TestMilestonesView::cleanup()
{
    m_editor.reset();
    delete m_store;
    m_db.reset();
    delete m_dir;
}

QModelIndex TestMilestonesView::meeting(const ui::MilestonesView &view) const
{
    const AgendaModel *model = view.model();
    const QModelIndex overdue = model->index(0, 0);
    for (int r = 0; r < model->rowCount(overdue); ++r) {
        const QModelIndex i = model->index(r, AgendaModel::TitleColumn, overdue);
        if (i.data().toString().startsWith(QStringLiteral("Зустріч фахівців водоканалів")))
            return i.siblingAtColumn(0);
    }
    return {};
}

void TestMilestonesView::spaceMarksDoneAndUndoRestores()
{
    ui::MilestonesView view(m_store, m_editor.get());
    view.resize(1100, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
        view.grab().save(QStringLiteral("/tmp/views-milestones.png"));
    const QModelIndex index = meeting(view);
    QVERIFY(index.isValid());
    const qint64 id = view.model()->milestoneAt(index);
    view.view()->setFocus();
    view.view()->setCurrentIndex(index);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("markDone"))->isEnabled());

    QTest::keyClick(view.view(), Qt::Key_Space);
    auto stored = MilestoneRepository(*m_db).get(id);
    QCOMPARE(stored->status, MilestoneStatus::Done);
    QCOMPARE(stored->doneOn, QDate::currentDate());
    QCOMPARE(view.model()->overdueCount(), 11);
    QVERIFY(!view.model()->indexOfMilestone(id).isValid());
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("summary"))
                ->text()
                .startsWith(QStringLiteral("11 overdue")));

    m_editor->undoStack()->undo();
    stored = MilestoneRepository(*m_db).get(id);
    QCOMPARE(stored->status, MilestoneStatus::Planned);
    QVERIFY(!stored->doneOn.isValid());
    QCOMPARE(view.model()->overdueCount(), 12);
    QVERIFY(view.model()->indexOfMilestone(id).isValid());
    // The group row spans the table again after the rows came back.
    QVERIFY(view.view()->isFirstColumnSpanned(0, {}));
}

void TestMilestonesView::buttonMarksSelectedDone()
{
    ui::MilestonesView view(m_store, m_editor.get());
    view.show();
    const AgendaModel *model = view.model();
    // The first two milestones of December.
    const QModelIndex december = model->index(1, 0);
    QItemSelection selection(model->index(0, 0, december),
                             model->index(1, AgendaModel::ColumnCount - 1, december));
    view.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const qint64 a = model->milestoneAt(model->index(0, 0, december));
    const qint64 b = model->milestoneAt(model->index(1, 0, december));
    auto *button = view.findChild<QPushButton *>(QStringLiteral("markDone"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(MilestoneRepository(*m_db).get(a)->status, MilestoneStatus::Done);
    QCOMPARE(MilestoneRepository(*m_db).get(b)->status, MilestoneStatus::Done);
    QCOMPARE(model->milestoneCount(), 38);
    // One step for both.
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(MilestoneRepository(*m_db).get(a)->status, MilestoneStatus::Planned);
    QCOMPARE(MilestoneRepository(*m_db).get(b)->status, MilestoneStatus::Planned);
    QCOMPARE(model->milestoneCount(), 40);
}

void TestMilestonesView::periodAndShowDone()
{
    ui::MilestonesView view(m_store, m_editor.get());
    view.show();
    auto *period = view.findChild<QComboBox *>(QStringLiteral("period"));
    auto *showDone = view.findChild<QCheckBox *>(QStringLiteral("showDone"));
    QCOMPARE(period->currentText(), QStringLiteral("Next 3 months"));
    period->setCurrentIndex(int(AgendaModel::Period::Past12Months));
    QCOMPARE(view.model()->period(), AgendaModel::Period::Past12Months);
    QCOMPARE(view.model()->milestoneCount(), 12);
    QTest::mouseClick(showDone, Qt::LeftButton);
    QVERIFY(view.model()->showDone());
    QCOMPARE(view.model()->milestoneCount(), 12 + 25);
    // A done milestone cannot be marked done again.
    const QModelIndex last = view.model()->index(view.model()->rowCount() - 1, 0);
    view.view()->setCurrentIndex(view.model()->index(0, 0, last));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("markDone"))->isEnabled());
}

void TestMilestonesView::enterOpensThePair()
{
    ui::MilestonesView view(m_store, m_editor.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy current(m_store, &PortfolioStore::currentPairChanged);
    const QModelIndex index = meeting(view);
    view.view()->setFocus();
    view.view()->setCurrentIndex(index);
    QTest::keyClick(view.view(), Qt::Key_Return);
    QCOMPARE(current.count(), 1);
    QCOMPARE(m_store->currentPair(), view.model()->pairAt(index));
}

void TestMilestonesView::withoutEditorNothingChanges()
{
    ui::MilestonesView view(m_store, nullptr);
    view.show();
    const QModelIndex index = meeting(view);
    view.view()->setCurrentIndex(index);
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("markDone"))->isEnabled());
    QTest::keyClick(view.view(), Qt::Key_Space);
    QCOMPARE(MilestoneRepository(*m_db).get(view.model()->milestoneAt(index))->status,
             MilestoneStatus::Planned);
    // No database at all.
    PortfolioStore empty;
    ui::MilestonesView none(&empty, nullptr);
    QCOMPARE(none.model()->rowCount(), 0);
}

QTEST_MAIN(TestMilestonesView)
#include "tst_milestonesview.moc"
