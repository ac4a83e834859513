// Partner towns written in Ukrainian, imported through the program as an
// office would: each lands on the gazetteer's place under its Latin name with
// the spelling kept as its Ukrainian name, meets the same place written in
// Latin letters, and the report says how it was found, or that two places fit
// equally and it was recorded as written.

#include "app/core/repositories.h"
#include "app/geo/gazetteer.h"
#include "tests/testutil.h"

#include <QProcess>
#include <QRegularExpression>

using namespace tt;

class TestImportNames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ukrainianAndLatinMeet();
    void realSpellingsLandOnTheirPlaces();

private:
    static int run(const QStringList &args, QString *output = nullptr);
    QString write(const QString &name, const QByteArray &csv) const;

    QTemporaryDir m_dir;
};

int TestImportNames::run(const QStringList &args, QString *output)
{
    QProcess p;
    p.start(QStringLiteral(TT_BINARY), args);
    if (!p.waitForFinished(180000)) {
        p.kill();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestImportNames::write(const QString &name, const QByteArray &csv) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return {};
    return path;
}

void TestImportNames::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportNames::ukrainianAndLatinMeet()
{
    const QString csv = write(QStringLiteral("names.csv"),
                              "community,oblast,partner,country,stage\n"
                              "Вінниця,Vinnytsia Oblast,Карлсруе,DE,twinning_agreement\n"
                              "Львів,Lviv Oblast,Karlsruhe,DE,twinning_agreement\n"
                              "Харків,Kharkiv Oblast,Вроцлав,PL,memorandum\n"
                              "Луцьк,Volyn Oblast,Спрингфілд,US,first_contact\n"
                              "Вінниця,Vinnytsia Oblast,Karlsruhe,DE,twinning_agreement\n"
                              "Житомир,Zhytomyr Oblast,Відень,AT,first_contact\n");
    QVERIFY(!csv.isEmpty());
    const QString db = m_dir.filePath(QStringLiteral("names.twinning"));
    QString out;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, csv,
                  QStringLiteral("--verbose"), QStringLiteral("--lang"), QStringLiteral("en")},
                 &out),
             0);
    QVERIFY2(
        out.contains(QStringLiteral("“Карлсруе” → Karlsruhe (DE), by transcription, was added")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("“Вроцлав” → Wrocław (PL), by transcription")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("“Відень” → Vienna (AT), by the table of Ukrainian "
                                         "names")),
             qPrintable(out));
    // Never a guess between towns of a size.
    QVERIFY2(out.contains(QStringLiteral("“Спрингфілд” (US) fits several places equally")),
             qPrintable(out));
    // "Карлсруе" and then "Karlsruhe" for Вінниця are one pair.
    QVERIFY2(out.contains(QStringLiteral("line 6: unchanged")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("5 pairs added, 0 updated, 1 unchanged, 0 rejected; 4 "
                                         "new partner places")),
             qPrintable(out));

    auto opened = Database::open(db);
    QVERIFY(opened);
    auto places = MunicipalityRepository(**opened).all();
    QVERIFY(places);
    QHash<QString, Municipality> byName;
    for (const Municipality &m : std::as_const(*places))
        byName.insert(m.name, m);
    QCOMPARE(byName.size(), 4);
    QCOMPARE(byName.value(QStringLiteral("Karlsruhe")).nameUk, QStringLiteral("Карлсруе"));
    QVERIFY(byName.value(QStringLiteral("Karlsruhe")).lat.has_value());
    QCOMPARE(byName.value(QStringLiteral("Wrocław")).nameUk, QStringLiteral("Вроцлав"));
    QCOMPARE(byName.value(QStringLiteral("Vienna")).nameUk, QStringLiteral("Відень"));
    // Recorded as written: no coordinates are invented for it.
    QVERIFY(byName.contains(QStringLiteral("Спрингфілд")));
    QVERIFY(!byName.value(QStringLiteral("Спрингфілд")).lat.has_value());
}

// The list of real Ukrainian spellings (tests/data/partner-spellings-uk.tsv,
// each with its source), imported as partners: at least 95 % of those whose
// place the gazetteer holds land on that place.
void TestImportNames::realSpellingsLandOnTheirPlaces()
{
    QFile list(QStringLiteral(TT_TEST_DATA "/partner-spellings-uk.tsv"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QByteArray csv = "community,oblast,partner,country,stage\n";
    QList<QStringList> rows; // spelling, country, gazetteer name; row i is line i + 2
    list.readLine();
    while (!list.atEnd()) {
        const QStringList cells = QString::fromUtf8(list.readLine()).trimmed().split(u'\t');
        // Only the places the gazetteer holds can be landed on.
        if (cells.size() < 3 || cells.at(2).isEmpty() ||
            geo::Gazetteer::shipped().find(cells.at(2), cells.at(1)).isEmpty())
            continue;
        rows << cells.mid(0, 3);
        csv += QStringLiteral("Вінниця,Vinnytsia Oblast,\"%1\",%2,memorandum\n")
                   .arg(cells.at(0), cells.at(1))
                   .toUtf8();
    }
    QVERIFY(rows.size() >= 140);
    const QString path = write(QStringLiteral("spellings.csv"), csv);
    const QString db = m_dir.filePath(QStringLiteral("spellings.twinning"));
    QString out;
    const int code =
        run({QStringLiteral("import"), QStringLiteral("--db"), db, path,
             QStringLiteral("--verbose"), QStringLiteral("--lang"), QStringLiteral("en")},
            &out);
    QVERIFY2(code == 0 || code == 1, qPrintable(out));

    // Each row's line of the report names the pair it made or met, with the
    // partner's Latin name.
    const QRegularExpression line(
        QStringLiteral("^line (\\d+): \\w+: Вінниця – (.+?) \\((\\w\\w)\\)"),
        QRegularExpression::MultilineOption);
    QHash<int, QString> partnerOnLine;
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        partnerOnLine.insert(m.captured(1).toInt(), m.captured(2));
    }
    int landed = 0;
    QStringList missed;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString found = partnerOnLine.value(int(i) + 2);
        if (found == rows[i].at(2))
            ++landed;
        else
            missed << rows[i].at(0) + QStringLiteral(" (") + rows[i].at(1) +
                          QStringLiteral(") → ") + found + QStringLiteral(", expected ") +
                          rows[i].at(2);
    }
    const double rate = double(landed) / rows.size();
    qInfo("%d of %d real spellings landed on their place through the importer (%.1f %%)", landed,
          int(rows.size()), 100 * rate);
    for (const QString &m : std::as_const(missed))
        qInfo("missed: %s", qPrintable(m));
    QVERIFY2(rate >= 0.95, qPrintable(missed.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestImportNames)
#include "tst_importnames.moc"
