#include "ui/window/backupactions.h"

#include "app/core/database.h"
#include "app/core/rollingbackup.h"
#include "app/core/settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QThreadPool>

namespace tt::ui {

namespace {

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

void showStatus(QWidget *window, const QString &message)
{
    if (auto *main = qobject_cast<QMainWindow *>(window))
        main->statusBar()->showMessage(message, 15000);
}

// The daily copies' own pool, so that closing a file waits for its copy and
// for nothing else.
QThreadPool &backupPool()
{
    static QThreadPool pool;
    return pool;
}

} // namespace

void waitForDailyBackups()
{
    backupPool().waitForDone();
}

void makeDailyBackup(QWidget *window, Database &db)
{
    if (db.isReadOnly() || db.isServer())
        return;
    // On a worker thread, through a connection of its own: the copy of a
    // large file never holds up the window. The settings are read here, on
    // the window's thread.
    const QString path = db.path();
    const QString folder = settings::backupFolder.value();
    const int keepDays = settings::backupKeepDays.value();
    const QDate today = QDate::currentDate();
    const QPointer<QWidget> target(window);
    backupPool().start([path, folder, keepDays, today, target] {
        auto made = backups::makeDaily(path, folder, keepDays, today);
        if (made)
            return;
        const QString message =
            BackupText::tr("No backup copy was made today: %1").arg(made.error().fullText());
        QMetaObject::invokeMethod(
            qApp,
            [target, message] {
                if (target)
                    showStatus(target, message);
            },
            Qt::QueuedConnection);
    });
}

bool restoreBackupInteractively(QWidget *parent, Database &db)
{
    const QString title = BackupText::tr("Restore backup");
    const QList<BackupFile> copies = backups::list(db.path());
    const QString folder = QDir::toNativeSeparators(backups::folderFor(db.path()));
    if (copies.isEmpty()) {
        QMessageBox::information(
            parent, title,
            BackupText::tr("There are no backup copies of this database yet. They are "
                           "made once a day, when it is opened, in “%1”.")
                .arg(folder));
        return false;
    }
    const QLocale locale;
    QStringList items;
    for (const BackupFile &b : copies) {
        const QString size = locale.formattedDataSize(b.size);
        items << (b.beforeRestore ? BackupText::tr("%1 — before a restore (%2)")
                                        .arg(locale.toString(b.made, QLocale::ShortFormat), size)
                                  : BackupText::tr("%1 (%2)").arg(
                                        locale.toString(b.made.date(), QLocale::LongFormat), size));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, title, BackupText::tr("Copies in “%1”, newest first:").arg(folder), items, 0, false,
        &ok);
    if (!ok)
        return false;
    const BackupFile &copy = copies.at(items.indexOf(chosen));
    if (QMessageBox::question(
            parent, title,
            BackupText::tr("Replace the content of “%1” with the copy of %2? The current "
                           "content is copied into the backups folder first, so this "
                           "can be undone by restoring that copy.")
                .arg(QFileInfo(db.path()).fileName(), chosen)) != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = backups::restore(db, copy.path);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox box(QMessageBox::Critical, title, restored.error().message, QMessageBox::Ok,
                        parent);
        box.setDetailedText(restored.error().detail);
        box.exec();
        return false;
    }
    showStatus(parent, BackupText::tr("Restored the copy of %1. The previous content is in %2.")
                           .arg(chosen, QDir::toNativeSeparators(*restored)));
    return true;
}

} // namespace tt::ui
