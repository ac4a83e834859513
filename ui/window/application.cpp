#include "ui/window/application.h"

#include "app/core/database.h"
#include "app/core/schema.h"
#include "app/core/serveraddress.h"
#include "app/core/settings.h"
#include "app/core/threadpriority.h"
#include "app/geo/mapdata.h"
#include "ui/views/welcomepage.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QThreadPool>

#include <mutex>

namespace tt::ui {

void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Application", "Keeps the international partnerships of Ukrainian communities.\n\n"
                       "Without FILE the database open when the window was last closed is "
                       "opened, or else the welcome page is shown.\n"
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
}

void warmUp()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // The schema is waited for by the opening: at the window's priority,
        // on the global pool, which QCoreApplication waits for before it ends.
        QThreadPool::globalInstance()->start(
            [] { (void)schema::expectedObjects(Database::currentSchemaVersion()); });
        // The polygons are for the map's first drawing, which is made at the
        // lowest priority: on a thread of their own at that priority, not to
        // hold up the reading of the file. Its pool waits for it at the end.
        static QThreadPool drawing;
        // A window closed at once: the read ends before the program does.
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, qApp, [] { drawing.waitForDone(); });
        drawing.start([] {
            lowerThreadPriority(WorkPriority::Idle);
            const geo::MapData &map = geo::MapData::shipped();
            (void)map.countries(geo::MapDetail::Medium); // Ukraine and Europe
        });
    });
}

int runGui(QApplication &app)
{
    warmUp();
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("Application", "Twinning Tracker"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/twinning-tracker.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.twinningtracker.TwinningTracker"));
    QCommandLineParser parser;
    describeCommandLine(parser);
    parser.process(app);

    MainWindow window;
    window.show();
    // A file is read once the window has painted; a server database asks
    // for the password first.
    const auto open = [&window](const QString &path) {
        if (ServerAddress::isServerUrl(path))
            window.openDatabase(path);
        else
            window.openAfterFirstPaint(path);
    };
    if (const QString given = parser.positionalArguments().value(0); !given.isEmpty()) {
        open(given);
    } else if (const QString last = settings::lastDatabase.value(); !last.isEmpty()) {
        if (QFileInfo::exists(last) || ServerAddress::isServerUrl(last))
            open(last);
        else
            window.welcomePage()->setMessage(
                QCoreApplication::translate("Application",
                                            "The database open last time, “%1”, is no longer "
                                            "there. It may have been moved or renamed.")
                    .arg(QDir::toNativeSeparators(last)));
    }
    return app.exec();
}

} // namespace tt::ui
