// Ukrainian alphabetical order: Ґ after Г, Є after Е, І and Ї after И, as the
// collating proxy sorts the places and projects.

#include "app/models/collatingproxymodel.h"

#include <QCollator>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

using namespace tt;

namespace {

// In the order of the Ukrainian alphabet (а б в г ґ д е є ж з и і ї й к …).
QStringList alphabetical()
{
    return {QStringLiteral("Гадяч"),     QStringLiteral("Ґалаґан"),  QStringLiteral("Дубно"),
            QStringLiteral("Ерастів"),   QStringLiteral("Єнакієве"), QStringLiteral("Житомир"),
            QStringLiteral("Иршава"),    QStringLiteral("Ізмаїл"),   QStringLiteral("Їжакевичі"),
            QStringLiteral("Йосипівка"), QStringLiteral("Київ")};
}

} // namespace

class TestCollation : public QObject
{
    Q_OBJECT
private slots:
    void collatorOrdersTheUkrainianAlphabet_data();
    void collatorOrdersTheUkrainianAlphabet();
    void proxySortsInUkrainianOrder();
};

void TestCollation::collatorOrdersTheUkrainianAlphabet_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("ґ after г") << QStringLiteral("гуска") << QStringLiteral("ґава");
    QTest::newRow("ґ before д") << QStringLiteral("ґудзик") << QStringLiteral("дах");
    QTest::newRow("є after е") << QStringLiteral("ешелон") << QStringLiteral("єнот");
    QTest::newRow("є before ж") << QStringLiteral("єнот") << QStringLiteral("жаба");
    QTest::newRow("і after и") << QStringLiteral("ирій") << QStringLiteral("іній");
    QTest::newRow("ї after і") << QStringLiteral("іній") << QStringLiteral("їжак");
    QTest::newRow("й after ї") << QStringLiteral("їжак") << QStringLiteral("йод");
    QTest::newRow("case ignored") << QStringLiteral("Гадяч") << QStringLiteral("ґанок");
    QTest::newRow("Ukrainian name") << QStringLiteral("Вінниця") << QStringLiteral("Житомир");
}

void TestCollation::collatorOrdersTheUkrainianAlphabet()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QCollator collator{QLocale(QLocale::Ukrainian, QLocale::Ukraine)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QVERIFY2(collator.compare(before, after) < 0,
             qPrintable(before + QStringLiteral(" < ") + after));
    QVERIFY(collator.compare(after, before) > 0);
}

void TestCollation::proxySortsInUkrainianOrder()
{
    QStringList shuffled = alphabetical();
    std::reverse(shuffled.begin(), shuffled.end());
    std::rotate(shuffled.begin(), shuffled.begin() + 5, shuffled.end());

    QStandardItemModel source;
    for (const QString &name : shuffled) {
        auto *item = new QStandardItem(name);
        item->setData(name, Qt::UserRole);
        source.appendRow(item);
    }
    CollatingProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(0);
    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted << proxy.index(row, 0).data().toString();

    QCOMPARE(sorted, alphabetical());
    // The sort is the Ukrainian alphabet, not code points (Є, І, Ї and Ґ lie
    // outside the А–Я block).
    QCOMPARE(sorted.indexOf(QStringLiteral("Ґалаґан")), 1);
    QCOMPARE(sorted.indexOf(QStringLiteral("Єнакієве")), 4);
    QVERIFY(sorted.indexOf(QStringLiteral("Ізмаїл")) > sorted.indexOf(QStringLiteral("Иршава")));
    QVERIFY(sorted.indexOf(QStringLiteral("Їжакевичі")) > sorted.indexOf(QStringLiteral("Ізмаїл")));
}

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_collation.moc"
