#include "app/core/portfolio.h"
#include "app/core/repositories.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

using namespace tt;

class TestPortfolio : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void derivedColumns();
    void milestoneFactsAreTheMilestones();
    void milestoneFactKeepsItsDates();
    void textFilter_data();
    void textFilter();
    void cyrillicFindsLatinNames_data();
    void cyrillicFindsLatinNames();
    void facetFilters();
    void twoPhasesMakeTheWholeLoad();
    void mergeKeepsPairsReadSince();
    void readingMilestonesStops();
    void refreshFollowsEdits();

private:
    qint64 pairId(const QString &community, const QString &partner) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Portfolio m_portfolio;
    const QDate m_today{2026, 11, 29};
};

void TestPortfolio::initTestCase()
{
    m_db = test::openFresh(m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    auto loaded = Portfolio::load(*m_db, m_today);
    QVERIFY(loaded);
    m_portfolio = std::move(loaded.value());
}

void TestPortfolio::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestPortfolio::pairId(const QString &community, const QString &partner) const
{
    for (const PartnershipSummary &p : m_portfolio.pairs()) {
        if (p.communityName == community && p.partnerName == partner)
            return p.id;
    }
    return 0;
}

void TestPortfolio::derivedColumns()
{
    const qint64 id = pairId(QStringLiteral("Вінниця"), QStringLiteral("Karlsruhe"));
    QVERIFY(id > 0);
    const PartnershipSummary &p = m_portfolio.pairs().at(m_portfolio.indexOf(id));
    QCOMPARE(p.oblastIso, QStringLiteral("UA-05"));
    QCOMPARE(p.countryIso, QStringLiteral("DE"));
    QCOMPARE(p.partnerNameUk, QStringLiteral("Карлсруе"));
    QCOMPARE(p.areaIds.size(), 5);
    QCOMPARE(p.milestones.size(), 8);
    QCOMPARE(p.milestonesOverdue, 1);                  // the utilities meeting, 12 days ago
    QCOMPARE(p.milestonesDue30, 1);                    // the student exchange in 24 days
    QCOMPARE(p.nextMilestoneOn, m_today.addDays(-12)); // the overdue one comes first
    QCOMPARE(p.lastActivityOn, QDate(2023, 9, 12));
    QCOMPARE(p.signedOn(), QDate(2023, 4, 22));
    QVERIFY(!std::isnan(p.communityLat));
    QVERIFY(!std::isnan(p.partnerLat));
}

// Each pair's milestones as the dashboard counts them: every one, with its
// dates and status, in a list without room to spare (a national database has
// a million of them).
void TestPortfolio::milestoneFactsAreTheMilestones()
{
    qsizetype total = 0;
    for (const PartnershipSummary &p : m_portfolio.pairs()) {
        auto stored = MilestoneRepository(*m_db).forPartnership(p.id);
        QVERIFY(stored);
        QCOMPARE(p.milestones.size(), stored->size());
        QCOMPARE(p.milestones.capacity(), p.milestones.size());
        QMultiMap<QDate, std::pair<QDate, MilestoneStatus>> expected, read;
        for (const Milestone &m : std::as_const(*stored))
            expected.insert(m.plannedOn, {m.doneOn, m.status});
        for (const MilestoneFact &f : p.milestones)
            read.insert(f.plannedOn(), {f.doneOn(), f.status()});
        QCOMPARE(read, expected);
        total += p.milestones.size();
    }
    QVERIFY(total > 100);
}

void TestPortfolio::milestoneFactKeepsItsDates()
{
    const MilestoneFact planned(QDate(2026, 12, 1), QDate(), MilestoneStatus::Planned);
    QCOMPARE(planned.plannedOn(), QDate(2026, 12, 1));
    QVERIFY(!planned.doneOn().isValid());
    QCOMPARE(planned.status(), MilestoneStatus::Planned);
    const MilestoneFact done(QDate(1991, 8, 24), QDate(9999, 12, 31), MilestoneStatus::Done);
    QCOMPARE(done.plannedOn(), QDate(1991, 8, 24));
    QCOMPARE(done.doneOn(), QDate(9999, 12, 31));
    QCOMPARE(done.status(), MilestoneStatus::Done);
    const MilestoneFact cancelled(QDate(), QDate(1, 1, 1), MilestoneStatus::Cancelled);
    QVERIFY(!cancelled.plannedOn().isValid());
    QCOMPARE(cancelled.doneOn(), QDate(1, 1, 1));
    QCOMPARE(cancelled.status(), MilestoneStatus::Cancelled);
    const MilestoneFact none;
    QVERIFY(!none.plannedOn().isValid());
    QVERIFY(!none.doneOn().isValid());
}

void TestPortfolio::textFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectPartner"); // must be among the hits
    QTest::addColumn<int>("maxHits");
    QTest::newRow("partner in Ukrainian")
        << QStringLiteral("Карлсруе") << QStringLiteral("Karlsruhe") << 1;
    QTest::newRow("partner in Latin, lower case")
        << QStringLiteral("karlsruhe") << QStringLiteral("Karlsruhe") << 1;
    QTest::newRow("prefix") << QStringLiteral("karls") << QStringLiteral("Karlsruhe") << 1;
    QTest::newRow("community in Ukrainian")
        << QStringLiteral("вінниця") << QStringLiteral("Kielce") << 3;
    QTest::newRow("community in Latin")
        << QStringLiteral("Vinnytsia") << QStringLiteral("Nancy") << 3;
    QTest::newRow("both sides") << QStringLiteral("vinnytsia karlsruhe")
                                << QStringLiteral("Karlsruhe") << 1;
    QTest::newRow("accents ignored") << QStringLiteral("wroclaw") << QStringLiteral("Wrocław") << 1;
    QTest::newRow("accents typed")
        << QStringLiteral("Düsseldorf") << QStringLiteral("Düsseldorf") << 1;
    QTest::newRow("apostrophe kinds")
        << QStringLiteral("Ірпінь") << QStringLiteral("Tlajomulco de Zúñiga") << 1;
    QTest::newRow("country name uk")
        << QStringLiteral("Мексика") << QStringLiteral("Tlajomulco de Zúñiga") << 1;
    QTest::newRow("country name en")
        << QStringLiteral("mexico") << QStringLiteral("Tlajomulco de Zúñiga") << 1;
    QTest::newRow("hromada name") << QStringLiteral("Вінницька") << QStringLiteral("Karlsruhe")
                                  << 3;
    QTest::newRow("nothing") << QStringLiteral("Atlantis") << QString() << 0;
}

