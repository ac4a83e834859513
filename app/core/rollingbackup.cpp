#include "app/core/rollingbackup.h"

#include "app/core/database.h"
#include "app/core/reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <sqlite3.h>

namespace tt::backups {

namespace {

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// NAME-2026-11-29.twinning, or NAME-before-restore-20261129-101500.twinning.
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.*)-(?:(\d{4}-\d{2}-\d{2})|before-restore-(\d{8}-\d{6}))\.twinning$)"));
    return re;
}

QList<BackupFile> listIn(const QString &databasePath, const QString &folderPath);

Status vacuumInto(Database &db, const QString &target)
{
    // Written under a temporary name and renamed, so that a copy cut short by a
    // crash never looks like a finished one.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery q = db.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        QFile::remove(partial);
        return db.sqlError(q, BackupText::tr("The backup copy could not be written."));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::make(Error::Code::Io, BackupText::tr("The backup copy could not be written."),
                           QDir::toNativeSeparators(target));
    }
    return {};
}

sqlite3 *handleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

QString folderFor(const QString &databasePath, const QString &chosenFolder)
{
    const QFileInfo file(databasePath);
    if (chosenFolder.trimmed().isEmpty())
        return file.absoluteFilePath() + QStringLiteral(".backups");
    return QDir(QDir(chosenFolder.trimmed()).absolutePath())
        .filePath(file.fileName() + QStringLiteral(".backups"));
}

namespace {

Result<QString> makeDailyInto(Database &db, const QString &folder, int keepDays, const QDate &today)
{
    const QString target = folder + u'/' + baseName(db.path()) + u'-' +
                           today.toString(Qt::ISODate) + QStringLiteral(".twinning");
    QString made;
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(folder))
            return Error::make(Error::Code::Io,
                               BackupText::tr("The folder for backup copies cannot be created: %1")
                                   .arg(QDir::toNativeSeparators(folder)));
        if (auto s = vacuumInto(db, target); !s)
            return s.error();
        made = target;
    }
    const QDate oldest = today.addDays(-std::max(keepDays, 1) + 1);
    const QList<BackupFile> all = listIn(db.path(), folder);
    bool newestKept = false;
    for (const BackupFile &b : all) {
        if (b.beforeRestore)
            continue;
        if (newestKept && b.made.date() < oldest)
            QFile::remove(b.path);
        newestKept = true;
    }
    return made;
}

} // namespace

Result<QString> makeDaily(Database &db, int keepDays, const QDate &today)
{
    // A server database is backed up by its administrator (pg_dump), not by
    // each of its clients.
    if (db.isReadOnly() || db.isServer())
        return QString();
    return makeDailyInto(db, folderFor(db.path()), keepDays, today);
}

Result<QString> makeDaily(const QString &databasePath, const QString &chosenFolder, int keepDays,
                          const QDate &today)
{
    // A connection of its own, on the worker thread that makes the copy.
    auto db = openReader({databasePath, QString()});
    if (!db)
        return db.error();
    return makeDailyInto(**db, folderFor(databasePath, chosenFolder), keepDays, today);
}

QList<BackupFile> list(const QString &databasePath)
{
    return listIn(databasePath, folderFor(databasePath));
}

namespace {

QList<BackupFile> listIn(const QString &databasePath, const QString &folderPath)
{
    QList<BackupFile> out;
    const QString base = baseName(databasePath);
    const QDir folder(folderPath);
    const QFileInfoList files =
        folder.entryInfoList({QStringLiteral("*.twinning")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        const auto m = namePattern().match(f.fileName());
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        BackupFile b;
        b.path = f.absoluteFilePath();
        b.size = f.size();
        b.beforeRestore = !m.captured(3).isEmpty();
        b.made = b.beforeRestore
                     ? QDateTime::fromString(m.captured(3), QStringLiteral("yyyyMMdd-HHmmss"))
                     : QDateTime(QDate::fromString(m.captured(2), Qt::ISODate), QTime(0, 0));
        if (b.made.isValid())
            out << b;
    }
    std::sort(out.begin(), out.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.made > b.made; });
    return out;
}

} // namespace

Result<QString> restore(Database &db, const QString &backupPath)
{
    if (db.isReadOnly())
        return Error::make(
            Error::Code::ReadOnly,
            BackupText::tr("The database is open read-only; a backup cannot be restored into "
                           "it.") +
                u' ' + db.readOnlyReason());
    // The copy gets the same inspection as any file that is opened.
    {
        OpenOptions options;
        options.readOnly = true;
        options.create = false;
        options.migrate = false;
        options.integrity = OpenOptions::Integrity::Full;
        auto checked = Database::open(backupPath, options);
        if (!checked)
            return checked.error();
        if ((*checked)->schemaVersion() != db.schemaVersion())
            return Error::make(
                Error::Code::Invalid,
                BackupText::tr("The backup copy has data format %1, the open database %2; "
                               "only a copy of the same format can be restored.")
                    .arg((*checked)->schemaVersion())
                    .arg(db.schemaVersion()));
    }

    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder))
        return Error::make(Error::Code::Io,
                           BackupText::tr("The folder for backup copies cannot be created: %1")
                               .arg(QDir::toNativeSeparators(folder)));
    const QString before =
        folder + u'/' + baseName(db.path()) + QStringLiteral("-before-restore-") +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
        QStringLiteral(".twinning");
    if (auto s = vacuumInto(db, before); !s)
        return s.error();

    sqlite3 *target = handleOf(db);
    sqlite3 *source = nullptr;
    if (!target)
        return Error::make(Error::Code::Sql,
                           BackupText::tr("The backup copy could not be restored."),
                           QStringLiteral("no SQLite handle"));
    if (sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &source, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(source));
        sqlite3_close(source);
        return Error::make(Error::Code::Io, BackupText::tr("The backup copy could not be read."),
                           detail);
    }
    sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
    if (!copy) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(source);
        return Error::make(Error::Code::Sql,
                           BackupText::tr("The backup copy could not be restored."), detail);
    }
    // All pages in one step: the destination is written in one transaction, so a
    // crash leaves the old content or the new, never a mixture. Another process
    // holding the file is waited for a few seconds.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        rc = sqlite3_backup_step(copy, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(100);
    }
    sqlite3_backup_finish(copy);
    sqlite3_close(source);
    if (rc != SQLITE_DONE)
        return Error::make(
            rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? Error::Code::Busy : Error::Code::Sql,
            BackupText::tr("The backup copy could not be restored; the database was left as "
                           "it was."),
            QString::fromUtf8(sqlite3_errstr(rc)));
    return before;
}

} // namespace tt::backups
