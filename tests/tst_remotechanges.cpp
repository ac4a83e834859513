// What a colleague saves reaches the window record by record: the watcher reads
// the history the colleague's program wrote and tells the ChangeNotifier which
// records changed, so the portfolio refreshes those pairs only and never reads
// everything again for an edit. A burst of saves ends with exactly the data of
// the database; what the history cannot tell (office settings, an import) is
// read whole. Run on a file and, as tst_remotechanges_pg, on the PostgreSQL
// server.

#include "app/commands/editor.h"
#include "app/core/externalchangewatcher.h"
#include "app/core/historychanges.h"
#include "app/core/officesettings.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QSignalSpy>

using namespace tt;

class TestRemoteChanges : public QObject
{
    Q_OBJECT
private slots:
    void historyBecomesChangeSets();
    void whatHistoryCannotTellIsNoChangeSet();
    void init();
    void cleanup();
    void anEditIsToldRecordByRecord();
    void aNewPairAndARemovedOneAreTold();
    void aBurstEndsWithTheDatabasesData();
    void officeSettingsAreReadWhole();
    void bothPhasesOnWorkers();

private:
    // Waits until the watcher has looked after the colleague's commits.
    void look();
    // Every pair of a store as one line each, for comparison.
    static QStringList describe(const PortfolioStore &store);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_window, m_colleague;
    std::unique_ptr<Editor> m_editor; // the colleague's
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<ExternalChangeWatcher> m_watcher;
};

void TestRemoteChanges::historyBecomesChangeSets()
{
    auto entry = [](const char *entity, qint64 id, qint64 pair, const char *action) {
        AuditEntry e;
        e.entity = QString::fromLatin1(entity);
        e.entityId = id;
        e.partnershipId = pair;
        e.action = QString::fromLatin1(action);
        return e;
    };
    const auto sets = changeSetsFromHistory({
        entry("milestone", 7, 3, "update"),
        entry("partnership", 3, 3, "update"),
        entry("milestone", 8, 4, "update"),
        entry("milestone", 7, 3, "update"),
        entry("contact", 2, 5, "delete"),
        entry("municipality", 9, 0, "insert"),
    });
    QVERIFY(sets);
    QCOMPARE(sets->size(), 4);
    QCOMPARE(sets->at(0).entity, Entity::Milestone);
    QCOMPARE(sets->at(0).kind, ChangeSet::Kind::Updated);
    QCOMPARE(sets->at(0).ids, (QList<qint64>{7, 8}));
    QCOMPARE(sets->at(0).parentIds, (QList<qint64>{3, 4}));
    QCOMPARE(sets->at(1).entity, Entity::Partnership);
    QCOMPARE(sets->at(2).kind, ChangeSet::Kind::Removed);
    QCOMPARE(sets->at(2).parentIds, QList<qint64>{5});
    QCOMPARE(sets->at(3).entity, Entity::Municipality);
    QCOMPARE(sets->at(3).kind, ChangeSet::Kind::Inserted);
    QVERIFY(sets->at(3).parentIds.isEmpty());
}

void TestRemoteChanges::whatHistoryCannotTellIsNoChangeSet()
{
    auto entry = [](const char *entity, qint64 id, const char *action) {
        AuditEntry e;
        e.entity = QString::fromLatin1(entity);
        e.entityId = id;
        e.action = QString::fromLatin1(action);
        return e;
    };
    QVERIFY(changeSetsFromHistory({entry("milestone", 1, "update")}));
    QVERIFY(!changeSetsFromHistory({entry("partnership", 0, "import")}));
    QVERIFY(!changeSetsFromHistory({entry("office_setting", 0, "update")}));
    QVERIFY(!changeSetsFromHistory({entry("contact", 4, "erase")}));
    QVERIFY(!changeSetsFromHistory({entry("milestone", 1, "update"), entry("x", 1, "update")}));
}

