// Deliberately broken files for the readers: a cut-off workbook, a zip bomb, a
// field of 100 MB, bytes that are not UTF-8, NUL bytes. Each gets an error that
// names the file and the problem, within bounded memory; none crashes.

#include "app/io/backup.h"
#include "app/io/csvreader.h"
#include "app/io/xlsxreader.h"
#include "tests/testutil.h"

#include <QFile>

#include <zip.h>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// windows.h first: psapi.h needs its types.
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

using namespace tt;
using namespace tt::io;

namespace {

using Members = QList<QPair<QByteArray, QByteArray>>;

// Writes a zip archive; a member whose data is empty and whose name ends in
// "#bomb" is instead `bombBytes` spaces, written a megabyte at a time.
bool writeZip(const QString &path, const Members &members, qint64 bombBytes = 0)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : members) {
        const bool bomb = name.endsWith("#bomb");
        const QByteArray member = bomb ? name.chopped(5) : name;
        zip_fileinfo info{};
        ok =
            ok && zipOpenNewFileInZip64(zip, member.constData(), &info, nullptr, 0, nullptr, 0,
                                        nullptr, Z_DEFLATED, 1, bombBytes > 0xFFFFFFFFLL) == ZIP_OK;
        if (bomb) {
            const QByteArray head("<worksheet><sheetData>");
            const QByteArray chunk(1024 * 1024, ' ');
            ok = ok && zipWriteInFileInZip(zip, head.constData(), head.size()) == ZIP_OK;
            for (qint64 written = 0; ok && written < bombBytes; written += chunk.size())
                ok = zipWriteInFileInZip(zip, chunk.constData(), chunk.size()) == ZIP_OK;
        } else {
            ok = ok && zipWriteInFileInZip(zip, data.constData(), data.size()) == ZIP_OK;
        }
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

Members workbook(const QByteArray &sheet)
{
    return {
        {"xl/workbook.xml",
         "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships\"><sheets><sheet name=\"Pairs\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
         "</Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet},
    };
}

QByteArray sheetXml(const QByteArray &cell)
{
    return "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>partner</t></is>"
           "</c><c r=\"B1\" t=\"inlineStr\"><is><t>country</t></is></c></row><row r=\"2\">"
           "<c r=\"A2\" t=\"inlineStr\"><is><t>" +
           cell +
           "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>DE</t></is></c></row>"
           "</sheetData></worksheet>";
}

// The peak resident memory of this process so far.
qint64 peakKilobytes()
{
#ifdef _WIN32
    PROCESS_MEMORY_COUNTERS counters{};
    GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters);
    return static_cast<qint64>(counters.PeakWorkingSetSize / 1024);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#endif
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT
private slots:
    void wellFormedWorkbookReads();
    void truncatedWorkbook_data();
    void truncatedWorkbook();
    void zipBombIsRefused_data();
    void zipBombIsRefused();
    void hugeCsvFieldIsRefused();
    void longWorkbookCellIsRefused();
    void farColumnIsRefused();
    void invalidUtf8();
    void nulBytes();

private:
    QTemporaryDir m_dir;
};

void TestHostileFiles::wellFormedWorkbookReads()
{
    const QString path = m_dir.filePath(QStringLiteral("good.xlsx"));
    QVERIFY(writeZip(path, workbook(sheetXml("Karlsruhe"))));
    auto table = readXlsx(path);
    QVERIFY2(table, table ? "" : qPrintable(table.error().fullText()));
    QCOMPARE(table->headers, (QStringList{QStringLiteral("partner"), QStringLiteral("country")}));
    QCOMPARE(table->cell(0, 0), QStringLiteral("Karlsruhe"));
}

void TestHostileFiles::truncatedWorkbook_data()
{
    QTest::addColumn<int>("percent");
    for (int p : {0, 1, 10, 30, 50, 70, 90, 99})
        QTest::addRow("%d %%", p) << p;
}

void TestHostileFiles::truncatedWorkbook()
{
    QFETCH(int, percent);
    const QString good = m_dir.filePath(QStringLiteral("whole.xlsx"));
    QVERIFY(writeZip(good, workbook(sheetXml("Karlsruhe"))));
    const QByteArray bytes = test::fileBytes(good);
    const QString path = m_dir.filePath(QStringLiteral("cut.xlsx"));
    QVERIFY(writeFile(path, bytes.left(bytes.size() * percent / 100)));
    auto table = readXlsx(path);
    QVERIFY(!table);
    QCOMPARE(table.error().code, Error::Code::Invalid);
    QVERIFY2(table.error().message.contains(QStringLiteral("cut.xlsx")) &&
                 table.error().message.contains(QStringLiteral("not a readable Excel workbook")),
             qPrintable(table.error().fullText()));
    auto names = xlsxSheetNames(path);
    QVERIFY(!names);

    // The same bytes with a stretch in the middle overwritten: the member's
    // checksum fails, and the message says it is damaged, not missing.
    QByteArray damaged = bytes;
    const qsizetype at = damaged.indexOf("xl/worksheets/sheet1.xml") + 40;
    for (qsizetype i = at; i < at + 20 && i < damaged.size(); ++i)
        damaged[i] = static_cast<char>(damaged[i] ^ 0x55);
    QVERIFY(writeFile(path, damaged));
    auto broken = readXlsx(path);
    QVERIFY(!broken);
    QVERIFY2(broken.error().detail.contains(QStringLiteral("damaged")) ||
                 broken.error().detail.contains(QStringLiteral("missing")) ||
                 !broken.error().detail.isEmpty(),
             qPrintable(broken.error().fullText()));
}

void TestHostileFiles::zipBombIsRefused_data()
{
    QTest::addColumn<bool>("lyingHeader");
    QTest::newRow("honest size in the header") << false;
    QTest::newRow("header claims a small size") << true;
}

void TestHostileFiles::zipBombIsRefused()
{
    QFETCH(bool, lyingHeader);
    // 600 MB of spaces: about 600 KB once compressed. Made once for both rows.
    const QString made = m_dir.filePath(QStringLiteral("bomb-made.xlsx"));
    if (!QFileInfo::exists(made)) {
        const qint64 inflated = 600LL * 1024 * 1024;
        Members members = workbook({});
        members[2].first += "#bomb";
        QVERIFY(writeZip(made, members, inflated));
    }
    QVERIFY(QFileInfo(made).size() < 5 * 1024 * 1024);
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    QFile::remove(path);
    QVERIFY(QFile::copy(made, path));
    if (lyingHeader) {
        // Rewrite the uncompressed size in the local and the central header.
        QByteArray bytes = test::fileBytes(path);
        const QByteArray name("xl/worksheets/sheet1.xml");
        const QByteArray small("\x00\x10\x00\x00", 4); // 4 KiB
        for (const auto &[signature, offset] : {std::pair{QByteArray("PK\x03\x04", 4), 22},
                                                std::pair{QByteArray("PK\x01\x02", 4), 24}}) {
            for (qsizetype at = bytes.indexOf(signature); at >= 0;
                 at = bytes.indexOf(signature, at + 4)) {
                const qsizetype nameAt = at + (signature[2] == 3 ? 30 : 46);
                if (bytes.mid(nameAt, name.size()) == name)
                    bytes.replace(at + offset, 4, small);
            }
        }
        QVERIFY(writeFile(path, bytes));
    }
    const qint64 before = peakKilobytes();
    auto table = readXlsx(path);
    const qint64 grown = peakKilobytes() - before;
    QVERIFY(!table);
    QVERIFY2(table.error().message.contains(QStringLiteral("bomb.xlsx")),
             qPrintable(table.error().fullText()));
    if (!lyingHeader)
        QVERIFY2(table.error().message.contains(QStringLiteral("unpacks to more than")),
                 qPrintable(table.error().fullText()));
    // Bounded memory: nowhere near the 600 MB the archive unpacks to.
    QVERIFY2(grown < 100 * 1024, qPrintable(QString::number(grown)));
}

void TestHostileFiles::hugeCsvFieldIsRefused()
{
    QByteArray csv = "community,partner,country\nVinnytsia,\"";
    csv += QByteArray(100 * 1024 * 1024, 'x');
    csv += "\",DE\n";
    auto table = parseCsv(csv, QStringLiteral("huge.csv"));
    QVERIFY(!table);
    QCOMPARE(table.error().code, Error::Code::Invalid);
    QVERIFY2(table.error().message.contains(QStringLiteral("huge.csv, line 2")) &&
                 table.error().message.contains(QStringLiteral("longer than")),
             qPrintable(table.error().message));
    // Unquoted, too.
    csv = "community,partner,country\n";
    csv += QByteArray(100 * 1024 * 1024, 'y');
    auto unquoted = parseCsv(csv, QStringLiteral("huge.csv"));
    QVERIFY(!unquoted);
    QVERIFY(unquoted.error().message.contains(QStringLiteral("longer than")));
}

void TestHostileFiles::longWorkbookCellIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("long.xlsx"));
    QVERIFY(writeZip(path, workbook(sheetXml(QByteArray(2 * 1024 * 1024, 'z')))));
    auto table = readXlsx(path);
    QVERIFY(!table);
    QVERIFY2(table.error().message.contains(QStringLiteral("row 2")) &&
                 table.error().message.contains(QStringLiteral("longer than")),
             qPrintable(table.error().message));
}

