// Times what a user sees when a program starts: from the start of the process
// until the screen first shows something drawn ("paints"), and until it stops
// changing ("settles"), as the X server reports it (the DAMAGE extension on
// the root window: every drawing of every window). Run under an X server of
// its own, e.g. Xvfb:
//
//   xvfb-run -s '-screen 0 1600x1000x24' build/tests/bench/bench_firstpaint -n 3 \
//       'build/twinning-tracker big.twinning' --vs 'sqlitebrowser big.twinning'
//
// Each command is started by /bin/sh -c "exec COMMAND"; with --vs the two run in
// turn, A B A B …, and the medians are printed side by side. The screen has
// settled when nothing larger than --min-area pixels (a blinking text cursor)
// was drawn for --quiet milliseconds; the program is then ended. A program
// that never draws counts as not painted within --timeout. With
// BENCH_FIRSTPAINT_TRACE=1 every drawing is printed with its time.

#include "tests/bench/xwatch.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Options
{
    int runs = 3;
    xwatch::Settling settling;
    std::string a, b;
};

int usage()
{
    std::fprintf(stderr, "usage: bench_firstpaint [-n RUNS] [--quiet MS] [--timeout S] "
                         "[--min-area PIXELS] 'COMMAND' [--vs 'COMMAND']\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool more = i + 1 < argc;
        if (arg == "-n" && more)
            o.runs = std::atoi(argv[++i]);
        else if (xwatch::settlingOption(o.settling, argc, argv, i))
            continue;
        else if (arg == "--vs" && more)
            o.b = argv[++i];
        else if (o.a.empty() && arg.rfind("-", 0) != 0)
            o.a = arg;
        else
            return usage();
    }
    if (o.a.empty() || o.runs < 1)
        return usage();
    int damageEvent = 0;
    Display *dpy = xwatch::openDisplay(damageEvent);
    if (!dpy)
        return 1;
    std::vector<std::string> commands{o.a};
    if (!o.b.empty())
        commands.push_back(o.b);
    std::vector<std::vector<double>> paints(commands.size()), settles(commands.size());
    std::printf("run  %s\n",
                o.b.empty() ? "paint ms  settled ms" : "A paint  A settled  B paint  B settled");
    for (int run = 1; run <= o.runs; ++run) {
        std::printf("%-4d", run);
        for (std::size_t c = 0; c < commands.size(); ++c) {
            const xwatch::Drawing f = xwatch::run(dpy, damageEvent, o.settling, commands[c]);
            paints[c].push_back(f.paint);
            settles[c].push_back(f.settled);
            std::printf(" %8.0f %10.0f", f.paint, f.settled);
            std::fflush(stdout);
        }
        std::printf("\n");
    }
    std::printf("med ");
    for (std::size_t c = 0; c < commands.size(); ++c)
        std::printf(" %8.0f %10.0f", xwatch::median(paints[c]), xwatch::median(settles[c]));
    std::printf("\nA: %s\n", o.a.c_str());
    if (!o.b.empty())
        std::printf("B: %s\n", o.b.c_str());
    XCloseDisplay(dpy);
    return 0;
}
