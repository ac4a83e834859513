// The layers keep their word: SQL text lives in app/core only. Every string
// literal of the C++ sources of ui/ and app/ outside app/core is read, and one
// that holds SQL (a SELECT, INSERT INTO, UPDATE … SET, DELETE FROM, a WHERE or
// ORDER BY clause, a bind such as "country_iso2 = ?", IS NULL, a PRAGMA) fails
// the test with its file and line. A caller that needs rows asks a repository
// for them by name (core/repositories.h).
//
// Only literals are read, not comments, so that a comment may still say what a
// query does; the keywords are matched in capitals, so that a sentence such as
// tr("Select a file from the list") is no SQL. The first two tests feed the
// scanner lines of their own and the core's real sources, so that it cannot
// pass by finding nothing.
//
// The presentation layer (app/present), which the screen and the paper share,
// holds no widgets: none of its sources includes a header of QtWidgets or of
// ui/, and its library does not link Qt6::Widgets.
//
// The house's order: every header is included by its path from the project
// root, the one include root; ui/ is in folders by role (window, views,
// dialogs, widgets), and a header of ui/ defines one class.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {

const QString sourceDir = QStringLiteral(TT_SOURCE_DIR);

struct Finding
{
    QString file;
    int line = 0;
    QString literal;
};

// The string literals of C++ source, with the line each starts on; comments,
// character literals and raw strings are understood.
QList<std::pair<int, QString>> literals(const QString &source)
{
    QList<std::pair<int, QString>> found;
    int line = 1;
    const qsizetype n = source.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source[i];
        const QChar next = i + 1 < n ? source[i + 1] : QChar();
        if (c == u'\n') {
            ++line;
        } else if (c == u'/' && next == u'/') {
            while (i < n && source[i] != u'\n')
                ++i;
            --i;
        } else if (c == u'/' && next == u'*') {
            i += 2;
            while (i + 1 < n && !(source[i] == u'*' && source[i + 1] == u'/')) {
                if (source[i] == u'\n')
                    ++line;
                ++i;
            }
            ++i;
        } else if (c == u'\'') {
            // A character literal ('"', u')') or a digit separator (1'000): the
            // word before a separator starts with a digit.
            qsizetype word = i;
            while (word > 0 && (source[word - 1].isLetterOrNumber() || source[word - 1] == u'_'))
                --word;
            const bool separator = word < i && source[word].isDigit();
            if (!separator) {
                ++i;
                while (i < n && source[i] != u'\'') {
                    if (source[i] == u'\\')
                        ++i;
                    ++i;
                }
            }
        } else if (c == u'R' && next == u'"' && (i == 0 || !source[i - 1].isLetterOrNumber())) {
            const qsizetype open = source.indexOf(u'(', i + 2);
            if (open < 0)
                break;
            const QString close = u')' + source.mid(i + 2, open - i - 2) + u'"';
            qsizetype end = source.indexOf(close, open);
            if (end < 0)
                end = n;
            const QString text = source.mid(open + 1, end - open - 1);
            found.append({line, text});
            line += static_cast<int>(text.count(u'\n'));
            i = end + close.size() - 1;
        } else if (c == u'"') {
            const int start = line;
            QString text;
            ++i;
            while (i < n && source[i] != u'"' && source[i] != u'\n') {
                if (source[i] == u'\\' && i + 1 < n) {
                    text += source[i];
                    ++i;
                }
                text += source[i];
                ++i;
            }
            found.append({start, text});
        }
    }
    return found;
}

bool isSql(const QString &literal)
{
    static const QRegularExpression sql(QStringLiteral(
        "\\bSELECT\\b|\\bINSERT\\s+(OR\\s+\\w+\\s+)?INTO\\b|\\bUPDATE\\s+\\w+\\s+SET\\b|"
        "\\bDELETE\\s+FROM\\b|\\bWHERE\\b|\\bORDER\\s+BY\\b|\\bPRAGMA\\b|"
        "\\bIS\\s+(NOT\\s+)?NULL\\b|[\\w\\s](=|<>|!=|<=|>=|<|>)\\s*\\?|"
        "\\bIN\\s*\\(\\s*\\?"));
    return sql.match(literal).hasMatch();
}

