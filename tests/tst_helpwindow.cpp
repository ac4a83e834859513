#include "app/core/language.h"
#include "ui/window/helpwindow.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace tt;

class TestHelpWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void guideExistsInEveryLanguage_data();
    void guideExistsInEveryLanguage();
    void showsGuideInCurrentLanguage();
    void followsLanguageChange();
    void sectionLinksWork();
    void aboutNamesVersionLicenceAndData();
    void helpMenuOpensGuide();
    void menusHaveAccelerators_data();
    void menusHaveAccelerators();
};

void TestHelpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWINNING_VERSION));
    language::apply(QStringLiteral("en"));
}

void TestHelpWindow::guideExistsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("uk") << "uk"
                        << "Посібник користувача";
    QTest::newRow("en") << "en"
                        << "user guide";
    QTest::newRow("de") << "de"
                        << "Benutzerhandbuch";
}

void TestHelpWindow::guideExistsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    const QString source = ui::HelpWindow::guideSource(language);
    QVERIFY(source.contains(u'.' + language + u'.'));
    QFile file(source.mid(3)); // "qrc:/help/…" -> ":/help/…"
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(title));
    // The guide walks through a first pair, the dashboard and printing; the
    // anchors are the same in every language, so that the program can link them.
    for (const char *anchor : {"start", "first-pair", "dashboard", "printing", "keys"}) {
        QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(anchor))), anchor);
        QVERIFY2(html.contains(QStringLiteral("href=\"#%1\"").arg(QLatin1String(anchor))), anchor);
    }
    QVERIFY(html.contains(QStringLiteral("+P</b>"))); // the print shortcut, Ctrl or Strg
}

void TestHelpWindow::showsGuideInCurrentLanguage()
{
    QCOMPARE(ui::HelpWindow::guideSource(QStringLiteral("fr")),
             ui::HelpWindow::guideSource(QStringLiteral("en")));
    ui::HelpWindow help;
    QCOMPARE(help.browser()->source().toString(),
             ui::HelpWindow::guideSource(QStringLiteral("en")));
    QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("Your first pair")));
}

void TestHelpWindow::followsLanguageChange()
{
    ui::HelpWindow help;
    language::apply(QStringLiteral("uk"));
    QCoreApplication::processEvents();
    QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("Ваша перша пара")));
    QVERIFY(help.windowTitle().contains(QStringLiteral("Посібник")));
    language::apply(QStringLiteral("de"));
    QCoreApplication::processEvents();
    QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("Ihr erstes Paar")));
    language::apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

void TestHelpWindow::sectionLinksWork()
{
    ui::HelpWindow help;
    help.show();
    help.showSection(QStringLiteral("printing"));
    QCOMPARE(help.browser()->source().fragment(), QStringLiteral("printing"));
    help.showSection();
    QVERIFY(help.browser()->source().fragment().isEmpty());
}

void TestHelpWindow::aboutNamesVersionLicenceAndData()
{
    const QString text = ui::aboutText();
    QVERIFY(text.contains(QStringLiteral(TWINNING_VERSION)));
    QVERIFY(QStringLiteral(TWINNING_VERSION).count(u'.') == 2);
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("GeoNames")));
    QVERIFY(text.contains(QStringLiteral("CC BY 4.0")));
    QVERIFY(text.contains(QStringLiteral("Natural Earth")));
    QVERIFY(text.contains(QStringLiteral("KATOTTG")));
    QVERIFY(text.contains(QStringLiteral("i18n-iso-countries")));
}

void TestHelpWindow::helpMenuOpensGuide()
{
    ui::MainWindow window;
    window.show();
    QAction *guide = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
            guide = a;
    }
    QVERIFY(guide);
    QVERIFY(!guide->text().isEmpty());
    guide->trigger();
    auto *help = window.findChild<ui::HelpWindow *>();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    guide->trigger(); // a second time: the same window, raised
    QCOMPARE(window.findChildren<ui::HelpWindow *>().size(), 1);
}

void TestHelpWindow::menusHaveAccelerators_data()
{
    QTest::addColumn<QString>("language");
    for (const char *lang : {"uk", "en", "de"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestHelpWindow::menusHaveAccelerators()
{
    // Every menu and every entry in it is reachable with Alt + a letter, and no
    // two entries of one menu share their letter, in every language.
    QFETCH(QString, language);
    language::apply(language);
    ui::MainWindow window;
    QSet<QString> menus;
    for (QAction *menuAction : window.menuBar()->actions()) {
        const QString title = menuAction->text();
        const QString key = QKeySequence::mnemonic(title).toString();
        QVERIFY2(!key.isEmpty(), qPrintable(title));
        QVERIFY2(!menus.contains(key), qPrintable(title + QStringLiteral(": ") + key));
        menus.insert(key);
        QSet<QString> entries;
        for (QAction *a : menuAction->menu()->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString entryKey = QKeySequence::mnemonic(a->text()).toString();
            QVERIFY2(!entryKey.isEmpty(), qPrintable(title + QStringLiteral(" › ") + a->text()));
            QVERIFY2(!entries.contains(entryKey),
                     qPrintable(title + QStringLiteral(" › ") + a->text() + QStringLiteral(": ") +
                                entryKey));
            entries.insert(entryKey);
        }
    }
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