void TestRemoteChanges::init()
{
    if (test::onServer())
        TT_REQUIRE_SERVER();
    m_dir = new QTemporaryDir;
    m_window = test::openFresh(*m_dir);
    QVERIFY(m_window);
    QVERIFY(sample::writeDemo(*m_window));
    auto colleague = Database::open(m_window->path());
    QVERIFY2(colleague, colleague ? "" : qPrintable(colleague.error().fullText()));
    m_colleague = std::move(colleague.value());
    m_colleague->setActor(QStringLiteral("olena"));
    m_editor = std::make_unique<Editor>(*m_colleague);
    m_store = std::make_unique<PortfolioStore>();
    m_store->setDatabase(m_window.get());
    m_watcher = std::make_unique<ExternalChangeWatcher>(*m_window);
}

void TestRemoteChanges::cleanup()
{
    m_watcher.reset();
    m_store.reset();
    m_editor.reset();
    m_colleague.reset();
    m_window.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestRemoteChanges::look()
{
    if (m_window->dialect().isSqlite()) {
        QVERIFY(m_watcher->poll());
        return;
    }
    // A server's notice arrives on its own; a burst is gathered first.
    QSignalSpy told(m_watcher.get(), &ExternalChangeWatcher::recordsChangedExternally);
    QSignalSpy whole(m_watcher.get(), &ExternalChangeWatcher::needsReload);
    QTRY_VERIFY_WITH_TIMEOUT(told.count() + whole.count() > 0, 10000);
}

QStringList TestRemoteChanges::describe(const PortfolioStore &store)
{
    QStringList lines;
    for (const PartnershipSummary &p : store.portfolio().pairs()) {
        QStringList areas;
        for (qint64 a : p.areaIds)
            areas << QString::number(a);
        lines << QStringLiteral("%1 %2–%3 %4 %5 %6 next %7 last %8 overdue %9 areas %10 m %11")
                     .arg(p.id)
                     .arg(p.communityName, p.partnerName, toCode(p.kind), toCode(p.stage),
                          p.officer, p.nextMilestoneOn.toString(Qt::ISODate),
                          p.lastActivityOn.toString(Qt::ISODate))
                     .arg(p.milestonesOverdue)
                     .arg(areas.join(u','))
                     .arg(p.milestones.size());
    }
    lines.sort();
    return lines;
}

void TestRemoteChanges::anEditIsToldRecordByRecord()
{
    auto pairs = PartnershipRepository(*m_colleague).all();
    QVERIFY(pairs && pairs->size() > 2);
    Partnership pair = pairs->at(1);
    QSignalSpy reset(m_store.get(), &PortfolioStore::reset);
    QSignalSpy changed(m_store.get(), &PortfolioStore::pairChanged);
    QSignalSpy whole(m_watcher.get(), &ExternalChangeWatcher::needsReload);
    QSignalSpy told(m_watcher.get(), &ExternalChangeWatcher::recordsChangedExternally);

    pair.officer = QStringLiteral("Олена Коваль");
    QVERIFY(m_editor->update(pair, QStringLiteral("officer")));
    Milestone milestone;
    milestone.partnershipId = pairs->at(2).id;
    milestone.title = QStringLiteral("Візит делегації");
    milestone.plannedOn = QDate::currentDate().addDays(3);
    QVERIFY(m_editor->insert(milestone, QStringLiteral("visit")));
    look();

    QCOMPARE(whole.count(), 0);
    QCOMPARE(reset.count(), 0); // nothing was read whole
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.first().first().toInt(), 2);
    QSet<qint64> refreshed;
    for (const auto &args : std::as_const(changed))
        refreshed.insert(args.first().toLongLong());
    QCOMPARE(refreshed, (QSet<qint64>{pair.id, pairs->at(2).id}));
    const qsizetype index = m_store->portfolio().indexOf(pair.id);
    QVERIFY(index >= 0);
    QCOMPARE(m_store->portfolio().pairs().at(index).officer, pair.officer);
    const PartnershipSummary &visited =
        m_store->portfolio().pairs().at(m_store->portfolio().indexOf(pairs->at(2).id));
    QCOMPARE(visited.nextMilestoneOn, milestone.plannedOn);
}

