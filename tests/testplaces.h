#pragma once

// Partner places written and read back in one line, for the tests that only
// need some content in a database to see whether it changed.

#include "app/core/repositories.h"

#include <QStringList>

namespace tt::test {

// Adds a German partner place of that name.
inline bool addPlace(Database &db, const QString &name)
{
    Municipality m;
    m.name = name;
    m.countryIso = QStringLiteral("DE");
    return MunicipalityRepository(db).insert(m).ok();
}

// The names of the partner places, in the repository's order.
inline QStringList placeNames(Database &db)
{
    QStringList names;
    if (auto rows = MunicipalityRepository(db).all()) {
        for (const Municipality &m : std::as_const(*rows))
            names << m.name;
    }
    return names;
}

} // namespace tt::test
