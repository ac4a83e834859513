#pragma once

// What every sub-command shares: the output streams, parsing with --help and
// --lang, the --db option and opening the database it names, and the pairs a
// command selects with the filter options.

#include "app/cli/commands.h"
#include "app/core/database.h"
#include "app/core/entities.h"
#include "app/core/portfolio.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace tt::cli {

QTextStream &out();
QTextStream &err();

// Parses the arguments of one sub-command; prints help or the usage error.
// Returns -1 when the command should go on, or the exit code to end with.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);

QCommandLineOption dbOption();
// The database, or nullptr after printing why it could not be opened.
std::unique_ptr<Database> openOrReport(const QString &path, const OpenOptions &options);
// Usage when --db was not given, else -1.
int requireDb(const QCommandLineParser &parser, const QCommandLineOption &db);

// A database opened read-only for a command that selects pairs, with the filter
// its options describe. Returns -1 when the command should go on, or its exit code.
struct Selection
{
    std::unique_ptr<Database> database;
    QList<CooperationArea> areas;
    Filter filter;
};
int openSelection(const QCommandLineParser &parser, const QCommandLineOption &db, Selection &out);

} // namespace tt::cli
