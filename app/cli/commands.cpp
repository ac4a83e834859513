#include "app/cli/commands.h"

#include "app/cli/common.h"
#include "app/cli/filteroptions.h"
#include "app/cli/reportcommands.h"
#include "app/core/database.h"
#include "app/core/maintenance.h"
#include "app/core/portfolio.h"
#include "app/core/repositories.h"
#include "app/core/rollingbackup.h"
#include "app/core/settings.h"
#include "app/core/transfer.h"
#include "app/io/exporters.h"
#include "app/io/importer.h"
#include "app/sample/sampledata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

namespace tt::cli {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    if (int code = parse(parser, arguments,
                         CliText::tr("Writes a demo database: Vinnytsia – Karlsruhe and "
                                     "a few dozen other pairs with milestones, contacts "
                                     "and projects."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    auto database = openOrReport(parser.value(db), {});
    if (!database)
        return Failure;
    auto existing = countRows(*database, QStringLiteral("partnership"));
    if (existing && *existing > 0) {
        err() << CliText::tr(
                     "“%1” already holds %n partnership(s); the demo is written only into a new "
                     "database. Nothing was changed.",
                     "", static_cast<int>(*existing))
                     .arg(parser.value(db))
              << '\n';
        return Failure;
    }
    auto summary = sample::writeDemo(*database);
    if (!summary) {
        err() << summary.error().fullText() << '\n';
        return Failure;
    }
    auto monitoring = sample::writeMonitoringDemo(*database);
    if (!monitoring) {
        err() << monitoring.error().fullText() << '\n';
        return Failure;
    }
    summary->partnerships += monitoring->partnerships;
    summary->milestones += monitoring->approvalSteps;
    out() << CliText::tr("Demo database written to %1: %2 partnerships, %3 milestones.")
                 .arg(database->path())
                 .arg(summary->partnerships)
                 .arg(summary->milestones)
          << '\n';
    return Success;
}

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption count(QStringLiteral("partnerships"),
                                   CliText::tr("How many pairs to write."), CliText::tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CliText::tr("Seed of the random numbers (default 1)."),
                                  CliText::tr("S"), QStringLiteral("1"));
    const QCommandLineOption communities(
        QStringLiteral("communities"),
        CliText::tr("How many communities take part (default 1500)."), CliText::tr("N"),
        QStringLiteral("1500"));
    const QCommandLineOption milestones(QStringLiteral("milestones"),
                                        CliText::tr("Milestones per pair (default 10)."),
                                        CliText::tr("N"), QStringLiteral("10"));
    const QCommandLineOption agreements(
        QStringLiteral("agreements"),
        CliText::tr("Percentage of the pairs at an agreement stage with a recorded agreement "
                    "(default 60; one in 25 of them trilateral)."),
        CliText::tr("PERCENT"), QStringLiteral("60"));
    const QCommandLineOption approvals(
        QStringLiteral("approvals"),
        CliText::tr("Percentage of the pairs begun in the last three years with an approval "
                    "track (default 20)."),
        CliText::tr("PERCENT"), QStringLiteral("20"));
    const QCommandLineOption aid(
        QStringLiteral("aid"),
        CliText::tr("Percentage of the pairs that received aid, 1 to 4 records each (default 10)."),
        CliText::tr("PERCENT"), QStringLiteral("10"));
    parser.addOptions({db, count, seed, communities, milestones, agreements, approvals, aid});
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Writes synthetic data at scale, for benchmarks: pairs between "
                              "communities of every oblast and foreign places, each with about 10 "
                              "milestones, 2 areas and 1 contact; recorded agreements with their "
                              "areas and signatories, approval tracks and aid in the proportions "
                              "below. The same seed gives the same database."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    sample::GenerateOptions options;
    options.partnerships = parser.value(count).toInt(&ok1);
    options.seed = parser.value(seed).toUInt(&ok2);
    options.communities = parser.value(communities).toInt(&ok3);
    options.milestonesPerPair = parser.value(milestones).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || options.partnerships < 0 || options.communities < 1 ||
        options.milestonesPerPair < 0) {
        err() << CliText::tr(
                     "--partnerships, --communities and --milestones take whole numbers, --seed a "
                     "non-negative one.")
              << '\n';
        return Usage;
    }
    for (const auto &[option, percent] :
         {std::pair{&agreements, &options.agreementPercent},
          std::pair{&approvals, &options.approvalPercent}, std::pair{&aid, &options.aidPercent}}) {
        bool ok = false;
        *percent = parser.value(*option).toInt(&ok);
        if (!ok || *percent < 0 || *percent > 100) {
            err() << CliText::tr("--%1 takes a percentage, a whole number from 0 to 100; “%2” "
                                 "is not one.")
                         .arg(option->names().constFirst(), parser.value(*option))
                  << '\n';
            return Usage;
        }
    }
    auto database = openOrReport(parser.value(db), {});
    if (!database)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    auto summary = sample::generate(*database, options);
    if (!summary) {
        err() << summary.error().fullText() << '\n';
        return Failure;
    }
    out() << CliText::tr(
                 "Generated %1 partnerships between %2 communities and %3 partner places, with %4 "
                 "milestones, %5 areas and %6 contacts in %7 s.")
                 .arg(summary->partnerships)
                 .arg(summary->communities)
                 .arg(summary->municipalities)
                 .arg(summary->milestones)
                 .arg(summary->areas)
                 .arg(summary->contacts)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << '\n'
          << CliText::tr("Recorded agreements: %1 (%2 trilateral), binding %3 pairs.")
                 .arg(summary->agreements)
                 .arg(summary->trilateralAgreements)
                 .arg(summary->agreementPairs)
          << '\n'
          << CliText::tr("Approval tracks: %1, with %2 steps.")
                 .arg(summary->approvalTracks)
                 .arg(summary->approvalSteps)
          << '\n'
          << CliText::tr("Aid: %1 records for %2 pairs.").arg(summary->aid).arg(summary->aidPairs)
          << '\n';
    return Success;
}

int runCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("The database to copy: a file or a server URL."),
                                  CliText::tr("SOURCE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliText::tr("The database to copy into: a file or a server URL."),
                                CliText::tr("TARGET"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     CliText::tr("Overwrite a target that already holds data."));
    parser.addOptions({from, to, replace});
    if (int code = parse(parser, arguments,
                         CliText::tr("Copies a whole database, between a file and a PostgreSQL "
                                     "server in either direction: every record with its id, "
                                     "the history and the catalogues."));
        code >= 0)
        return code;
    if (parser.value(from).isEmpty() || parser.value(to).isEmpty()) {
        err() << CliText::tr("Name both databases with --from SOURCE and --to TARGET.") << '\n';
        return Usage;
    }
    OpenOptions sourceOptions;
    sourceOptions.create = false;
    sourceOptions.readOnly = true;
    auto source = openOrReport(parser.value(from), sourceOptions);
    if (!source)
        return Failure;
    auto target = openOrReport(parser.value(to), {});
    if (!target)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    if (auto s = copyDatabase(*source, *target, parser.isSet(replace)); !s) {
        err() << s.error().fullText() << '\n';
        return Failure;
    }
    auto pairs = countRows(*target, QStringLiteral("partnership"));
    out() << CliText::tr("Copied %1 to %2: %n partnership(s) in %3 s.", "",
                         static_cast<int>(pairs.valueOr(0)))
                 .arg(source->path(), target->path())
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << '\n';
    return Success;
}

// `check --same-as OTHER`: both databases hold the same, table by table.
int compareWith(Database &database, const QString &other)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.integrity = OpenOptions::Integrity::None;
    auto second = openOrReport(other, options);
    if (!second)
        return Failure;
    auto mine = digestDatabase(database);
    auto theirs = digestDatabase(*second);
    if (!mine || !theirs) {
        err() << (mine ? theirs.error() : mine.error()).fullText() << '\n';
        return Failure;
    }
    int differing = 0;
    out() << CliText::tr("Compared with %1:").arg(second->path()) << '\n';
    for (qsizetype i = 0; i < mine->size(); ++i) {
        const TableDigest &a = mine->at(i);
        const TableDigest &b = theirs->at(i);
        const bool same = a.rows == b.rows && a.hash == b.hash;
        differing += same ? 0 : 1;
        out() << "  " << a.table.leftJustified(20) << ' '
              << (same ? CliText::tr("same (%1 records)").arg(a.rows)
                       : CliText::tr("DIFFERENT (%1 and %2 records)").arg(a.rows).arg(b.rows))
              << '\n';
    }
    if (differing > 0) {
        err() << CliText::tr("%n table(s) differ.", "", differing) << '\n';
        return Failure;
    }
    out() << CliText::tr("Both databases hold the same.") << '\n';
    return Success;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption sameAs(
        QStringLiteral("same-as"),
        CliText::tr("Also confirm that this second database (a file or a server URL) holds the "
                    "same records, table by table."),
        CliText::tr("OTHER"));
    parser.addOptions({db, sameAs});
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Checks a database: schema version, integrity, and the number of "
                              "records. Exits with 1 on any problem."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.integrity = OpenOptions::Integrity::None;
    auto database = openOrReport(parser.value(db), options);
    if (!database)
        return Failure;
    auto report = checkDatabase(*database);
    if (!report) {
        err() << report.error().fullText() << '\n';
        return Failure;
    }
    out() << CliText::tr("Database: %1").arg(database->path()) << '\n'
          << CliText::tr("Schema version: %1 (this program: %2)")
                 .arg(report->schemaVersion)
                 .arg(Database::currentSchemaVersion())
          << '\n';
    if (report->integrityProblems.isEmpty())
        out() << CliText::tr("Integrity: ok") << '\n';
    else
        out() << CliText::tr("Integrity: %n problem(s)", "",
                             static_cast<int>(report->integrityProblems.size()))
              << '\n';
    for (const QString &problem : std::as_const(report->integrityProblems))
        out() << "  " << problem << '\n';
    for (const QString &table : std::as_const(report->missingTables))
        out() << CliText::tr("Missing table: %1").arg(table) << '\n';
    out() << CliText::tr("Records:") << '\n';
    for (const auto &[table, n] : std::as_const(report->counts))
        out() << "  " << table.leftJustified(18) << ' ' << n << '\n';
    if (!report->ok())
        return Failure;
    return parser.isSet(sameAs) ? compareWith(*database, parser.value(sameAs)) : Success;
}

