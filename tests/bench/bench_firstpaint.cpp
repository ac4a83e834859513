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

#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    int runs = 3;
    int quietMs = 2000;
    int timeoutS = 60;
    int minArea = 400;
    std::string a, b;
};

struct Figures
{
    double paint = -1;   // ms from start to the first drawing
    double settled = -1; // ms from start to the last drawing before the quiet
};

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

void drain(Display *dpy)
{
    XSync(dpy, False);
    while (XPending(dpy) > 0) {
        XEvent e;
        XNextEvent(dpy, &e);
    }
}

void stop(pid_t pid)
{
    kill(-pid, SIGTERM);
    for (int i = 0; i < 100; ++i) {
        if (waitpid(pid, nullptr, WNOHANG) == pid)
            return;
        usleep(20000);
    }
    kill(-pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

Figures measure(Display *dpy, int damageEvent, const Options &o, const std::string &command)
{
    const Window root = DefaultRootWindow(dpy);
    const Damage damage = XDamageCreate(dpy, root, XDamageReportRawRectangles);
    drain(dpy);
    Figures f;
    const Clock::time_point t0 = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        execl("/bin/sh", "sh", "-c", ("exec " + command).c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    setpgid(pid, pid);
    const int fd = ConnectionNumber(dpy);
    for (;;) {
        const double now = msSince(t0);
        if (now > o.timeoutS * 1000.0)
            break;
        if (f.settled >= 0 && now - f.settled >= o.quietMs)
            break;
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            std::fprintf(stderr, "the program ended by itself after %.0f ms\n", now);
            XDamageDestroy(dpy, damage);
            return f;
        }
        pollfd p{fd, POLLIN, 0};
        if (XPending(dpy) == 0)
            poll(&p, 1, 10);
        while (XPending(dpy) > 0) {
            XEvent e;
            XNextEvent(dpy, &e);
            if (e.type != damageEvent + XDamageNotify)
                continue;
            const auto &d = reinterpret_cast<const XDamageNotifyEvent &>(e);
            if (d.area.width * d.area.height < o.minArea)
                continue;
            const double t = msSince(t0);
            if (std::getenv("BENCH_FIRSTPAINT_TRACE"))
                std::fprintf(stderr, "%8.0f ms  %dx%d at %d,%d\n", t, d.area.width, d.area.height,
                             d.area.x, d.area.y);
            if (f.paint < 0)
                f.paint = t;
            f.settled = t;
        }
    }
    stop(pid);
    XDamageDestroy(dpy, damage);
    // The closed window's area is drawn again before the next run starts.
    usleep(300000);
    drain(dpy);
    return f;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

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
        else if (arg == "--quiet" && more)
            o.quietMs = std::atoi(argv[++i]);
        else if (arg == "--timeout" && more)
            o.timeoutS = std::atoi(argv[++i]);
        else if (arg == "--min-area" && more)
            o.minArea = std::atoi(argv[++i]);
        else if (arg == "--vs" && more)
            o.b = argv[++i];
        else if (o.a.empty() && arg.rfind("-", 0) != 0)
            o.a = arg;
        else
            return usage();
    }
    if (o.a.empty() || o.runs < 1)
        return usage();
    Display *dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "no X display (run under xvfb-run)\n");
        return 1;
    }
    int damageEvent = 0, damageError = 0;
    if (!XDamageQueryExtension(dpy, &damageEvent, &damageError)) {
        std::fprintf(stderr, "the X server has no DAMAGE extension\n");
        return 1;
    }
    std::vector<std::string> commands{o.a};
    if (!o.b.empty())
        commands.push_back(o.b);
    std::vector<std::vector<double>> paints(commands.size()), settles(commands.size());
    std::printf("run  %s\n",
                o.b.empty() ? "paint ms  settled ms" : "A paint  A settled  B paint  B settled");
    for (int run = 1; run <= o.runs; ++run) {
        std::printf("%-4d", run);
        for (std::size_t c = 0; c < commands.size(); ++c) {
            const Figures f = measure(dpy, damageEvent, o, commands[c]);
            paints[c].push_back(f.paint);
            settles[c].push_back(f.settled);
            std::printf(" %8.0f %10.0f", f.paint, f.settled);
            std::fflush(stdout);
        }
        std::printf("\n");
    }
    std::printf("med ");
    for (std::size_t c = 0; c < commands.size(); ++c)
        std::printf(" %8.0f %10.0f", median(paints[c]), median(settles[c]));
    std::printf("\nA: %s\n", o.a.c_str());
    if (!o.b.empty())
        std::printf("B: %s\n", o.b.c_str());
    XCloseDisplay(dpy);
    return 0;
}
