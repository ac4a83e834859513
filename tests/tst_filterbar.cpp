// The filter bar and its multi-choice control, driven by keys and clicks as a
// user would: several oblasts at once reach the store's filter, a filter set
// elsewhere (a chart click) shows on the controls, and a custom period is a
// range of dates.

#include "app/core/names.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "tests/widgettest.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/multichoicebutton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>

using namespace tt;
using namespace tt::ui;

class TestFilterBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void faceNamesTheChoice_data();
    void faceNamesTheChoice();
    void keyboardOnly();
    void allClearsTheChoice();
    void twoOblastsReachTheStore();
    void controlFollowsTheStore();
    void customRange();
    void chartYearShowsAsRange();
    void presetsStillWork();

private:
    // The row of `text` in the popup's list, or -1.
    static int rowOf(MultiChoiceButton *button, const QString &text);
    static void clickRow(MultiChoiceButton *button, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<FilterBar> m_bar;
    const QDate m_today{2026, 11, 29};
};

void TestFilterBar::initTestCase()
{
    names::setLanguage(QStringLiteral("uk"));
    m_db = test::openFresh(m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    m_store = std::make_unique<PortfolioStore>();
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    m_bar = std::make_unique<FilterBar>(m_store.get());
    m_bar->resize(1600, 40);
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestFilterBar::cleanupTestCase()
{
    m_bar.reset();
    m_store.reset();
    m_db.reset();
}

void TestFilterBar::init()
{
    m_store->setFilter({});
}

int TestFilterBar::rowOf(MultiChoiceButton *button, const QString &text)
{
    const QAbstractItemModel *model = button->list()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == text)
            return row;
    }
    return -1;
}

void TestFilterBar::clickRow(MultiChoiceButton *button, const QString &text)
{
    const int row = rowOf(button, text);
    QVERIFY2(row >= 0, qPrintable(text));
    QListView *list = button->list();
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

void TestFilterBar::faceNamesTheChoice_data()
{
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<QString>("face");
    QTest::newRow("none") << QStringList{} << QStringLiteral("All fruit");
    QTest::newRow("one") << QStringList{QStringLiteral("b")} << QStringLiteral("Banana");
    QTest::newRow("two, in the list's order")
        << QStringList{QStringLiteral("c"), QStringLiteral("a")} << QStringLiteral("Apple, Cherry");
    QTest::newRow("three: counted")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QStringLiteral("3 fruit");
}

void TestFilterBar::faceNamesTheChoice()
{
    QFETCH(QStringList, chosen);
    QFETCH(QString, face);
    MultiChoiceButton button;
    button.setChoices({{QStringLiteral("Apple"), QStringLiteral("a")},
                       {QStringLiteral("Banana"), QStringLiteral("b")},
                       {QStringLiteral("Cherry"), QStringLiteral("c")}});
    button.setTexts(QStringLiteral("All fruit"),
                    [](int n) { return QStringLiteral("%1 fruit").arg(n); });
    QSignalSpy changed(&button, &MultiChoiceButton::selectionChanged);
    button.setSelected(QSet<QString>(chosen.cbegin(), chosen.cend()));
    QVERIFY(button.text().startsWith(face));
    QCOMPARE(changed.count(), 0); // set from outside: no echo
}

void TestFilterBar::keyboardOnly()
{
    MultiChoiceButton *oblasts = m_bar->facet(FilterBar::Facet::Oblast);
    oblasts->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_bar.get()));
    QSignalSpy changed(oblasts, &MultiChoiceButton::selectionChanged);
    QTest::keyClick(oblasts, Qt::Key_Space);
    QVERIFY(oblasts->popup()->isVisible());
    QTRY_VERIFY(oblasts->searchField()->hasFocus());
    // Typing narrows the list; Enter ticks the first match.
    test::typeText(oblasts->searchField(), QStringLiteral("львів"));
    int shown = 0;
    for (int row = 0; row < oblasts->list()->model()->rowCount(); ++row)
        shown += !oblasts->list()->isRowHidden(row);
    QCOMPARE(shown, 1);
    QTest::keyClick(oblasts->searchField(), Qt::Key_Return);
    QCOMPARE(m_store->filter().oblasts, QSet<QString>{QStringLiteral("UA-46")});
    // A second one: clear the search, go down to the list, move, tick with Space.
    oblasts->searchField()->clear();
    QTest::keyClick(oblasts->searchField(), Qt::Key_Down);
    QVERIFY(oblasts->list()->hasFocus());
    const int vinnytsia = rowOf(oblasts, QStringLiteral("Вінницька"));
    QVERIFY(vinnytsia >= 0);
    QTest::keyClick(oblasts->list(), Qt::Key_Home);
    while (oblasts->list()->currentIndex().row() < vinnytsia)
        QTest::keyClick(oblasts->list(), Qt::Key_Down);
    QTest::keyClick(oblasts->list(), Qt::Key_Space);
    QCOMPARE(m_store->filter().oblasts,
             (QSet<QString>{QStringLiteral("UA-46"), QStringLiteral("UA-05")}));
    QCOMPARE(changed.count(), 2);
    // Escape closes the popup and gives the focus back to the button.
    QTest::keyClick(oblasts->list(), Qt::Key_Escape);
    QVERIFY(!oblasts->popup()->isVisible());
    QTRY_VERIFY(oblasts->hasFocus());
    QTRY_VERIFY2(oblasts->text().startsWith(QStringLiteral("Вінницька, Львівська")),
                 qPrintable(oblasts->text()));
}

