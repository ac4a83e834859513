// Twinning Tracker: the GUI by default, headless sub-commands otherwise.
// See `twinning-tracker --help`.

#include "cli/commands.h"
#include "ui/application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("twinning-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWINNING_VERSION));

    // Reports need fonts and a paint device, hence a QGuiApplication, but no
    // display: without one the offscreen platform serves.
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return tt::cli::run(QCoreApplication::arguments());
    }
    if (argc > 1 && tt::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        return tt::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    return tt::ui::runGui(app);
}
