// The exporters and the backup: every format written here reads back (CSV and
// XLSX through the importer, JSON through the restore), and the calendar and the
// map file hold what their RFCs require.

#include "app/core/catalog.h"
#include "app/core/domainlabels.h"
#include "app/core/maintenance.h"
#include "app/core/names.h"
#include "app/core/officesettings.h"
#include "app/core/repositories.h"
#include "app/core/text.h"
#include "app/io/backup.h"
#include "app/io/csvreader.h"
#include "app/io/exporters.h"
#include "app/io/fields.h"
#include "app/io/importer.h"
#include "app/io/xlsxreader.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <xlsxwriter.h>

using namespace tt;
using namespace tt::io;

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvOpensInExcel();
    void labelsOfEveryLanguage_data();
    void labelsOfEveryLanguage();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void xlsxReadsBack();
    void xlsxInlineStringsAndDates();
    void jsonRoundTrip();
    void jsonKeepsTheOfficeSettings();
    void restoreOnlyIntoNewDatabase();
    void icsHasRequiredMembers();
    void icsAndGeoJsonNameThePair_data();
    void icsAndGeoJsonNameThePair();
    void icsFolding_data();
    void icsFolding();
    void geoJsonHasRequiredMembers();
    void filterSelectsPairs();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<Database> fresh(const QString &name) { return test::openFresh(*m_dir, name); }
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void TestExport::init()
{
    names::setLanguage(QStringLiteral("en"));
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    auto demo = sample::writeDemo(*m_db, QDate(2026, 1, 15));
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().fullText()));

    // A village entered by hand, a formula in the notes, a milestone whose title
    // needs escaping, and a document.
    Community village;
    village.nameUk = QStringLiteral("Згорани");
    village.oblastIso = QStringLiteral("UA-07");
    village.lat = 51.3;
    village.lon = 23.9;
    QVERIFY(CommunityRepository(*m_db).insert(village));
    Municipality m;
    m.name = QStringLiteral("Włodawa");
    m.countryIso = QStringLiteral("PL");
    m.lat = 51.55;
    m.lon = 23.55;
    QVERIFY(MunicipalityRepository(*m_db).insert(m));
    Partnership p;
    p.communityId = village.id;
    p.municipalityId = m.id;
    p.kind = PartnershipKind::Friendship;
    p.stage = Stage::Memorandum;
    p.firstContactOn = QDate(2024, 3, 1);
    p.memorandumOn = QDate(2024, 9, 12);
    p.notes = QStringLiteral("=HYPERLINK(\"http://example.org\",\"click\")");
    QVERIFY(PartnershipRepository(*m_db).insert(p));
    Milestone ms;
    ms.partnershipId = p.id;
    ms.kind = MilestoneKind::Meeting;
    ms.title = QStringLiteral("Talks, visit; A\\B\nnext day");
    ms.plannedOn = QDate(2026, 2, 3);
    QVERIFY(MilestoneRepository(*m_db).insert(ms));
    Document d;
    d.partnershipId = p.id;
    d.name = QStringLiteral("memorandum.pdf");
    d.type = DocumentType::Memorandum;
    d.addedAt = QDateTime(QDate(2024, 9, 13), QTime(10, 0), Qt::UTC);
    QVERIFY(DocumentRepository(*m_db).attach(d, QByteArray("%PDF-1.4\x00\x01\x02 bytes", 17)));
}

void TestExport::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestExport::csvRoundTrip_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("tab") << QChar(u'\t');
}

void TestExport::csvRoundTrip()
{
    QFETCH(QChar, separator);
    ExportOptions options;
    options.separator = separator;
    QVERIFY(exportCsv(*m_db, {}, path(QStringLiteral("a.csv")), options));
    const QByteArray first = test::fileBytes(path(QStringLiteral("a.csv")));
    auto table = exportTable(*m_db, {});
    QVERIFY(table);
    QVERIFY(table->rows.size() > 20);

    auto other = fresh(QStringLiteral("b.twinning"));
    QVERIFY(other);
    auto report = importFile(*other, path(QStringLiteral("a.csv")), {});
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->rejected, 0);
    QCOMPARE(report->added, table->rows.size());
    QCOMPARE(report->communitiesCreated, 1); // the village
    QVERIFY(exportCsv(*other, {}, path(QStringLiteral("b.csv")), options));
    QCOMPARE(test::fileBytes(path(QStringLiteral("b.csv"))), first);
}