QList<Finding> scanText(const QString &file, const QString &source)
{
    QList<Finding> findings;
    for (const auto &[line, text] : literals(source)) {
        if (isSql(text))
            findings.append({file, line, text});
    }
    return findings;
}

// The C++ sources under `folder` (relative to the source tree), except those
// under any of `skipped`.
QList<Finding> scanTree(const QString &folder, const QStringList &skipped = {})
{
    QList<Finding> findings;
    QDirIterator it(sourceDir + u'/' + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(sourceDir).relativeFilePath(path);
        if (std::any_of(skipped.begin(), skipped.end(),
                        [&](const QString &s) { return relative.startsWith(s + u'/'); }))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        findings += scanText(relative, QString::fromUtf8(file.readAll()));
    }
    return findings;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1:%2: \"%3\"").arg(f.file).arg(f.line).arg(f.literal);
    return lines.join(u'\n');
}

// The class headers of QtWidgets (QWidget, QLabel …), from the Qt this test
// was built with; a few well-known ones where the headers are not installed.
const QSet<QString> &widgetHeaders()
{
    static const QSet<QString> headers = [] {
        QSet<QString> out{QStringLiteral("QtWidgets"),    QStringLiteral("QWidget"),
                          QStringLiteral("QApplication"), QStringLiteral("QLabel"),
                          QStringLiteral("QPushButton"),  QStringLiteral("QDialog"),
                          QStringLiteral("QMessageBox"),  QStringLiteral("QTextBrowser"),
                          QStringLiteral("QTableView"),   QStringLiteral("QStyle")};
        const QDir dir(QLibraryInfo::path(QLibraryInfo::HeadersPath) +
                       QStringLiteral("/QtWidgets"));
        for (const QString &name : dir.entryList(QDir::Files)) {
            if (!name.contains(u'.'))
                out.insert(name);
        }
        return out;
    }();
    return headers;
}

// The lines of `source` that include a widget: <QLabel>, <QtWidgets/QLabel>,
// <QtWidgets>, or a header of ui/.
QList<Finding> widgetIncludes(const QString &file, const QString &source)
{
    static const QRegularExpression include(
        QStringLiteral("^[ \\t]*#[ \\t]*include[ \\t]*[<\"]([^>\"]+)[>\"]"),
        QRegularExpression::MultilineOption);
    QList<Finding> findings;
    for (auto it = include.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString header = m.captured(1);
        const QString name = header.section(u'/', -1);
        if (header.startsWith(QLatin1String("QtWidgets")) ||
            header.startsWith(QLatin1String("ui/")) || widgetHeaders().contains(name)) {
            const int line = static_cast<int>(source.left(m.capturedStart()).count(u'\n')) + 1;
            findings.append({file, line, header});
        }
    }
    return findings;
}

// The quoted includes of a source that do not name a file by its path from the
// project root, the one root headers are included from. What the build makes
// (ui_*.h of Qt Designer's forms, *.moc) is not in the tree and is left aside.
QList<Finding> unrootedIncludes(const QString &file, const QString &source,
                                const std::function<bool(const QString &)> &exists)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    QList<Finding> findings;
    for (auto it = include.globalMatch(source); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1);
        if (name.startsWith(QLatin1String("ui_")) || name.endsWith(QLatin1String(".moc")))
            continue;
        if (!exists(name)) {
            const int line = int(source.left(match.capturedStart(1)).count(u'\n')) + 1;
            findings.push_back({file, line, name});
        }
    }
    return findings;
}

