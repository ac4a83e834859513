// The importer: encodings and separators, the mapping of columns, values as
// people write them, places matched rather than duplicated, dry runs, rejected
// rows, rollback on failure, and the real-world validation file.

#include "core/maintenance.h"
#include "core/repositories.h"
#include "core/transfer.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "testutil.h"

using namespace tt;
using namespace tt::io;

namespace {

const QString vinnytsiaCode = QStringLiteral("UA05020030000031457");

QByteArray encode(const QString &text, const QString &encoding)
{
    if (encoding == u"utf8")
        return text.toUtf8();
    if (encoding == u"utf8bom")
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    // Windows-1251 for the letters the test uses.
    QByteArray out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out += static_cast<char>(u);
        else if (u >= 0x0410 && u <= 0x044F)
            out += static_cast<char>(0xC0 + (u - 0x0410));
        else if (u == 0x0456)
            out += '\xB3'; // і
        else if (u == 0x0406)
            out += '\xB2'; // І
        else if (u == 0x0457)
            out += '\xBF'; // ї
        else if (u == 0x0454)
            out += '\xBA'; // є
        else if (u == 0x2019)
            out += '\x92'; // ’
        else
            out += '?';
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

qint64 count(Database &db, const char *table)
{
    return countRows(db, QLatin1String(table)).valueOr(-1);
}

// The bytes of a database file without the two counters of changes that SQLite
// keeps in its header (offsets 24 and 92): switching the journal mode counts as
// a change, though no page of the file changes.
QByteArray withoutChangeCounter(QByteArray bytes)
{
    for (qsizetype offset : {24, 92}) {
        if (bytes.size() >= offset + 4)
            bytes.replace(offset, 4, QByteArray(4, '\0'));
    }
    return bytes;
}

// What a PRAGMA that answers one value answers on the connection.
QString pragma(Database &db, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("PRAGMA ") + name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The rows of a bulk import: enough new pairs (at least 5,000, more than the
// file holds) for the importer to treat it as one (planwriter.h).
QString bulkRows(int rows, int failingRow = 0)
{
    QString text = QStringLiteral("community,partner,country,notes\n");
    for (int i = 1; i <= rows; ++i)
        text += QStringLiteral("Вінниця,Partnerort %1,DE,%2\n")
                    .arg(i)
                    .arg(i == failingRow ? QStringLiteral("boom") : QString());
    return text;
}

// The indexes of the schema with their SQL, sorted.
QStringList indexes(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' "
        "ORDER BY name"));
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void encodingsAndSeparators_data();
    void encodingsAndSeparators();
    void quotedFields();
    void samePairTwiceNamesItsFirstLine();
    void emptyCellsAfterFilledOnesStayEmpty();
    void manyRows_data();
    void manyRows();
    void headersMapThemselves_data();
    void headersMapThemselves();
    void mapOption();
    void mapOptionErrors_data();
    void mapOptionErrors();
    void oblasts_data();
    void oblasts();
    void countries_data();
    void countries();
    void kindsStagesDates_data();
    void kindsStagesDates();
    void cyrillicAndLatinAreOneRecord();
    void renamedCityResolves();
    void valuesLandInTheRecord();
    void textsAreStoredAsWritten();
    void dryRunWritesNothing();
    void rejectedRowsAreSkippedAndReported();
    void allOrNothingLeavesDatabaseIdentical();
    void failureWhileWritingUndoesEverything();
    void reimportAddsNothing();
    void largeImportKeepsIndexes();
    void bulkImportWritesTheFileOnce();
    void bulkImportBesideAnotherConnection();
    void writingWhilePlanningMatchesPlanningFirst();
    void fileBrokenFarDownChangesNothing();
    void conflictingDatesAreLeftAsRecorded();
    void ambiguousNameIsReported();
    void villageNeedsOblast();
    void validationFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The bytes of the database's file, read while it is closed; it is then
    // opened again (m_db stays empty when it cannot be).
    QByteArray bytesOfClosedFile();
    // Imports bulkRows(rows); the file is in WAL mode after it, with the busy
    // timeout it had.
    void importBulk(int rows);
    Result<ImportReport> importText(const QString &text, const ImportOptions &options = {},
                                    const QString &name = QStringLiteral("in.csv"));
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void TestImport::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
}

void TestImport::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

QByteArray TestImport::bytesOfClosedFile()
{
    const QString dbPath = m_db->path();
    m_db.reset();
    QByteArray bytes = test::fileBytes(dbPath);
    if (auto db = Database::open(dbPath))
        m_db = std::move(*db);
    return bytes;
}

Result<ImportReport> TestImport::importText(const QString &text, const ImportOptions &options,
                                            const QString &name)
{
    if (!writeFile(path(name), text.toUtf8()))
        return Error::make(Error::Code::Io, QStringLiteral("cannot write"));
    return importFile(*m_db, path(name), options);
}

void TestImport::encodingsAndSeparators_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("expectedEncoding");
    for (const auto &[enc, name] :
         {std::pair{QStringLiteral("utf8"), QStringLiteral("UTF-8")},
          std::pair{QStringLiteral("utf8bom"), QStringLiteral("UTF-8 with BOM")},
          std::pair{QStringLiteral("cp1251"), QStringLiteral("Windows-1251")}}) {
        for (const QString &sep :
             {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t")}) {
            const QString tag = enc + (sep == u"\t" ? QStringLiteral(" tab") : u' ' + sep);
            QTest::newRow(qPrintable(tag)) << enc << sep << name;
        }
    }
}

void TestImport::encodingsAndSeparators()
{
    QFETCH(QString, encoding);
    QFETCH(QString, separator);
    QFETCH(QString, expectedEncoding);
    const QStringList lines = {
        QStringLiteral("Громада|Область|Місто-партнер|Країна|Вид"),
        QStringLiteral("Вінниця|Вінницька область|Karlsruhe|Німеччина|побратимство"),
        QStringLiteral("Житомир|Житомирська|Kalisz|PL|партнерство"),
    };
    QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    text.replace(u'|', separator);
    const QByteArray bytes = encode(text, encoding);

    auto table = parseCsv(bytes, QStringLiteral("in.csv"));
    QVERIFY2(table, table ? "" : qPrintable(table.error().fullText()));
    QCOMPARE(table->encoding, expectedEncoding);
    QCOMPARE(table->separator, separator.at(0));
    QCOMPARE(table->headers.first(), QStringLiteral("Громада"));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->lines, (QList<int>{2, 3}));

    QVERIFY(writeFile(path(QStringLiteral("in.csv")), bytes));
    auto report = importFile(*m_db, path(QStringLiteral("in.csv")), {});
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->rejected, 0);
    QCOMPARE(report->communitiesCreated, 0);
    auto pairs = PartnershipRepository(*m_db).all();
    QVERIFY(pairs);
    QCOMPARE(pairs->size(), 2);
    auto vinnytsia = CommunityRepository(*m_db).byKatottg(vinnytsiaCode);
    QVERIFY(vinnytsia && *vinnytsia);
    QCOMPARE(pairs->first().communityId, (*vinnytsia)->id);
    QCOMPARE(pairs->first().kind, PartnershipKind::Twinning);
    QCOMPARE(pairs->last().kind, PartnershipKind::Partnership);
    auto karlsruhe =
        MunicipalityRepository(*m_db).byName(QStringLiteral("Karlsruhe"), QStringLiteral("DE"));
    QVERIFY(karlsruhe);
    QCOMPARE(karlsruhe->size(), 1);
    QVERIFY(karlsruhe->first().lat); // from the gazetteer
    QVERIFY(qAbs(*karlsruhe->first().lat - 49.0) < 0.1);
}

