// The documents and the in-app guide say the same thing: every section of the
// guide (resources/help/guide.*.html) is a section of docs/user-guide.md, the
// shortcuts of the guide's keyboard table are those of the user guide's, the
// three languages of the guide have the same sections and shortcuts, every
// sub-command has its row in docs/formats.md, and every relative link of the
// README and of docs/ leads to a file (and a heading) that exists.
//
// Each check is a function that returns the problems it found; the last test
// feeds each one a disagreement of its own, so that none of them can pass by
// finding nothing.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString sourceDir = QStringLiteral(TT_SOURCE_DIR);

QString readText(const QString &relativePath)
{
    QFile file(sourceDir + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString stripTags(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html.simplified();
}

// "5. The dashboard" -> "The dashboard"
QString withoutNumber(const QString &title)
{
    return QString(title).remove(QRegularExpression(QStringLiteral("^\\d+\\.\\s*"))).trimmed();
}

// --- The in-app guide -------------------------------------------------------

struct GuideSection
{
    QString id;
    QString title;
};

QList<GuideSection> guideSections(const QString &html)
{
    QList<GuideSection> out;
    static const QRegularExpression h2(QStringLiteral("<h2[^>]*>(.*?)</h2>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression name(QStringLiteral("name=\"([^\"]+)\""));
    for (auto it = h2.globalMatch(html); it.hasNext();) {
        const QString inner = it.next().captured(1);
        out.append({name.match(inner).captured(1), withoutNumber(stripTags(inner))});
    }
    return out;
}

QStringList guideContentsLinks(const QString &html)
{
    QStringList out;
    static const QRegularExpression href(QStringLiteral("href=\"#([^\"]+)\""));
    for (auto it = href.globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

// The rows of the keyboard table (the section "keys"): the keys in bold of
// each row's first cell.
QList<QStringList> guideShortcutRows(const QString &html)
{
    QList<QStringList> rows;
    const qsizetype start = html.indexOf(QStringLiteral("name=\"keys\""));
    if (start < 0)
        return rows;
    const qsizetype end = html.indexOf(QStringLiteral("</table>"), start);
    const QString table = html.mid(start, end < 0 ? -1 : end - start);
    static const QRegularExpression firstCell(QStringLiteral("<tr>\\s*<td>(.*?)</td>"),
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression bold(QStringLiteral("<b>(.*?)</b>"));
    for (auto it = firstCell.globalMatch(table); it.hasNext();) {
        const QString cell = it.next().captured(1);
        QStringList keys;
        for (auto b = bold.globalMatch(cell); b.hasNext();)
            keys << stripTags(b.next().captured(1));
        rows << keys;
    }
    return rows;
}

// Names of keys differ by language; the keys themselves do not.
QString normalizedKey(QString key)
{
    static const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("Strg"), QStringLiteral("Ctrl")},
        {QStringLiteral("Umschalt"), QStringLiteral("Shift")},
        {QStringLiteral("Leertaste"), QStringLiteral("Space")},
        {QStringLiteral("Пробіл"), QStringLiteral("Space")},
    };
    for (const auto &[local, english] : names)
        key.replace(local, english);
    return key;
}

// --- Markdown ---------------------------------------------------------------

struct MdHeading
{
    int level = 0;
    QString text;
};

// The lines outside fenced code blocks.
QStringList proseLines(const QString &md)
{
    QStringList out;
    bool fenced = false;
    for (const QString &line : md.split(u'\n')) {
        if (line.trimmed().startsWith(QStringLiteral("```"))) {
            fenced = !fenced;
            continue;
        }
        if (!fenced)
            out << line;
    }
    return out;
}

QList<MdHeading> markdownHeadings(const QString &md)
{
    QList<MdHeading> out;
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    for (const QString &line : proseLines(md)) {
        const auto m = heading.match(line);
        if (m.hasMatch())
            out.append({int(m.captured(1).size()), m.captured(2)});
    }
    return out;
}

// GitHub's anchor of a heading: lower case, punctuation dropped, spaces as
// hyphens, and "-1", "-2" … after a repeated one.
QSet<QString> markdownAnchors(const QString &md)
{
    QSet<QString> out;
    QHash<QString, int> seen;
    for (const MdHeading &h : markdownHeadings(md)) {
        QString slug;
        for (const QChar c : h.text.toLower()) {
            if (c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'_')
                slug += c;
            else if (c == u' ')
                slug += u'-';
        }
        const int n = seen.value(slug, 0);
        seen[slug] = n + 1;
        out.insert(n == 0 ? slug : slug + u'-' + QString::number(n));
    }
    return out;
}

// The text under the heading `title` (of any level), up to the next heading of
// the same or a higher level.
QString markdownSection(const QString &md, const QString &title)
{
    const QStringList lines = proseLines(md);
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*$"));
    int level = 0;
    QStringList out;
    for (const QString &line : lines) {
        const auto m = heading.match(line);
        if (m.hasMatch()) {
            const int l = int(m.captured(1).size());
            if (level > 0 && l <= level)
                break;
            if (level == 0 && withoutNumber(m.captured(2)) == title) {
                level = l;
                continue;
            }
        }
        if (level > 0)
            out << line;
    }
    return out.join(u'\n');
}

// The first cells of a section's table rows, header and rule left out.
QStringList markdownFirstCells(const QString &section)
{
    QStringList out;
    int row = 0;
    for (const QString &line : section.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.startsWith(u'|')) {
            row = 0;
            continue;
        }
        if (row++ < 2) // the header and the |---| rule
            continue;
        out << t.mid(1).section(u'|', 0, 0).trimmed();
    }
    return out;
}

QSet<QString> boldKeys(const QStringList &cells)
{
    QSet<QString> out;
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
    for (const QString &cell : cells) {
        for (auto it = bold.globalMatch(cell); it.hasNext();)
            out.insert(it.next().captured(1));
    }
    return out;
}

// --- The checks -------------------------------------------------------------

// Every section of the guide is a heading of the user guide, in the same order.
QStringList guideSectionsMissing(const QString &guideHtml, const QString &userGuideMd)
{
    QStringList problems;
    QStringList headings;
    for (const MdHeading &h : markdownHeadings(userGuideMd))
        headings << withoutNumber(h.text);
    qsizetype last = -1;
    const QList<GuideSection> sections = guideSections(guideHtml);
    if (sections.isEmpty())
        problems << QStringLiteral("the guide has no sections");
    for (const GuideSection &s : sections) {
        const qsizetype at = headings.indexOf(s.title);
        if (at < 0)
            problems << QStringLiteral("no heading “%1” in the user guide").arg(s.title);
        else if (at < last)
            problems << QStringLiteral("“%1” comes earlier in the user guide than in the guide")
                            .arg(s.title);
        last = std::max(last, at);
    }
    return problems;
}

// The keyboard table of the user guide lists exactly the guide's shortcuts.
QStringList shortcutsDiffer(const QString &guideHtml, const QString &userGuideMd)
{
    QStringList problems;
    QSet<QString> guide;
    for (const QStringList &row : guideShortcutRows(guideHtml)) {
        for (const QString &key : row)
            guide.insert(key);
    }
    if (guide.isEmpty())
        problems << QStringLiteral("the guide lists no shortcuts");
    const QString section = markdownSection(userGuideMd, QStringLiteral("Keyboard"));
    if (section.isEmpty())
        problems << QStringLiteral("the user guide has no section “Keyboard”");
    const QSet<QString> docs = boldKeys(markdownFirstCells(section));
    for (const QString &key : guide) {
        if (!docs.contains(key))
            problems << QStringLiteral("%1: in the guide, not in the user guide's table").arg(key);
    }
    for (const QString &key : docs) {
        if (!guide.contains(key))
            problems << QStringLiteral("%1: in the user guide's table, not in the guide").arg(key);
    }
    return problems;
}

// Two languages of the guide: the same section ids in the same order, the
// contents linking each, and the same shortcuts row by row.
QStringList languagesDiffer(const QString &englishHtml, const QString &otherHtml)
{
    QStringList problems;
    QStringList ids, otherIds;
    for (const GuideSection &s : guideSections(englishHtml))
        ids << s.id;
    for (const GuideSection &s : guideSections(otherHtml))
        otherIds << s.id;
    if (ids.isEmpty() || ids.contains(QString()))
        problems << QStringLiteral("a section without an id");
    if (ids != otherIds)
        problems
            << QStringLiteral("sections %1 against %2").arg(ids.join(u','), otherIds.join(u','));
    if (guideContentsLinks(otherHtml) != otherIds)
        problems << QStringLiteral("the contents link %1, the sections are %2")
                        .arg(guideContentsLinks(otherHtml).join(u','), otherIds.join(u','));
    const QList<QStringList> rows = guideShortcutRows(englishHtml);
    QList<QStringList> otherRows;
    for (const QStringList &row : guideShortcutRows(otherHtml)) {
        QStringList keys;
        for (const QString &key : row)
            keys << normalizedKey(key);
        otherRows << keys;
    }
    if (rows != otherRows) {
        QStringList a, b;
        for (const QStringList &r : rows)
            a << r.join(u' ');
        for (const QStringList &r : otherRows)
            b << r.join(u' ');
        problems << QStringLiteral("shortcuts %1 against %2")
                        .arg(a.join(QStringLiteral("; ")), b.join(QStringLiteral("; ")));
    }
    return problems;
}

// Every sub-command of app/cli/commands.cpp has a row in the command table of
// formats.md, and every row there is a sub-command.
QStringList commandsDiffer(const QString &commandsCpp, const QString &formatsMd)
{
    QStringList problems;
    QSet<QString> commands;
    static const QRegularExpression entry(
        QStringLiteral("\\{\"([a-z]+)\",\\s*QT_TRANSLATE_NOOP\\(\"Cli\""));
    for (auto it = entry.globalMatch(commandsCpp); it.hasNext();)
        commands.insert(it.next().captured(1));
    if (commands.isEmpty())
        problems << QStringLiteral("no sub-commands found in the source");
    QSet<QString> rows;
    static const QRegularExpression first(QStringLiteral("^`([a-z]+)[ `]"));
    for (const QString &cell :
         markdownFirstCells(markdownSection(formatsMd, QStringLiteral("The command line")))) {
        const auto m = first.match(cell);
        if (m.hasMatch())
            rows.insert(m.captured(1));
    }
    for (const QString &c : commands) {
        if (!rows.contains(c))
            problems << QStringLiteral("`%1` has no row in the command table").arg(c);
    }
    for (const QString &r : rows) {
        if (!commands.contains(r))
            problems << QStringLiteral("`%1` in the command table is no sub-command").arg(r);
    }
    return problems;
}

// The relative links of a Markdown file lead to files that exist and, with a
// #fragment into a Markdown file, to one of its headings. `read` gives the
// text of another file of the tree.
template<class Exists, class Read>
QStringList brokenLinks(const QString &mdPath, const QString &md, Exists exists, Read read)
{
    QStringList problems;
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    static const QRegularExpression code(QStringLiteral("`[^`]*`"));
    const QString dir = QFileInfo(mdPath).path();
    for (QString line : proseLines(md)) {
        line.remove(code);
        for (auto it = link.globalMatch(line); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.contains(QStringLiteral("://")) ||
                target.startsWith(QStringLiteral("mailto:")))
                continue;
            const QString file = target.section(u'#', 0, 0);
            const QString fragment = target.section(u'#', 1);
            const QString path = file.isEmpty() ? mdPath : QDir::cleanPath(dir + u'/' + file);
            if (!exists(path)) {
                problems << QStringLiteral("%1: %2 does not exist").arg(mdPath, target);
                continue;
            }
            if (!fragment.isEmpty() && path.endsWith(QStringLiteral(".md")) &&
                !markdownAnchors(read(path)).contains(fragment))
                problems << QStringLiteral("%1: %2 has no heading #%3").arg(mdPath, path, fragment);
        }
    }
    return problems;
}

QStringList brokenLinksInTree(const QString &mdPath)
{
    return brokenLinks(
        mdPath, readText(mdPath),
        [](const QString &p) { return QFileInfo::exists(sourceDir + u'/' + p); }, readText);
}

const QStringList languages = {QStringLiteral("uk"), QStringLiteral("en"), QStringLiteral("de")};

QString guide(const QString &language)
{
    return readText(QStringLiteral("resources/help/guide.%1.html").arg(language));
}

} // namespace

