#pragma once

// Notices changes another process commits to the open database file: a second
// window, the `import` command, a colleague on a shared drive. SQLite's
// `PRAGMA data_version` changes whenever another connection commits and stays
// the same for our own commits, so polling it is cheap (no read of any table)
// and never reports our own edits, which the ChangeNotifier announces already.

#include <QObject>
#include <QTimer>

namespace tt {

class Database;

class ExternalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 1000;

    // Starts watching at once; the watcher must not outlive `db`.
    explicit ExternalChangeWatcher(Database &db, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Looks now; emits changedExternally() when another process has committed
    // since the last look. Returns whether it did.
    bool poll();

signals:
    void changedExternally();

private:
    qint64 dataVersion();

    Database &m_db;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace tt