void TestPortfolio::textFilter()
{
    QFETCH(QString, query);
    QFETCH(QString, expectPartner);
    QFETCH(int, maxHits);
    Filter f;
    f.text = query;
    const QList<qsizetype> hits = m_portfolio.select(f);
    QVERIFY2(hits.size() <= maxHits, qPrintable(QString::number(hits.size())));
    if (expectPartner.isEmpty()) {
        QVERIFY(hits.isEmpty());
        return;
    }
    bool found = false;
    for (qsizetype i : hits)
        found |= m_portfolio.pairs().at(i).partnerName == expectPartner;
    QVERIFY(found);
}

// Partners stored under their Latin name alone are found by what an office
// types in Ukrainian, through the sound of the name in its country's language.
void TestPortfolio::cyrillicFindsLatinNames_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // the partners of the hits
    QTest::newRow("Вроцлав") << QStringLiteral("Вроцлав") << QStringList{QStringLiteral("Wrocław")};
    QTest::newRow("typed so far") << QStringLiteral("Вроцл")
                                  << QStringList{QStringLiteral("Wrocław")};
    QTest::newRow("Ряшів is no transcription")
        << QStringLiteral("Ряшів") << QStringList{}; // Rzeszów's Ukrainian name, not its sound
    QTest::newRow("Жешув, its sound")
        << QStringLiteral("Жешув") << QStringList{QStringLiteral("Rzeszów")};
    QTest::newRow("Ньїредьгаза") << QStringLiteral("Ньїредьгаза")
                                 << QStringList{QStringLiteral("Nyíregyháza")};
    QTest::newRow("with the community")
        << QStringLiteral("Львів вроцлав") << QStringList{QStringLiteral("Wrocław")};
    QTest::newRow("too short to guess") << QStringLiteral("Вр") << QStringList{};
    QTest::newRow("Latin unchanged")
        << QStringLiteral("rzesz") << QStringList{QStringLiteral("Rzeszów")};
}