std::optional<io::Format> formatNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv")
        return io::Format::Csv;
    if (n == u"xlsx")
        return io::Format::Xlsx;
    if (n == u"json")
        return io::Format::Json;
    if (n == u"ics")
        return io::Format::Ics;
    if (n == u"geojson")
        return io::Format::GeoJson;
    return std::nullopt;
}

QString fieldList()
{
    QString text;
    for (io::Field f : io::allFields())
        text += QStringLiteral("  %1  %2\n")
                    .arg(io::fieldName(f).leftJustified(15), io::fieldDescription(f));
    return text;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliText::tr("csv, xlsx or json (default: from the file name)."),
                                    CliText::tr("FORMAT"));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"),
        CliText::tr("The sheet of a workbook to read (default: the first)."), CliText::tr("NAME"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        CliText::tr("Reads FIELD from COLUMN (a header or a number from 1); "
                    "repeatable."),
        CliText::tr("FIELD=COLUMN"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        CliText::tr("Reports what would be added, updated and rejected, and "
                    "writes nothing."));
    const QCommandLineOption strict(QStringLiteral("all-or-nothing"),
                                    CliText::tr("Writes nothing when any row is rejected."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     CliText::tr("Lists every row, the added ones too."));
    parser.addOptions({db, format, sheet, map, dryRun, strict, verbose});
    parser.addPositionalArgument(QStringLiteral("INPUT"), CliText::tr("The file to import."));
    if (int code = parse(
            parser, arguments,
            CliText::tr("Imports pairs from a spreadsheet (CSV or XLSX) or restores a JSON "
                        "backup into a new database. Places are matched, not duplicated; "
                        "importing a file again adds nothing. Rows that cannot be read are "
                        "rejected with the reason and skipped; a failure while writing undoes "
                        "the whole import. Exits with 1 when rows were rejected.\n\n"
                        "Fields (a column whose header is a field's name or a usual synonym "
                        "maps itself):\n") +
                fieldList());
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    // The first positional argument is the command's own name.
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (inputs.size() != 1) {
        err() << CliText::tr("Name one file to import.") << '\n';
        return Usage;
    }
    io::ImportOptions options;
    if (parser.isSet(format)) {
        options.format = formatNamed(parser.value(format));
        if (!options.format || *options.format == io::Format::Ics ||
            *options.format == io::Format::GeoJson) {
            err() << CliText::tr("--format takes csv, xlsx or json.") << '\n';
            return Usage;
        }
    }
    options.sheet = parser.value(sheet);
    options.assignments = parser.values(map);
    for (const QString &assignment : std::as_const(options.assignments)) {
        if (!assignment.contains(u'=') || !io::fieldFromName(assignment.section(u'=', 0, 0))) {
            err() << CliText::tr(
                         "--map takes FIELD=COLUMN, FIELD one of the fields listed by --help (not "
                         "“%1”).")
                         .arg(assignment)
                  << '\n';
            return Usage;
        }
    }
    options.dryRun = parser.isSet(dryRun);
    options.allOrNothing = parser.isSet(strict);
    OpenOptions openOptions;
    openOptions.create = !options.dryRun;
    openOptions.readOnly = options.dryRun;
    const bool existed = QFileInfo::exists(parser.value(db));
    auto database = openOrReport(parser.value(db), openOptions);
    if (!database)
        return Failure;
    // An import is the largest write there is: today's copy of a file that held
    // data comes first, as it does when the window opens one. A copy that cannot
    // be written (a full disk, a read-only folder) is said, and the import goes on.
    if (existed && !options.dryRun) {
        auto copy = backups::makeDaily(*database, settings::backupKeepDays.value());
        if (!copy)
            err() << CliText::tr("No backup copy was made today: %1").arg(copy.error().fullText())
                  << '\n';
    }
    auto report = io::importFile(*database, inputs.first(), options);
    if (!report) {
        err() << report.error().fullText() << '\n';
        return Failure;
    }
    for (const QString &line : report->details(parser.isSet(verbose)))
        out() << line << '\n';
    out() << report->summary() << '\n';
    if (options.allOrNothing && report->rejected > 0 && !options.dryRun)
        out() << CliText::tr("No row was written because --all-or-nothing was given.") << '\n';
    return report->rejected > 0 ? Failure : Success;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption format(
        QStringLiteral("format"),
        CliText::tr("csv, xlsx, json (the whole database), ics (milestones) "
                    "or geojson (default: from the file name)."),
        CliText::tr("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("The file to write."), CliText::tr("OUT"));
    const QCommandLineOption separator(
        QStringLiteral("separator"),
        CliText::tr("CSV separator: semicolon (default), comma or tab."), CliText::tr("SEP"),
        QStringLiteral("semicolon"));
    const QCommandLineOption codes(
        QStringLiteral("codes"),
        CliText::tr("CSV and XLSX: the import's field names and codes (community, UA-05, DE, "
                    "twinning_agreement) instead of words in the language of --lang."));
    parser.addOptions({db, format, output, separator, codes});
    parser.addOptions(filterOptions());
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Exports the pairs the filters select as CSV (UTF-8 with BOM, for "
                              "Excel), XLSX, iCalendar (their milestones) or GeoJSON, or the whole "
                              "database as a JSON backup. CSV and XLSX are written in the language "
                              "of --lang (headers, oblasts, countries, kinds, stages and areas as "
                              "words) and read back through import in any language. Cells that "
                              "begin with = + - @ get a leading ' so that spreadsheets do not run "
                              "them."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        err() << CliText::tr("Name the file to write with -o OUT.") << '\n';
        return Usage;
    }
    io::Format chosen = io::Format::Csv;
    if (parser.isSet(format)) {
        auto f = formatNamed(parser.value(format));
        if (!f) {
            err() << CliText::tr("--format takes csv, xlsx, json, ics or geojson.") << '\n';
            return Usage;
        }
        chosen = *f;
    } else {
        auto f = io::formatOf(path);
        if (!f) {
            err() << f.error().message << '\n';
            return Usage;
        }
        chosen = *f;
    }
    io::ExportOptions options;
    options.codes = parser.isSet(codes);
    const QString sep = parser.value(separator).toLower();
    if (sep == u"comma" || sep == u",")
        options.separator = u',';
    else if (sep == u"tab")
        options.separator = u'\t';
    else if (sep == u"semicolon" || sep == u";")
        options.separator = u';';
    else {
        err() << CliText::tr("--separator takes semicolon, comma or tab.") << '\n';
        return Usage;
    }
    Selection selection;
    if (int code = openSelection(parser, db, selection); code >= 0)
        return code;
    if (auto s = io::exportFile(*selection.database, chosen, selection.filter, path, options); !s) {
        err() << s.error().fullText() << '\n';
        return Failure;
    }
    out() << CliText::tr("Written to %1.").arg(path) << '\n';
    return Success;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"demo", QT_TRANSLATE_NOOP("Cli", "write a demo database"), runDemo},
        {"check", QT_TRANSLATE_NOOP("Cli", "check a database's schema, integrity and counts"),
         runCheck},
        {"generate", QT_TRANSLATE_NOOP("Cli", "write synthetic data at scale"), runGenerate},
        {"copy",
         QT_TRANSLATE_NOOP("Cli", "copy a whole database between a file and a PostgreSQL server"),
         runCopy},
        {"import", QT_TRANSLATE_NOOP("Cli", "import pairs from CSV or XLSX, or restore a backup"),
         runImport},
        {"export", QT_TRANSLATE_NOOP("Cli", "export pairs, milestones or the whole database"),
         runExport},
        {"stats", QT_TRANSLATE_NOOP("Cli", "print the dashboard's figures for a filter"), runStats},
        {"report",
         QT_TRANSLATE_NOOP("Cli", "write a dossier, summary, agenda or monitoring as PDF"),
         runReport},
        {"settings", QT_TRANSLATE_NOOP("Cli", "print or set the office's name and dormancy rule"),
         runSettings},
    };
    return list;
}

} // namespace

bool isCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            const int code = c.run(arguments);
            out().flush();
            err().flush();
            return code;
        }
    }
    err() << CliText::tr("Unknown command “%1”.").arg(name) << '\n';
    return Usage;
}

} // namespace tt::cli