void TestFilterBar::allClearsTheChoice()
{
    MultiChoiceButton *stages = m_bar->facet(FilterBar::Facet::Stage);
    Filter f;
    f.stages = {Stage::Memorandum, Stage::Negotiation};
    m_store->setFilter(f);
    QCOMPARE(stages->selected().size(), 2);
    stages->showPopup();
    QVERIFY(stages->allButton()->isEnabled());
    QTest::mouseClick(stages->allButton(), Qt::LeftButton);
    QVERIFY(m_store->filter().stages.isEmpty());
    QVERIFY(!stages->allButton()->isEnabled());
    stages->hidePopup();
}

void TestFilterBar::twoOblastsReachTheStore()
{
    MultiChoiceButton *oblasts = m_bar->facet(FilterBar::Facet::Oblast);
    QTest::mouseClick(oblasts, Qt::LeftButton);
    QVERIFY(oblasts->popup()->isVisible());
    clickRow(oblasts, QStringLiteral("Вінницька"));
    clickRow(oblasts, QStringLiteral("Львівська"));
    QCOMPARE(m_store->filter().oblasts,
             (QSet<QString>{QStringLiteral("UA-05"), QStringLiteral("UA-46")}));
    // The table's pairs: those of both oblasts, no other.
    QVERIFY(!m_store->filtered().isEmpty());
    for (qsizetype i : m_store->filtered()) {
        const QString iso = m_store->portfolio().pairs()[i].oblastIso;
        QVERIFY(iso == u"UA-05" || iso == u"UA-46");
    }
    // A click again unticks.
    clickRow(oblasts, QStringLiteral("Львівська"));
    QCOMPARE(m_store->filter().oblasts, QSet<QString>{QStringLiteral("UA-05")});
    oblasts->hidePopup();
}

void TestFilterBar::controlFollowsTheStore()
{
    // What a click on the oblast chart does: one oblast, set on the store.
    Filter f;
    f.oblasts = {QStringLiteral("UA-46")};
    f.countries = {QStringLiteral("DE"), QStringLiteral("PL"), QStringLiteral("FR")};
    m_store->setFilter(f);
    MultiChoiceButton *oblasts = m_bar->facet(FilterBar::Facet::Oblast);
    MultiChoiceButton *countries = m_bar->facet(FilterBar::Facet::Country);
    QCOMPARE(oblasts->selected(), QSet<QString>{QStringLiteral("UA-46")});
    QTRY_VERIFY(oblasts->text().startsWith(QStringLiteral("Львівська")));
    QCOMPARE(countries->selected().size(), 3);
    QVERIFY2(countries->text().startsWith(QStringLiteral("3 ")), qPrintable(countries->text()));
    // The popup shows the same ticks.
    oblasts->showPopup();
    const QModelIndex lviv =
        oblasts->list()->model()->index(rowOf(oblasts, QStringLiteral("Львівська")), 0);
    QCOMPARE(lviv.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    oblasts->hidePopup();
    // Cleared elsewhere: the control says "all".
    m_store->setFilter({});
    QVERIFY(oblasts->selected().isEmpty());
    QVERIFY(!oblasts->text().contains(QStringLiteral("Львівська")));
}

void TestFilterBar::customRange()
{
    QComboBox *period = m_bar->periodBox();
    QVERIFY(!m_bar->fromEdit()->isVisible());
    period->setCurrentIndex(period->count() - 1); // "Custom range…"
    QVERIFY(m_bar->fromEdit()->isVisible());
    QVERIFY(m_bar->toEdit()->isVisible());
    QVERIFY(m_store->filter().from.isValid());
    m_bar->fromEdit()->setDate(QDate(2024, 1, 1));
    m_bar->toEdit()->setDate(QDate(2024, 12, 31));
    QCOMPARE(m_store->filter().from, QDate(2024, 1, 1));
    QCOMPARE(m_store->filter().to, QDate(2024, 12, 31));
    // Typed into the field, day by day.
    m_bar->toEdit()->setFocus();
    m_bar->toEdit()->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClick(m_bar->toEdit(), Qt::Key_Up);
    QCOMPARE(m_store->filter().to, QDate(2025, 12, 31));
    // A "from" after "to" moves "to" along: never a backward range.
    m_bar->fromEdit()->setDate(QDate(2026, 3, 1));
    QCOMPARE(m_store->filter().from, QDate(2026, 3, 1));
    QCOMPARE(m_store->filter().to, QDate(2026, 3, 1));
    QCOMPARE(period->currentIndex(), period->count() - 1);
    // Back to any time: no dates, no fields.
    period->setCurrentIndex(0);
    QVERIFY(!m_store->filter().from.isValid());
    QVERIFY(!m_store->filter().to.isValid());
    QVERIFY(!m_bar->fromEdit()->isVisible());
}

void TestFilterBar::chartYearShowsAsRange()
{
    // A click on a year of the chart of signed agreements.
    Filter f;
    f.from = QDate(2019, 1, 1);
    f.to = QDate(2019, 12, 31);
    m_store->setFilter(f);
    QComboBox *period = m_bar->periodBox();
    QCOMPARE(period->currentIndex(), period->count() - 1);
    QVERIFY(m_bar->fromEdit()->isVisible());
    QCOMPARE(m_bar->fromEdit()->date(), QDate(2019, 1, 1));
    QCOMPARE(m_bar->toEdit()->date(), QDate(2019, 12, 31));
    QCOMPARE(m_store->filter(), f); // following wrote nothing back
}

void TestFilterBar::presetsStillWork()
{
    QComboBox *period = m_bar->periodBox();
    period->setCurrentIndex(1); // active this year
    QCOMPARE(m_store->filter().from, QDate(2026, 1, 1));
    QCOMPARE(m_store->filter().to, m_today);
    QVERIFY(!m_bar->fromEdit()->isVisible());
    m_store->setFilter({});
    QCOMPARE(period->currentIndex(), 0);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
