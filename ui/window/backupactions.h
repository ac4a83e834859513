#pragma once

// The window's side of the rolling backups (app/core/rollingbackup.h): the daily
// copy when a database is opened for writing, and File › Restore backup….

class QWidget;

namespace tt {
class Database;
}

namespace tt::ui {

// Writes today's copy of a database file opened for writing, unless one
// exists, and removes copies older than the days kept (the setting
// backup/keepDays). It returns at once: the copy is made on a worker thread
// through a read-only connection of its own. A failure is reported in the
// status bar of `window`, and never blocks opening, reading or editing.
void makeDailyBackup(QWidget *window, Database &db);

// Waits until the copies being made are written. The window calls it when it
// closes a file or ends, so that a closed file is no longer held open (on
// Windows an open file can be neither moved nor deleted).
void waitForDailyBackups();

// Lets the user choose one of the database's copies and restores it, after
// confirming and after copying the current content. Returns whether the
// database's content was replaced (the caller then reloads everything).
bool restoreBackupInteractively(QWidget *parent, Database &db);

} // namespace tt::ui
