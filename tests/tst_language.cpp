// Switching the language at run time: Settings › Language in the main window
// installs the translation, and the window's texts, the default locale and
// the names of data follow without a restart.

#include "app/core/language.h"
#include "app/core/names.h"
#include "app/core/settings.h"
#include "app/io/importer.h"
#include "ui/window/languagemenu.h"
#include "ui/window/mainwindow.h"

#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace tt;

namespace {

QStringList navigationTexts(const ui::MainWindow &window)
{
    QStringList out;
    const auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; nav && i < nav->count(); ++i)
        out << nav->item(i)->text();
    return out;
}

QStringList menuTitles(const ui::MainWindow &window)
{
    QStringList out;
    for (QAction *a : window.menuBar()->actions())
        out << a->text();
    return out;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void choosesLanguage();
    void takesTheCommandLineOption();
    void switchesAtRunTime();
    void helperMessagesAreTranslated_data();
    void helperMessagesAreTranslated();
    void importSummaryIsTranslated();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
    settings::language.reset();
    language::apply(QStringLiteral("en"));
}

void TestLanguage::cleanup()
{
    language::apply(QStringLiteral("en"));
    settings::language.reset();
}

void TestLanguage::choosesLanguage()
{
    QCOMPARE(language::choose(QStringLiteral("de"), QStringLiteral("uk")), QStringLiteral("de"));
    QCOMPARE(language::choose(QStringLiteral("uk_UA"), QString()), QStringLiteral("uk"));
    QCOMPARE(language::choose(QStringLiteral("fr"), QStringLiteral("uk")), QStringLiteral("uk"));
    QCOMPARE(language::choose(QString(), QString()), language::systemLanguage());
    QVERIFY(language::available().contains(language::systemLanguage()));
    QCOMPARE(language::localeName(QStringLiteral("uk")), QStringLiteral("uk_UA"));
    QCOMPARE(language::localeName(QStringLiteral("de")), QStringLiteral("de_DE"));
    QCOMPARE(language::localeName(QStringLiteral("en")), QStringLiteral("en_GB"));
}

void TestLanguage::takesTheCommandLineOption()
{
    QByteArray args[] = {"twinning-tracker", "--lang", "uk", "stats", "--lang=de", "--db", "x"};
    char *argv[8];
    for (int i = 0; i < 7; ++i)
        argv[i] = args[i].data();
    argv[7] = nullptr;
    int argc = 7;
    QCOMPARE(language::languageOption(argc, argv), QStringLiteral("de"));
    QCOMPARE(QByteArray(language::firstArgument(argc, argv)), QByteArray("stats"));
    QCOMPARE(QByteArray(argv[1]), QByteArray("--lang")); // argv as it was
    const QStringList all{QStringLiteral("twinning-tracker"),
                          QStringLiteral("--lang"),
                          QStringLiteral("uk"),
                          QStringLiteral("stats"),
                          QStringLiteral("--lang=de"),
                          QStringLiteral("--db"),
                          QStringLiteral("демо.twinning")};
    QCOMPARE(language::withoutLanguageOption(all),
             (QStringList{QStringLiteral("twinning-tracker"), QStringLiteral("stats"),
                          QStringLiteral("--db"), QStringLiteral("демо.twinning")}));
}

void TestLanguage::switchesAtRunTime()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(navigationTexts(window).value(1), QStringLiteral("Partnerships"));
    auto *menu = window.findChild<ui::LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("&Language"));

    menu->action(QStringLiteral("uk"))->trigger();
    QCOMPARE(language::current(), QStringLiteral("uk"));
    QCOMPARE(settings::language.value(), QStringLiteral("uk"));
    QTRY_COMPARE(navigationTexts(window).value(0), QStringLiteral("Панель"));
    QCOMPARE(navigationTexts(window).value(1), QStringLiteral("Партнерства"));
    QVERIFY(menuTitles(window).contains(QStringLiteral("&Файл")));
    QCOMPARE(menu->title(), QStringLiteral("&Мова"));
    QVERIFY(menu->action(QStringLiteral("uk"))->isChecked());
    QCOMPARE(QLocale().language(), QLocale::Ukrainian);
    QCOMPARE(names::language(), QStringLiteral("uk"));
    QCOMPARE(names::country(QStringLiteral("DE")), QStringLiteral("Німеччина"));
    // Messages of file-local tr() helpers, which lupdate files under a class.
    QCOMPARE(QCoreApplication::translate("Repository", "A community needs a name."),
             QStringLiteral("Громада потребує назви."));
    QCOMPARE(QCoreApplication::translate("Cli", "Integrity: %n problem(s)", nullptr, 3),
             QStringLiteral("Цілісність: 3 проблеми"));

    menu->action(QStringLiteral("de"))->trigger();
    QTRY_COMPARE(navigationTexts(window).value(1), QStringLiteral("Partnerschaften"));
    QVERIFY(menuTitles(window).contains(QStringLiteral("&Datei")));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(names::language(), QStringLiteral("de"));
    // Qt's own texts (standard buttons and dialogs) follow too.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    menu->action(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(navigationTexts(window).value(1), QStringLiteral("Partnerships"));
    QCOMPARE(settings::language.value(), QStringLiteral("en"));
}

void TestLanguage::helperMessagesAreTranslated_data()
{
    // Files that translate outside a QObject do it through a small struct with
    // Q_DECLARE_TR_FUNCTIONS(Context); lupdate files their messages under that
    // same context. One message of each, some from member functions of other
    // classes and from templates, where lupdate used to record another context.
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("ukrainian");
    auto row = [](const char *context, const char *source, const char *uk) {
        QTest::addRow("%s: %s", context, source)
            << QString::fromUtf8(context) << QString::fromUtf8(source) << QString::fromUtf8(uk);
    };
    row("Import", "the partner is missing", "партнера не вказано"); // Planner
    row("Import", "Nothing was written.", "Нічого не записано.");   // ImportReport
    row("Cli", "write a demo database", "записати демонстраційну базу даних");
    row("Database", "The change could not be saved.", "Не вдалося зберегти зміну."); // Transaction
    row("Repository", "The record could not be added.", "Не вдалося додати запис."); // template
    row("Repository", "The cooperation area does not exist.", "Такого напряму співпраці не існує.");
    row("Editor", "“%1” could not be undone: %2", "Не вдалося скасувати «%1»: %2"); // EditCommand
    row("DuplicateMerge", "Choose two different records to merge.",
        "Виберіть два різні записи для об'єднання.");
    row("Export", "Choose a file name ending in .png or .svg.",
        "Виберіть назву файлу із закінченням .png або .svg.");
    row("Reports", "Overdue", "Прострочено");
    row("PartnershipRecords", "Status", "Статус");
}

void TestLanguage::helperMessagesAreTranslated()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, ukrainian);
    QVERIFY(language::apply(QStringLiteral("uk")));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
             ukrainian);
}

void TestLanguage::importSummaryIsTranslated()
{
    // Through the program's own code, in a member function of ImportReport.
    io::ImportReport report;
    report.fileName = QStringLiteral("pairs.csv");
    report.added = 2;
    report.dryRun = true;
    QVERIFY(language::apply(QStringLiteral("uk")));
    const QString uk = report.summary();
    QVERIFY2(uk.contains(QStringLiteral("Нічого не записано")) ||
                 uk.contains(QStringLiteral("нічого не записано")),
             qPrintable(uk));
    QVERIFY(language::apply(QStringLiteral("de")));
    QVERIFY2(report.summary().contains(QStringLiteral("2 Paare hinzugefügt")),
             qPrintable(report.summary()));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
