#pragma once

// Rolling automatic backups. When a database is opened for writing, a copy of it
// is written once a day into the folder "NAME.backups" beside the file
// (demo.twinning → demo.twinning.backups/demo-2026-11-29.twinning), by
// VACUUM INTO: a consistent, compacted copy made while the file stays open.
// Copies older than the number of days kept are removed; the newest is always
// kept. Beside the file, not in the application's data folder, so that the
// copies go wherever the file goes (a shared drive, its backup, a USB stick).

#include "app/core/result.h"
#include "app/core/settings.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tt {

class Database;

struct BackupFile
{
    QString path;
    QDateTime made; // from the name: the day, or the moment of a copy made before a restore
    qint64 size = 0;
    bool beforeRestore = false; // the copy of the file made just before a restore
};

namespace backups {

inline constexpr int defaultKeepDays = 14;
inline constexpr int maxKeepDays = 3650;

} // namespace backups

namespace settings {
// The folder the daily copies go to, each database's in "NAME.backups" of its
// own; empty: beside the database.
inline const Preference<QString> backupFolder{"backup/folder"};
} // namespace settings

namespace backups {

// The folder of a database's copies: "NAME.backups" beside the file, or in
// `chosenFolder` when one is set (settings::backupFolder).
QString folderFor(const QString &databasePath,
                  const QString &chosenFolder = settings::backupFolder.value());

// Writes today's copy unless one exists, then removes the daily copies older
// than `keepDays` days (at least 1). Returns the new copy's path, or an empty
// string when today's existed already.
Result<QString> makeDaily(Database &db, int keepDays, const QDate &today = QDate::currentDate());

// The same through a read-only connection of its own on the file at
// `databasePath`, into the folder folderFor(databasePath, chosenFolder): it
// may run on a worker thread while the window reads and edits through its own
// connection (the copy reads one snapshot, in WAL mode beside the writers).
Result<QString> makeDaily(const QString &databasePath, const QString &chosenFolder, int keepDays,
                          const QDate &today = QDate::currentDate());

// The copies of a database, newest first.
QList<BackupFile> list(const QString &databasePath);

// Replaces the open database's content with that of `backupPath`, through
// SQLite's online backup API (other connections see the change as one commit).
// The copy is checked first (structure, version, every page) and the current
// content is itself copied into the backups folder, so a restore can be undone
// by restoring that copy. Returns the path of that copy.
Result<QString> restore(Database &db, const QString &backupPath);

} // namespace backups

namespace settings {
// Days the daily copies are kept (declared here, beside what uses it).
inline const Preference<int> backupKeepDays{"backup/keepDays", backups::defaultKeepDays};
} // namespace settings

} // namespace tt
