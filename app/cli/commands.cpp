#include "commands.h"

#include "core/database.h"
#include "core/maintenance.h"
#include "core/names.h"
#include "core/officesettings.h"
#include "core/portfolio.h"
#include "core/repositories.h"
#include "core/rollingbackup.h"
#include "core/settings.h"
#include "core/statistics.h"
#include "core/transfer.h"
#include "filteroptions.h"
#include "io/exporters.h"
#include "io/importer.h"
#include "models/money.h"
#include "reports/monitoring.h"
#include "reports/pagedprinter.h"
#include "reports/reports.h"
#include "sample/sampledata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <functional>

namespace tt::cli {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

// Parses the arguments of one sub-command; prints help or the usage error.
// Returns -1 when the command should go on, or the exit code to end with.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    // main() takes --lang for every command and applies it before this runs;
    // declared here so that the help lists it.
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        CliText::tr("The language of messages and reports: uk, en or de (default: the system's)."),
        CliText::tr("LANG")));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n'
              << CliText::tr("Try “%1 --help”.").arg(arguments.mid(0, 2).join(u' ')) << '\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return Success;
    }
    return -1;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        CliText::tr("The database: a file, or a server database as "
                    "postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or "
                    "~/.pgpass)."),
        CliText::tr("FILE"));
}

std::unique_ptr<Database> openOrReport(const QString &path, const OpenOptions &options)
{
    auto db = Database::open(path, options);
    if (!db) {
        err() << db.error().message << '\n';
        if (!db.error().detail.isEmpty())
            err() << "  " << db.error().detail << '\n';
        return nullptr;
    }
    return std::move(db.value());
}

int requireDb(const QCommandLineParser &parser, const QCommandLineOption &db)
{
    if (parser.value(db).isEmpty()) {
        err() << CliText::tr("Name the database with --db FILE.") << '\n';
        return Usage;
    }
    return -1;
}

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
    parser.addOptions({db, count, seed, communities, milestones});
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Writes synthetic data at scale, for benchmarks: pairs between "
                              "communities of every oblast and foreign places, each with about 10 "
                              "milestones, 2 areas and 1 contact."));
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

// A database opened read-only for a command that selects pairs, with the filter
// its options describe. Returns -1 when the command should go on, or its exit code.
struct Selection
{
    std::unique_ptr<Database> database;
    QList<CooperationArea> areas;
    Filter filter;
};

int openSelection(const QCommandLineParser &parser, const QCommandLineOption &db, Selection &out)
{
    // Options that need no database are checked before the file is touched.
    if (auto early = filterFromOptions(parser); !early) {
        err() << early.error().message << '\n';
        return Usage;
    }
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.migrate = false;
    out.database = openOrReport(parser.value(db), options);
    if (!out.database)
        return Failure;
    auto areas = AreaRepository(*out.database).all();
    if (!areas) {
        err() << areas.error().fullText() << '\n';
        return Failure;
    }
    out.areas = *areas;
    const auto filter = filterFromOptions(parser, &out.areas);
    if (!filter) {
        err() << filter.error().message << '\n';
        return Usage;
    }
    out.filter = *filter;
    return -1;
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
    parser.addOptions({db, format, output, separator});
    parser.addOptions(filterOptions());
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Exports the pairs the filters select as CSV (UTF-8 with BOM, for "
                              "Excel), XLSX, iCalendar (their milestones) or GeoJSON, or the whole "
                              "database as a JSON backup. Cells that begin with = + - @ get a "
                              "leading ' so that spreadsheets do not run them."));
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

