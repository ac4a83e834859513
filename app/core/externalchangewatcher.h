#pragma once

// Notices changes another process commits to the open database file: a second
// window, the `import` command, a colleague on a shared drive. SQLite's
// `PRAGMA data_version` changes whenever another connection commits and stays
// the same for our own commits, so polling it is cheap (no read of any table)
// and never reports our own edits, which the ChangeNotifier announces already.
//
// On a PostgreSQL server every committed write sends NOTIFY twinning_changed;
// the watcher listens for it instead of polling, ignores the ones our own
// connection sent, and folds a burst of them (an import) into one signal. Any
// login may send such a notice, so it is only a hint: the watcher then reads
// the server's change counter (moved by the server at the commit of every
// transaction that changed data, format 6) and signals only when it moved; and
// it looks at most once a second, however many notices arrive.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace tt {

class Database;

class ExternalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 1000;
    // How long a burst of server notifications is gathered into one signal.
    static constexpr int notificationDelayMs = 250;
    // The least time between two looks at the server's change counter.
    static constexpr int minimumCheckIntervalMs = 1000;
    static QString notificationChannel() { return QStringLiteral("twinning_changed"); }

    // Starts watching at once; the watcher must not outlive `db`.
    explicit ExternalChangeWatcher(Database &db, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Looks now; emits changedExternally() when another process has committed
    // since the last look. Returns whether it did.
    bool poll();
    // Whether the server's notifications are heard (PostgreSQL only).
    bool isListening() const { return m_listening; }

signals:
    void changedExternally();

private:
    qint64 dataVersion();
    qint64 serverChanges();
    void listen();
    void noticeHeard();
    void checkServer();

    Database &m_db;
    QTimer m_timer;
    QTimer m_burst; // single shot: the end of a burst of notifications
    QElapsedTimer m_lastCheck;
    qint64 m_version = -1;
    bool m_listening = false;
};

} // namespace tt
