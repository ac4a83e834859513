#include "ui/window/databaselock.h"

#include <QFileInfo>

namespace tt::ui {

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_lock(lockPathFor(databasePath))
{
    // A window may keep a file open for days: age alone never makes a lock
    // stale, only the death of the process that holds it.
    m_lock.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

DatabaseLock::State DatabaseLock::tryLock()
{
    if (m_lock.tryLock(0))
        return State::Locked;
    return m_lock.error() == QLockFile::LockFailedError ? State::HeldElsewhere : State::Unavailable;
}

QString DatabaseLock::owner() const
{
    qint64 pid = 0;
    QString host, application;
    if (!m_lock.getLockInfo(&pid, &host, &application))
        return {};
    return QStringLiteral("%1 %2, %3").arg(application).arg(pid).arg(host);
}

} // namespace tt::ui