void TestRemoteChanges::aNewPairAndARemovedOneAreTold()
{
    auto pairs = PartnershipRepository(*m_colleague).all();
    QVERIFY(pairs && pairs->size() > 2);
    const qsizetype before = m_store->portfolio().pairs().size();
    QSignalSpy reset(m_store.get(), &PortfolioStore::reset);
    QVERIFY(m_editor->removePartnership(pairs->first().id));
    Partnership added = pairs->at(1);
    added.id = 0;
    added.rowVersion = 0;
    added.kind = PartnershipKind::Cooperation;
    auto otherPlace = MunicipalityRepository(*m_colleague).all();
    QVERIFY(otherPlace);
    for (const Municipality &m : *otherPlace) {
        if (m.id != added.municipalityId) {
            added.municipalityId = m.id;
            break;
        }
    }
    auto id = m_editor->insert(added, QStringLiteral("new pair"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
    look();

    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_store->portfolio().pairs().size(), before);
    QCOMPARE(m_store->portfolio().indexOf(pairs->first().id), -1);
    QVERIFY(m_store->portfolio().indexOf(*id) >= 0);
}

void TestRemoteChanges::aBurstEndsWithTheDatabasesData()
{
    auto pairs = PartnershipRepository(*m_colleague).all();
    auto milestones = MilestoneRepository(*m_colleague).all();
    QVERIFY(pairs && milestones && !milestones->isEmpty());
    QSignalSpy reset(m_store.get(), &PortfolioStore::reset);
    // 100 saves of pairs and milestones, each its own transaction.
    for (int i = 0; i < 100; ++i) {
        if (i % 2 == 0) {
            Partnership pair =
                *PartnershipRepository(*m_colleague).get(pairs->at(i % pairs->size()).id);
            pair.officer = QStringLiteral("officer %1").arg(i);
            QVERIFY(m_editor->update(pair, QStringLiteral("save %1").arg(i)));
        } else {
            Milestone m =
                *MilestoneRepository(*m_colleague).get(milestones->at(i % milestones->size()).id);
            m.plannedOn = QDate::currentDate().addDays(i - 50);
            m.status = MilestoneStatus::Planned;
            m.doneOn = QDate();
            QVERIFY(m_editor->update(m, QStringLiteral("save %1").arg(i)));
        }
    }
    look();
    QCOMPARE(reset.count(), 0);

    PortfolioStore fresh;
    fresh.setDatabase(m_window.get());
    QCOMPARE(describe(*m_store), describe(fresh));
}

void TestRemoteChanges::bothPhasesOnWorkers()
{
    // A large database, file or server: the pairs and their milestones are read
    // on workers over connections of their own, and a colleague's save made
    // meanwhile is in the portfolio once both are in.
    PortfolioStore store;
    store.setBackgroundThreshold(0);
    store.setPairsBackgroundThreshold(0);
    store.setDatabase(m_window.get());
    QVERIFY(store.isLoadingPairs());
    QVERIFY(store.portfolio().pairs().isEmpty());
    auto pairs = PartnershipRepository(*m_colleague).all();
    QVERIFY(pairs && pairs->size() > 2);
    Partnership pair = pairs->at(2);
    pair.officer = QStringLiteral("Олена Гнатюк");
    QVERIFY(m_editor->update(pair, QStringLiteral("officer")));
    look();
    store.waitForMilestones();
    QVERIFY(!store.isLoadingPairs());
    QVERIFY(store.hasMilestones());
    const qsizetype i = store.portfolio().indexOf(pair.id);
    QVERIFY(i >= 0);
    QCOMPARE(store.portfolio().pairs().at(i).officer, QStringLiteral("Олена Гнатюк"));
    PortfolioStore fresh;
    fresh.setDatabase(m_window.get());
    QCOMPARE(describe(store), describe(fresh));
}

void TestRemoteChanges::officeSettingsAreReadWhole()
{
    QSignalSpy whole(m_watcher.get(), &ExternalChangeWatcher::needsReload);
    OfficeSettings settings;
    settings.dormancyMonths = 7;
    QVERIFY(OfficeSettingsRepository(*m_colleague).save(settings));
    look();
    QCOMPARE(whole.count(), 1);
}

QTEST_GUILESS_MAIN(TestRemoteChanges)
#include "tst_remotechanges.moc"