void TestImport::manyRows_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("lineBreak");
    QTest::newRow("utf8 lf") << QStringLiteral("utf8") << QStringLiteral("\n");
    QTest::newRow("utf8bom crlf") << QStringLiteral("utf8bom") << QStringLiteral("\r\n");
    QTest::newRow("cp1251 crlf") << QStringLiteral("cp1251") << QStringLiteral("\r\n");
}

// Enough rows that the reader shares the cells of columns that repeat and stops
// doing so for a column that does not; every cell must read as written, quoted
// or not, across line breaks, wherever a field is built from several pieces.
void TestImport::manyRows()
{
    QFETCH(QString, encoding);
    QFETCH(QString, lineBreak);
    const QStringList communities = {QStringLiteral("Вінниця"), QStringLiteral("Житомир"),
                                     QStringLiteral("Київ")};
    QString text = QStringLiteral("community;note;partner;quoted") + lineBreak;
    QList<QStringList> expected;
    const int rows = 2000;
    for (int i = 0; i < rows; ++i) {
        const QString community = communities[i % 3];
        const QString note = QStringLiteral("примітка %1").arg(i); // never repeats
        const QString partner = i % 7 == 0 ? QString() : QStringLiteral("Kalisz");
        // Every fifth row: a quoted field with a doubled quote, a line break and
        // a separator inside; every eleventh: a quoted piece followed by more.
        QString quotedWritten = QStringLiteral("x%1").arg(i % 4);
        QString quotedRead = quotedWritten;
        if (i % 5 == 0) {
            quotedWritten = QStringLiteral("\"a \"\"b\"\";%1c\"").arg(lineBreak);
            quotedRead = QStringLiteral("a \"b\";%1c").arg(lineBreak);
        } else if (i % 11 == 0) {
            quotedWritten = QStringLiteral("\"ab\"cd");
            quotedRead = QStringLiteral("abcd");
        }
        text += community + u';' + note + u';' + partner + u';' + quotedWritten + lineBreak;
        expected << QStringList{community, note, partner, quotedRead};
    }
    auto table = parseCsv(encode(text, encoding), QStringLiteral("many.csv"));
    QVERIFY2(table, table ? "" : qPrintable(table.error().fullText()));
    QCOMPARE(table->headers, (QStringList{QStringLiteral("community"), QStringLiteral("note"),
                                          QStringLiteral("partner"), QStringLiteral("quoted")}));
    QCOMPARE(table->rows.size(), rows);
    int line = 2;
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(table->rows[i], expected[i]);
        QCOMPARE(table->lines[i], line);
        line += i % 5 == 0 ? 2 : 1; // the quoted line break
    }
    // A cell shared by many rows is changed in one of them only.
    QStringList &first = table->rows[0];
    first[0].append(QStringLiteral("!"));
    QCOMPARE(table->rows[0][0], QStringLiteral("Вінниця!"));
    QCOMPARE(table->rows[3][0], QStringLiteral("Вінниця"));
}

void TestImport::samePairTwiceNamesItsFirstLine()
{
    // Lines 2 and 5 hold one pair: line 5 adds nothing and says where the pair
    // came first, whether rows are written while planned or planned first (the
    // second time, into a file that holds the pairs).
    const QString text = QStringLiteral("community,partner,country,since\n"
                                        "Вінниця,Karlsruhe,DE,1992\n"
                                        "Житомир,Kalisz,PL,2001\n"
                                        "\n"
                                        "Вінниця,Karlsruhe,DE,1992\n");
    for (bool allOrNothing : {false, true}) {
        ImportOptions options;
        options.allOrNothing = allOrNothing;
        auto report = importText(text, options);
        QVERIFY(report);
        QCOMPARE(report->rows.size(), 3);
        QCOMPARE(report->rows.at(2).line, 5);
        QCOMPARE(report->rows.at(2).action, RowOutcome::Action::Unchanged);
        QCOMPARE(report->rows.at(2).message, QStringLiteral("the same pair as line 2"));
        QCOMPARE(count(*m_db, "partnership"), 2);
    }
}

