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
//
// What changed is read from the history the other process wrote
// (historychanges.h) and told through the database's ChangeNotifier, so that
// the views update those records only, as after an edit of this window. When
// the history cannot tell it (an import, a restore, a change written without
// history, more than maxRecords rows at once), needsReload() asks for
// everything to be read again.

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
    // The most history rows told record by record; more are read as a whole.
    static constexpr int maxRecords = 2000;

    // Starts watching at once; the watcher must not outlive `db`.
    explicit ExternalChangeWatcher(Database &db, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Looks now; emits changedExternally() when another process has committed
    // since the last look. Returns whether it did.
    bool poll();
    // Whether the server's notifications are heard (PostgreSQL only).
    bool isListening() const { return m_listening; }

signals:
    // Another process changed the database; after recordsChangedExternally()
    // or needsReload(), which say how.
    void changedExternally();
    // `records` records were changed, which the ChangeNotifier has just told.
    void recordsChangedExternally(int records);
    // What changed cannot be told record by record: read everything again.
    void needsReload();

private:
    qint64 dataVersion();
    qint64 serverChanges();
    void listen();
    void noticeHeard();
    void checkServer();
    // Tells what changed since the last look, record by record when it can.
    void tellChanges();

    Database &m_db;
    QTimer m_timer;
    QTimer m_burst; // single shot: the end of a burst of notifications
    QElapsedTimer m_lastCheck;
    qint64 m_version = -1;
    qint64 m_lastHistory = -1; // the newest history row seen; -1: unknown
    bool m_listening = false;
};

} // namespace tt
