#include "app/present/money.h"

#include <QTest>

using namespace tt;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void formats_data();
    void formats();
    void totals();
};

void TestMoney::formats_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    const QString nbsp(QChar(0x00a0));
    QTest::newRow("uk") << qint64(123456700) << QStringLiteral("EUR") << QStringLiteral("uk_UA")
                        << QString(QStringLiteral("EUR 1") + nbsp + QStringLiteral("234") + nbsp +
                                   QStringLiteral("567,00"));
    QTest::newRow("en cents") << qint64(5) << QStringLiteral("UAH") << QStringLiteral("en_US")
                              << QStringLiteral("UAH 0.05");
    QTest::newRow("en negative") << qint64(-123456) << QStringLiteral("PLN")
                                 << QStringLiteral("en_US") << QStringLiteral("PLN -1,234.56");
    QTest::newRow("no currency") << qint64(100) << QString() << QStringLiteral("en_US")
                                 << QStringLiteral("1.00");
    // Beyond what a double holds exactly.
    QTest::newRow("large") << qint64(9007199254740993) << QStringLiteral("UAH")
                           << QStringLiteral("en_US")
                           << QStringLiteral("UAH 90,071,992,547,409.93");
}

void TestMoney::formats()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(present::formatMoney(minor, currency, QLocale(locale)), expected);
}

void TestMoney::totals()
{
    QMap<QString, qint64> sums{{QStringLiteral("UAH"), 200000000},
                               {QStringLiteral("EUR"), 123456700}};
    QCOMPARE(present::formatTotals(sums, QLocale(QStringLiteral("en_US"))),
             QStringLiteral("EUR 1,234,567.00 · UAH 2,000,000.00"));
    QCOMPARE(present::formatTotals({}, QLocale(QStringLiteral("en_US"))), QString());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
