// The dashboard: its tiles show the statistics of the store's filter, a click
// on a chart sets the filter, a click on the map selects a pair, exports write
// files.

#include "app/commands/editor.h"
#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"
#include "app/present/money.h"
#include "app/reports/monitoring.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/dialogs/dormantpartnershipsdialog.h"
#include "ui/views/dashboard/dashboardfigures.h"
#include "ui/views/dashboard/dashboardview.h"
#include "ui/views/map/mapview.h"
#include "ui/widgets/chartview.h"
#include "ui/widgets/kpitile.h"

#include <QApplication>
#include <QCheckBox>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace tt;
using namespace tt::ui;

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void tilesShowTheFigures();
    void tilesFollowTheFilter();
    void countsOnTheWorker();
    void viewCountsOnTheWorker();
    void recordsReadWhilePairsLoad();
    void aidPanel();
    void chartClickSetsFilter_data();
    void chartClickSetsFilter();
    void secondClickClearsFacet();
    void yearClickSetsPeriod();
    void clearFilterButton();
    void mapClickSelectsPair();
    void dormantTileCountsTheListedPairs_data();
    void dormantTileCountsTheListedPairs();
    void dormantListByKeyboard();
    void exports_data();
    void exports();
    void screenshot();

private:
    void click(const QString &chart, const QString &key);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<DashboardView> m_view;
    const QDate m_today{2026, 11, 29};
};

