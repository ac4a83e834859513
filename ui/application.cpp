#include "application.h"

#include "core/settings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tt::ui {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/default.twinning");
}

int runGui(QApplication &app)
{
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("Application", "Twinning Tracker"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Application", "Keeps the international partnerships of Ukrainian communities.\n\n"
                       "Without FILE the last database is opened (at first, the default one).\n"
                       "Headless commands: demo, check, generate, import, export, stats, report; "
                       "“twinning-tracker COMMAND --help” for each."));
    parser.addHelpOption();
    // main() takes --lang before this parser runs; declared so that --help lists it.
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("Application",
                                    "The language of the program: uk, en or de (default: the one "
                                    "chosen in Settings, else the system's)."),
        QCoreApplication::translate("Application", "LANG")));
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Application", "A database to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = settings::lastDatabase.value();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = defaultDatabasePath();

    MainWindow window;
    window.show();
    window.openDatabase(path);
    return app.exec();
}

} // namespace tt::ui
