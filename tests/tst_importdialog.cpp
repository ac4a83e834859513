// The import dialog as a user drives it: the preview, the mapping filled in
// from the headers and changed with the combo boxes, the dry-run report, and
// the Import button.

#include "app/core/maintenance.h"
#include "app/io/fields.h"
#include "tests/testutil.h"
#include "ui/dialogs/importdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace tt;

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void previewMappingAndReport();
    void changingTheMappingChecksAgain();
    void importWritesAndCloses();
    void unreadableFileIsRefused();

private:
    qint64 pairs() { return countRows(*m_db, QStringLiteral("partnership")).valueOr(-1); }
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    QString m_csv;
};

void TestImportDialog::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    m_csv = m_dir->filePath(QStringLiteral("pairs.csv"));
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("Громада;Місто-партнер;Країна;Коментар для себе\n"
                           "Вінниця;Karlsruhe;DE;DE\n"
                           "Житомир;Kalisz;PL;PL\n"
                           "Київ;Berlin;Німеччина;DE\n"
                           "Ніде;Paris;FR;FR\n")
                .toUtf8());
}

void TestImportDialog::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestImportDialog::previewMappingAndReport()
{
    ui::ImportDialog dialog(*m_db);
    QVERIFY(dialog.setFile(m_csv));
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    QVERIFY(preview);
    QCOMPARE(preview->model()->rowCount(), 4);
    QCOMPARE(preview->model()->columnCount(), 4);
    QCOMPARE(preview->model()->headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("Місто-партнер"));

    QCOMPARE(dialog.columnBox(0)->currentData().toInt(), static_cast<int>(io::Field::Community));
    QCOMPARE(dialog.columnBox(1)->currentData().toInt(), static_cast<int>(io::Field::Partner));
    QCOMPARE(dialog.columnBox(2)->currentData().toInt(), static_cast<int>(io::Field::Country));
    QCOMPARE(dialog.columnBox(3)->currentData().toInt(), -1);

    QCOMPARE(dialog.report().added, 3);
    QCOMPARE(dialog.report().rejected, 1);
    auto *report = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reportView"));
    QVERIFY(report->toPlainText().contains(QStringLiteral("line 5: rejected")));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(import->isEnabled());
    QCOMPARE(pairs(), 0); // the check writes nothing
}

void TestImportDialog::changingTheMappingChecksAgain()
{
    ui::ImportDialog dialog(*m_db);
    QVERIFY(dialog.setFile(m_csv));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));

    // The country taken from the last column instead: the box that had it lets go.
    QComboBox *last = dialog.columnBox(3);
    last->setCurrentIndex(last->findData(static_cast<int>(io::Field::Country)));
    QCOMPARE(dialog.columnBox(2)->currentData().toInt(), -1);
    QCOMPARE(dialog.mapping().value(io::Field::Country), 3);
    QCOMPARE(dialog.report().added, 3);

    // Without a country column nothing can be imported.
    last->setFocus();
    QTest::keyClick(last, Qt::Key_Home);
    QCOMPARE(last->currentData().toInt(), -1);
    QVERIFY(!import->isEnabled());
    QVERIFY(summary->text().contains(QStringLiteral("country")));
}

void TestImportDialog::importWritesAndCloses()
{
    ui::ImportDialog dialog(*m_db);
    QVERIFY(dialog.setFile(m_csv));
    QSignalSpy imported(&dialog, &ui::ImportDialog::imported);
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    dialog.show();
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(pairs(), 3);
    QVERIFY(dialog.report().written);
}

void TestImportDialog::unreadableFileIsRefused()
{
    ui::ImportDialog dialog(*m_db);
    QVERIFY(!dialog.setFile(m_dir->filePath(QStringLiteral("missing.csv"))));
    QVERIFY(dialog.errorText().contains(QStringLiteral("missing.csv")));
    QVERIFY(!dialog.setFile(m_dir->filePath(QStringLiteral("notes.doc"))));
    QVERIFY(dialog.errorText().contains(QStringLiteral("--format")) ||
            dialog.errorText().contains(QStringLiteral("notes.doc")));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
