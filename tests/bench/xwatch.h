#pragma once

// Starting a whole program and watching it draw, as the X server reports it
// (the DAMAGE extension on the root window: every drawing of every window);
// shared by bench_firstpaint and bench_memory. The program is started by
// /bin/sh -c "exec COMMAND" in a process group of its own, so that its id is
// the program's and ending the group ends whatever it started.

#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace xwatch {

using Clock = std::chrono::steady_clock;

// When the screen counts as settled: nothing larger than minArea pixels (a
// blinking text cursor) drawn for quietMs; a program is given timeoutS.
// With idleCpu, the program must also have been idle for quietMs: no more
// than a tenth of a core in any quarter of a second (a program busy on the
// way to its next drawing has not settled).
struct Settling
{
    int quietMs = 2000;
    int timeoutS = 60;
    int minArea = 400;
    bool idleCpu = false;
};

struct Drawing
{
    double paint = -1;   // ms from start to the first drawing
    double settled = -1; // ms from start to the last drawing before the quiet
    bool endedByItself = false;
};

inline double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

inline void drain(Display *dpy)
{
    XSync(dpy, False);
    while (XPending(dpy) > 0) {
        XEvent e;
        XNextEvent(dpy, &e);
    }
}

// The CPU time of a process, all its threads, in clock ticks; -1 when gone.
inline long cpuTicks(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", static_cast<int>(pid));
    FILE *f = std::fopen(path, "r");
    if (!f)
        return -1;
    char buffer[1024];
    const size_t n = std::fread(buffer, 1, sizeof buffer - 1, f);
    std::fclose(f);
    buffer[n] = 0;
    // After the name in parentheses: state, then fields 4 to 13, then utime, stime.
    const char *p = std::strrchr(buffer, ')');
    if (!p)
        return -1;
    unsigned long utime = 0, stime = 0;
    if (std::sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) !=
        2)
        return -1;
    return static_cast<long>(utime + stime);
}

inline void stop(pid_t pid)
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

// Starts `command`, watches it until the screen has settled (or the timeout),
// calls `beforeStop` with the program's id while it still runs, and ends it.
// BENCH_FIRSTPAINT_TRACE=1 prints every drawing with its time.
inline Drawing run(Display *dpy, int damageEvent, const Settling &o, const std::string &command,
                   const std::function<void(pid_t)> &beforeStop = {})
{
    const Window root = DefaultRootWindow(dpy);
    const Damage damage = XDamageCreate(dpy, root, XDamageReportRawRectangles);
    drain(dpy);
    Drawing f;
    const Clock::time_point t0 = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        execl("/bin/sh", "sh", "-c", ("exec " + command).c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    setpgid(pid, pid);
    const int fd = ConnectionNumber(dpy);
    const bool trace = std::getenv("BENCH_FIRSTPAINT_TRACE") != nullptr;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    double lastBusy = 0, lastSample = 0;
    long lastTicks = 0;
    for (;;) {
        const double now = msSince(t0);
        if (now > o.timeoutS * 1000.0)
            break;
        if (o.idleCpu && now - lastSample >= 250) {
            const long ticks = cpuTicks(pid);
            if (ticks >= 0) {
                if (double(ticks - lastTicks) * 1000 / ticksPerSecond > (now - lastSample) / 10)
                    lastBusy = now;
                lastTicks = ticks;
                lastSample = now;
            }
        }
        if (f.settled >= 0 && now - f.settled >= o.quietMs &&
            (!o.idleCpu || now - lastBusy >= o.quietMs))
            break;
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            std::fprintf(stderr, "the program ended by itself after %.0f ms\n", now);
            XDamageDestroy(dpy, damage);
            f.endedByItself = true;
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
            if (trace)
                std::fprintf(stderr, "%8.0f ms  %dx%d at %d,%d\n", t, d.area.width, d.area.height,
                             d.area.x, d.area.y);
            if (f.paint < 0)
                f.paint = t;
            f.settled = t;
        }
    }
    if (beforeStop)
        beforeStop(pid);
    stop(pid);
    XDamageDestroy(dpy, damage);
    // The closed window's area is drawn again before the next run starts.
    usleep(300000);
    drain(dpy);
    return f;
}

// Reads one of the settling options (--quiet MS, --timeout S, --min-area PX)
// that the benchmarks share, moving `i` past its value; false when `argv[i]`
// is none of them.
inline bool settlingOption(Settling &o, int argc, char **argv, int &i)
{
    const std::string arg = argv[i];
    if (i + 1 >= argc)
        return false;
    int *target = arg == "--quiet"      ? &o.quietMs
                  : arg == "--timeout"  ? &o.timeoutS
                  : arg == "--min-area" ? &o.minArea
                                        : nullptr;
    if (!target)
        return false;
    *target = std::atoi(argv[++i]);
    return true;
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The display, with the DAMAGE extension's first event in `damageEvent`; null
// (and a message) without either.
inline Display *openDisplay(int &damageEvent)
{
    Display *dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "no X display (run under xvfb-run)\n");
        return nullptr;
    }
    int damageError = 0;
    if (!XDamageQueryExtension(dpy, &damageEvent, &damageError)) {
        std::fprintf(stderr, "the X server has no DAMAGE extension\n");
        XCloseDisplay(dpy);
        return nullptr;
    }
    return dpy;
}

} // namespace xwatch