void TestImport::emptyCellsAfterFilledOnesStayEmpty()
{
    // Rows are written through one prepared statement whose empty columns keep
    // the NULL bound before: a filled cell must not carry over to the next row.
    QString text =
        QStringLiteral("community,partner,country,since,notes,source,partner_lat,partner_lon\n");
    for (int i = 1; i <= 40; ++i) {
        const bool filled = i % 3 == 0;
        text += QStringLiteral("Вінниця,Partnerort %1,DE,%2,%3,%4,%5,%5\n")
                    .arg(i)
                    .arg(filled ? QStringLiteral("2001") : QString())
                    .arg(filled ? QStringLiteral("note %1").arg(i) : QString())
                    .arg(filled ? QStringLiteral("https://example.org/%1").arg(i) : QString())
                    .arg(filled ? QStringLiteral("49.5") : QString());
    }
    auto report = importText(text);
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, 40);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT m.name, p.twinning_on, p.notes, p.sources, m.lat FROM partnership p "
                       "JOIN municipality m ON m.id = p.municipality_id ORDER BY p.id")));
    int i = 0;
    while (q.next()) {
        ++i;
        QCOMPARE(q.value(0).toString(), QStringLiteral("Partnerort %1").arg(i));
        const bool filled = i % 3 == 0;
        for (int column = 1; column <= 4; ++column)
            QVERIFY2(q.value(column).isNull() != filled,
                     qPrintable(QStringLiteral("line %1, column %2").arg(i + 1).arg(column)));
        if (filled)
            QCOMPARE(q.value(2).toString(), QStringLiteral("note %1").arg(i));
    }
    QCOMPARE(i, 40);
}

void TestImport::quotedFields()
{
    const QByteArray csv = "a,b,c\r\n\"x, \"\"quoted\"\"\",\"two\nlines\",z\r\n\r\nlast,,\r\n";
    auto table = parseCsv(csv, QStringLiteral("q.csv"));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows[0], (QStringList{QStringLiteral("x, \"quoted\""),
                                          QStringLiteral("two\nlines"), QStringLiteral("z")}));
    QCOMPARE(table->lines, (QList<int>{2, 5}));
    QCOMPARE(table->rows[1], (QStringList{QStringLiteral("last"), QString(), QString()}));

    auto broken = parseCsv("a,b\n1,\"open\n2,3\n", QStringLiteral("broken.csv"));
    QVERIFY(!broken);
    QVERIFY(broken.error().message.contains(QStringLiteral("broken.csv")));
    QVERIFY(broken.error().message.contains(QStringLiteral("line 2")));
    QVERIFY(broken.error().message.contains(QStringLiteral("column 3")));
}

void TestImport::headersMapThemselves_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    const std::pair<const char *, const char *> rows[] = {
        {"ua_city", "community_latin"},
        {"ua_city_uk", "community"},
        {"ua_oblast", "oblast"},
        {"partner_city", "partner"},
        {"partner_country_iso2", "country"},
        {"since_year", "since"},
        {"relation_type", "kind"},
        {"source", "source"},
        {"Громада", "community"},
        {"Місто-партнер", "partner"},
        {"Країна", "country"},
        {"Область", "oblast"},
        {"  COUNTRY  ", "country"},
        {"Partner_UK", "partner_uk"},
        {"community_lat", "community_lat"},
        {"Сфери співпраці", "areas"},
        {"Дата підписання", "signed"},
        {"Примітки", "notes"},
    };
    for (const auto &[header, field] : rows)
        QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(field);
}

void TestImport::headersMapThemselves()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    const Mapping m = io::automaticMapping({QStringLiteral("unrelated"), header});
    const auto f = fieldFromName(field);
    QVERIFY(f);
    QCOMPARE(m.value(*f, -1), 1);
    QCOMPARE(m.size(), 1);
}

void TestImport::mapOption()
{
    const QString text = QStringLiteral("Місто A,Хто B,Земля C,Рік\n"
                                        "Вінниця,Karlsruhe,DE,2023\n");
    ImportOptions options;
    options.dryRun = true;
    auto unmapped = importText(text, options);
    QVERIFY(!unmapped);
    QVERIFY(unmapped.error().message.contains(QStringLiteral("--map")));

    options.assignments = {QStringLiteral("community=Місто A"), QStringLiteral("partner=2"),
                           QStringLiteral("country=земля c")};
    auto report = importText(text, options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, 1);

    // A column given to a field is taken from the field that had it.
    auto m = applyAssignments(
        io::automaticMapping({QStringLiteral("country"), QStringLiteral("x")}),
        {QStringLiteral("country"), QStringLiteral("x")}, {QStringLiteral("notes=country")});
    QVERIFY(m);
    QVERIFY(!m->contains(Field::Country));
    QCOMPARE(m->value(Field::Notes), 0);
}

void TestImport::mapOptionErrors_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown field") << QStringLiteral("town=A") << QStringLiteral("community");
    QTest::newRow("no equals") << QStringLiteral("community") << QStringLiteral("FIELD=COLUMN");
    QTest::newRow("unknown column") << QStringLiteral("community=Z") << QStringLiteral("“Z”");
    QTest::newRow("column out of range") << QStringLiteral("community=9") << QStringLiteral("“9”");
}

