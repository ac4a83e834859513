// Twinning Tracker: the GUI by default, headless sub-commands otherwise.
// See `twinning-tracker --help`.

#include "cli/commands.h"
#include "ui/application.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("twinning-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWINNING_VERSION));

    if (argc > 1 && tt::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        return tt::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    return tt::ui::runGui(app);
}