void TestExport::csvOpensInExcel()
{
    auto table = exportTable(*m_db, {});
    QVERIFY(table);
    const QByteArray bytes = csvBytes(*table);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 byte order mark
    QVERIFY(bytes.contains(QStringLiteral("Вінниця").toUtf8()));
    QVERIFY(bytes.contains("\r\n"));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n")); // CRLF only
    // In English words, the community's Latin name first.
    QVERIFY(bytes.mid(3).startsWith("Community (Latin);Community (Cyrillic);Oblast;"));
    QVERIFY(bytes.contains(";Vinnytsia Oblast;"));
    QVERIFY(bytes.contains(";Twinning agreement;"));
    QVERIFY(!bytes.contains(";UA-05;"));

    ExportOptions codes;
    codes.codes = true;
    auto coded = exportTable(*m_db, {}, codes);
    QVERIFY(coded);
    const QByteArray codeBytes = csvBytes(*coded);
    QVERIFY(codeBytes.mid(3).startsWith("community;community_latin;oblast;"));
    QVERIFY(codeBytes.contains(";UA-05;"));
    QVERIFY(codeBytes.contains(";twinning_agreement;"));
}

void TestExport::labelsOfEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("twinningAgreement");
    QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("Угода про побратимство");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Twinning agreement");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Partnerschaftsvertrag");
}

// The importer reads the headers, oblasts, countries, kinds and stages of an
// export in any of the three languages, whichever one the program runs in.
void TestExport::labelsOfEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, twinningAgreement);
    QCOMPARE(toLabel(Stage::TwinningAgreement, language), twinningAgreement);
    QStringList headers;
    for (Field f : allFields()) {
        const QString label = fieldLabel(f, language);
        headers << label;
        const Mapping one = automaticMapping({label});
        QVERIFY2(one.size() == 1 && one.value(f, -1) == 0, qPrintable(label));
    }
    const Mapping all = automaticMapping(headers);
    QCOMPARE(all.size(), allFields().size());
    for (PartnershipKind k : EnumTraits<PartnershipKind>::values())
        QCOMPARE(readKind(toLabel(k, language)), std::optional<PartnershipKind>(k));
    for (Stage st : EnumTraits<Stage>::values())
        QCOMPARE(readStage(toLabel(st, language)), std::optional<Stage>(st));

    // The names of the language, then back to the one the other tests run in,
    // whatever fails.
    struct Restore
    {
        QString language = names::language();
        ~Restore() { names::setLanguage(language); }
    } restore;
    names::setLanguage(language);
    QHash<QString, QString> fullNames;
    for (const catalog::Oblast &o : catalog::oblasts())
        fullNames.insert(names::oblast(o.iso), o.iso);
    for (const catalog::Oblast &o : catalog::oblasts()) {
        const QString full = names::oblast(o.iso);
        QVERIFY2(readOblast(full) == o.iso, qPrintable(full));
        // "Kyiv" is the city, not Kyiv Oblast.
        const QString shortName = names::oblastShort(o.iso);
        const QString other = fullNames.value(shortName, o.iso);
        QVERIFY2(readOblast(shortName) == other, qPrintable(shortName));
    }
    for (const catalog::Country &c : catalog::countries()) {
        const QString name = names::country(c.iso2);
        QVERIFY2(readCountry(name) == c.iso2, qPrintable(name));
    }
}

void TestExport::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+380 44 000") << QStringLiteral("'+380 44 000");
    QTest::newRow("minus") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("negative number") << QStringLiteral("-73.5") << QStringLiteral("-73.5");
    QTest::newRow("plain") << QStringLiteral("Kraków") << QStringLiteral("Kraków");
}

