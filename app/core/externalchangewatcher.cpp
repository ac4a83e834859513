#include "app/core/externalchangewatcher.h"

#include "app/core/database.h"
#include "app/core/historychanges.h"
#include "app/core/repositories.h"
#include "app/core/serverschema.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace tt {

ExternalChangeWatcher::ExternalChangeWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (auto last = AuditLogRepository(m_db).lastId())
        m_lastHistory = *last;
    if (!m_db.dialect().isSqlite()) {
        listen();
        return;
    }
    m_version = dataVersion();
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::poll);
    m_timer.start();
}

bool ExternalChangeWatcher::poll()
{
    const qint64 version = dataVersion();
    // -1: the pragma could not run (the file is busy being checkpointed, or
    // gone); the next look decides.
    if (version < 0 || version == m_version)
        return false;
    const bool changed = m_version >= 0;
    m_version = version;
    if (changed)
        tellChanges();
    return changed;
}

void ExternalChangeWatcher::listen()
{
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_version = serverChanges();
    m_burst.setSingleShot(true);
    connect(&m_burst, &QTimer::timeout, this, &ExternalChangeWatcher::checkServer);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                // Our own commits are announced by the ChangeNotifier already.
                if (name == notificationChannel() && source != QSqlDriver::SelfSource)
                    noticeHeard();
            });
    m_listening = driver->subscribeToNotification(notificationChannel());
}

void ExternalChangeWatcher::noticeHeard()
{
    // A look is due already: the notices after it wait for it.
    if (m_burst.isActive())
        return;
    int wait = notificationDelayMs;
    if (m_lastCheck.isValid())
        wait = std::max<qint64>(wait, minimumCheckIntervalMs - m_lastCheck.elapsed());
    m_burst.start(wait);
}

void ExternalChangeWatcher::checkServer()
{
    m_lastCheck.start();
    const qint64 changes = serverChanges();
    // -1: a server of an older format, without the counter: every notice counts.
    if (changes >= 0 && changes == m_version)
        return;
    m_version = changes;
    tellChanges();
}

void ExternalChangeWatcher::tellChanges()
{
    AuditLogRepository history(m_db);
    const auto last = history.lastId();
    const qint64 seen = std::exchange(m_lastHistory, last ? *last : -1);
    // A history that went back (a restored copy) tells nothing of the change.
    if (!last || seen < 0 || *last < seen) {
        emit needsReload();
        emit changedExternally();
        return;
    }
    const auto entries = history.after(seen, maxRecords + 1);
    if (!entries || entries->isEmpty() || entries->size() > maxRecords) {
        emit needsReload();
        emit changedExternally();
        return;
    }
    m_lastHistory = std::max(*last, entries->constLast().id);
    const auto changes = changeSetsFromHistory(*entries);
    if (!changes) {
        emit needsReload();
        emit changedExternally();
        return;
    }
    m_db.announceChanges(*changes);
    emit recordsChangedExternally(int(entries->size()));
    emit changedExternally();
}

qint64 ExternalChangeWatcher::serverChanges()
{
    if (m_db.schemaVersion() < schema::server::ownerFormat)
        return -1;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT changes FROM change_counter"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 ExternalChangeWatcher::dataVersion()
{
    if (!m_db.dialect().isSqlite())
        return -1;
    QSqlQuery q = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace tt
