// The peak memory of a whole program as a person lives through it: the
// program is started on a file, shows its page, and once it has settled (as
// in bench_firstpaint: nothing larger than --min-area pixels drawn for --quiet
// milliseconds, seen through the X server's DAMAGE extension; and no more than
// a tenth of a core used in any quarter of a second for as long, so that a
// program busy on the way to its next drawing has not settled) its
// peak resident memory (VmHWM of /proc/PID/status) and its resident memory at
// that moment (VmRSS) are read, just before it is ended; "after" is when the
// screen settled (ms from the start to its last drawing), "CPU" the CPU time
// of all its threads until then. Run under an X server of its own, e.g. Xvfb:
//
//   xvfb-run -s '-screen 0 1600x1000x24' build/tests/bench/bench_memory -n 3 \
//       'build/twinning-tracker big.twinning' --vs 'sqlitebrowser big.twinning'
//
// The programs run with a home and settings folder of their own (a new
// temporary folder, or --home DIR), in which Twinning Tracker is told to show
// --page (default: dashboard; any key of ui/pages.cpp) as the page it was last
// closed on. With --vs the two commands run in turn, A B A B …, and the medians
// are printed side by side. --before 'SHELL COMMAND' runs before every start,
// e.g. removing the folder of backup copies so that every start is the first
// of its day, which makes the day's copy.

#include "tests/bench/xwatch.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

struct Options
{
    int runs = 3;
    xwatch::Settling settling;
    std::string page = "dashboard";
    std::string home;
    std::string before;
    std::string a, b;
};

struct Memory
{
    double peakMb = -1;    // VmHWM
    double settledMb = -1; // VmRSS once settled
    double cpuS = -1;      // CPU time of all its threads until then
};

// A field of /proc/PID/status in kB, or -1.
double statusKb(pid_t pid, const std::string &field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(field + ":", 0) == 0)
            return std::atof(line.c_str() + field.size() + 1);
    }
    return -1;
}

double mb(double kb)
{
    return kb < 0 ? -1 : kb * 1024 / 1e6;
}

bool makeHome(Options &o)
{
    if (o.home.empty()) {
        char pattern[] = "/tmp/bench_memory.XXXXXX";
        if (!mkdtemp(pattern)) {
            std::perror("mkdtemp");
            return false;
        }
        o.home = pattern;
    }
    const std::string config = o.home + "/.config";
    const std::string folder = config + "/TwinningTracker";
    mkdir(o.home.c_str(), 0700);
    mkdir(config.c_str(), 0700);
    mkdir(folder.c_str(), 0700);
    std::ofstream conf(folder + "/twinning-tracker.conf");
    conf << "[mainwindow]\npage=" << o.page << "\n";
    if (!conf)
        return false;
    setenv("HOME", o.home.c_str(), 1);
    setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    setenv("XDG_DATA_HOME", (o.home + "/.local/share").c_str(), 1);
    setenv("XDG_CACHE_HOME", (o.home + "/.cache").c_str(), 1);
    return true;
}

int usage()
{
    std::fprintf(stderr, "usage: bench_memory [-n RUNS] [--page KEY] [--home DIR] "
                         "[--before 'SHELL COMMAND'] [--quiet MS] [--timeout S] "
                         "[--min-area PIXELS] 'COMMAND' [--vs 'COMMAND']\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    o.settling.idleCpu = true;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool more = i + 1 < argc;
        if (arg == "-n" && more)
            o.runs = std::atoi(argv[++i]);
        else if (arg == "--page" && more)
            o.page = argv[++i];
        else if (arg == "--home" && more)
            o.home = argv[++i];
        else if (arg == "--before" && more)
            o.before = argv[++i];
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
    if (!makeHome(o))
        return 1;
    int damageEvent = 0;
    Display *dpy = xwatch::openDisplay(damageEvent);
    if (!dpy)
        return 1;
    std::vector<std::string> commands{o.a};
    if (!o.b.empty())
        commands.push_back(o.b);
    std::vector<std::vector<double>> peaks(commands.size()), settled(commands.size()),
        after(commands.size()), cpu(commands.size());
    std::printf("run  %s\n",
                o.b.empty()
                    ? "peak MB  settled MB  after ms  CPU s"
                    : "A peak  A settled  A after  A CPU  B peak  B settled  B after  B CPU");
    int failed = 0;
    for (int run = 1; run <= o.runs; ++run) {
        std::printf("%-4d", run);
        for (std::size_t c = 0; c < commands.size(); ++c) {
            if (!o.before.empty() && std::system(o.before.c_str()) != 0)
                std::fprintf(stderr, "--before failed: %s\n", o.before.c_str());
            Memory m;
            const xwatch::Drawing f =
                xwatch::run(dpy, damageEvent, o.settling, commands[c], [&](pid_t pid) {
                    m.peakMb = mb(statusKb(pid, "VmHWM"));
                    m.settledMb = mb(statusKb(pid, "VmRSS"));
                    m.cpuS = double(xwatch::cpuTicks(pid)) / double(sysconf(_SC_CLK_TCK));
                });
            if (f.endedByItself || m.peakMb < 0)
                ++failed;
            else {
                peaks[c].push_back(m.peakMb);
                settled[c].push_back(m.settledMb);
                after[c].push_back(f.settled);
                cpu[c].push_back(m.cpuS);
            }
            std::printf(" %7.0f %9.0f %8.0f %6.2f", m.peakMb, m.settledMb, f.settled, m.cpuS);
            std::fflush(stdout);
        }
        std::printf("\n");
    }
    std::printf("med ");
    for (std::size_t c = 0; c < commands.size(); ++c)
        std::printf(" %7.0f %9.0f %8.0f %6.2f", xwatch::median(peaks[c]),
                    xwatch::median(settled[c]), xwatch::median(after[c]), xwatch::median(cpu[c]));
    std::printf("\n(MB = 10^6 bytes; home %s, page %s)\nA: %s\n", o.home.c_str(), o.page.c_str(),
                o.a.c_str());
    if (!o.b.empty())
        std::printf("B: %s\n", o.b.c_str());
    XCloseDisplay(dpy);
    return failed ? 1 : 0;
}