void TestExport::formulasAreNeutralised()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(protectCell(cell), written);
    QCOMPARE(unprotectCell(protectCell(cell)), cell);
    Table t;
    t.headers = {QStringLiteral("a")};
    t.rows = {{cell}};
    const QString text = QString::fromUtf8(csvBytes(t, u',').mid(3));
    QCOMPARE(text.split(QStringLiteral("\r\n")).value(1), written);

    // The demo's formula in the notes of a pair.
    auto table = exportTable(*m_db, {});
    QVERIFY(table);
    QVERIFY(csvBytes(*table).contains("\"'=HYPERLINK(\"\"http://example.org"));
}

void TestExport::xlsxReadsBack()
{
    QVERIFY(exportXlsx(*m_db, {}, path(QStringLiteral("a.xlsx"))));
    auto expected = exportTable(*m_db, {});
    QVERIFY(expected);
    auto sheets = xlsxSheetNames(path(QStringLiteral("a.xlsx")));
    QVERIFY(sheets);
    QCOMPARE(sheets->size(), 1);
    auto read = readXlsx(path(QStringLiteral("a.xlsx")));
    QVERIFY2(read, read ? "" : qPrintable(read.error().fullText()));
    QCOMPARE(read->headers, expected->headers);
    QCOMPARE(read->rows.size(), expected->rows.size());
    QCOMPARE(read->lines.first(), 2);
    const QList<Field> fields = exportFields();
    for (qsizetype r = 0; r < expected->rows.size(); ++r) {
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const QString want = expected->rows[r][c];
            const QString got = unprotectCell(read->cell(r, c));
            const Field f = fields[c];
            if (f == Field::CommunityLat || f == Field::CommunityLon || f == Field::PartnerLat ||
                f == Field::PartnerLon) {
                QVERIFY(want.isEmpty() == got.isEmpty());
                QVERIFY(qAbs(readNumber(want).value_or(0) - readNumber(got).value_or(0)) < 1e-9);
            } else {
                QCOMPARE(got, want); // dates come back as dates: 2023-04-22
            }
        }
    }
    auto named = readXlsx(path(QStringLiteral("a.xlsx")), sheets->first());
    QVERIFY(named);
    auto missing = readXlsx(path(QStringLiteral("a.xlsx")), QStringLiteral("Nope"));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(sheets->first()));

    // And it imports into a new database as the CSV does.
    auto other = fresh(QStringLiteral("x.twinning"));
    QVERIFY(other);
    auto report = importFile(*other, path(QStringLiteral("a.xlsx")), {});
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->rejected, 0);
    QCOMPARE(report->added, expected->rows.size());
    auto again = exportTable(*other, {});
    QVERIFY(again);
    QCOMPARE(csvBytes(*again), csvBytes(*expected));
}

void TestExport::xlsxInlineStringsAndDates()
{
    // In constant-memory mode libxlsxwriter writes inline strings, as other
    // programs that stream workbooks do; the pairs are on the second sheet.
    const QByteArray file = path(QStringLiteral("inline.xlsx")).toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    QVERIFY(book);
    workbook_add_worksheet(book, "Notes");
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Побратими");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd.mm.yyyy");
    const char *headers[] = {"Громада", "Місто-партнер", "Країна", "Дата підписання", "Рік"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), headers[c], nullptr);
    worksheet_write_string(sheet, 1, 0, "Вінниця", nullptr);
    worksheet_write_string(sheet, 1, 1, "Karlsruhe", nullptr);
    worksheet_write_string(sheet, 1, 2, "Німеччина", nullptr);
    lxw_datetime signedOn{2023, 4, 22, 0, 0, 0.0};
    worksheet_write_datetime(sheet, 1, 3, &signedOn, date);
    worksheet_write_number(sheet, 1, 4, 2019, nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    auto table = readXlsx(path(QStringLiteral("inline.xlsx")), QStringLiteral("побратими"));
    QVERIFY2(table, table ? "" : qPrintable(table.error().fullText()));
    QCOMPARE(table->headers.first(), QStringLiteral("Громада"));
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows[0], (QStringList{QStringLiteral("Вінниця"), QStringLiteral("Karlsruhe"),
                                          QStringLiteral("Німеччина"), QStringLiteral("2023-04-22"),
                                          QStringLiteral("2019")}));
    auto first = readXlsx(path(QStringLiteral("inline.xlsx")));
    QVERIFY(!first); // the first sheet is empty
    QVERIFY(first.error().message.contains(QStringLiteral("Notes")));

    auto other = fresh(QStringLiteral("inline.twinning"));
    QVERIFY(other);
    ImportOptions importOptions;
    importOptions.sheet = QStringLiteral("Побратими");
    importOptions.assignments = {QStringLiteral("since=Рік")};
    auto report = importFile(*other, path(QStringLiteral("inline.xlsx")), importOptions);
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, 1);
    auto pairs = PartnershipRepository(*other).all();
    QVERIFY(pairs && pairs->size() == 1);
    QCOMPARE(pairs->first().twinningOn, QDate(2023, 4, 22));
    QCOMPARE(pairs->first().firstContactOn, PartialDate::ofYear(2019));
}

