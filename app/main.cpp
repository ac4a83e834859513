// Twinning Tracker: the GUI by default, headless sub-commands otherwise.
// See `twinning-tracker --help`. `--lang uk|en|de` works for both.

#include "cli/commands.h"
#include "core/language.h"
#include "core/settings.h"
#include "ui/application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("twinning-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWINNING_VERSION));

    const QString requested = tt::language::takeLanguageOption(argc, argv);
    // Reports need fonts and a paint device, hence a QGuiApplication, but no
    // display: without one the offscreen platform serves.
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        tt::language::apply(tt::language::choose(requested, QString()));
        return tt::cli::run(QCoreApplication::arguments());
    }
    if (argc > 1 && tt::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        // The sub-commands follow --lang or the system, not the GUI's choice.
        tt::language::apply(tt::language::choose(requested, QString()));
        return tt::cli::run(QCoreApplication::arguments());
    }
    // --version and --help answer without a display (an installed package is
    // checked that way), so they get no QApplication, which would need one.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" ||
            arg == "--help-all") {
            QCoreApplication app(argc, argv);
            tt::language::apply(tt::language::choose(requested, QString()));
            QCommandLineParser parser;
            tt::ui::describeCommandLine(parser);
            parser.process(app); // prints and exits
            return tt::cli::Usage;
        }
    }
    QApplication app(argc, argv);
    tt::language::apply(tt::language::choose(requested, tt::settings::language.value()));
    return tt::ui::runGui(app);
}