// Every file of a folder of the tree, by its path from the project root.
QStringList treeFiles(const QString &folder, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(sourceDir + u'/' + folder, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(sourceDir).relativeFilePath(it.next());
    files.sort();
    return files;
}

QString readSource(const QString &relative)
{
    QFile file(sourceDir + u'/' + relative);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The classes a header defines (not those it only declares).
QStringList definedClasses(const QString &source)
{
    static const QRegularExpression definition(QStringLiteral("^class\\s+(\\w+)\\b[^;{]*\\n?\\{"),
                                               QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = definition.globalMatch(source); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

// The types a source declares whose names speak of a pair or a place rather than
// of the schema's partnership and municipality (docs/development.md, Glossary).
QStringList offNounTypes(const QString &source)
{
    static const QRegularExpression declaration(
        QStringLiteral("\\b(?:class|struct|enum class|enum|using)\\s+(\\w*(?:Pairs?|Places?)"
                       "(?:[A-Z]\\w*)?)\\b"));
    QStringList names;
    for (auto it = declaration.globalMatch(source); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!name.contains(QRegularExpression(QStringLiteral("[a-z](Pair|Place)|^(Pair|Place)"))))
            continue; // only whole words: "Repair" and "Replace" are fine
        names << name;
    }
    return names;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsSql_data();
    void scannerFindsSql();
    void scannerFindsTheCoresSql();
    void noSqlOutsideCore();
    void scannerFindsWidgets_data();
    void scannerFindsWidgets();
    void presentationHasNoWidgets();
    void scannerFindsUnrootedIncludes_data();
    void scannerFindsUnrootedIncludes();
    void oneIncludeRoot();
    void uiInFoldersByRole();
    void oneClassToAHeaderInUi();
    void scannerFindsOffNounTypes();
    void typesTakeTheSchemasNouns();
};

void TestLayering::scannerFindsSql_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");

    QTest::newRow("bind") << QStringLiteral("x.select(QStringLiteral(\"country_iso2 = ?\"), "
                                            "{country});")
                          << 1;
    QTest::newRow("bind built from a column")
        << QStringLiteral("pairs.select(placeColumn + QStringLiteral(\" = ?\"), {drop});") << 1;
    QTest::newRow("xml") << QStringLiteral("out(\"<?xml version=\\\"1.0\\\"?>\");") << 0;
    QTest::newRow("nested select")
        << QStringLiteral("// the pairs\nauto q = f(\n    \"community_id IN (SELECT id FROM "
                          "community)\");")
        << 3;
    QTest::newRow("insert") << QStringLiteral("run(\"INSERT INTO aid (amount) VALUES (1)\");") << 1;
    QTest::newRow("update") << QStringLiteral("run(\"UPDATE partnership SET stage = 'x'\");") << 1;
    QTest::newRow("delete") << QStringLiteral("run(\"DELETE FROM aid\");") << 1;
    QTest::newRow("where") << QStringLiteral("a(\"katottg\" \"\\\"\");\nb(\"katottg WHERE x\");")
                           << 2;
    QTest::newRow("is null") << QStringLiteral("select(u\"katottg IS NOT NULL\"_s);") << 1;
    QTest::newRow("pragma") << QStringLiteral("exec(\"PRAGMA foreign_keys = ON\");") << 1;
    QTest::newRow("raw string") << QStringLiteral("exec(R\"(\n\nDELETE FROM aid)\");") << 1;
    QTest::newRow("prose") << QStringLiteral("tr(\"Select a file from the list, where it is.\");"
                                             "\n// SELECT id FROM community WHERE x = ?")
                           << 0;
    QTest::newRow("char and separator")
        << QStringLiteral("if (c == '\"') n = 1'000;\nauto s = \"fine\";") << 0;
    QTest::newRow("after a prefixed char")
        << QStringLiteral("a(u')');\nb(u8'(', 0x1'F, \"x = ?\");") << 2;
}

void TestLayering::scannerFindsSql()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    const QList<Finding> findings = scanText(QStringLiteral("sample.cpp"), source);
    if (line == 0) {
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    } else {
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().line, line);
    }
}

