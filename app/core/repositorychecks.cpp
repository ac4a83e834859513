#include "app/core/repositorychecks.h"

#include <QLocale>
#include <QSqlQuery>

namespace tt::repositorychecks {

Error invalid(const QString &message)
{
    return Error::make(Error::Code::Invalid, message);
}

bool exists(Database &db, const QString &table, const QString &column, const QVariant &value)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, column));
    q.addBindValue(value);
    return q.exec() && q.next();
}

Status requirePartnership(Database &db, qint64 partnershipId, const QString &what)
{
    if (partnershipId <= 0 ||
        !exists(db, QStringLiteral("partnership"), QStringLiteral("id"), partnershipId))
        return invalid(RepositoryText::tr("%1 must belong to an existing partnership.").arg(what));
    return {};
}

Status requireArea(Database &db, const std::optional<qint64> &areaId)
{
    if (areaId && !exists(db, QStringLiteral("cooperation_area"), QStringLiteral("id"), *areaId))
        return invalid(RepositoryText::tr("The cooperation area does not exist."));
    return {};
}

Status requireOrder(const QList<std::pair<PartialDate, QString>> &dates)
{
    for (qsizetype i = 0; i < dates.size(); ++i) {
        for (qsizetype j = i + 1; j < dates.size(); ++j) {
            const auto &[earlier, earlierName] = dates[i];
            const auto &[later, laterName] = dates[j];
            if (earlier.isValid() && later.isValid() && !earlier.mayPrecede(later))
                return invalid(
                    RepositoryText::tr("The date of %1 (%2) is before the date of %3 (%4).")
                        .arg(laterName, later.toString(QLocale()), earlierName,
                             earlier.toString(QLocale())));
        }
    }
    return {};
}

} // namespace tt::repositorychecks
