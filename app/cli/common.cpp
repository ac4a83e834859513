#include "app/cli/common.h"

#include "app/cli/filteroptions.h"
#include "app/core/repositories.h"

#include <QCoreApplication>

namespace tt::cli {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

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
    auto areas = CooperationAreaRepository(*out.database).all();
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

} // namespace tt::cli