void TestExport::jsonRoundTrip()
{
    auto json = backupJson(*m_db);
    QVERIFY(json);
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    for (const char *key :
         {"municipalities", "communities", "partnerships", "areas", "partnership_areas",
          "milestones", "contacts", "projects", "documents"}) {
        QVERIFY2(root.value(QLatin1String(key)).isArray(), key);
    }
    QCOMPARE(root.value(QStringLiteral("communities")).toArray().size(), 1);
    QVERIFY(!root.value(QStringLiteral("milestones")).toArray().isEmpty());
    QVERIFY(!root.value(QStringLiteral("contacts")).toArray().isEmpty());
    QVERIFY(!root.value(QStringLiteral("projects")).toArray().isEmpty());
    QCOMPARE(
        root.value(QStringLiteral("documents"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("content")),
        QJsonValue(QString::fromLatin1(QByteArray("%PDF-1.4\x00\x01\x02 bytes", 17).toBase64())));

    QVERIFY(writeBackup(*m_db, path(QStringLiteral("backup.json"))));
    auto other = fresh(QStringLiteral("restored.twinning"));
    QVERIFY(other);
    ImportOptions dry;
    dry.dryRun = true;
    auto checked = importFile(*other, path(QStringLiteral("backup.json")), dry);
    QVERIFY(checked);
    QCOMPARE(countRows(*other, QStringLiteral("partnership")).valueOr(-1), 0);
    auto restored = importFile(*other, path(QStringLiteral("backup.json")), {});
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().fullText()));
    QCOMPARE(restored->added, root.value(QStringLiteral("partnerships")).toArray().size());
    auto again = backupJson(*other);
    QVERIFY(again);
    QCOMPARE(*again, *json);
    // The document's bytes came back too.
    auto docs = Repository<Document>(*other).all();
    QVERIFY(docs && docs->size() == 1);
    QCOMPARE(DocumentRepository(*other).content(docs->first().id).valueOr({}),
             QByteArray("%PDF-1.4\x00\x01\x02 bytes", 17));
}

// The office's name and dormancy rule are part of the database, so the backup
// carries them and a restore puts them back.
void TestExport::jsonKeepsTheOfficeSettings()
{
    auto source = fresh(QStringLiteral("office.twinning"));
    QVERIFY(source);
    OfficeSettings office;
    office.officeName = QStringLiteral("Вінницька міська рада");
    office.dormancyMonths = 9;
    QVERIFY(OfficeSettingsRepository(*source).save(office));
    QVERIFY(writeBackup(*source, path(QStringLiteral("office.json"))));
    auto other = fresh(QStringLiteral("office-restored.twinning"));
    QVERIFY(other);
    QCOMPARE(OfficeSettingsRepository(*other).load().valueOr({}), OfficeSettings{});
    auto restored = importFile(*other, path(QStringLiteral("office.json")), {});
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().fullText()));
    QCOMPARE(OfficeSettingsRepository(*other).load().valueOr({}), office);
}

void TestExport::restoreOnlyIntoNewDatabase()
{
    auto json = backupJson(*m_db);
    QVERIFY(json);
    const qint64 before = countRows(*m_db, QStringLiteral("partnership")).valueOr(-1);
    auto r = restoreBackup(*m_db, *json, QStringLiteral("b.json"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("new database")));
    QCOMPARE(countRows(*m_db, QStringLiteral("partnership")).valueOr(-1), before);

    auto other = fresh(QStringLiteral("o.twinning"));
    auto bad = restoreBackup(*other, "{\"format\": \"something else\"}", QStringLiteral("x.json"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("x.json")));
    auto broken = restoreBackup(*other, "{not json", QStringLiteral("y.json"));
    QVERIFY(!broken);
}

