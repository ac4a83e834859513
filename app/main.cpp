// Twinning Tracker: the GUI by default, headless sub-commands otherwise.
// See `twinning-tracker --help`. `--lang uk|en|de` works for both.

#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "app/core/language.h"
#include "app/core/settings.h"
#include "ui/window/application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <cstdio>
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_WIN
// On Windows the program is a GUI program (no console window of its own).
// Started from a console, by twinning-tracker.com or as the .exe, it writes its
// sub-commands' output there; output redirected to a file or a pipe stays so.
void useParentConsole()
{
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    SetConsoleOutputCP(CP_UTF8);
    const auto toConsole = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        if (h == nullptr || h == INVALID_HANDLE_VALUE)
            return true;
        const DWORD type = GetFileType(h);
        return type == FILE_TYPE_CHAR || type == FILE_TYPE_UNKNOWN;
    };
    if (toConsole(STD_OUTPUT_HANDLE))
        std::freopen("CONOUT$", "w", stdout);
    if (toConsole(STD_ERROR_HANDLE))
        std::freopen("CONOUT$", "w", stderr);
}
#endif

// Fonts shipped beside the program (the Windows build puts DejaVu Sans, the
// reports' family, in "fonts"): a Windows machine has no DejaVu, and the
// reports would fall back to whatever the system offers.
void addBundledFonts()
{
    const QDir fonts(QCoreApplication::applicationDirPath() + QStringLiteral("/fonts"));
    for (const QString &file : fonts.entryList({QStringLiteral("*.ttf")}, QDir::Files))
        QFontDatabase::addApplicationFont(fonts.filePath(file));
}

// The window's blocks of 1 MiB or more (the map's images, the lists of
// 100,000 pairs and of their monitoring figures) each get pages of their own,
// given back to the system when freed. glibc would raise that threshold each
// time such a block is freed, up to 32 MiB, and serve the next ones from the
// heap, where what is freed stays resident: 20 MB of the window's peak at
// 100,000 pairs (docs/performance.md, peak memory).
void giveLargeBlocksPagesOfTheirOwn()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    useParentConsole();
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("twinning-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWINNING_VERSION));

    const QString requested = tt::language::languageOption(argc, argv);
    const char *command = tt::language::firstArgument(argc, argv);
    // Reports need fonts and a paint device, hence a QGuiApplication, but no
    // display: without one the offscreen platform serves.
    if (command && qstrcmp(command, "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        addBundledFonts();
        tt::language::apply(tt::language::choose(requested, QString()));
        return tt::cli::run(tt::language::withoutLanguageOption(QCoreApplication::arguments()));
    }
    if (command && tt::cli::isCommand(QString::fromLocal8Bit(command))) {
        QCoreApplication app(argc, argv);
        // The sub-commands follow --lang or the system, not the GUI's choice.
        tt::language::apply(tt::language::choose(requested, QString()));
        return tt::cli::run(tt::language::withoutLanguageOption(QCoreApplication::arguments()));
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
            if (arg == "--help-all")
                parser.process(app); // Qt's own options too; prints and exits
            // Printed here rather than by QCommandLineParser, which on Windows
            // shows a message box instead when the program has no console.
            if (arg == "--version" || arg == "-v")
                tt::cli::out() << QCoreApplication::applicationName() << u' '
                               << QCoreApplication::applicationVersion() << '\n';
            else
                tt::cli::out() << parser.helpText();
            tt::cli::out().flush();
            return tt::cli::Success;
        }
    }
    giveLargeBlocksPagesOfTheirOwn();
    QApplication app(argc, argv);
    addBundledFonts();
    tt::language::apply(tt::language::choose(requested, tt::settings::language.value()));
    return tt::ui::runGui(app);
}
