#pragma once

// The sub-commands that count and print: `stats` (the dashboard's figures, or
// the ministry's monitoring), `report` (PDF, or the monitoring as a workbook)
// and `settings` (the office's name and dormancy rule). Each takes the whole
// command line, as run() passes it, and returns an ExitCode.

#include <QStringList>

namespace tt::cli {

int runStats(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runSettings(const QStringList &arguments);

} // namespace tt::cli