void TestPortfolio::cyrillicFindsLatinNames()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    auto db = test::openFresh(dir, QStringLiteral("latin.twinning"));
    QVERIFY(db);
    QVERIFY(sample::writeDemo(*db, m_today));
    MunicipalityRepository places(*db);
    auto all = places.all();
    QVERIFY(all);
    for (Municipality m : std::as_const(*all)) {
        if (m.name == u"Wrocław" || m.name == u"Rzeszów" || m.name == u"Nyíregyháza") {
            m.nameUk.clear();
            QVERIFY(places.update(m));
        }
    }
    auto portfolio = Portfolio::load(*db, m_today);
    QVERIFY(portfolio);
    Filter f;
    f.text = query;
    QStringList partners;
    for (qsizetype i : portfolio->select(f))
        partners << portfolio->pairs().at(i).partnerName;
    partners.sort();
    QCOMPARE(partners, expected);
    // A pair on its own gives the same answer as the whole selection.
    for (const PartnershipSummary &p : portfolio->pairs())
        QCOMPARE(portfolio->matches(p, f), partners.contains(p.partnerName));
}

void TestPortfolio::facetFilters()
{
    const qsizetype all = m_portfolio.pairs().size();
    Filter f;
    QCOMPARE(m_portfolio.select(f).size(), all);
    f.oblasts = {QStringLiteral("UA-46")};
    QCOMPARE(m_portfolio.select(f).size(), 4); // Lviv's four
    f = {};
    f.countries = {QStringLiteral("DE")};
    for (qsizetype i : m_portfolio.select(f))
        QCOMPARE(m_portfolio.pairs().at(i).countryIso, QStringLiteral("DE"));
    f = {};
    f.stages = {Stage::Terminated};
    QCOMPARE(m_portfolio.select(f).size(), 1);
    f = {};
    f.hideEnded = true;
    QCOMPARE(m_portfolio.select(f).size(), all - 1);
    f = {};
    f.kinds = {PartnershipKind::Friendship};
    QCOMPARE(m_portfolio.select(f).size(), 1);
    f = {};
    auto areas = CooperationAreaRepository(*m_db).all();
    qint64 internships = 0;
    for (const CooperationArea &a : *areas)
        if (a.code == QStringLiteral("internships"))
            internships = a.id;
    f.areas = {internships};
    QCOMPARE(m_portfolio.select(f).size(), 1); // only Vinnytsia – Karlsruhe
    f = {};
    f.needsAttention = true;
    for (qsizetype i : m_portfolio.select(f)) {
        const PartnershipSummary &p = m_portfolio.pairs().at(i);
        QVERIFY(p.milestonesOverdue > 0 || p.lastActivityOn < m_today.addMonths(-6));
    }
    QVERIFY(!m_portfolio.select(f).isEmpty());
    f = {};
    f.to = QDate(1960, 1, 1); // only pairs begun by then: Vinnytsia – Kielce (1957 first contact)
    QCOMPARE(m_portfolio.select(f).size(), 2); // and the terminated pair without dates
}