class TestDocs : public QObject
{
    Q_OBJECT
private slots:
    void readmeBeginsWithTheTwoCommands();
    void readmeIsShort();
    void guideSectionsAreInTheUserGuide();
    void guideShortcutsAreTheUserGuides();
    void guideLanguagesAgree_data();
    void guideLanguagesAgree();
    void everySubCommandIsInFormats();
    void relativeLinksLead_data();
    void relativeLinksLead();
    void checksFindDisagreement();
};

void TestDocs::readmeBeginsWithTheTwoCommands()
{
    const QStringList lines = readText(QStringLiteral("README.md")).split(u'\n');
    QVERIFY(lines.size() > 5);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("# ")), qPrintable(lines.at(0)));
    int i = 1;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        ++i;
    QCOMPARE(lines.value(i).trimmed(), QStringLiteral("```sh"));
    QVERIFY2(lines.value(i + 1).startsWith(QStringLiteral("scripts/run.sh ")),
             qPrintable(lines.value(i + 1)));
    QVERIFY2(lines.value(i + 2).startsWith(QStringLiteral("scripts/test.sh ")),
             qPrintable(lines.value(i + 2)));
    QCOMPARE(lines.value(i + 3).trimmed(), QStringLiteral("```"));
}

void TestDocs::readmeIsShort()
{
    // A newcomer's page; the rest belongs in docs/.
    const QString readme = readText(QStringLiteral("README.md"));
    QVERIFY(!readme.isEmpty());
    QVERIFY2(readme.count(u'\n') <= 200, qPrintable(QString::number(readme.count(u'\n'))));
}

