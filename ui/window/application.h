#pragma once

class QApplication;
class QCommandLineParser;

namespace tt::ui {

// The GUI's command line: `twinning-tracker [--lang L] [FILE]`, --help, --version.
void describeCommandLine(QCommandLineParser &parser);

// Parses the GUI's command line, shows the main window and opens the database
// named there, else the one open when the window was last closed, else shows
// the welcome page. Returns the exit code.
int runGui(QApplication &app);

} // namespace tt::ui
