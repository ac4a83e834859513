#include "externalchangewatcher.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace tt {

ExternalChangeWatcher::ExternalChangeWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
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
        emit changedExternally();
    return changed;
}

void ExternalChangeWatcher::listen()
{
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_burst.setSingleShot(true);
    m_burst.setInterval(notificationDelayMs);
    connect(&m_burst, &QTimer::timeout, this, &ExternalChangeWatcher::changedExternally);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                // Our own commits are announced by the ChangeNotifier already.
                if (name == notificationChannel() && source != QSqlDriver::SelfSource)
                    m_burst.start();
            });
    m_listening = driver->subscribeToNotification(notificationChannel());
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
