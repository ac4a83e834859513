#pragma once

// Two windows never edit one database at once: the window that opens a file
// holds a lock file next to it (NAME.twinning.lock) until it closes it. A second
// window finds the lock and offers to open the file read-only. Only windows
// take the lock: the headless sub-commands and other programs may still write,
// SQLite serialises their transactions. A lock left by a process that no longer
// runs (a crash, a power cut) is taken over.

#include <QLockFile>
#include <QString>

namespace tt::ui {

class DatabaseLock
{
public:
    enum class State { Locked, HeldElsewhere, Unavailable };

    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    static QString lockPathFor(const QString &databasePath);

    // Locked: this window holds the file. HeldElsewhere: another running window
    // does (owner() says which). Unavailable: no lock can be made here, e.g. on
    // a read-only medium; the database is then opened without one.
    State tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    void unlock() { m_lock.unlock(); }
    // "process 1234 of user@host", for the message; empty when unknown.
    QString owner() const;

private:
    QLockFile m_lock;
};

} // namespace tt::ui