void TestImport::mapOptionErrors()
{
    QFETCH(QString, assignment);
    QFETCH(QString, mentions);
    auto m = applyAssignments({}, {QStringLiteral("A"), QStringLiteral("B")}, {assignment});
    QVERIFY(!m);
    QVERIFY2(m.error().message.contains(mentions), qPrintable(m.error().message));
}

void TestImport::oblasts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    const std::pair<const char *, const char *> rows[] = {
        {"Vinnytsia Oblast", "UA-05"},
        {"Vinnytsia", "UA-05"},
        {"Вінницька область", "UA-05"},
        {"Вінницька обл.", "UA-05"},
        {"Вінницька", "UA-05"},
        {"Oblast Winnyzja", "UA-05"},
        {"UA-05", "UA-05"},
        {"ua-05", "UA-05"},
        {"Kyiv City", "UA-30"},
        {"м. Київ", "UA-30"},
        {"Kyiv", "UA-30"},
        {"Kyiv Oblast", "UA-32"},
        {"Київська область", "UA-32"},
        {"Sevastopol City", "UA-40"},
        {"Autonomous Republic of Crimea", "UA-43"},
        {"АР Крим", "UA-43"},
        {"Crimea", "UA-43"},
        {"Zakarpattia Oblast", "UA-21"},
        {"Nowhere Oblast", ""},
        {"", ""},
    };
    for (const auto &[text, iso] : rows)
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(iso);
}

void TestImport::oblasts()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(readOblast(text).value_or(QString()), iso);
}

void TestImport::countries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    const std::pair<const char *, const char *> rows[] = {
        {"DE", "DE"},         {"de", "DE"},
        {"DEU", "DE"},        {"Germany", "DE"},
        {"Німеччина", "DE"},  {"Deutschland", "DE"},
        {"Polska", ""},       {"Польща", "PL"},
        {"USA", "US"},        {"United Kingdom", "GB"},
        {"Czechia", "CZ"},    {"Czech Republic", "CZ"},
        {"Österreich", "AT"}, {"oesterreich", ""},
        {"Nowhere", ""},
    };
    for (const auto &[text, iso] : rows)
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(iso);
}

void TestImport::countries()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(readCountry(text).value_or(QString()), iso);
}

void TestImport::kindsStagesDates_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expectedKind"); // -1: not read
    QTest::addColumn<QString>("date");
    QTest::addColumn<PartialDate>("expectedDate");
    QTest::newRow("twin, year") << QStringLiteral("twin") << 0 << QStringLiteral("2023")
                                << PartialDate::ofYear(2023);
    QTest::newRow("sister city, ISO")
        << QStringLiteral("Sister City") << 0 << QStringLiteral("2023-04-22")
        << PartialDate(QDate(2023, 4, 22));
    QTest::newRow("побратимство, dotted")
        << QStringLiteral("побратимство") << 0 << QStringLiteral("22.04.2023")
        << PartialDate(QDate(2023, 4, 22));
    QTest::newRow("partner, slashes")
        << QStringLiteral("partner") << 1 << QStringLiteral("2/4/2023")
        << PartialDate(QDate(2023, 4, 2));
    QTest::newRow("партнерство, month")
        << QStringLiteral("партнерство") << 1 << QStringLiteral("04.2023")
        << PartialDate::ofMonth(2023, 4);
    QTest::newRow("friendship, serial")
        << QStringLiteral("friendship") << 2 << QStringLiteral("45038")
        << PartialDate(QDate(2023, 4, 22));
    QTest::newRow("cooperation") << QStringLiteral("cooperation") << 3 << QStringLiteral("x")
                                 << PartialDate();
    QTest::newRow("співпраця, bad day")
        << QStringLiteral("співпраця") << 3 << QStringLiteral("31.02.2023") << PartialDate();
    QTest::newRow("unknown") << QStringLiteral("rivalry") << -1 << QString() << PartialDate();
}

void TestImport::kindsStagesDates()
{
    QFETCH(QString, kind);
    QFETCH(int, expectedKind);
    QFETCH(QString, date);
    QFETCH(PartialDate, expectedDate);
    const auto k = readKind(kind);
    QCOMPARE(k ? static_cast<int>(*k) : -1, expectedKind);
    QCOMPARE(readDate(date).value_or(PartialDate()), expectedDate);
    QCOMPARE(readStage(QStringLiteral("memorandum of intent")), Stage::Memorandum);
    QCOMPARE(readStage(QStringLiteral("угода про побратимство")), Stage::TwinningAgreement);
    QCOMPARE(readStage(QStringLiteral("cooperation_agreement")), Stage::CooperationAgreement);
    QVERIFY(!readStage(QStringLiteral("maybe")));
}

void TestImport::cyrillicAndLatinAreOneRecord()
{
    auto first = importText(QStringLiteral("community,partner,country\nВінниця,Kraków,PL\n"));
    QVERIFY(first);
    QCOMPARE(first->added, 1);
    // The same pair in Latin letters, the partner without its accent.
    auto second = importText(
        QStringLiteral(
            "community,oblast,partner,country\nVinnytsia,Vinnytsia Oblast,krakow,Poland\n"),
        {}, QStringLiteral("latin.csv"));
    QVERIFY(second);
    QCOMPARE(second->added, 0);
    QCOMPARE(second->unchanged, 1);
    QCOMPARE(count(*m_db, "partnership"), 1);
    QCOMPARE(count(*m_db, "municipality"), 1);
    // A new partner of the Latin-named community goes to the same community.
    auto third =
        importText(QStringLiteral("community_latin,partner,country\nVinnytsia,Kielce,PL\n"), {},
                   QStringLiteral("third.csv"));
    QVERIFY(third);
    QCOMPARE(third->added, 1);
    auto pairs = PartnershipRepository(*m_db).all();
    QVERIFY(pairs);
    QCOMPARE(pairs->size(), 2);
    QCOMPARE(pairs->at(0).communityId, pairs->at(1).communityId);
}

