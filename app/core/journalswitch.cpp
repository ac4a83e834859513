#include "app/core/journalswitch.h"

#include <QSqlQuery>

namespace tt {

JournalSwitch::JournalSwitch(Database &db)
    : m_db(db)
{
    if (!db.dialect().isSqlite() || db.isReadOnly() || db.inTransaction())
        return;
    // Without waiting: a lock held elsewhere means another connection, and
    // the transaction then runs in WAL mode beside it.
    if (!db.exec(QStringLiteral("PRAGMA busy_timeout = 0")))
        return;
    QSqlQuery q = db.prepare(QStringLiteral("PRAGMA journal_mode = DELETE"));
    m_switched = q.exec() && q.next() &&
                 q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    q.finish();
    (void)db.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(Database::busyTimeoutMs));
}

JournalSwitch::~JournalSwitch()
{
    // Should this fail (another connection opened the file meanwhile and is
    // reading it), the file stays in rollback-journal mode, which is as safe,
    // until the next connection that opens it sets WAL again.
    if (m_switched)
        (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

} // namespace tt
