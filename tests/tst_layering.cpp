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

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

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
    QVERIFY2(files >= 4, qPrintable(folder)); // pairfacts, ranking, palette, money
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

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
