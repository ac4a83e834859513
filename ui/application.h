#pragma once

class QApplication;

namespace tt::ui {

// Parses the GUI's command line (`twinning-tracker [FILE]`), opens the database
// and shows the main window. Returns the exit code.
int runGui(QApplication &app);

} // namespace tt::ui