void TestDashboard::initTestCase()
{
    m_db = test::openFresh(m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    m_store = std::make_unique<PortfolioStore>();
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    m_view = std::make_unique<DashboardView>(m_store.get());
    m_view->resize(1500, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestDashboard::cleanupTestCase()
{
    m_view.reset();
    m_store.reset();
    m_db.reset();
}

void TestDashboard::init()
{
    m_store->setFilter({});
    m_view->refresh();
}

void TestDashboard::click(const QString &which, const QString &key)
{
    ChartView *chart = m_view->chart(which);
    QVERIFY(chart);
    auto *scroll = m_view->findChild<QScrollArea *>();
    scroll->ensureWidgetVisible(chart);
    QCoreApplication::processEvents();
    const QPoint pos = chart->positionOf(key);
    QVERIFY2(!pos.isNull(), qPrintable(key));
    QTest::mouseClick(chart, Qt::LeftButton, {}, pos);
}

void TestDashboard::tilesShowTheFigures()
{
    const QLocale l;
    QCOMPARE(m_view->tile(DashboardView::Tile::Pairs)->value(), l.toString(37));
    QCOMPARE(m_view->tile(DashboardView::Tile::Overdue)->value(), l.toString(12));
    QCOMPARE(m_view->tile(DashboardView::Tile::Due)->value(), l.toString(19));
    // The agreements in force, their communities and partner countries are the
    // monitoring's own figures for the same pairs.
    auto input = reports::monitoringInput(*m_db, m_store->portfolio(), m_today);
    QVERIFY(input);
    const auto f = monitoring::monitoringFigures(*input, m_today);
    QVERIFY(f.agreements > 0);
    QCOMPARE(m_view->tile(DashboardView::Tile::Agreements)->value(), l.toString(f.agreements));
    QCOMPARE(m_view->tile(DashboardView::Tile::Communities)->value(),
             l.toString(f.communitiesWithAgreements));
    QVERIFY(m_view->tile(DashboardView::Tile::Communities)
                ->detail()
                .startsWith(QStringLiteral("of %1").arg(l.toString(1470))));
    QCOMPARE(m_view->tile(DashboardView::Tile::Countries)->value(), l.toString(f.partnerCountries));
    QVERIFY(
        m_view->tile(DashboardView::Tile::Agreements)->detail().contains(QStringLiteral("2026")));
}

void TestDashboard::tilesFollowTheFilter()
{
    Filter f;
    f.oblasts = {QStringLiteral("UA-46")};
    m_store->setFilter(f);
    QTRY_COMPARE(m_view->statistics().pairs, 4);
    QCOMPARE(m_view->tile(DashboardView::Tile::Pairs)->value(), QLocale().toString(4));
    QVERIFY(m_view->tile(DashboardView::Tile::Pairs)->detail().contains(QLocale().toString(37)));
}

// The aid received through the filtered pairs, each currency apart, with the
// oblasts and countries that received most.
void TestDashboard::countsOnTheWorker()
{
    // A large portfolio is counted on a worker thread, over a connection of its
    // own: the same figures as counted here.
    PortfolioStore store;
    store.setToday(m_today);
    store.setDatabase(m_db.get());
    auto sources = readDashboardSources(*m_db, store.portfolio(), m_today);
    QVERIFY(sources);
    const DashboardFigures here =
        countDashboardFigures(store.portfolio(), store.filtered(), &*sources, m_today);
    QVERIFY(here.complete);
    QVERIFY(here.stats.agreements && here.stats.agreements->agreements > 0);
    QVERIFY(!here.dormant.dormant.isEmpty() || !here.dormant.withoutActivity.isEmpty());

    DashboardCounter counter(&store);
    counter.setBackgroundThreshold(0);
    QSignalSpy ready(&counter, &DashboardCounter::figuresReady);
    counter.request();
    QVERIFY(counter.isCounting());
    QVERIFY(!counter.hasFigures());
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.count(), 1);
    QVERIFY(!counter.isCounting());
    const DashboardFigures &there = counter.figures();
    QVERIFY(there.complete);
    QCOMPARE(there.stats.pairs, here.stats.pairs);
    QCOMPARE(there.stats.milestonesOverdue, here.stats.milestonesOverdue);
    QCOMPARE(there.stats.agreements->agreements, here.stats.agreements->agreements);
    QCOMPARE(there.stats.agreements->communitiesWithAgreements,
             here.stats.agreements->communitiesWithAgreements);
    QCOMPARE(there.dormant.dormant, here.dormant.dormant);
    QCOMPARE(there.dormant.withoutActivity, here.dormant.withoutActivity);
    QCOMPARE(there.aidRecords, here.aidRecords);
    QCOMPARE(there.aid.total, here.aid.total);
    QCOMPARE(there.overdueAnswers.size(), here.overdueAnswers.size());

    // Asked again while it counts: once done, it counts the newest state.
    counter.request();
    Filter f;
    f.oblasts = {QStringLiteral("UA-46")};
    store.setFilter(f);
    counter.request();
    QTRY_VERIFY(!counter.isCounting() && counter.figures().stats.pairs == 4);

    // The data changed: what was read is read again.
    counter.invalidate();
    store.setFilter({});
    counter.request();
    counter.waitForFigures();
    QCOMPARE(counter.figures().stats.pairs, here.stats.pairs);
    QCOMPARE(counter.figures().dormant.dormant, here.dormant.dormant);

    // Gone while counting: it waits for the worker, which calls nothing back.
    {
        DashboardCounter gone(&store);
        gone.setBackgroundThreshold(0);
        gone.request();
        QVERIFY(gone.isCounting());
    }
    QTest::qWait(50);
}

void TestDashboard::viewCountsOnTheWorker()
{
    PortfolioStore store;
    store.setToday(m_today);
    store.setDatabase(m_db.get());
    DashboardView view(&store);
    view.counter().setBackgroundThreshold(0);
    const QLocale l;
    QCOMPARE(view.tile(DashboardView::Tile::Pairs)->value(), l.toString(37));
    // The figures shown stay until the new ones are counted, then change.
    Filter f;
    f.oblasts = {QStringLiteral("UA-46")};
    store.setFilter(f);
    QCOMPARE(view.tile(DashboardView::Tile::Pairs)->value(), l.toString(37));
    QTRY_COMPARE(view.tile(DashboardView::Tile::Pairs)->value(), l.toString(4));
    QVERIFY(!view.counter().isCounting());
    // A milestone marked done: the dormant pairs are counted from the data
    // read again, on the worker.
    store.setFilter({});
    QTRY_VERIFY(!view.counter().isCounting() && view.statistics().pairs == 37);
    const QList<qint64> dormant = view.dormantPairs().dormant;
    QVERIFY(!dormant.isEmpty());
    Editor editor(*m_db);
    Milestone m;
    m.partnershipId = dormant.first();
    m.title = QStringLiteral("Video call");
    m.plannedOn = m_today.addDays(-3);
    m.doneOn = m_today.addDays(-2);
    m.kind = MilestoneKind::Meeting;
    m.status = MilestoneStatus::Done;
    QVERIFY(editor.insert(m, QStringLiteral("Add milestone")));
    QTRY_VERIFY(!view.dormantPairs().dormant.contains(dormant.first()));
    QCOMPARE(view.dormantPairs().dormant.size(), dormant.size() - 1);
    QVERIFY(editor.undoStack()->canUndo());
    editor.undoStack()->undo();
    QTRY_COMPARE(view.dormantPairs().dormant, dormant);
}

void TestDashboard::recordsReadWhilePairsLoad()
{
    // A large file: the pairs and their milestones load on workers, and the
    // dashboard reads its records meanwhile; its tiles say what is coming.
    PortfolioStore store;
    store.setToday(m_today);
    store.setBackgroundThreshold(0);
    store.setPairsBackgroundThreshold(0);
    store.setDatabase(m_db.get());
    QVERIFY(store.isLoadingPairs());
    DashboardView view(&store);
    view.counter().setBackgroundThreshold(0);
    QVERIFY(view.counter().isCounting()); // reading the records
    QVERIFY(!view.counter().hasFigures());
    QCOMPARE(view.tile(DashboardView::Tile::Pairs)->value(), QStringLiteral("…"));
    QCOMPARE(view.tile(DashboardView::Tile::Overdue)->detail(),
             QStringLiteral("Reading the pairs…"));
    store.waitForMilestones();
    QTRY_VERIFY_WITH_TIMEOUT(!view.counter().isCounting() && view.counter().hasFigures() &&
                                 view.counter().figures().complete,
                             10000);
    // The same figures as the dashboard of a store read in one go.
    for (DashboardView::Tile tile :
         {DashboardView::Tile::Pairs, DashboardView::Tile::Agreements,
          DashboardView::Tile::Communities, DashboardView::Tile::Countries,
          DashboardView::Tile::Overdue, DashboardView::Tile::Due, DashboardView::Tile::Aid,
          DashboardView::Tile::Dormant})
        QCOMPARE(view.tile(tile)->value(), m_view->tile(tile)->value());
    QCOMPARE(view.dormantPairs().dormant, m_view->dormantPairs().dormant);
}

void TestDashboard::aidPanel()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    QVERIFY(sample::writeDemo(*db, m_today));
    QVERIFY(sample::writeMonitoringDemo(*db, m_today));
    PortfolioStore store;
    store.setToday(m_today);
    store.setDatabase(db.get());
    DashboardView view(&store);
    view.refresh();
    auto aid = AidRepository(*db).all();
    QVERIFY(aid);
    QMap<QString, qint64> all, lviv;
    for (const Aid &a : std::as_const(*aid)) {
        if (!a.valueMinor || !a.receivedOn.isValid() || a.receivedOn > m_today)
            continue;
        all[a.currency] += *a.valueMinor;
        const qsizetype i = store.portfolio().indexOf(a.partnershipId);
        QVERIFY(i >= 0);
        if (store.portfolio().pairs()[i].oblastIso == u"UA-46")
            lviv[a.currency] += *a.valueMinor;
    }
    QVERIFY(all.size() >= 2);
    KpiTile *tile = view.tile(DashboardView::Tile::Aid);
    QVERIFY(tile);
    QCOMPARE(tile->value(), present::formatTotals(all));
    QVERIFY2(tile->detail().contains(QStringLiteral("Germany")), qPrintable(tile->detail()));

    Filter f;
    f.oblasts = {QStringLiteral("UA-46")};
    store.setFilter(f);
    view.refresh();
    QVERIFY(!lviv.isEmpty());
    QCOMPARE(tile->value(), present::formatTotals(lviv));
    QVERIFY(!tile->detail().contains(QStringLiteral("Germany")));
}

void TestDashboard::chartClickSetsFilter_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("key");
    QTest::newRow("country bar") << QStringLiteral("country") << QStringLiteral("DE");
    QTest::newRow("oblast bar") << QStringLiteral("oblast") << QStringLiteral("UA-46");
    QTest::newRow("stage slice") << QStringLiteral("stage") << QStringLiteral("twinning_agreement");
}

