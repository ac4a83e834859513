#pragma once

// The JSON backup: the whole database's own data — partner places, communities
// entered by hand, pairs, the catalogue of areas, the areas of each pair,
// milestones, contacts, projects and documents (their bytes in base64) — with
// the ids they have, so that a restore into a new database gives the same
// database back. The codifier communities are not written (every database is
// seeded with them); pairs name theirs by codifier code. The audit log is not
// part of a backup.

#include "app/core/database.h"

#include <QByteArray>

namespace tt::io {

// 2: agreements and aid.
inline constexpr int backupVersion = 2;

Result<QByteArray> backupJson(Database &db);
Status writeBackup(Database &db, const QString &path);

struct RestoreSummary
{
    int communities = 0;
    int municipalities = 0;
    int partnerships = 0;
    int milestones = 0;
};

// Restores a backup into a database that holds no pairs, no partner places and
// no communities entered by hand (a new one), in one transaction. A dry run
// reads and checks the file and writes nothing.
Result<RestoreSummary> restoreBackup(Database &db, const QByteArray &json, const QString &fileName,
                                     bool dryRun = false);
Result<RestoreSummary> restoreBackupFile(Database &db, const QString &path, bool dryRun = false);

} // namespace tt::io
