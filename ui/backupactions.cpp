#include "backupactions.h"

#include "core/database.h"
#include "core/rollingbackup.h"
#include "core/settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

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

} // namespace

void makeDailyBackup(QWidget *window, Database &db)
{
    if (db.isReadOnly())
        return;
    auto made = backups::makeDaily(db, settings::backupKeepDays.value());
    if (!made)
        showStatus(
            window,
            BackupText::tr("No backup copy was made today: %1").arg(made.error().fullText()));
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