void TestImport::renamedCityResolves()
{
    auto report = importText(QStringLiteral("community,partner,country\n"
                                            "Червоноград,Żółkiewka,PL\n"
                                            "Sheptytskyi,Hrubieszów,PL\n"));
    QVERIFY(report);
    QCOMPARE(report->added, 2);
    QCOMPARE(report->communitiesCreated, 0);
    auto pairs = PartnershipRepository(*m_db).all();
    QVERIFY(pairs);
    QCOMPARE(pairs->at(0).communityId, pairs->at(1).communityId);
    QCOMPARE(CommunityRepository(*m_db).get(pairs->at(0).communityId)->nameUk,
             QStringLiteral("Шептицький"));
}

void TestImport::valuesLandInTheRecord()
{
    auto report = importText(QStringLiteral(
        "community;partner;partner_uk;partner_region;country;kind;stage;since;"
        "signed;areas;notes;source;partner_lat;partner_lon\n"
        "Вінниця;Karlsruhe;Карлсруе;Baden-Württemberg;DE;twin;twinning agreement;"
        "2019;22.04.2023;\"Healthcare, culture; Освіта та студентські обміни\";'=1+1;"
        "https://karlsruhe.de;49.01;8.40\n"));
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, 1);
    auto pairs = PartnershipRepository(*m_db).all();
    QVERIFY(pairs && pairs->size() == 1);
    const Partnership &p = pairs->first();
    QCOMPARE(p.stage, Stage::TwinningAgreement);
    QCOMPARE(p.firstContactOn, PartialDate::ofYear(2019)); // a year stays a year
    QCOMPARE(p.twinningOn, QDate(2023, 4, 22));
    QCOMPARE(p.notes, QStringLiteral("=1+1")); // the protecting quote is taken away
    QCOMPARE(p.sources, QStringLiteral("https://karlsruhe.de"));
    auto areas = PartnershipAreaRepository(*m_db).forPartnership(p.id);
    QVERIFY(areas);
    QCOMPARE(areas->size(), 3);
    auto m = MunicipalityRepository(*m_db).get(p.municipalityId);
    QVERIFY(m);
    QCOMPARE(m->nameUk, QStringLiteral("Карлсруе"));
    QCOMPARE(m->region, QStringLiteral("Baden-Württemberg"));
    QCOMPARE(*m->lat, 49.01);
    QCOMPARE(*m->lon, 8.40);
}

// Every text reaches the database character for character: ASCII, ASCII
// followed by other letters, letters outside the BMP.
void TestImport::textsAreStoredAsWritten()
{
    const QStringList notes = {
        QStringLiteral("plain ASCII, 100% (links: https://example.org/a?b=c&d)"),
        QStringLiteral("ASCII first, then Cyrillic: угода про співпрацю"),
        QStringLiteral("Łódź – Kraków – Malmö"),
        QStringLiteral("flags 🇺🇦🇵🇱 and a clef 𝄞 beyond the BMP"),
        QStringLiteral("x"),
    };
    QString csv = QStringLiteral("community,partner,country,notes,source\n");
    for (qsizetype i = 0; i < notes.size(); ++i)
        csv += QStringLiteral("Вінниця,Partner %1 Łęczyca,PL,\"%2\",\"%3\"\n")
                   .arg(i)
                   .arg(notes[i], notes[notes.size() - 1 - i].left(12));
    auto report = importText(csv);
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, notes.size());
    auto pairs = PartnershipRepository(*m_db).all();
    QVERIFY(pairs);
    QCOMPARE(pairs->size(), notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const Partnership &p = pairs->at(i);
        QCOMPARE(p.notes, notes[i]);
        QCOMPARE(p.sources, notes[notes.size() - 1 - i].left(12));
        auto m = MunicipalityRepository(*m_db).get(p.municipalityId);
        QVERIFY(m);
        QCOMPARE(m->name, QStringLiteral("Partner %1 Łęczyca").arg(i));
    }
    // SQLite itself reads the same characters: the bytes stored are UTF-8.
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT count(*) FROM partnership WHERE notes = ?"));
    q.addBindValue(notes[3]);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestImport::dryRunWritesNothing()
{
    auto seed = importText(QStringLiteral("community,partner,country\nВінниця,Kraków,PL\n"));
    QVERIFY(seed);
    const QString dbPath = m_db->path();
    m_db.reset();
    const QByteArray before = test::fileBytes(dbPath);
    QVERIFY(!before.isEmpty());

    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(dbPath, readOnly);
    QVERIFY(db);
    QVERIFY(writeFile(path(QStringLiteral("more.csv")),
                      QStringLiteral("community,partner,country\nВінниця,Kraków,PL\n"
                                     "Вінниця,Karlsruhe,DE\nНіде,Paris,FR\nВінниця,Rome,XX\n")
                          .toUtf8()));
    ImportOptions options;
    options.dryRun = true;
    auto report = importFile(**db, path(QStringLiteral("more.csv")), options);
    QVERIFY(report);
    QCOMPARE(report->added, 1);
    QCOMPARE(report->unchanged, 1);
    QCOMPARE(report->rejected, 2);
    QVERIFY(!report->written);
    QVERIFY(report->summary().contains(QStringLiteral("Dry run")));
    const QStringList details = report->details();
    QVERIFY(details.join(u'\n').contains(QStringLiteral("line 4: rejected")));
    QVERIFY(details.join(u'\n').contains(QStringLiteral("line 5: rejected")));
    db->reset();
    QCOMPARE(test::fileBytes(dbPath), before);
}