void TestPortfolio::twoPhasesMakeTheWholeLoad()
{
    auto pairs = Portfolio::loadPairs(*m_db, m_today);
    QVERIFY(pairs);
    QVERIFY(!pairs->hasMilestones());
    QCOMPARE(pairs->pairs().size(), m_portfolio.pairs().size());
    for (const PartnershipSummary &p : pairs->pairs()) {
        QVERIFY(p.milestones.isEmpty());
        QVERIFY(!p.nextMilestoneOn.isValid());
        QVERIFY(!pairs->isComplete(p.id));
    }
    // Without milestones no pair can be said to need attention.
    Filter attention;
    attention.needsAttention = true;
    QVERIFY(pairs->select(attention).isEmpty());

    auto milestones = Portfolio::readMilestones(*m_db, m_today);
    QVERIFY(milestones);
    pairs->mergeMilestones(std::move(milestones.value()));
    QVERIFY(pairs->hasMilestones());
    for (qsizetype i = 0; i < m_portfolio.pairs().size(); ++i) {
        const PartnershipSummary &whole = m_portfolio.pairs().at(i);
        const PartnershipSummary &merged = pairs->pairs().at(i);
        QCOMPARE(merged.id, whole.id);
        QCOMPARE(merged.milestones.size(), whole.milestones.size());
        QCOMPARE(merged.nextMilestoneOn, whole.nextMilestoneOn);
        QCOMPARE(merged.nextMilestoneTitle, whole.nextMilestoneTitle);
        QCOMPARE(merged.lastActivityOn, whole.lastActivityOn);
        QCOMPARE(merged.milestonesOverdue, whole.milestonesOverdue);
        QCOMPARE(merged.milestonesDue30, whole.milestonesDue30);
    }
    QCOMPARE(pairs->select(attention), m_portfolio.select(attention));
    QVERIFY(!pairs->select(attention).isEmpty());
}

void TestPortfolio::mergeKeepsPairsReadSince()
{
    // The milestones are read (in the background), then a milestone is added
    // and its pair re-read before they are merged: the merge must not put the
    // older reading back.
    auto pairs = Portfolio::loadPairs(*m_db, m_today);
    QVERIFY(pairs);
    auto milestones = Portfolio::readMilestones(*m_db, m_today);
    QVERIFY(milestones);
    const qint64 id = pairId(QStringLiteral("Львів"), QStringLiteral("Wrocław"));
    QVERIFY(id > 0);
    const qsizetype before = m_portfolio.pairs().at(m_portfolio.indexOf(id)).milestones.size();
    Milestone m;
    m.partnershipId = id;
    m.title = QStringLiteral("Joint exhibition");
    m.plannedOn = m_today.addYears(-20); // the earliest: it becomes the next one
    auto added = MilestoneRepository(*m_db).insert(m);
    QVERIFY(added);
    auto i = pairs->refresh(*m_db, id);
    QVERIFY(i && *i >= 0);
    QVERIFY(pairs->isComplete(id));
    QVERIFY(!pairs->hasMilestones());
    pairs->mergeMilestones(std::move(milestones.value()));
    const PartnershipSummary &p = pairs->pairs().at(pairs->indexOf(id));
    QCOMPARE(p.milestones.size(), before + 1);
    QCOMPARE(p.nextMilestoneTitle, QStringLiteral("Joint exhibition"));
    QVERIFY(MilestoneRepository(*m_db).remove(*added));
}

void TestPortfolio::readingMilestonesStops()
{
    const std::atomic_bool stop = true;
    auto milestones = Portfolio::readMilestones(*m_db, m_today, &stop);
    QVERIFY(!milestones);
}

void TestPortfolio::refreshFollowsEdits()
{
    const qint64 id = pairId(QStringLiteral("Вінниця"), QStringLiteral("Karlsruhe"));
    Milestone m;
    m.partnershipId = id;
    m.title = QStringLiteral("Exchange of firefighters");
    m.plannedOn = m_today.addDays(-40);
    QVERIFY(MilestoneRepository(*m_db).insert(m));
    auto i = m_portfolio.refresh(*m_db, id);
    QVERIFY(i && *i >= 0);
    QCOMPARE(m_portfolio.pairs().at(*i).milestonesOverdue, 2);
    QCOMPARE(m_portfolio.pairs().at(*i).nextMilestoneTitle,
             QStringLiteral("Exchange of firefighters"));
    const qsizetype before = m_portfolio.pairs().size();
    QVERIFY(PartnershipRepository(*m_db).remove(id));
    auto gone = m_portfolio.refresh(*m_db, id);
    QVERIFY(gone);
    QCOMPARE(*gone, -1);
    QCOMPARE(m_portfolio.pairs().size(), before - 1);
    QCOMPARE(m_portfolio.indexOf(id), -1);
}

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