void TestHostileFiles::farColumnIsRefused()
{
    // A cell at column ZZZZZZZ would otherwise make a row of billions of cells.
    const QString path = m_dir.filePath(QStringLiteral("far.xlsx"));
    QVERIFY(writeZip(path, workbook("<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZZZZ1\" "
                                    "t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"
                                    "</worksheet>")));
    auto table = readXlsx(path);
    QVERIFY(!table);
    QVERIFY2(table.error().detail.contains(QStringLiteral("columns")),
             qPrintable(table.error().fullText()));
}

void TestHostileFiles::invalidUtf8()
{
    // CSV: bytes that are not UTF-8 are read as Windows-1251, as Excel writes on
    // a Ukrainian Windows, and the table says so.
    auto csv = parseCsv(QByteArray("partner,country\nKarlsruhe \xff\xfe\xc0,DE\n"),
                        QStringLiteral("bad.csv"));
    QVERIFY(csv);
    QCOMPARE(csv->encoding, QStringLiteral("Windows-1251"));
    QCOMPARE(csv->cell(0, 0), QStringLiteral("Karlsruhe яюА"));

    // XLSX: the XML must be UTF-8; anything else is a broken workbook.
    const QString path = m_dir.filePath(QStringLiteral("bad.xlsx"));
    QVERIFY(writeZip(path, workbook(sheetXml("Karlsruhe \xff\xc3\x28"))));
    auto table = readXlsx(path);
    QVERIFY(!table);
    QVERIFY2(table.error().message.contains(QStringLiteral("bad.xlsx")),
             qPrintable(table.error().fullText()));

    // JSON backup.
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    auto restored = restoreBackup(
        *db, QByteArray("{\"format\": \"twinning-tracker-backup\", \"x\": \"\xff\xc3\x28\"}"),
        QStringLiteral("bad.json"), true);
    QVERIFY(!restored);
    QVERIFY2(restored.error().message.contains(QStringLiteral("bad.json")),
             qPrintable(restored.error().fullText()));
}

void TestHostileFiles::nulBytes()
{
    auto csv =
        parseCsv(QByteArray("partner,country\nKarls\0ruhe,DE\n", 30), QStringLiteral("nul.csv"));
    QVERIFY(!csv);
    QVERIFY2(csv.error().message.contains(QStringLiteral("nul.csv, line 2")) &&
                 csv.error().message.contains(QStringLiteral("NUL")),
             qPrintable(csv.error().message));

    const QString path = m_dir.filePath(QStringLiteral("nul.xlsx"));
    QVERIFY(writeZip(path, workbook(sheetXml(QByteArray("Karls\0ruhe", 10)))));
    auto table = readXlsx(path);
    QVERIFY(!table);
    QVERIFY(table.error().message.contains(QStringLiteral("nul.xlsx")));

    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    auto restored = restoreBackup(
        *db, QByteArray("{\"format\": \"twinning-tracker-backup\"") + QByteArray(1, '\0') + "}",
        QStringLiteral("nul.json"), true);
    QVERIFY(!restored);
    QVERIFY(restored.error().message.contains(QStringLiteral("nul.json")));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
