// File › Restore backup as a person goes through it: the list of copies, the
// question before anything is replaced, and what the file holds afterwards.

#include "app/core/repositories.h"
#include "app/core/rollingbackup.h"
#include "tests/testplaces.h"
#include "tests/testutil.h"
#include "ui/window/backupactions.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace tt;
using test::addPlace;
using test::placeNames;

namespace {

// Answers the modal dialogs the restore opens, one after the other, as a
// person would: `answers` says, per dialog, whether to go on or to cancel.
// Records the text each dialog showed.
class DialogDriver : public QObject
{
public:
    explicit DialogDriver(QList<bool> answers)
        : m_answers(std::move(answers))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogDriver::look);
        m_timer.start(20);
    }
    QStringList seen;

private:
    void look()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last || m_answers.isEmpty())
            return;
        m_last = modal;
        const bool goOn = m_answers.takeFirst();
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            seen << input->labelText() + u'|' + input->comboBoxItems().join(u'|');
            goOn ? input->accept() : input->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            seen << box->text();
            box->button(goOn ? QMessageBox::Yes : QMessageBox::No)->click();
        } else {
            seen << QStringLiteral("unexpected dialog");
            modal->close();
        }
    }

    QList<bool> m_answers;
    QTimer m_timer;
    QWidget *m_last = nullptr;
};

// A database whose copy of 28 November holds Karlsruhe, and which has had
// Nancy added since.
std::unique_ptr<Database> openWithOneCopy(const QTemporaryDir &dir)
{
    auto db = test::openFresh(dir, QStringLiteral("city.twinning"));
    if (!db || !addPlace(*db, QStringLiteral("Karlsruhe")) ||
        !backups::makeDaily(*db, 14, QDate(2026, 11, 28)) ||
        !addPlace(*db, QStringLiteral("Nancy")))
        return nullptr;
    return db;
}

} // namespace

class TestRestoreDialog : public QObject
{
    Q_OBJECT
private slots:
    void restoresTheChosenCopy();
    void cancelChangesNothing_data();
    void cancelChangesNothing();
};

void TestRestoreDialog::restoresTheChosenCopy()
{
    QTemporaryDir dir;
    auto db = openWithOneCopy(dir);
    QVERIFY(db);

    QWidget window;
    DialogDriver driver({true, true});
    QVERIFY(ui::restoreBackupInteractively(&window, *db));
    // The list named the folder and the copy; the question named the file.
    QCOMPARE(driver.seen.size(), 2);
    QVERIFY2(driver.seen.at(0).contains(QStringLiteral("city.twinning.backups")),
             qPrintable(driver.seen.at(0)));
    QVERIFY2(driver.seen.at(0).contains(QStringLiteral("2026")), qPrintable(driver.seen.at(0)));
    QVERIFY2(driver.seen.at(1).contains(QStringLiteral("city.twinning")),
             qPrintable(driver.seen.at(1)));
    QCOMPARE(placeNames(*db), QStringList{QStringLiteral("Karlsruhe")});
    // What the file held before is a copy of its own, listed first.
    const QList<BackupFile> copies = backups::list(db->path());
    QCOMPARE(copies.size(), 2);
    QVERIFY(copies.first().beforeRestore);
}

void TestRestoreDialog::cancelChangesNothing_data()
{
    QTest::addColumn<QList<bool>>("answers");
    QTest::newRow("cancel the list") << QList<bool>{false};
    QTest::newRow("no to the question") << QList<bool>{true, false};
}

void TestRestoreDialog::cancelChangesNothing()
{
    QFETCH(QList<bool>, answers);
    QTemporaryDir dir;
    auto db = openWithOneCopy(dir);
    QVERIFY(db);

    QWidget window;
    DialogDriver driver(answers);
    QVERIFY(!ui::restoreBackupInteractively(&window, *db));
    QCOMPARE(driver.seen.size(), answers.size());
    QCOMPARE(placeNames(*db), (QStringList{QStringLiteral("Karlsruhe"), QStringLiteral("Nancy")}));
    QCOMPARE(backups::list(db->path()).size(), 1);
}

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
