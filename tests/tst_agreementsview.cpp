// The pair's agreements, approval track and aid in the detail panel, and the
// dashboard's flag of overdue answers of the ministry, on the demo portfolio.

#include "app/commands/editor.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "tests/widgettest.h"
#include "ui/dialogs/agreementdialog.h"
#include "ui/dialogs/aiddialog.h"
#include "ui/views/dashboard/dashboardview.h"
#include "ui/views/partnershipdetail.h"
#include "ui/widgets/recordtab.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace tt;

class TestAgreementsView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void trilateralShownForBothPairs();
    void addAgreementAndUndo();
    void approvalTrackShowsOverdueAnswer();
    void addAidAndUndo();
    void dashboardFlagsOverdueAnswers();

private:
    qint64 pairOf(const QString &community, const QString &partner) const;
    ui::PartnershipDetail *showDetail(qint64 pair);

    const QDate m_today{2026, 11, 29};
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    Editor *m_editor = nullptr;
    ui::PartnershipDetail *m_detail = nullptr;
};

void TestAgreementsView::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    auto extra = sample::writeMonitoringDemo(*m_db, m_today);
    QVERIFY2(extra, extra ? "" : qPrintable(extra.error().fullText()));
    QCOMPARE(extra->partnerships, 2);
    m_store = new PortfolioStore;
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    m_editor = new Editor(*m_db);
}

void TestAgreementsView::cleanup()
{
    delete m_detail;
    m_detail = nullptr;
    delete m_editor;
    delete m_store;
    m_db.reset();
    delete m_dir;
}

qint64 TestAgreementsView::pairOf(const QString &community, const QString &partner) const
{
    for (const PartnershipSummary &p : m_store->portfolio().pairs()) {
        if (p.communityName == community && p.partnerName == partner)
            return p.id;
    }
    return 0;
}

ui::PartnershipDetail *TestAgreementsView::showDetail(qint64 pair)
{
    m_detail = new ui::PartnershipDetail(m_store, m_editor);
    m_detail->resize(1100, 600);
    m_detail->show();
    m_store->setCurrentPair(pair);
    return m_detail;
}

void TestAgreementsView::trilateralShownForBothPairs()
{
    const qint64 zagan = pairOf(QStringLiteral("Хотин"), QStringLiteral("Żagań"));
    const qint64 teltow = pairOf(QStringLiteral("Хотин"), QStringLiteral("Teltow"));
    QVERIFY(zagan && teltow);
    auto *detail = showDetail(zagan);
    QAbstractItemModel *model = detail->tab(ui::PartnershipDetail::AgreementsTab)->table()->model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 1);
    const QString parties = model->index(0, 4).data().toString();
    QVERIFY2(parties.contains(QStringLiteral("Żagań")) &&
                 parties.contains(QStringLiteral("Teltow")),
             qPrintable(parties));
    QVERIFY(model->index(0, 6).data().toString().contains(QStringLiteral("Thomas Schmidt")));
    if (qEnvironmentVariableIsSet("TT_VIEWS_PNG")) {
        detail->tabs()->setCurrentIndex(ui::PartnershipDetail::AgreementsTab);
        detail->grab().save(QStringLiteral("/tmp/views-agreements.png"));
    }
    m_store->setCurrentPair(teltow);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("ТР-1/2025"));
}