void TestLayering::scannerFindsTheCoresSql()
{
    // The repositories are where SQL lives: the scanner must see it there.
    const QList<Finding> findings = scanTree(QStringLiteral("app/core"));
    QVERIFY(findings.size() > 50);
    QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.file == QLatin1String("app/core/repositories.cpp");
    }));
}

void TestLayering::noSqlOutsideCore()
{
    QVERIFY2(QDir(sourceDir + QStringLiteral("/app/core")).exists(), qPrintable(sourceDir));
    QList<Finding> findings = scanTree(QStringLiteral("ui"));
    findings += scanTree(QStringLiteral("app"), {QStringLiteral("app/core")});
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("SQL text outside app/core (give the repository a named "
                                       "query instead):\n") +
                        describe(findings)));
}

void TestLayering::scannerFindsWidgets_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::newRow("class header") << QStringLiteral("#include <QColor>\n#include <QLabel>\n") << 2;
    QTest::newRow("module path") << QStringLiteral("#include <QtWidgets/QWidget>") << 1;
    QTest::newRow("module") << QStringLiteral("#include <QString>\n\n  # include <QtWidgets>") << 3;
    QTest::newRow("ui") << QStringLiteral("#include \"ui/mainwindow.h\"") << 1;
    QTest::newRow("gui only") << QStringLiteral("#include <QColor>\n#include <QPainter>\n"
                                                "#include \"core/names.h\"\n// <QLabel>")
                              << 0;
}

void TestLayering::scannerFindsWidgets()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    const QList<Finding> findings = widgetIncludes(QStringLiteral("sample.cpp"), source);
    if (line == 0) {
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    } else {
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().line, line);
    }
}

void TestLayering::presentationHasNoWidgets()
{
    const QString folder = sourceDir + QStringLiteral("/app/present");
    QList<Finding> findings;
    int files = 0;
    QDirIterator it(folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        findings += widgetIncludes(QDir(sourceDir).relativeFilePath(file.fileName()),
                                   QString::fromUtf8(file.readAll()));
    }
    QVERIFY2(files >= 4, qPrintable(folder)); // partnershipfacts, ranking, palette, money
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("app/present includes widgets (the screen and the paper "
                                       "share it; widgets belong in ui/):\n") +
                        describe(findings)));
    QFile cmake(folder + QStringLiteral("/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cmake.readAll());
    QVERIFY(text.contains(QLatin1String("twinning_present")));
    QVERIFY2(!text.contains(QLatin1String("Widgets")), "twinning_present links Qt6::Widgets");
}

void TestLayering::scannerFindsUnrootedIncludes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("found");
    QTest::newRow("rooted") << QStringLiteral("#include \"app/core/entities.h\"\n") << 0;
    QTest::newRow("from app") << QStringLiteral("#include \"core/entities.h\"\n") << 1;
    QTest::newRow("own folder") << QStringLiteral("\n#include \"entities.h\"\n") << 1;
    QTest::newRow("form") << QStringLiteral("#include \"ui_partnershipdialog.h\"\n") << 0;
    QTest::newRow("moc") << QStringLiteral("#include \"tst_x.moc\"\n") << 0;
    QTest::newRow("system") << QStringLiteral("#include <QString>\n") << 0;
}

void TestLayering::scannerFindsUnrootedIncludes()
{
    QFETCH(QString, source);
    QFETCH(int, found);
    const auto exists = [](const QString &name) {
        return name == QLatin1String("app/core/entities.h");
    };
    const QList<Finding> findings = unrootedIncludes(QStringLiteral("x.cpp"), source, exists);
    QCOMPARE(findings.size(), found);
    if (found)
        QCOMPARE(findings.first().line, source.startsWith(u'\n') ? 2 : 1);
}