void TestImport::rejectedRowsAreSkippedAndReported()
{
    auto report = importText(QStringLiteral("community,partner,country,since\n"
                                            "Вінниця,Karlsruhe,DE,2023\n"
                                            "Вінниця,Somewhere,Atlantis,\n"
                                            "Вінниця,Kielce,PL,someday\n"
                                            "Житомир,Kalisz,PL,\n"));
    QVERIFY(report);
    QCOMPARE(report->added, 2);
    QCOMPARE(report->rejected, 2);
    QCOMPARE(report->rows.size(), 4);
    QCOMPARE(report->rows[1].line, 3);
    QCOMPARE(report->rows[1].action, RowOutcome::Action::Rejected);
    QVERIFY(report->rows[1].message.contains(QStringLiteral("Atlantis")));
    QCOMPARE(report->rows[2].line, 4);
    QVERIFY(report->rows[2].message.contains(QStringLiteral("someday")));
    QVERIFY(report->written);
    QCOMPARE(count(*m_db, "partnership"), 2);
    QCOMPARE(count(*m_db, "municipality"), 2); // no place for the rejected rows
}

void TestImport::allOrNothingLeavesDatabaseIdentical()
{
    const QString dbPath = m_db->path();
    m_db.reset();
    const QByteArray before = test::fileBytes(dbPath);
    auto db = Database::open(dbPath);
    QVERIFY(db);
    QVERIFY(writeFile(path(QStringLiteral("bad.csv")),
                      QStringLiteral("community,partner,country\nВінниця,Karlsruhe,DE\n"
                                     "Вінниця,Somewhere,Atlantis\nЖитомир,Kalisz,PL\n")
                          .toUtf8()));
    ImportOptions options;
    options.allOrNothing = true;
    auto report = importFile(**db, path(QStringLiteral("bad.csv")), options);
    QVERIFY(report);
    QCOMPARE(report->rejected, 1);
    QVERIFY(!report->written);
    QCOMPARE(count(**db, "partnership"), 0);
    db->reset();
    QCOMPARE(test::fileBytes(dbPath), before);
}

void TestImport::failureWhileWritingUndoesEverything()
{
    const QString dbPath = m_db->path();
    m_db.reset();
    const QByteArray before = test::fileBytes(dbPath);
    auto db = Database::open(dbPath);
    QVERIFY(db);
    // A trigger stands for a failure of the engine in the middle of the import;
    // a temporary one, as a file with triggers of its own is not opened at all.
    QVERIFY((*db)->exec(QStringLiteral(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.partnership WHEN NEW.notes = 'boom' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QVERIFY(writeFile(path(QStringLiteral("boom.csv")),
                      QStringLiteral("community,partner,country,notes\n"
                                     "Вінниця,Karlsruhe,DE,\nЖитомир,Kalisz,PL,boom\n"
                                     "Київ,Berlin,DE,\n")
                          .toUtf8()));
    auto report = importFile(**db, path(QStringLiteral("boom.csv")), {});
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QStringLiteral("line 3")),
             qPrintable(report.error().message));
    QVERIFY(report.error().message.contains(QStringLiteral("nothing was written")));
    QCOMPARE(count(**db, "partnership"), 0);
    QCOMPARE(count(**db, "municipality"), 0);
    db->reset();
    QCOMPARE(test::fileBytes(dbPath), before);
}

void TestImport::reimportAddsNothing()
{
    const QString text = QStringLiteral("community,partner,country,since,areas\n"
                                        "Вінниця,Karlsruhe,DE,2023,culture\n"
                                        "Житомир,Kalisz,PL,,\n");
    auto first = importText(text);
    QVERIFY(first);
    QCOMPARE(first->added, 2);
    const qint64 audit = AuditLogRepository(*m_db).count().valueOr(-1);
    auto second = importText(text);
    QVERIFY(second);
    QCOMPARE(second->added, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->unchanged, 2);
    QVERIFY(!second->written);
    QCOMPARE(count(*m_db, "partnership"), 2);
    QCOMPARE(count(*m_db, "municipality"), 2);
    QCOMPARE(count(*m_db, "partnership_area"), 1);
    QCOMPARE(AuditLogRepository(*m_db).count().valueOr(-1), audit);

    // A row that brings what the pair lacks fills it in, and says so.
    auto third = importText(QStringLiteral("community,partner,country,since\n"
                                           "Житомир,Kalisz,PL,2001\n"));
    QVERIFY(third);
    QCOMPARE(third->updated, 1);
    QVERIFY(third->rows.first().message.contains(QStringLiteral("twinning_on")));
}

void TestImport::largeImportKeepsIndexes()
{
    // Enough new pairs for the importer to build the indexes of pairs after
    // writing them (indexsuspension.h): a failure on the way must leave the file as
    // it was, and success must leave every index in place.
    const QStringList before = indexes(*m_db);
    QVERIFY(before.contains(
        QStringLiteral("partnership_pair: CREATE UNIQUE INDEX partnership_pair ON partnership "
                       "(community_id, municipality_id)")));
    const int rows = 6000;
    const QString text = bulkRows(rows, rows - 10);
    const QString dbPath = m_db->path();
    const QByteArray bytes = bytesOfClosedFile();
    QVERIFY(m_db);
    // A temporary trigger lives on this connection only, not in the file,
    // whose schema must stay the program's own.
    QVERIFY(m_db->exec(QStringLiteral(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.partnership WHEN NEW.notes = 'boom' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    auto failed = importText(text);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QStringLiteral("line %1").arg(rows - 10 + 1)),
             qPrintable(failed.error().message));
    m_db.reset();
    // Every page as it was. The import wrote in rollback-journal mode, alone
    // with the file (journalswitch.h), and switching there and back counts as
    // a change in the header.
    const QByteArray after = test::fileBytes(dbPath);
    QCOMPARE(after.size(), bytes.size());
    QCOMPARE(withoutChangeCounter(after), withoutChangeCounter(bytes));
    QVERIFY(!QFile::exists(dbPath + QStringLiteral("-journal")));

    auto db = Database::open(dbPath);
    QVERIFY(db);
    m_db = std::move(*db);
    auto report = importText(text);
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, rows);
    QCOMPARE(count(*m_db, "partnership"), rows);
    QCOMPARE(indexes(*m_db), before);
    const auto problems = m_db->integrityProblems(true);
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
    auto again = importText(text);
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, rows);
}

