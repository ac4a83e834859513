#include "app/commands/editor.h"
#include "app/core/names.h"
#include "app/models/collatingproxymodel.h"
#include "app/models/municipalitytablemodel.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>

#include <algorithm>

using namespace tt;

// The demo's 37 pairs join 25 communities (Lviv has four partners, Vinnytsia
// and Kharkiv three) with 37 partner places.
class TestMunicipalityTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void communitiesOfTheDemo();
    void partnersOfTheDemo();
    void followsTheFilter();
    void mergeMovesPairsBetweenRows();
    void sortsInUkrainianOrder();
    void namesInTheReadersScript_data();
    void namesInTheReadersScript();

private:
    static int rowOf(const QAbstractItemModel *model, const QString &name);
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    MunicipalityTableModel *m_communities = nullptr;
    MunicipalityTableModel *m_partners = nullptr;
};

void TestMunicipalityTableModel::init()
{
    names::setLanguage(QStringLiteral("en"));
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(sample::writeDemo(*m_db, QDate(2026, 11, 29)));
    m_store = new PortfolioStore;
    m_store->setToday(QDate(2026, 11, 29));
    m_store->setDatabase(m_db.get());
    m_communities = new MunicipalityTableModel(m_store, MunicipalityTableModel::Side::Communities);
    m_partners = new MunicipalityTableModel(m_store, MunicipalityTableModel::Side::Partners);
}

void TestMunicipalityTableModel::cleanup()
{
    delete m_communities;
    delete m_partners;
    delete m_store;
    m_db.reset();
    delete m_dir;
}

// The row of a place by any of its spellings (the tooltip lists them all).
int TestMunicipalityTableModel::rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, MunicipalityTableModel::NameColumn);
        if (i.data().toString() == name ||
            i.data(Qt::ToolTipRole).toString().split(QStringLiteral(" · ")).contains(name))
            return r;
    }
    return -1;
}