void TestLayering::oneIncludeRoot()
{
    const auto exists = [](const QString &name) {
        return QFileInfo(sourceDir + u'/' + name).isFile();
    };
    QList<Finding> findings;
    int files = 0;
    for (const QString &folder :
         {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("tests")}) {
        for (const QString &file :
             treeFiles(folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")})) {
            ++files;
            findings += unrootedIncludes(file, readSource(file), exists);
        }
    }
    // The forms name the headers of their custom widgets the same way.
    static const QRegularExpression header(QStringLiteral("<header>([^<]+)</header>"));
    for (const QString &file : treeFiles(QStringLiteral("ui"), {QStringLiteral("*.ui")})) {
        ++files;
        const QString form = readSource(file);
        for (auto it = header.globalMatch(form); it.hasNext();) {
            const auto match = it.next();
            if (!exists(match.captured(1))) {
                const int line = int(form.left(match.capturedStart()).count(u'\n')) + 1;
                findings.push_back({file, line, match.captured(1)});
            }
        }
    }
    QVERIFY2(files > 300, qPrintable(sourceDir));
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("headers included other than by their path from the "
                                       "project root:\n") +
                        describe(findings)));
}

void TestLayering::uiInFoldersByRole()
{
    const QDir ui(sourceDir + QStringLiteral("/ui"));
    QCOMPARE(ui.entryList(QDir::Files), QStringList{QStringLiteral("CMakeLists.txt")});
    QCOMPARE(ui.entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("dialogs"), QStringLiteral("views"),
                          QStringLiteral("widgets"), QStringLiteral("window")}));
    // A dialog is a dialog; a page of the window is a view.
    for (const QString &file : treeFiles(QStringLiteral("ui"), {QStringLiteral("*.h")})) {
        const QStringList classes = definedClasses(readSource(file));
        for (const QString &name : classes) {
            if (name.endsWith(QLatin1String("Dialog")))
                QVERIFY2(file.startsWith(QLatin1String("ui/dialogs/")), qPrintable(file));
            if (name.endsWith(QLatin1String("View")) && name != QLatin1String("ChartView"))
                QVERIFY2(file.startsWith(QLatin1String("ui/views/")), qPrintable(file));
        }
    }
}

void TestLayering::oneClassToAHeaderInUi()
{
    QCOMPARE(definedClasses(QStringLiteral("class A;\nclass B : public QDialog\n{\n};\n"
                                           "class C\n{\n};\nstruct D\n{\n};\n")),
             (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    QStringList crowded;
    for (const QString &file : treeFiles(QStringLiteral("ui"), {QStringLiteral("*.h")})) {
        const QStringList classes = definedClasses(readSource(file));
        if (classes.size() > 1)
            crowded << file + QStringLiteral(": ") + classes.join(QStringLiteral(", "));
    }
    QVERIFY2(crowded.isEmpty(), qPrintable(crowded.join(u'\n')));
}

void TestLayering::scannerFindsOffNounTypes()
{
    QCOMPARE(offNounTypes(QStringLiteral("struct PairSummary\n{};\nclass MergePlacesDialog;\n"
                                         "enum class PairField { A };\nusing PlaceId = int;\n"
                                         "class Repair {};\nQPair<int, int> p;\n"
                                         "struct PartnershipSummary {};")),
             (QStringList{QStringLiteral("PairSummary"), QStringLiteral("MergePlacesDialog"),
                          QStringLiteral("PairField"), QStringLiteral("PlaceId")}));
}

// The gazetteer's places are a notion of their own (geo::Place and its matcher);
// everything else is named after the schema.
void TestLayering::typesTakeTheSchemasNouns()
{
    const QStringList gazetteer{QStringLiteral("Place"), QStringLiteral("PlaceMatch"),
                                QStringLiteral("PlaceMatcher"), QStringLiteral("TestPlaceMatcher"),
                                QStringLiteral("BenchPlaceMatcher")};
    QStringList found;
    const QStringList patterns{QStringLiteral("*.h"), QStringLiteral("*.cpp")};
    for (const QString &folder :
         {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("tests")})
        for (const QString &file : treeFiles(folder, patterns)) {
            if (file == u"tests/tst_layering.cpp")
                continue;
            for (const QString &name : offNounTypes(readSource(file)))
                if (!gazetteer.contains(name))
                    found << file + QStringLiteral(": ") + name;
        }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