void TestImport::writingWhilePlanningMatchesPlanningFirst()
{
    // An import of a CSV file on SQLite reads its rows on one thread, plans
    // them on another and stores each batch on a third; all-or-nothing reads
    // the whole file, then plans every row, then writes. Both must leave the
    // same records, ids included: places created in late batches and used again
    // later, updated pairs, areas of new and of recorded pairs, and the file's
    // blank lines, CRLF line ends and quoted line breaks in the chunks read.
    const QStringList communities = {QStringLiteral("Вінниця,UA-05"),
                                     QStringLiteral("Житомир,UA-18"), QStringLiteral("Київ,UA-30"),
                                     QStringLiteral("Львів,UA-46"), QStringLiteral("Одеса,UA-51")};
    const QString header = QStringLiteral("community,oblast,partner,country,since,areas,notes\n");
    const QString first = header + QStringLiteral("Житомир,UA-18,Partnerort 1,DE,,,\n"
                                                  "Київ,UA-30,Partnerort 7,DE,,culture,\n");
    QString text = header;
    const int rows = 5000;
    for (int i = 0; i < rows; ++i) {
        const QString community =
            i >= 3500 && i % 100 == 0 ? QStringLiteral("Тестове Село,UA-05") : communities[i % 5];
        text += community +
                QStringLiteral(",Partnerort %1,DE,%2,%3,%4%5")
                    .arg(i % 1699)
                    .arg(1990 + i % 30)
                    .arg(i % 7 == 0 ? QStringLiteral("culture;healthcare") : QString())
                    .arg(i % 250 == 0 ? QStringLiteral("\"one\nline \"\"two\"\"\"") : QString())
                    .arg(i % 3 == 0 ? QStringLiteral("\r\n") : QStringLiteral("\n"));
        if (i % 1000 == 999)
            text += u'\n';
    }
    QList<TableDigest> digests[2];
    for (int run = 0; run < 2; ++run) {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.twinning")));
        QVERIFY(db);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("first.csv")), first.toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pairs.csv")), text.toUtf8()));
        QVERIFY(importFile(**db, dir.filePath(QStringLiteral("first.csv")), {}));
        ImportOptions options;
        options.allOrNothing = run == 1;
        auto report = importFile(**db, dir.filePath(QStringLiteral("pairs.csv")), options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->rejected, 0);
        QCOMPARE(report->updated, 2);
        QCOMPARE(report->added, rows - 2);
        QCOMPARE(report->communitiesCreated, 1);
        QVERIFY(report->written);
        const auto problems = (*db)->integrityProblems(true);
        QVERIFY(problems);
        QCOMPARE(*problems, QStringList());
        auto digest = digestDatabase(**db);
        QVERIFY(digest);
        for (TableDigest &d : *digest) {
            if (d.table == u"audit_log")
                d.hash.clear(); // the time of each import
        }
        digests[run] = *digest;
    }
    QCOMPARE(digests[0].size(), digests[1].size());
    for (qsizetype i = 0; i < digests[0].size(); ++i) {
        QCOMPARE(digests[0][i].table, digests[1][i].table);
        QCOMPARE(digests[0][i].rows, digests[1][i].rows);
        QCOMPARE(digests[0][i].hash, digests[1][i].hash);
    }
}

void TestImport::fileBrokenFarDownChangesNothing()
{
    // The rows of a CSV file are planned and written while the rest are read:
    // a quote left open near its end stops the import with the message that
    // reading the whole file gives, and the database stays as it was.
    QString text = QStringLiteral("community,partner,country\n");
    for (int i = 1; i <= 3000; ++i)
        text += QStringLiteral("Вінниця,Partnerort %1,DE\n").arg(i);
    text += QStringLiteral("Житомир,\"Kalisz,PL\n");
    const QString csv = path(QStringLiteral("broken.csv"));
    QVERIFY(writeFile(csv, text.toUtf8()));
    const QString dbPath = m_db->path();
    const QByteArray bytes = bytesOfClosedFile();
    QVERIFY(m_db);
    auto report = importFile(*m_db, csv, {});
    QVERIFY(!report);
    auto whole = parseCsv(text.toUtf8(), csv);
    QVERIFY(!whole);
    QCOMPARE(report.error().message, whole.error().message);
    QVERIFY2(report.error().message.contains(QStringLiteral("line 3002")),
             qPrintable(report.error().message));
    QCOMPARE(count(*m_db, "partnership"), 0);
    m_db.reset();
    QCOMPARE(test::fileBytes(dbPath), bytes);
}

// Alone with the file, a bulk import writes its pages once, in rollback-journal
// mode, and leaves the file in WAL mode again: the log holds none of them.
void TestImport::importBulk(int rows)
{
    auto report = importText(bulkRows(rows));
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, rows);
    QCOMPARE(pragma(*m_db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(*m_db, QStringLiteral("busy_timeout")).toInt(), Database::busyTimeoutMs);
}