void TestExport::icsHasRequiredMembers()
{
    const QDateTime stamp(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
    auto ics = icsBytes(*m_db, {}, stamp);
    QVERIFY(ics);
    const QByteArray &b = *ics;
    QVERIFY(b.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(b.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(b.count("\n"), b.count("\r\n"));
    for (const QByteArray &line : b.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
    }
    QByteArray unfolded = b;
    unfolded.replace("\r\n ", "");
    const QList<QByteArray> lines = unfolded.split('\n');
    QVERIFY(lines.contains("VERSION:2.0\r"));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                        [](const QByteArray &l) { return l.startsWith("PRODID:"); }));
    int events = 0;
    QSet<QByteArray> uids;
    bool uid = false, dtstamp = false, dtstart = false, summary = false;
    for (const QByteArray &l : lines) {
        if (l == "BEGIN:VEVENT\r") {
            ++events;
            uid = dtstamp = dtstart = summary = false;
        } else if (l.startsWith("UID:")) {
            uid = true;
            uids.insert(l);
        } else if (l == "DTSTAMP:20260115T093000Z\r") {
            dtstamp = true;
        } else if (l.startsWith("DTSTART;VALUE=DATE:") && l.size() == 28) {
            dtstart = true;
        } else if (l.startsWith("SUMMARY:")) {
            summary = true;
        } else if (l == "END:VEVENT\r") {
            QVERIFY(uid && dtstamp && dtstart && summary);
        }
    }
    const qint64 milestones = countRows(*m_db, QStringLiteral("milestone")).valueOr(-1);
    QCOMPARE(events, milestones);
    QCOMPARE(uids.size(), events);
    // In English the village by its transliteration, which the repository made.
    QVERIFY(unfolded.contains(
        QStringLiteral("SUMMARY:Talks\\, visit\\; A\\\\B\\nnext day (%1 – Włodawa)")
            .arg(text::transliterate(u"Згорани"))
            .toUtf8()));
    QVERIFY(unfolded.contains("DTSTART;VALUE=DATE:20260203\r\n"));
}

void TestExport::icsAndGeoJsonNameThePair_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("karlsruhe");
    QTest::addColumn<QString>("village");
    // Włodawa has no Ukrainian name: its Latin one in Ukrainian too.
    QTest::newRow("uk") << "uk"
                        << "Вінниця – Карлсруе"
                        << "Згорани – Włodawa";
    QTest::newRow("en") << "en"
                        << "Vinnytsia – Karlsruhe"
                        << "Zghorany – Włodawa";
    QTest::newRow("de") << "de"
                        << "Vinnytsia – Karlsruhe"
                        << "Zghorany – Włodawa";
}

void TestExport::icsAndGeoJsonNameThePair()
{
    QFETCH(QString, language);
    QFETCH(QString, karlsruhe);
    QFETCH(QString, village);
    names::setLanguage(language);
    auto ics = icsBytes(*m_db, {}, QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC));
    QVERIFY(ics);
    const QString unfolded = QString::fromUtf8(QByteArray(*ics).replace("\r\n ", ""));
    QVERIFY(unfolded.contains(QStringLiteral("SUMMARY:Підписання угоди про партнерство в "
                                             "Карлсруе (%1)")
                                  .arg(karlsruhe)));
    QVERIFY2(unfolded.contains(u'(' + village + u')'), qPrintable(village));

    auto geo = geoJsonBytes(*m_db, {});
    QVERIFY(geo);
    QStringList pairNames;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(*geo).object().value(QStringLiteral("features")).toArray()) {
        const QJsonObject props = v.toObject().value(QStringLiteral("properties")).toObject();
        if (props.value(QStringLiteral("role")).toString() == u"pair")
            pairNames << props.value(QStringLiteral("name")).toString();
    }
    QVERIFY2(pairNames.contains(karlsruhe), qPrintable(pairNames.join(u'\n')));
    QVERIFY(pairNames.contains(village));
}

