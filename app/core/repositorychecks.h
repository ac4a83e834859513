#pragma once

// What the repositories check before they write, shared by their files
// (repositories.cpp, agreementrepository.cpp): the records a row refers to
// exist, and dates do not run backwards. The messages are under the context
// "Repository".

#include "app/core/database.h"
#include "app/core/domain.h"
#include "app/core/partialdate.h"

#include <QCoreApplication>

#include <optional>

namespace tt::repositorychecks {

struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

Error invalid(const QString &message);
bool exists(Database &db, const QString &table, const QString &column, const QVariant &value);
Status requirePartnership(Database &db, qint64 partnershipId, const QString &what);
Status requireArea(Database &db, const std::optional<qint64> &areaId);
// Dates that must not run backwards, with their names for the message.
// Dates known to the month or the year are out of order only when every day
// the later one may be comes before every day the earlier one may be.
Status requireOrder(const QList<std::pair<PartialDate, QString>> &dates);

} // namespace tt::repositorychecks