void TestAgreementsView::addAgreementAndUndo()
{
    const qint64 pair = pairOf(QStringLiteral("Житомир"), QStringLiteral("Kassel"));
    QVERIFY(pair);
    auto *detail = showDetail(pair);
    ui::RecordTab *tab = detail->tab(ui::PartnershipDetail::AgreementsTab);
    detail->tabs()->setCurrentWidget(tab);
    const int before = tab->table()->model()->rowCount();
    QTest::mouseClick(tab->addButton(), Qt::LeftButton);
    auto *dialog = detail->findChild<ui::AgreementDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("number"));
    QTest::keyClicks(number, QStringLiteral("42/2026"));
    // The pair itself is checked; areas are ticked in the list.
    auto *parties = dialog->findChild<QListWidget *>(QStringLiteral("parties"));
    QVERIFY(parties->count() >= 2); // Житомир has two pairs in the demo
    int checked = 0;
    for (int i = 0; i < parties->count(); ++i)
        checked += parties->item(i)->checkState() == Qt::Checked;
    QCOMPARE(checked, 1);
    auto *areas = dialog->findChild<QListWidget *>(QStringLiteral("areas"));
    areas->item(0)->setCheckState(Qt::Checked);
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addSignatory"));
    QTest::mouseClick(add, Qt::LeftButton);
    auto *signatories = dialog->findChild<QTableWidget *>(QStringLiteral("signatories"));
    QCOMPARE(signatories->rowCount(), 1);
    signatories->item(0, 0)->setText(QStringLiteral("Сергій Сухомлин"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QAbstractItemModel *model = tab->table()->model();
    QCOMPARE(model->rowCount(), before + 1);
    bool found = false;
    for (int r = 0; r < model->rowCount(); ++r)
        found = found || model->index(r, 1).data().toString() == QStringLiteral("42/2026");
    QVERIFY(found);

    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add agreement"));
    m_editor->undoStack()->undo();
    QCOMPARE(model->rowCount(), before);
    m_editor->undoStack()->redo();
    QCOMPARE(model->rowCount(), before + 1);
}

void TestAgreementsView::approvalTrackShowsOverdueAnswer()
{
    const qint64 pair = pairOf(QStringLiteral("Житомир"), QStringLiteral("Kassel"));
    auto *detail = showDetail(pair);
    QAbstractItemModel *model = detail->tab(ui::PartnershipDetail::ApprovalTab)->table()->model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 8);
    // Submitted on Thursday 15 October, 45 days before 29 November: day 30 is
    // Saturday 14 November, so the answer was due on Monday 16 November.
    QCOMPARE(model->index(1, 0).data().toString(), toLabel(MilestoneKind::MinistryAnswer));
    const QString state = model->index(1, 4).data().toString();
    QVERIFY2(state.startsWith(QStringLiteral("Overdue by 13 day")), qPrintable(state));
    QVERIFY(model->index(1, 4).data(Qt::ForegroundRole).isValid());
    QVERIFY(model->index(0, 2).data().toString().contains(QStringLiteral("02-14/318")));
    if (qEnvironmentVariableIsSet("TT_VIEWS_PNG")) {
        detail->tabs()->setCurrentIndex(ui::PartnershipDetail::ApprovalTab);
        detail->grab().save(QStringLiteral("/tmp/views-approval.png"));
        detail->tabs()->setCurrentIndex(ui::PartnershipDetail::OverviewTab);
        detail->grab().save(QStringLiteral("/tmp/views-overview.png"));
    }

    const qint64 duisburg = pairOf(QStringLiteral("Кривий Ріг"), QStringLiteral("Duisburg"));
    m_store->setCurrentPair(duisburg);
    // Submitted on Thursday 19 November: day 30 is Saturday 19 December, so the
    // answer is due on Monday 21 December, 22 days ahead.
    QVERIFY2(model->index(1, 4).data().toString().startsWith(QStringLiteral("22 day")),
             qPrintable(model->index(1, 4).data().toString()));
    QVERIFY(!model->index(1, 4).data(Qt::ForegroundRole).isValid());
}

void TestAgreementsView::addAidAndUndo()
{
    const qint64 pair = pairOf(QStringLiteral("Херсон"), QStringLiteral("Bonn"));
    auto *detail = showDetail(pair);
    ui::RecordTab *tab = detail->tab(ui::PartnershipDetail::AidTab);
    detail->tabs()->setCurrentWidget(tab);
    QAbstractItemModel *model = tab->table()->model();
    QCOMPARE(model->rowCount(), 1);
    QTest::mouseClick(tab->addButton(), Qt::LeftButton);
    auto *dialog = detail->findChild<ui::AidDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    // Without saying what the aid was, the dialog stays open with the reason.
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
    QCOMPARE(model->rowCount(), 1);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("description")),
                     QStringLiteral("Ambulance"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    m_editor->undoStack()->undo();
    QCOMPARE(model->rowCount(), 1);
}

void TestAgreementsView::dashboardFlagsOverdueAnswers()
{
    ui::DashboardView view(m_store);
    view.resize(1300, 900);
    view.show();
    view.refresh();
    QLabel *alert = view.ministryAlert();
    QVERIFY(!alert->isHidden());
    if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
        view.grab().save(QStringLiteral("/tmp/views-dashboard-alert.png"));
    QVERIFY2(alert->text().contains(QStringLiteral("Kassel")), qPrintable(alert->text()));
    QVERIFY(!alert->text().contains(QStringLiteral("Duisburg"))); // within its 30 days
    // A filter without that pair hides the flag.
    Filter f;
    f.text = QStringLiteral("Вінниця");
    m_store->setFilter(f);
    view.refresh();
    QVERIFY(alert->isHidden());
    m_store->setFilter({});

    // Many overdue: the first few are named, the rest counted.
    const int more = ui::DashboardView::alertPairsNamed + 2;
    int added = 0;
    for (const PartnershipSummary &p : m_store->portfolio().pairs()) {
        if (added == more - 1)
            break;
        if (p.partnerName == u"Kassel" || p.partnerName == u"Duisburg" || p.partnerName == u"Bari")
            continue;
        Milestone submitted;
        submitted.partnershipId = p.id;
        submitted.kind = MilestoneKind::MinistrySubmission;
        submitted.title = QStringLiteral("Submitted to the ministry");
        submitted.plannedOn = m_store->today().addDays(-40);
        submitted.doneOn = submitted.plannedOn;
        submitted.status = MilestoneStatus::Done;
        QVERIFY(m_editor->insert(submitted, QStringLiteral("submitted")));
        ++added;
    }
    view.refresh();
    QVERIFY2(alert->text().startsWith(QStringLiteral("%1 answer").arg(more)),
             qPrintable(alert->text()));
    QVERIFY2(alert->text().endsWith(
                 QStringLiteral("and 2 more, listed in the monitoring report (Reports)")),
             qPrintable(alert->text()));
    QCOMPARE(alert->text().count(QStringLiteral("(due ")), ui::DashboardView::alertPairsNamed);
    for (int i = 0; i < added; ++i)
        m_editor->undoStack()->undo();
}

QTEST_MAIN(TestAgreementsView)
#include "tst_agreementsview.moc"
