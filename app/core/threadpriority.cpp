#include "app/core/threadpriority.h"

#include <QThread>

#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tt {

void lowerThreadPriority(WorkPriority priority)
{
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value; Qt's priorities do nothing
    // there for ordinary threads. 2 gives the window 1.6 times the weight of
    // a reader, 8 gives it 6 times.
    const int nice = priority == WorkPriority::Idle ? 8 : 2;
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && now < nice)
        (void)setpriority(PRIO_PROCESS, tid, nice);
#else
    const QThread::Priority wanted =
        priority == WorkPriority::Idle ? QThread::LowestPriority : QThread::LowPriority;
    if (QThread::currentThread()->priority() > wanted)
        QThread::currentThread()->setPriority(wanted);
#endif
}

} // namespace tt