void TestMunicipalityTableModel::communitiesOfTheDemo()
{
    QAbstractItemModelTester tester(m_communities,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_communities->rowCount(), 25);
    const int lviv = rowOf(m_communities, QStringLiteral("Львів"));
    QVERIFY(lviv >= 0);
    QCOMPARE(m_communities->index(lviv, MunicipalityTableModel::PartnershipsColumn).data().toInt(),
             4);
    QCOMPARE(m_communities->pairsAt(lviv).size(), 4);
    QCOMPARE(m_communities->index(lviv, MunicipalityTableModel::HromadaColumn).data().toString(),
             QStringLiteral("Lvivska"));
    // Poland, Germany, Canada, in the order of the locale.
    const QString countries =
        m_communities->index(lviv, MunicipalityTableModel::CountriesColumn).data().toString();
    QCOMPARE(countries.count(QStringLiteral(", ")), 2);
    const int vinnytsia = rowOf(m_communities, QStringLiteral("Вінниця"));
    QCOMPARE(m_communities->totalPairs(m_communities->placeAt(vinnytsia)), 3);
    QVERIFY(m_communities->index(vinnytsia, MunicipalityTableModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Вінниця")));
}

void TestMunicipalityTableModel::partnersOfTheDemo()
{
    QAbstractItemModelTester tester(m_partners,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_partners->rowCount(), 37);
    const int karlsruhe = rowOf(m_partners, QStringLiteral("Karlsruhe"));
    QVERIFY(karlsruhe >= 0);
    QCOMPARE(
        m_partners->index(karlsruhe, MunicipalityTableModel::OtherNameColumn).data().toString(),
        QStringLiteral("Карлсруе"));
    QCOMPARE(m_partners->index(karlsruhe, MunicipalityTableModel::RegionColumn).data().toString(),
             QStringLiteral("Baden-Württemberg"));
    QCOMPARE(
        m_partners->index(karlsruhe, MunicipalityTableModel::PartnershipsColumn).data().toInt(), 1);
}

void TestMunicipalityTableModel::followsTheFilter()
{
    QAbstractItemModelTester tester(m_communities,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter f;
    f.countries = {QStringLiteral("PL")};
    m_store->setFilter(f);
    // Kielce, Wrocław, Kraków, Lublin, Olsztyn, Płońsk, Rzeszów, Zielona Góra.
    QCOMPARE(m_partners->rowCount(), 8);
    // Vinnytsia, Lviv (2), Kharkiv, Lutsk, Ternopil, Ivano-Frankivsk, Brovary.
    QCOMPARE(m_communities->rowCount(), 7);
    const int lviv = rowOf(m_communities, QStringLiteral("Львів"));
    QCOMPARE(m_communities->index(lviv, MunicipalityTableModel::PartnershipsColumn).data().toInt(),
             2);
    QCOMPARE(m_communities->totalPairs(m_communities->placeAt(lviv)), 4);
}

void TestMunicipalityTableModel::mergeMovesPairsBetweenRows()
{
    QAbstractItemModelTester tester(m_partners,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester communityTester(
        m_communities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Editor editor(*m_db);
    QSignalSpy resets(m_partners, &QAbstractItemModel::modelReset);
    // "Karlsruhe" entered a second time, with a pair of Lviv.
    Municipality dup;
    dup.name = QStringLiteral("Karlsruhe (Baden)");
    dup.countryIso = QStringLiteral("DE");
    auto dupId = editor.insert(dup, QStringLiteral("Add place"));
    QVERIFY(dupId);
    const int lviv = rowOf(m_communities, QStringLiteral("Львів"));
    Partnership p;
    p.communityId = m_communities->placeAt(lviv);
    p.municipalityId = *dupId;
    QVERIFY(editor.insert(p, QStringLiteral("Add pair")));
    QCOMPARE(m_partners->rowCount(), 38);
    QCOMPARE(m_communities->index(lviv, MunicipalityTableModel::PartnershipsColumn).data().toInt(),
             5);

    const qint64 karlsruhe = m_partners->placeAt(rowOf(m_partners, QStringLiteral("Karlsruhe")));
    QVERIFY(editor.mergeMunicipalities(karlsruhe, *dupId));
    QCOMPARE(m_partners->rowCount(), 37);
    QCOMPARE(m_partners->rowOf(*dupId), -1);
    QCOMPARE(
        m_partners->index(m_partners->rowOf(karlsruhe), MunicipalityTableModel::PartnershipsColumn)
            .data()
            .toInt(),
        2);
    editor.undoStack()->undo();
    QCOMPARE(m_partners->rowCount(), 38);
    QCOMPARE(
        m_partners->index(m_partners->rowOf(*dupId), MunicipalityTableModel::PartnershipsColumn)
            .data()
            .toInt(),
        1);
    QCOMPARE(resets.count(), 0);
}

void TestMunicipalityTableModel::sortsInUkrainianOrder()
{
    names::setLanguage(QStringLiteral("uk"));
    m_store->reload();
    CollatingProxyModel proxy;
    proxy.setSourceModel(m_communities);
    proxy.setSortRole(MunicipalityTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(MunicipalityTableModel::NameColumn);
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names << proxy.index(r, MunicipalityTableModel::NameColumn).data().toString();
    QCOMPARE(names.first(), QStringLiteral("Бровари"));
    QVERIFY(names.indexOf(QStringLiteral("Запоріжжя")) < names.indexOf(QStringLiteral("Ірпінь")));
    QVERIFY(names.indexOf(QStringLiteral("Ірпінь")) < names.indexOf(QStringLiteral("Київ")));
    proxy.sort(MunicipalityTableModel::PartnershipsColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, MunicipalityTableModel::NameColumn).data().toString(),
             QStringLiteral("Львів"));
}

void TestMunicipalityTableModel::namesInTheReadersScript_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("community");
    QTest::addColumn<QString>("hromada");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("otherName");
    QTest::newRow("uk") << "uk"
                        << "Вінниця"
                        << "Вінницька"
                        << "Карлсруе"
                        << "Karlsruhe";
    QTest::newRow("en") << "en"
                        << "Vinnytsia"
                        << "Vinnytska"
                        << "Karlsruhe"
                        << "Карлсруе";
    QTest::newRow("de") << "de"
                        << "Vinnytsia"
                        << "Vinnytska"
                        << "Karlsruhe"
                        << "Карлсруе";
}

void TestMunicipalityTableModel::namesInTheReadersScript()
{
    QFETCH(QString, language);
    QFETCH(QString, community);
    QFETCH(QString, hromada);
    QFETCH(QString, partner);
    QFETCH(QString, otherName);
    QAbstractItemModelTester tester(m_partners,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A partner without a Ukrainian name, beside Karlsruhe.
    Editor editor(*m_db);
    Municipality teltow;
    teltow.name = QStringLiteral("Teltow");
    teltow.countryIso = QStringLiteral("DE");
    Partnership p;
    p.communityId = m_communities->placeAt(rowOf(m_communities, QStringLiteral("Вінниця")));
    QVERIFY(editor.addPartnership(p, teltow));
    // As the window does on a change of language: the store reloads.
    names::setLanguage(language);
    m_store->reload();

    const int vinnytsia = rowOf(m_communities, community);
    QVERIFY(vinnytsia >= 0);
    QCOMPARE(m_communities->index(vinnytsia, MunicipalityTableModel::NameColumn).data().toString(),
             community);
    QCOMPARE(
        m_communities->index(vinnytsia, MunicipalityTableModel::HromadaColumn).data().toString(),
        hromada);
    // The tooltip: the name shown first, then the other script.
    QCOMPARE(m_communities->index(vinnytsia, MunicipalityTableModel::NameColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             community + QStringLiteral(" · ") +
                 (language == u"uk" ? QStringLiteral("Vinnytsia") : QStringLiteral("Вінниця")));

    const int karlsruhe = rowOf(m_partners, partner);
    QVERIFY(karlsruhe >= 0);
    QCOMPARE(m_partners->index(karlsruhe, MunicipalityTableModel::NameColumn).data().toString(),
             partner);
    QCOMPARE(
        m_partners->index(karlsruhe, MunicipalityTableModel::OtherNameColumn).data().toString(),
        otherName);
    QVERIFY(m_partners->index(karlsruhe, MunicipalityTableModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(partner + QStringLiteral(" · ") + otherName));
    // In Ukrainian, too, a partner without a Ukrainian name goes by its Latin one.
    const int row = rowOf(m_partners, QStringLiteral("Teltow"));
    QVERIFY(row >= 0);
    QCOMPARE(m_partners->index(row, MunicipalityTableModel::NameColumn).data().toString(),
             QStringLiteral("Teltow"));
    QCOMPARE(m_partners->index(row, MunicipalityTableModel::OtherNameColumn).data().toString(),
             language == u"uk" ? QStringLiteral("Teltow") : QString());

    // Sorted by the names shown, in either language.
    CollatingProxyModel proxy;
    proxy.setSourceModel(m_partners);
    proxy.setSortRole(MunicipalityTableModel::SortRole);
    proxy.sort(MunicipalityTableModel::NameColumn);
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown << proxy.index(r, MunicipalityTableModel::NameColumn).data().toString();
    QVERIFY(shown.contains(partner));
    QCollator collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QVERIFY(std::is_sorted(shown.cbegin(), shown.cend(), [&](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    }));
}

QTEST_GUILESS_MAIN(TestMunicipalityTableModel)
#include "tst_municipalitytablemodel.moc"
