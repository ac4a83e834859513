#pragma once

class QApplication;
class QCommandLineParser;

namespace tt::ui {

// The GUI's command line: `twinning-tracker [--lang L] [FILE]`, --help, --version.
void describeCommandLine(QCommandLineParser &parser);

// Starts reading, on workers, what the window's first paint and the opening of
// a file need and would otherwise read on the window's thread: the map's
// polygons and the schema a file is checked against. Returns at once; the
// first to need one of them waits only for what is not read yet. Once per
// process.
void warmUp();

// Parses the GUI's command line, shows the main window and opens the database
// named there, else the one open when the window was last closed, else shows
// the welcome page. Returns the exit code.
int runGui(QApplication &app);

} // namespace tt::ui