void TestDashboard::chartClickSetsFilter()
{
    QFETCH(QString, chart);
    QFETCH(QString, key);
    QSignalSpy spy(m_store.get(), &PortfolioStore::filterChanged);
    click(chart, key);
    QCOMPARE(spy.count(), 1);
    const Filter &f = m_store->filter();
    if (chart == u"country") {
        QCOMPARE(f.countries, QSet<QString>{key});
        QTRY_COMPARE(m_view->statistics().pairs, 13);
    } else if (chart == u"oblast") {
        QCOMPARE(f.oblasts, QSet<QString>{key});
        QTRY_COMPARE(m_view->statistics().pairs, 4);
    } else if (chart == u"stage") {
        QCOMPARE(f.stages, QSet<Stage>{Stage::TwinningAgreement});
        QTRY_COMPARE(m_view->statistics().pairs, 21);
    } else {
        QFAIL("not covered");
    }
}

void TestDashboard::secondClickClearsFacet()
{
    click(QStringLiteral("country"), QStringLiteral("PL"));
    QCOMPARE(m_store->filter().countries, QSet<QString>{QStringLiteral("PL")});
    m_view->refresh(); // the chart now shows Poland only
    click(QStringLiteral("country"), QStringLiteral("PL"));
    QVERIFY(m_store->filter().countries.isEmpty());
}

