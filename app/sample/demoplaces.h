#pragma once

// Places and areas looked up or added by both demo writers (sampledata.cpp,
// monitoringdemo.cpp).

#include "core/database.h"
#include "core/result.h"

#include <QHash>
#include <QString>

namespace tt::sample::detail {

// The catalogue's community of that Ukrainian name in that oblast (ISO code).
Result<qint64> findCommunity(Database &db, const QString &name, const QString &oblast);
// A new partner place, with coordinates from the gazetteer where it knows it.
Result<qint64> addMunicipality(Database &db, const QString &name, const QString &nameUk,
                               const QString &country);
// Area ids by their code.
QHash<QString, qint64> areaIds(Database &db);

} // namespace tt::sample::detail