// The monitoring indicators as text, each with the change since the end of the
// previous quarter (`stats --monitoring`).
void printMonitoring(const monitoring::MonitoringReport &r, int dormancyMonths)
{
    const monitoring::MonitoringFigures &now = r.current;
    const monitoring::MonitoringFigures &was = r.previous;
    const auto line = [](const QString &label, const QString &value, qint64 change) {
        out() << "  " << label.leftJustified(44) << ' ' << value << "  ("
              << (change > 0 ? QStringLiteral("+") : QString()) << change << ")\n";
    };
    out() << CliText::tr("Monitoring as of %1, compared with %2")
                 .arg(now.asOf.toString(Qt::ISODate), was.asOf.toString(Qt::ISODate))
          << '\n';
    line(CliText::tr("Communities with international agreements"),
         CliText::tr("%1 of %2").arg(now.communitiesWithAgreements).arg(now.communitiesTotal),
         now.communitiesWithAgreements - was.communitiesWithAgreements);
    if (now.communitiesApart > 0 || was.communitiesApart > 0)
        line(CliText::tr("… of Crimea and Sevastopol, counted apart"),
             QString::number(now.communitiesApart), now.communitiesApart - was.communitiesApart);
    line(CliText::tr("Agreements in force"), QString::number(now.agreements),
         now.agreements - was.agreements);
    line(CliText::tr("Partner countries"), QString::number(now.partnerCountries),
         now.partnerCountries - was.partnerCountries);
    line(CliText::tr("New agreements in the quarter"), QString::number(now.newAgreements),
         now.newAgreements - was.newAgreements);
    for (auto it = now.aidReceived.cbegin(); it != now.aidReceived.cend(); ++it) {
        const qint64 change = it.value() - was.aidReceived.value(it.key());
        out() << "  " << CliText::tr("Aid received").leftJustified(44) << ' '
              << formatMoney(it.value(), it.key()) << "  ("
              << (change > 0 ? QStringLiteral("+") : QString()) << formatMoney(change, it.key())
              << ")\n";
    }
    out() << "  "
          << CliText::tr("Pairs in force with no activity for %n month(s)", "", dormancyMonths)
                 .leftJustified(44)
          << ' ' << r.dormantPairs << '\n';
    out() << "  " << CliText::tr("Pairs in force with no activity recorded").leftJustified(44)
          << ' ' << r.pairsWithoutActivity << '\n';
    out() << CliText::tr("Oblasts by agreements:") << '\n';
    for (const auto &[oblast, n] : r.oblastsRanked)
        line(oblast + u' ' + names::oblast(oblast), QString::number(n),
             n - was.agreementsByOblast.value(oblast));
    out() << CliText::tr("Partner countries by agreements:") << '\n';
    for (const auto &[country, n] : r.countriesRanked)
        line(country + u' ' + names::country(country), QString::number(n),
             n - was.agreementsByCountry.value(country));
}