void TestDashboard::yearClickSetsPeriod()
{
    QSignalSpy spy(m_store.get(), &PortfolioStore::filterChanged);
    click(QStringLiteral("year"), QStringLiteral("2022"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_store->filter().from, QDate(2022, 1, 1));
    QCOMPARE(m_store->filter().to, QDate(2022, 12, 31));
}

void TestDashboard::clearFilterButton()
{
    Filter f;
    f.countries = {QStringLiteral("DE")};
    m_store->setFilter(f);
    QTRY_COMPARE(m_view->statistics().pairs, 13);
    auto *clear = m_view->findChild<QPushButton *>(QStringLiteral("clearFilter"));
    QVERIFY(clear && clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(m_store->filter().isEmpty());
    QTRY_COMPARE(m_view->statistics().pairs, 37);
}

void TestDashboard::mapClickSelectsPair()
{
    MapView *map = m_view->mapView();
    m_view->findChild<QScrollArea *>()->ensureWidgetVisible(map);
    map->showEurope();
    map->rebuildCache();
    m_store->setCurrentPair(0);
    QSignalSpy spy(m_store.get(), &PortfolioStore::currentPairChanged);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->toWidget(8.40444, 49.00937).toPoint());
    QCOMPARE(spy.count(), 1);
    const qsizetype i = m_store->portfolio().indexOf(m_store->currentPair());
    QVERIFY(i >= 0);
    QCOMPARE(m_store->portfolio().pairs().at(i).partnerName, QStringLiteral("Karlsruhe"));
}

void TestDashboard::dormantTileCountsTheListedPairs_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::newRow("all pairs") << Filter{};
    Filter lviv;
    lviv.oblasts = {QStringLiteral("UA-46"), QStringLiteral("UA-05")};
    QTest::newRow("two oblasts") << lviv;
}

void TestDashboard::dormantTileCountsTheListedPairs()
{
    QFETCH(Filter, filter);
    m_store->setFilter(filter);
    m_view->refresh();
    const DormantPartnershipsFigures &figures = m_view->dormantPairs();
    const int count = static_cast<int>(figures.dormant.size());
    QCOMPARE(m_view->tile(DashboardView::Tile::Dormant)->value(), QLocale().toString(count));
    DormantPartnershipsDialog dialog(m_store.get(), figures);
    QCOMPARE(dialog.list()->topLevelItemCount(), count);
    // Every row a pair of the filter, with its last activity.
    QSet<qint64> shown;
    for (qsizetype i : m_store->filtered())
        shown.insert(m_store->portfolio().pairs()[i].id);
    for (int row = 0; row < count; ++row) {
        const QTreeWidgetItem *item = dialog.list()->topLevelItem(row);
        QVERIFY(shown.contains(item->data(0, Qt::UserRole).toLongLong()));
        QVERIFY(!item->text(4).isEmpty());
    }
    // The pairs with no activity recorded at all come in only when asked for.
    dialog.withoutActivityBox()->setChecked(true);
    QCOMPARE(dialog.list()->topLevelItemCount(), count + figures.withoutActivity.size());
    if (filter.isEmpty()) {
        // The same rule as the monitoring report's figure, and pairs to show.
        auto content = reports::monitoringContent(*m_db, m_store->portfolio(), m_today);
        QVERIFY(content);
        QCOMPARE(count, content->figures.dormantPairs);
        QCOMPARE(int(figures.withoutActivity.size()), content->figures.pairsWithoutActivity);
        QVERIFY(count > 0);
        QCOMPARE(figures.months, content->dormancyMonths);
    }
}

