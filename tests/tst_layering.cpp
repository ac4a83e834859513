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

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
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

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsSql_data();
    void scannerFindsSql();
    void scannerFindsTheCoresSql();
    void noSqlOutsideCore();
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

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