void TestExport::icsFolding_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("short") << QStringLiteral("SUMMARY:Visit");
    QTest::newRow("ascii 200") << QStringLiteral("DESCRIPTION:") + QString(200, u'x');
    QTest::newRow("cyrillic 100") << QStringLiteral("SUMMARY:") + QString(100, u'ж');
    QTest::newRow("mixed") << QStringLiteral("SUMMARY:a") + QString(60, u'ї') +
                                  QStringLiteral("€😀");
}

void TestExport::icsFolding()
{
    QFETCH(QString, line);
    const QByteArray folded = foldIcsLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> parts = folded.chopped(2).split('\n');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray part = parts[i];
        if (i + 1 < parts.size()) {
            QVERIFY(part.endsWith('\r'));
            part.chop(1);
        }
        QVERIFY(part.size() <= 75);
        if (i > 0) {
            QVERIFY(part.startsWith(' '));
            part.remove(0, 1);
        }
        QVERIFY(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(QString::fromUtf8(unfolded.chopped(2)), line);
}

void TestExport::geoJsonHasRequiredMembers()
{
    auto bytes = geoJsonBytes(*m_db, {});
    QVERIFY(bytes);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    int points = 0, lines = 0;
    bool vinnytsia = false;
    for (const QJsonValue &v : features) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.value(QStringLiteral("type")).toString(), QStringLiteral("Feature"));
        QVERIFY(f.value(QStringLiteral("properties")).isObject());
        const QJsonObject g = f.value(QStringLiteral("geometry")).toObject();
        const QString type = g.value(QStringLiteral("type")).toString();
        const QJsonArray coords = g.value(QStringLiteral("coordinates")).toArray();
        const QJsonObject props = f.value(QStringLiteral("properties")).toObject();
        auto checkPosition = [](const QJsonArray &p) {
            return p.size() == 2 && p[0].toDouble() >= -180 && p[0].toDouble() <= 180 &&
                   p[1].toDouble() >= -90 && p[1].toDouble() <= 90;
        };
        if (type == u"Point") {
            ++points;
            QVERIFY(checkPosition(coords));
            if (props.value(QStringLiteral("name")).toString() == u"Вінниця") {
                vinnytsia = true;
                QVERIFY(qAbs(coords[0].toDouble() - 28.47) < 0.2); // longitude first
                QVERIFY(qAbs(coords[1].toDouble() - 49.23) < 0.2);
            }
        } else {
            QCOMPARE(type, QStringLiteral("LineString"));
            ++lines;
            QCOMPARE(coords.size(), 2);
            QVERIFY(checkPosition(coords[0].toArray()) && checkPosition(coords[1].toArray()));
            QVERIFY(fromCode<Stage>(props.value(QStringLiteral("stage")).toString()));
            QVERIFY(!props.value(QStringLiteral("community")).toString().isEmpty());
            QVERIFY(!props.value(QStringLiteral("partner")).toString().isEmpty());
        }
    }
    QVERIFY(vinnytsia);
    QVERIFY(lines > 20);
    QVERIFY(points > lines / 2);
}

void TestExport::filterSelectsPairs()
{
    ExportOptions codes;
    codes.codes = true;
    auto all = exportTable(*m_db, {}, codes);
    QVERIFY(all);
    Filter f;
    f.oblasts = {QStringLiteral("UA-05")};
    auto some = exportTable(*m_db, f, codes);
    QVERIFY(some);
    QVERIFY(!some->rows.isEmpty());
    QVERIFY(some->rows.size() < all->rows.size());
    const int oblast = static_cast<int>(all->headers.indexOf(QStringLiteral("oblast")));
    for (const QStringList &row : std::as_const(some->rows))
        QCOMPARE(row[oblast], QStringLiteral("UA-05"));
    Filter g;
    g.countries = {QStringLiteral("PL")};
    g.stages = {Stage::Memorandum};
    auto memoranda = exportTable(*m_db, g, codes);
    QVERIFY(memoranda);
    QVERIFY(!memoranda->rows.isEmpty());
    const int stage = static_cast<int>(all->headers.indexOf(QStringLiteral("stage")));
    for (const QStringList &row : std::as_const(memoranda->rows))
        QCOMPARE(row[stage], QStringLiteral("memorandum"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