void TestDocs::guideSectionsAreInTheUserGuide()
{
    const QStringList problems = guideSectionsMissing(
        guide(QStringLiteral("en")), readText(QStringLiteral("docs/user-guide.md")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDocs::guideShortcutsAreTheUserGuides()
{
    const QStringList problems = shortcutsDiffer(guide(QStringLiteral("en")),
                                                 readText(QStringLiteral("docs/user-guide.md")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDocs::guideLanguagesAgree_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : languages)
        QTest::newRow(qPrintable(l)) << l;
}

void TestDocs::guideLanguagesAgree()
{
    QFETCH(QString, language);
    const QString html = guide(language);
    QVERIFY(!html.isEmpty());
    const QStringList problems = languagesDiffer(guide(QStringLiteral("en")), html);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDocs::everySubCommandIsInFormats()
{
    const QStringList problems = commandsDiffer(readText(QStringLiteral("app/cli/commands.cpp")),
                                                readText(QStringLiteral("docs/formats.md")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDocs::relativeLinksLead_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("README.md") << QStringLiteral("README.md");
    const QStringList docs =
        QDir(sourceDir + QStringLiteral("/docs")).entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(docs.contains(QStringLiteral("user-guide.md")));
    for (const QString &name : docs)
        QTest::newRow(qPrintable(name)) << QStringLiteral("docs/") + name;
}

void TestDocs::relativeLinksLead()
{
    QFETCH(QString, file);
    QVERIFY(!readText(file).isEmpty());
    const QStringList problems = brokenLinksInTree(file);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDocs::checksFindDisagreement()
{
    const QString html =
        QStringLiteral("<ol><li><a href=\"#a\">One</a></li><li><a href=\"#b\">Two</a></li>"
                       "<li><a href=\"#keys\">Keyboard</a></li></ol>\n"
                       "<h2><a name=\"a\"></a>1. One</h2>\n<h2><a name=\"b\"></a>2. Two</h2>\n"
                       "<h2><a name=\"keys\"></a>3. Keyboard</h2><table>\n"
                       "<tr><td><b>Ctrl+A</b> / <b>Ctrl+B</b></td><td>a / b</td></tr>\n"
                       "<tr><td><b>Space</b></td><td>c</td></tr>\n</table>");
    const QString md = QStringLiteral("# Guide\n## One\ntext\n## Two\n## Keyboard\n\n"
                                      "| keys | what |\n|---|---|\n"
                                      "| **Ctrl+A** / **Ctrl+B** | a / b |\n| **Space** | c |\n");
    QCOMPARE(guideSectionsMissing(html, md), QStringList());
    QCOMPARE(shortcutsDiffer(html, md), QStringList());
    QCOMPARE(languagesDiffer(html, html), QStringList());

    // A section of the guide that the user guide lacks, or has in another order.
    QCOMPARE(guideSectionsMissing(
                 html, QString(md).replace(QStringLiteral("## Two"), QStringLiteral("## Three")))
                 .size(),
             1);
    QCOMPARE(guideSectionsMissing(html, QStringLiteral("## Two\n## One\n## Keyboard\n")).size(), 1);
    // A shortcut missing on either side.
    QCOMPARE(shortcutsDiffer(html, QString(md).remove(QStringLiteral(" / **Ctrl+B**"))).size(), 1);
    QCOMPARE(shortcutsDiffer(QString(html).remove(QStringLiteral(" / <b>Ctrl+B</b>")), md).size(),
             1);
    // Another language with a section, a contents link or a shortcut of its own.
    QVERIFY(!languagesDiffer(html, QString(html).replace(QStringLiteral("name=\"b\""),
                                                         QStringLiteral("name=\"c\"")))
                 .isEmpty());
    QVERIFY(!languagesDiffer(html, QString(html).replace(QStringLiteral("href=\"#b\""),
                                                         QStringLiteral("href=\"#a\"")))
                 .isEmpty());
    QCOMPARE(languagesDiffer(
                 html, QString(html).replace(QStringLiteral("Ctrl+A"), QStringLiteral("Strg+A"))),
             QStringList());
    QCOMPARE(languagesDiffer(
                 html, QString(html).replace(QStringLiteral("Ctrl+A"), QStringLiteral("Strg+Q")))
                 .size(),
             1);

    // A sub-command without its row, and a row without its sub-command.
    const QString cpp = QStringLiteral("{\"demo\", QT_TRANSLATE_NOOP(\"Cli\", \"x\"), runDemo},\n"
                                       "{\"check\", QT_TRANSLATE_NOOP(\"Cli\", \"y\"), runCheck},");
    const QString formats = QStringLiteral("## The command line\n\n| command | what |\n|---|---|\n"
                                           "| `demo --db FILE` | a |\n| `check` | b |\n");
    QCOMPARE(commandsDiffer(cpp, formats), QStringList());
    QCOMPARE(
        commandsDiffer(cpp, QString(formats).remove(QStringLiteral("| `check` | b |\n"))).size(),
        1);
    QCOMPARE(commandsDiffer(cpp, formats + QStringLiteral("| `copy` | c |\n")).size(), 1);

    // Links to a file or a heading that is not there; links in code are not links.
    const QSet<QString> files = {QStringLiteral("README.md"), QStringLiteral("docs/a.md")};
    const auto exists = [&](const QString &p) { return files.contains(p); };
    const auto read = [](const QString &p) {
        return p == QStringLiteral("docs/a.md") ? QStringLiteral("# A\n## The `x --y` part\n")
                                                : QString();
    };
    const QString good =
        QStringLiteral("[a](docs/a.md) [b](docs/a.md#the-x---y-part) [w](https://example.org/x) "
                       "`[c](nothing.md)`\n```\n[d](nothing.md)\n```\n");
    QCOMPARE(brokenLinks(QStringLiteral("README.md"), good, exists, read), QStringList());
    QCOMPARE(
        brokenLinks(QStringLiteral("README.md"), QStringLiteral("[x](docs/b.md)"), exists, read)
            .size(),
        1);
    QCOMPARE(brokenLinks(QStringLiteral("README.md"), QStringLiteral("[x](docs/a.md#nothing)"),
                         exists, read)
                 .size(),
             1);
    QCOMPARE(
        brokenLinks(QStringLiteral("docs/a.md"), QStringLiteral("[x](../README.md)"), exists, read),
        QStringList());
    QCOMPARE(
        brokenLinks(QStringLiteral("docs/a.md"), QStringLiteral("[x](README.md)"), exists, read)
            .size(),
        1);
}

QTEST_MAIN(TestDocs)
#include "tst_docs.moc"
