// Settings › Office and preferences: the office's part goes to the database
// through the Editor (one undo step), the person's to the user's settings; a
// wrong value keeps the dialog open with the reason; a viewer sees why the
// office's part is disabled; the name earlier versions kept per user is
// offered, not moved. TT_SETTINGS_SHOTS=DIR writes the dialog as PNG in
// English and Ukrainian.

#include "app/commands/editor.h"
#include "app/core/language.h"
#include "app/core/officesettings.h"
#include "app/core/rollingbackup.h"
#include "app/core/settings.h"
#include "tests/testutil.h"
#include "tests/widgettest.h"
#include "ui/dialogs/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tt;

namespace {

template<class W>
W *child(QWidget &dialog, const char *name)
{
    auto *w = dialog.findChild<W *>(QLatin1String(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

void pressOk(ui::SettingsDialog &dialog)
{
    child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
}

// Presses OK, expects a message box, and returns its text.
QString okRefused(ui::SettingsDialog &dialog)
{
    QString text;
    QTimer::singleShot(0, &dialog, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    pressOk(dialog);
    return text;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void savesOfficeAndPreferences();
    void wrongValuesKeepTheDialogOpen();
    void viewerSeesWhy();
    void earlierNameIsOffered();
    void withoutDatabase();
    void screenshots();
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
    language::apply(QStringLiteral("en"));
}

void TestSettingsDialog::init()
{
    for (const auto *p :
         {&settings::officeName, &settings::reportLanguage, &settings::backupFolder})
        p->reset();
    settings::backupKeepDays.reset();
}

void TestSettingsDialog::savesOfficeAndPreferences()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    Editor editor(*db);
    ui::SettingsDialog dialog(&editor);
    auto *name = child<QLineEdit>(dialog, "officeNameEdit");
    QVERIFY(name->isEnabled());
    QVERIFY(name->text().isEmpty());
    QCOMPARE(child<QSpinBox>(dialog, "dormancySpin")->value(), 12);
    QCOMPARE(child<QSpinBox>(dialog, "keepDaysSpin")->value(), backups::defaultKeepDays);
    test::typeText(name, QStringLiteral("Вінницька міська рада"));
    child<QSpinBox>(dialog, "dormancySpin")->setValue(9);
    QTest::keyClicks(child<QLineEdit>(dialog, "backupFolderEdit"), dir.path());
    child<QSpinBox>(dialog, "keepDaysSpin")->setValue(30);
    auto *language = child<QComboBox>(dialog, "reportLanguageBox");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    pressOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const OfficeSettings stored = *OfficeSettingsRepository(*db).load();
    QCOMPARE(stored.officeName, QStringLiteral("Вінницька міська рада"));
    QCOMPARE(stored.dormancyMonths, 9);
    QCOMPARE(settings::backupFolder.value(), QDir::cleanPath(dir.path()));
    QCOMPARE(settings::backupKeepDays.value(), 30);
    QCOMPARE(settings::reportLanguage.value(), QStringLiteral("de"));
    // The person's settings are not the office's, and the office's are one undo step.
    QVERIFY(settings::officeName.value().isEmpty());
    QCOMPARE(editor.undoStack()->count(), 1);
    editor.undoStack()->undo();
    QCOMPARE(*OfficeSettingsRepository(*db).load(), OfficeSettings());
}

void TestSettingsDialog::wrongValuesKeepTheDialogOpen()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    Editor editor(*db);
    ui::SettingsDialog dialog(&editor);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "backupFolderEdit"), QStringLiteral("relative/path"));
    const QString message = okRefused(dialog);
    QVERIFY2(message.contains(QStringLiteral("full path")), qPrintable(message));
    QVERIFY(dialog.isVisible());
    QCOMPARE(editor.undoStack()->count(), 0);
    QVERIFY(settings::backupFolder.value().isEmpty());
}

void TestSettingsDialog::viewerSeesWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.twinning"));
    {
        auto made = Database::open(path);
        QVERIFY(made);
        QVERIFY(OfficeSettingsRepository(**made).setOfficeName(QStringLiteral("Рада")));
    }
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(path, readOnly);
    QVERIFY(db);
    Editor editor(**db);
    ui::SettingsDialog dialog(&editor);
    auto *name = child<QLineEdit>(dialog, "officeNameEdit");
    QVERIFY(!name->isEnabled());
    QVERIFY(!child<QSpinBox>(dialog, "dormancySpin")->isEnabled());
    QCOMPARE(name->text(), QStringLiteral("Рада"));
    const QString why = child<QLabel>(dialog, "officeNote")->text();
    QVERIFY(!why.isEmpty());
    QCOMPARE(name->toolTip(), why);
    // The person's part still works.
    child<QSpinBox>(dialog, "keepDaysSpin")->setValue(7);
    pressOk(dialog);
    QCOMPARE(settings::backupKeepDays.value(), 7);
}

void TestSettingsDialog::earlierNameIsOffered()
{
    settings::officeName.set(QStringLiteral("Відділ міжнародних зв'язків"));
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    Editor editor(*db);
    {
        ui::SettingsDialog dialog(&editor);
        QCOMPARE(child<QLineEdit>(dialog, "officeNameEdit")->text(),
                 QStringLiteral("Відділ міжнародних зв'язків"));
        QVERIFY(
            child<QLabel>(dialog, "officeNameHint")->text().contains(QStringLiteral("earlier")));
        dialog.reject();
    }
    // Offered, not moved: cancelling stores nothing.
    QVERIFY(OfficeSettingsRepository(*db).officeName()->isEmpty());
    {
        ui::SettingsDialog dialog(&editor);
        pressOk(dialog);
    }
    QCOMPARE(*OfficeSettingsRepository(*db).officeName(),
             QStringLiteral("Відділ міжнародних зв'язків"));
    // Once the database has a name, that one is shown.
    QVERIFY(OfficeSettingsRepository(*db).setOfficeName(QStringLiteral("Рада")));
    ui::SettingsDialog dialog(&editor);
    QCOMPARE(child<QLineEdit>(dialog, "officeNameEdit")->text(), QStringLiteral("Рада"));
}

void TestSettingsDialog::withoutDatabase()
{
    ui::SettingsDialog dialog(nullptr);
    QVERIFY(!child<QLineEdit>(dialog, "officeNameEdit")->isEnabled());
    QVERIFY(
        child<QLabel>(dialog, "officeNote")->text().contains(QStringLiteral("Open a database")));
    child<QSpinBox>(dialog, "keepDaysSpin")->setValue(21);
    pressOk(dialog);
    QCOMPARE(settings::backupKeepDays.value(), 21);
}

void TestSettingsDialog::screenshots()
{
    const QString shots = qEnvironmentVariable("TT_SETTINGS_SHOTS");
    if (shots.isEmpty())
        QSKIP("set TT_SETTINGS_SHOTS=DIR to write the dialog as PNG");
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db);
    Editor editor(*db);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("uk"), QStringLiteral("de")}) {
        language::apply(lang);
        ui::SettingsDialog dialog(&editor);
        test::typeText(child<QLineEdit>(dialog, "officeNameEdit"),
                       QStringLiteral("Вінницька міська рада"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QStringLiteral("%1/settings-%2.png").arg(shots, lang)));
        dialog.reject();
    }
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
