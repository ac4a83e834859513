#pragma once

// A filter in words, in the language of the interface (tt::names and the
// installed translator): "Вінницька, Львівська обл.; Німеччина;
// 01.01.2024–31.12.2024". The reports name the filter they were built from
// with it, and the views may show it; no widgets, no database.

#include "app/core/portfolio.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace tt {

// The facets of `filter` joined with "; ", in a fixed order (text, oblasts,
// partner countries, stages, kinds, cooperation areas, period, the two
// switches); empty for an empty filter. `areaNames` names the cooperation
// areas by id (an id it lacks is named by its number).
QString describeFilter(const Filter &filter, const QHash<qint64, QString> &areaNames,
                       const QLocale &locale = QLocale());

// A date as the filter's period writes it, with a four-digit year: 01.01.2024.
QString filterDate(const QDate &date, const QLocale &locale = QLocale());

} // namespace tt