void TestImport::bulkImportWritesTheFileOnce()
{
    const int rows = 6000;
    importBulk(rows);
    if (QTest::currentTestFailed())
        return;
    const QString dbPath = m_db->path();
    QVERIFY(!QFile::exists(dbPath + QStringLiteral("-journal")));
    QVERIFY2(QFileInfo(dbPath + QStringLiteral("-wal")).size() < 64 * 1024,
             qPrintable(QString::number(QFileInfo(dbPath + QStringLiteral("-wal")).size())));
    QCOMPARE(count(*m_db, "partnership"), rows);
    const auto problems = m_db->integrityProblems(true);
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
    // The next change goes through the log as any other.
    auto one = importText(QStringLiteral("community,partner,country\nВінниця,Kraków,PL\n"));
    QVERIFY(one);
    QCOMPARE(one->added, 1);
    QVERIFY(QFileInfo(dbPath + QStringLiteral("-wal")).size() > 0);
}

// Beside another connection to the file, SQLite refuses the switch at once:
// the import runs in WAL mode, without waiting, and the other connection sees
// its pairs.
void TestImport::bulkImportBesideAnotherConnection()
{
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    QCOMPARE(count(**other, "partnership"), 0);
    const int rows = 6000;
    importBulk(rows);
    if (QTest::currentTestFailed())
        return;
    // The pages went through the log.
    QVERIFY(QFileInfo(m_db->path() + QStringLiteral("-wal")).size() > 64 * 1024);
    QCOMPARE(count(**other, "partnership"), rows);
    QCOMPARE(pragma(**other, QStringLiteral("journal_mode")), QStringLiteral("wal"));
}

void TestImport::conflictingDatesAreLeftAsRecorded()
{
    auto first = importText(QStringLiteral("community,partner,country,stage,since\n"
                                           "Вінниця,Karlsruhe,DE,first contact,03.05.2024\n"));
    QVERIFY(first);
    QCOMPARE(first->added, 1);
    // A list of twin towns dates the same pair's agreement a year before that.
    auto second = importText(QStringLiteral("community,partner,country,since,relation_type\n"
                                            "Вінниця,Karlsruhe,DE,2023,cooperation\n"));
    QVERIFY2(second, second ? "" : qPrintable(second.error().fullText()));
    QCOMPARE(second->unchanged, 1);
    QVERIFY(second->rows.first().message.contains(QStringLiteral("conflict")));
    auto pairs = PartnershipRepository(*m_db).all();
    QVERIFY(pairs && pairs->size() == 1);
    QVERIFY(!pairs->first().agreementOn.isValid());
}

void TestImport::ambiguousNameIsReported()
{
    auto report = importText(QStringLiteral("community_latin,oblast,partner,country\n"
                                            "Kamianka,,Siret,RO\n"
                                            "Kamianka,Cherkasy Oblast,Siret,RO\n"));
    QVERIFY(report);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->added, 1);
    QCOMPARE(report->rows[0].action, RowOutcome::Action::Rejected);
    QVERIFY(report->rows[0].message.contains(QStringLiteral("oblast")));
    QVERIFY(report->rows[0].message.contains(QStringLiteral("Черкаська")));
    QCOMPARE(report->communitiesCreated, 0);
}

void TestImport::villageNeedsOblast()
{
    auto report = importText(QStringLiteral("community,oblast,partner,country\n"
                                            "Бене,,Inárcs,HU\n"
                                            "Бене,Zakarpattia Oblast,Inárcs,HU\n"
                                            "Bene,Закарпатська,Budapest,HU\n"));
    QVERIFY(report);
    QCOMPARE(report->rejected, 1);
    QVERIFY(report->rows[0].message.contains(QStringLiteral("oblast")));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->communitiesCreated, 1); // once, though named twice
    auto made = CommunityRepository(*m_db).handMade();
    QVERIFY(made);
    QCOMPARE(made->size(), 1);
    QCOMPARE(made->first().nameUk, QStringLiteral("Бене"));
    QCOMPARE(made->first().oblastIso, QStringLiteral("UA-21"));
}

void TestImport::validationFile()
{
    const QString file = QStringLiteral(TT_TEST_DATA "/ua_twinnings.csv");
    auto report = importFile(*m_db, file, {});
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->rows.size(), 1181);
    QVERIFY2(report->added > 1100, qPrintable(report->summary()));
    QCOMPARE(count(*m_db, "partnership"), report->added);
    // The three rows whose Ukrainian side several communities share are
    // reported, not guessed.
    QStringList ambiguous;
    for (const RowOutcome &r : report->rows) {
        if (r.action == RowOutcome::Action::Rejected)
            ambiguous << r.pair();
    }
    for (const char *pair : {"Siret", "Węgrów", "Krzeszów"}) {
        QVERIFY2(ambiguous.join(u'|').contains(QString::fromUtf8(pair)),
                 qPrintable(ambiguous.join(u'|')));
    }
    QCOMPARE(report->rejected, 3);
    // Current names resolve to codifier communities.
    auto catalogue = CommunityRepository(*m_db).fromCatalogue();
    QVERIFY(catalogue);
    QList<Community> sheptytskyi;
    for (const Community &c : std::as_const(*catalogue)) {
        if (c.nameLatn == QLatin1String("Sheptytskyi"))
            sheptytskyi << c;
    }
    QCOMPARE(sheptytskyi.size(), 1);
    auto pairs = PartnershipRepository(*m_db).ofCommunity(sheptytskyi.first().id);
    QVERIFY(pairs && !pairs->isEmpty());

    auto again = importFile(*m_db, file, {});
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->communitiesCreated, 0);
    QCOMPARE(again->partnersCreated, 0);
    QCOMPARE(count(*m_db, "partnership"), report->added);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
