#pragma once

// The headless sub-commands: `twinning-tracker COMMAND --help` for each. Exit
// codes: 0 success, 1 failure, 2 wrong usage.

#include <QStringList>

namespace tt::cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// True when `name` is a sub-command (so no window is to be opened).
bool isCommand(const QString &name);

// Runs the sub-command named by arguments[1]; arguments[0] is the program.
int run(const QStringList &arguments);

} // namespace tt::cli