void TestDashboard::dormantListByKeyboard()
{
    KpiTile *tile = m_view->tile(DashboardView::Tile::Dormant);
    m_view->findChild<QScrollArea *>()->ensureWidgetVisible(tile);
    tile->setFocus();
    QVERIFY(tile->hasFocus() || !m_view->isActiveWindow());
    int rows = -1;
    qint64 first = 0;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DormantPartnershipsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        rows = dialog->list()->topLevelItemCount();
        QVERIFY(rows > 0);
        first = dialog->list()->currentItem()->data(0, Qt::UserRole).toLongLong();
        QTest::keyClick(dialog->list(), Qt::Key_Return);
    });
    QSignalSpy opened(m_view.get(), &DashboardView::pairOpened);
    QTest::keyClick(tile, Qt::Key_Return);
    QCOMPARE(QLocale().toString(rows), tile->value());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), first);
    QCOMPARE(m_store->currentPair(), first);
}

void TestDashboard::exports_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("file");
    QTest::newRow("dashboard png") << QStringLiteral("dashboard") << QStringLiteral("d.png");
    QTest::newRow("dashboard svg") << QStringLiteral("dashboard") << QStringLiteral("d.svg");
    QTest::newRow("map png") << QStringLiteral("map") << QStringLiteral("m.png");
    QTest::newRow("map svg") << QStringLiteral("map") << QStringLiteral("m.svg");
    QTest::newRow("chart png") << QStringLiteral("chart") << QStringLiteral("c.png");
    QTest::newRow("chart svg") << QStringLiteral("chart") << QStringLiteral("c.svg");
}

void TestDashboard::exports()
{
    QFETCH(QString, what);
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    Status s;
    if (what == u"dashboard")
        s = m_view->exportDashboard(path);
    else if (what == u"map")
        s = m_view->exportMap(path);
    else
        s = m_view->exportChart(QStringLiteral("country"), path);
#ifndef TWINNING_HAVE_SVG
    // A build without Qt Svg (the Windows one) says so and writes nothing.
    if (file.endsWith(u".svg")) {
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("SVG")));
        QVERIFY(!QFile::exists(path));
        return;
    }
#endif
    QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
    const QByteArray bytes = test::fileBytes(path);
    QVERIFY(bytes.size() > 1000);
    if (file.endsWith(u".svg")) {
        QVERIFY(bytes.contains("<svg"));
        // Vectors, not only a picture.
        QVERIFY(bytes.contains("<path") || bytes.contains("<rect") || bytes.contains("<polyline"));
    } else {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QVERIFY(image.width() > 200);
    }
    QVERIFY(!m_view->exportMap(dir.filePath(QStringLiteral("x.gif"))));
}

void TestDashboard::screenshot()
{
    // TT_DASHBOARD_PNG=/tmp/dash.png: the whole dashboard as a picture, to look at.
    const QString path = qEnvironmentVariable("TT_DASHBOARD_PNG");
    if (path.isEmpty())
        QSKIP("TT_DASHBOARD_PNG not set");
    m_store->setFilter({});
    m_store->setCurrentPair(0);
    for (const PartnershipSummary &p : m_store->portfolio().pairs()) {
        if (p.partnerName == u"Karlsruhe")
            m_store->setCurrentPair(p.id);
    }
    m_view->refresh();
    m_view->mapView()->showEurope();
    m_view->mapView()->rebuildCache();
    QWidget *content = m_view->findChild<QScrollArea *>()->widget();
    QVERIFY(content->grab().save(path));
    QVERIFY(m_view->mapView()->grab().save(
        QString(path).replace(QStringLiteral(".png"), QStringLiteral("-map.png"))));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
