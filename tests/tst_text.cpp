#include "app/core/text.h"

#include <QTest>

using namespace tt;

class TestText : public QObject
{
    Q_OBJECT
private slots:
    void transliterate_data();
    void transliterate();
    void searchKey_data();
    void searchKey();
};

void TestText::transliterate_data()
{
    QTest::addColumn<QString>("uk");
    QTest::addColumn<QString>("latin");
    // The examples of the table of Cabinet of Ministers resolution No. 55 (2010).
    const char *const rows[][2] = {
        {"Алушта", "Alushta"},
        {"Андрій", "Andrii"},
        {"Борщагівка", "Borshchahivka"},
        {"Борисенко", "Borysenko"},
        {"Вінниця", "Vinnytsia"},
        {"Володимир", "Volodymyr"},
        {"Гадяч", "Hadiach"},
        {"Богдан", "Bohdan"},
        {"Згурський", "Zghurskyi"},
        {"Ґалаґан", "Galagan"},
        {"Ґорґани", "Gorgany"},
        {"Донецьк", "Donetsk"},
        {"Дмитро", "Dmytro"},
        {"Рівне", "Rivne"},
        {"Олег", "Oleh"},
        {"Есмань", "Esman"},
        {"Єнакієве", "Yenakiieve"},
        {"Гаєвич", "Haievych"},
        {"Короп’є", "Koropie"},
        {"Житомир", "Zhytomyr"},
        {"Жанна", "Zhanna"},
        {"Жежелів", "Zhezheliv"},
        {"Закарпаття", "Zakarpattia"},
        {"Казимирчук", "Kazymyrchuk"},
        {"Медвин", "Medvyn"},
        {"Михайленко", "Mykhailenko"},
        {"Іванків", "Ivankiv"},
        {"Іващенко", "Ivashchenko"},
        {"Їжакевич", "Yizhakevych"},
        {"Кадиївка", "Kadyivka"},
        {"Мар’їне", "Marine"},
        {"Йосипівка", "Yosypivka"},
        {"Стрий", "Stryi"},
        {"Олексій", "Oleksii"},
        {"Київ", "Kyiv"},
        {"Коваленко", "Kovalenko"},
        {"Лебедин", "Lebedyn"},
        {"Леонід", "Leonid"},
        {"Миколаїв", "Mykolaiv"},
        {"Маринич", "Marynych"},
        {"Ніжин", "Nizhyn"},
        {"Наталія", "Nataliia"},
        {"Одеса", "Odesa"},
        {"Онищенко", "Onyshchenko"},
        {"Полтава", "Poltava"},
        {"Петро", "Petro"},
        {"Решетилівка", "Reshetylivka"},
        {"Рибчинський", "Rybchynskyi"},
        {"Суми", "Sumy"},
        {"Соломія", "Solomiia"},
        {"Тернопіль", "Ternopil"},
        {"Троць", "Trots"},
        {"Ужгород", "Uzhhorod"},
        {"Уляна", "Uliana"},
        {"Фастів", "Fastiv"},
        {"Філіпчук", "Filipchuk"},
        {"Харків", "Kharkiv"},
        {"Христина", "Khrystyna"},
        {"Біла Церква", "Bila Tserkva"},
        {"Стеценко", "Stetsenko"},
        {"Чернівці", "Chernivtsi"},
        {"Шевченко", "Shevchenko"},
        {"Шостка", "Shostka"},
        {"Кишеньки", "Kyshenky"},
        {"Щербухи", "Shcherbukhy"},
        {"Гоща", "Hoshcha"},
        {"Гаращенко", "Harashchenko"},
        {"Юрій", "Yurii"},
        {"Корюківка", "Koriukivka"},
        {"Яготин", "Yahotyn"},
        {"Ярошенко", "Yaroshenko"},
        {"Костянтин", "Kostiantyn"},
        {"Знам’янка", "Znamianka"},
        {"Феодосія", "Feodosiia"},
        {"Згорани", "Zghorany"},
        {"Розгон", "Rozghon"},
        {"Запоріжжя", "Zaporizhzhia"},
        {"Кам’янець-Подільський", "Kamianets-Podilskyi"},
        {"Кривий Ріг", "Kryvyi Rih"},
        {"ЩЕ", "SHCHE"},
    };
    for (const auto &row : rows)
        QTest::newRow(row[1]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
}

void TestText::transliterate()
{
    QFETCH(QString, uk);
    QFETCH(QString, latin);
    QCOMPARE(text::transliterate(uk), latin);
}

void TestText::searchKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("accent") << QStringLiteral("Kraków") << QStringLiteral("krakow");
    QTest::newRow("polish l") << QStringLiteral("Białystok") << QStringLiteral("BIALYSTOK");
    QTest::newRow("german") << QStringLiteral("Düsseldorf") << QStringLiteral("dusseldorf");
    QTest::newRow("apostrophes") << QStringLiteral("Кам’янець") << QStringLiteral("кам'янець");
    QTest::newRow("cyrillic case") << QStringLiteral("КАРЛСРУЕ") << QStringLiteral("Карлсруе");
    QTest::newRow("yi kept") << QStringLiteral("Київ") << QStringLiteral("київ");
    QTest::newRow("dash and space")
        << QStringLiteral("Cluj-Napoca") << QStringLiteral("cluj  napoca");
    // One side has an accent, the other only ASCII: both ways of folding agree.
    QTest::newRow("ascii and accented")
        << QStringLiteral(" Saint-Jean_d’Angély ") << QStringLiteral("\tSAINT JEAN - D`ANGELY\n");
    QTest::newRow("ascii digits and dots")
        << QStringLiteral("St. Pölten 2") << QStringLiteral("st. polten 2");
}

void TestText::searchKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(text::searchKey(a), text::searchKey(b));
    QVERIFY(text::searchKey(QStringLiteral("Київ")) != text::searchKey(QStringLiteral("Кіив")));
    QCOMPARE(text::searchKey(QStringLiteral(" New-York_'City' ")), QStringLiteral("new york city"));
    QCOMPARE(text::searchKey(QStringLiteral("  ")), QString());
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