void printStatistics(const Statistics &s, const QList<CooperationArea> &areas)
{
    const QLocale c = QLocale::c();
    const auto line = [&](const QString &label, const QString &value) {
        out() << "  " << label.leftJustified(44, u' ') << ' ' << value << '\n';
    };
    const auto num = [&](int n) { return c.toString(n); };
    out() << CliText::tr("Figures as of %1").arg(s.today.toString(Qt::ISODate)) << '\n';
    out() << CliText::tr("Totals:") << '\n';
    line(CliText::tr("Pairs (all)"), num(s.pairsAll));
    line(CliText::tr("Pairs (within the filter)"), num(s.pairs));
    line(CliText::tr("Active pairs"), num(s.activePairs));
    line(CliText::tr("Communities with an active pair"),
         CliText::tr("%1 of %2").arg(num(s.communitiesActive), num(s.communitiesTotal)));
    line(CliText::tr("… in Crimea and Sevastopol (counted apart)"),
         num(s.communitiesActiveOccupied));
    line(CliText::tr("Communities with any pair"), num(s.communitiesWithPairs));
    line(CliText::tr("Partner places"), num(s.partnerPlaces));
    line(CliText::tr("Partner countries"), num(s.partnerCountries));
    line(CliText::tr("Agreements signed in %1").arg(s.today.year()), num(s.signedThisYear));
    line(CliText::tr("Milestones overdue"), num(s.milestonesOverdue));
    line(CliText::tr("Milestones due within 30 days"), num(s.milestonesDueSoon));
    out() << CliText::tr("By stage:") << '\n';
    for (auto it = s.byStage.cbegin(); it != s.byStage.cend(); ++it)
        line(toLabel(it.key()), num(it.value()));
    out() << CliText::tr("By kind:") << '\n';
    for (auto it = s.byKind.cbegin(); it != s.byKind.cend(); ++it)
        line(toLabel(it.key()), num(it.value()));
    out() << CliText::tr("By partner country:") << '\n';
    for (const auto &[iso, n] : s.countriesRanked())
        line(iso, num(n));
    out() << CliText::tr("By cooperation area:") << '\n';
    for (const CooperationArea &a : areas) {
        if (s.byArea.value(a.id) > 0)
            line(a.nameEn.isEmpty() ? a.code : a.nameEn, num(s.byArea.value(a.id)));
    }
    out() << CliText::tr(
                 "By oblast (pairs, active, overdue milestones, communities active of all):")
          << '\n';
    for (auto it = s.byOblast.cbegin(); it != s.byOblast.cend(); ++it) {
        const OblastFigures &f = it.value();
        if (f.pairs == 0)
            continue;
        line(it.key(), QStringLiteral("%1 %2 %3 %4/%5")
                           .arg(num(f.pairs), 6)
                           .arg(num(f.activePairs), 6)
                           .arg(num(f.milestonesOverdue), 6)
                           .arg(num(f.communitiesActive))
                           .arg(num(f.communitiesTotal)));
    }
    out() << CliText::tr("Agreements signed per year:") << '\n';
    for (auto it = s.bySignedYear.cbegin(); it != s.bySignedYear.cend(); ++it)
        line(QString::number(it.key()), num(it.value()));
    out() << CliText::tr("Milestones per month (done, due, overdue):") << '\n';
    for (const MonthFigures &m : s.months) {
        line(m.month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("%1 %2 %3")
                                                              .arg(num(m.done), 6)
                                                              .arg(num(m.due), 6)
                                                              .arg(num(m.overdue), 6));
    }
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOptions({db});
    parser.addOptions(filterOptions());
    parser.addOptions({
        {QStringLiteral("today"),
         CliText::tr("Count overdue and due milestones as of this date (default: today)."),
         CliText::tr("DATE")},
        {QStringLiteral("json"), CliText::tr("Print JSON instead of text.")},
        {QStringLiteral("monitoring"),
         CliText::tr("Print the ministry's monitoring indicators as of --today instead (all pairs; "
                     "the filter does not apply).")},
    });
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Prints the figures of the dashboard for the pairs that pass the "
                              "filter: totals, pairs by stage, kind, partner country, cooperation "
                              "area, oblast and year of signing, and milestones per month."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err() << CliText::tr("--today takes a date as YYYY-MM-DD.") << '\n';
            return Usage;
        }
    }
    Selection selection;
    if (int code = openSelection(parser, db, selection); code >= 0)
        return code;
    const QList<CooperationArea> *areas = &selection.areas;
    auto portfolio = Portfolio::load(*selection.database, today);
    if (!portfolio) {
        err() << portfolio.error().fullText() << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("monitoring"))) {
        auto input = reports::monitoringInput(*selection.database, *portfolio, today);
        if (!input) {
            err() << input.error().fullText() << '\n';
            return Failure;
        }
        auto months = OfficeSettingsRepository(*selection.database).dormancyMonths();
        if (!months) {
            err() << months.error().fullText() << '\n';
            return Failure;
        }
        printMonitoring(monitoring::monitoringReport(*input, today, *months), *months);
        return Success;
    }
    const Statistics stats =
        computeStatistics(*portfolio, portfolio->select(selection.filter), today);
    if (parser.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(
            QJsonDocument(statisticsToJson(stats, *areas)).toJson(QJsonDocument::Indented));
    else
        printStatistics(stats, *areas);
    return Success;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption type(
        QStringLiteral("type"), CliText::tr("The report: dossier, summary, agenda or monitoring."),
        CliText::tr("TYPE"));
    const QCommandLineOption pair(QStringLiteral("partnership"),
                                  CliText::tr("The pair of the dossier (its id)."),
                                  CliText::tr("ID"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        CliText::tr("Count overdue milestones as of this date (default: today)."),
        CliText::tr("DATE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("The PDF file to write."), CliText::tr("FILE"));
    const QCommandLineOption asOf(QStringLiteral("date"),
                                  CliText::tr("The monitoring's date (default: today)."),
                                  CliText::tr("DATE"));
    const QCommandLineOption pdfA(QStringLiteral("pdfa"),
                                  CliText::tr("Write PDF/A-1b, the archival form of PDF."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CliText::tr("pdf (default), or xlsx for the monitoring's tables as a workbook."),
        CliText::tr("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption officeOption(
        QStringLiteral("office"),
        CliText::tr("The name that heads every page, for this report only (default: the "
                    "office's name stored in the database)."),
        CliText::tr("NAME"));
    parser.addOptions({db, type, pair, today, output, asOf, pdfA, format, officeOption});
    // --from and --to of the filter are also the agenda's period.
    parser.addOptions(filterOptions());
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Writes a report as PDF (A4): the dossier of one pair, a summary of "
                              "the pairs that pass the filter, or the milestone agenda of the "
                              "period --from … --to (default: the next three months)."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    const QString kind = parser.value(type);
    if (kind != u"dossier" && kind != u"summary" && kind != u"agenda" && kind != u"monitoring") {
        err() << CliText::tr("--type takes dossier, summary, agenda or monitoring.") << '\n';
        return Usage;
    }
    const bool workbook = parser.value(format) == u"xlsx";
    if (!workbook && parser.value(format) != u"pdf") {
        err() << CliText::tr("--format takes pdf or xlsx.") << '\n';
        return Usage;
    }
    if (workbook && kind != u"monitoring") {
        err() << CliText::tr("Only the monitoring report is written as a workbook (--format xlsx).")
              << '\n';
        return Usage;
    }
    if (parser.value(output).isEmpty()) {
        err() << (workbook ? CliText::tr("Name the workbook with -o FILE.")
                           : CliText::tr("Name the PDF file with -o FILE."))
              << '\n';
        return Usage;
    }
    const QString language = names::language(); // --lang, applied by main()
    bool idOk = false;
    const qint64 pairId = parser.value(pair).toLongLong(&idOk);
    if (kind == u"dossier" && (!idOk || pairId <= 0)) {
        err() << CliText::tr("A dossier needs --partnership ID.") << '\n';
        return Usage;
    }
    reports::Context context;
    context.today = QDate::currentDate();
    if (parser.isSet(today)) {
        context.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!context.today.isValid()) {
            err() << CliText::tr("--today takes a date as YYYY-MM-DD.") << '\n';
            return Usage;
        }
    }
    QDate monitoringDate = context.today;
    if (parser.isSet(asOf)) {
        monitoringDate = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!monitoringDate.isValid()) {
            err() << CliText::tr("--date takes a date as YYYY-MM-DD.") << '\n';
            return Usage;
        }
    }
    if (auto early = filterFromOptions(parser); !early) {
        err() << early.error().message << '\n';
        return Usage;
    }
    if (parser.isSet(officeOption)) {
        OfficeSettings chosen;
        chosen.officeName = parser.value(officeOption);
        if (QString why = validationProblem(chosen); !why.isEmpty()) {
            err() << why << '\n';
            return Usage;
        }
    }
    names::setLanguage(language);
    context.locale = reports::localeFor(language);
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.migrate = false;
    auto database = openOrReport(parser.value(db), options);
    if (!database)
        return Failure;
    auto areas = AreaRepository(*database).all();
    if (!areas) {
        err() << areas.error().fullText() << '\n';
        return Failure;
    }
    const auto filter = filterFromOptions(parser, &*areas);
    if (!filter) {
        err() << filter.error().message << '\n';
        return Usage;
    }
    auto portfolio = Portfolio::load(*database, context.today);
    if (!portfolio) {
        err() << portfolio.error().fullText() << '\n';
        return Failure;
    }
    if (workbook) {
        auto content = reports::monitoringContent(*database, *portfolio, monitoringDate);
        const Status written =
            content ? reports::writeMonitoringWorkbook(*content, context, parser.value(output))
                    : Status(content.error());
        if (!written) {
            err() << written.error().fullText() << '\n';
            return Failure;
        }
        out() << CliText::tr("Written to %1.").arg(parser.value(output)) << '\n';
        return Success;
    }
    Result<reports::Report> report = Error::make(Error::Code::Invalid, QString());
    if (kind == u"dossier") {
        report = reports::dossier(*database, *portfolio, pairId, context);
    } else if (kind == u"summary") {
        report = reports::summary(*database, *portfolio, *filter, context);
    } else if (kind == u"monitoring") {
        report = reports::monitoringReport(*database, *portfolio, monitoringDate, context);
    } else {
        const QDate from = filter->from.isValid() ? filter->from : context.today;
        const QDate to = filter->to.isValid() ? filter->to : from.addMonths(3);
        report = reports::agenda(*database, *portfolio, from, to, context);
    }
    if (!report) {
        err() << report.error().fullText() << '\n';
        return Failure;
    }
    const QString office = reports::officeHeading(*database, parser.value(officeOption));
    const reports::PageDecor decor{office, report->title,
                                   context.locale.toString(context.today, QLocale::LongFormat)};
    reports::PdfOptions pdfOptions;
    pdfOptions.pdfA = parser.isSet(pdfA);
    auto pages = reports::writePdf(*report, decor, parser.value(output), pdfOptions);
    if (!pages) {
        err() << pages.error().fullText() << '\n';
        return Failure;
    }
    out() << CliText::tr("Written %n page(s) to %1.", "", *pages).arg(parser.value(output)) << '\n';
    return Success;
}

void printOfficeSettings(const OfficeSettings &s)
{
    out() << CliText::tr("Office name: %1")
                 .arg(s.officeName.isEmpty() ? CliText::tr("(not set; reports are headed "
                                                           "“Twinning Tracker”)")
                                             : s.officeName)
          << '\n'
          << CliText::tr("Dormant after: %n month(s) without activity", "", s.dormancyMonths)
          << '\n';
}

int runSettings(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption office(
        QStringLiteral("office"),
        CliText::tr("Set the office's name, which heads every page of every report (an empty "
                    "name removes it)."),
        CliText::tr("NAME"));
    const QCommandLineOption months(
        QStringLiteral("dormancy-months"),
        CliText::tr("Set the months without activity after which a pair in force counts as "
                    "dormant (%1 to %2; default %3).")
            .arg(OfficeSettings::minDormancyMonths)
            .arg(OfficeSettings::maxDormancyMonths)
            .arg(OfficeSettings::defaultDormancyMonths),
        CliText::tr("N"));
    parser.addOptions({db, office, months});
    if (int code = parse(parser, arguments,
                         CliText::tr("Prints the office's settings kept in the database, or "
                                     "sets them: its name and the dormancy rule. On a server "
                                     "only an administrator sets them."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    const bool changing = parser.isSet(office) || parser.isSet(months);
    int newMonths = 0;
    if (parser.isSet(months)) {
        bool ok = false;
        newMonths = parser.value(months).toInt(&ok);
        if (!ok || newMonths < OfficeSettings::minDormancyMonths ||
            newMonths > OfficeSettings::maxDormancyMonths) {
            err() << CliText::tr("--dormancy-months takes a number from %1 to %2.")
                         .arg(OfficeSettings::minDormancyMonths)
                         .arg(OfficeSettings::maxDormancyMonths)
                  << '\n';
            return Usage;
        }
    }
    OpenOptions options;
    options.create = false;
    options.readOnly = !changing;
    options.migrate = changing;
    auto database = openOrReport(parser.value(db), options);
    if (!database)
        return Failure;
    OfficeSettingsRepository repository(*database);
    auto settings = repository.load();
    if (!settings) {
        err() << settings.error().fullText() << '\n';
        return Failure;
    }
    if (changing) {
        if (parser.isSet(office))
            settings->officeName = parser.value(office);
        if (parser.isSet(months))
            settings->dormancyMonths = newMonths;
        if (QString why = validationProblem(*settings); !why.isEmpty()) {
            err() << why << '\n';
            return Usage;
        }
        if (auto s = repository.save(*settings); !s) {
            err() << s.error().fullText() << '\n';
            return Failure;
        }
        auto saved = repository.load();
        if (!saved) {
            err() << saved.error().fullText() << '\n';
            return Failure;
        }
        settings = std::move(saved);
    }
    printOfficeSettings(*settings);
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
