#pragma once

// The filter of the filter bar on the command line, the same for every
// sub-command that selects pairs (export, stats, report): --oblast, --country,
// --stage, --kind, --area (each repeatable), --text, --hide-ended, --from, --to.

#include "app/core/entities.h"
#include "app/core/portfolio.h"
#include "app/core/result.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace tt::cli {

QList<QCommandLineOption> filterOptions();

// Reads the options; a value that names nothing (an unknown oblast, area …)
// comes back as an Error whose message says which. Without the area catalogue
// (before the database is open) the --area codes are left out, so that the
// rest can be checked first.
Result<Filter> filterFromOptions(const QCommandLineParser &parser,
                                 const QList<CooperationArea> *areas = nullptr);

} // namespace tt::cli
