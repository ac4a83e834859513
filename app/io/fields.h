#pragma once

// The fields an import understands, the column headers that name them, and the
// readers of their values as people write them ("Kyiv City", "sister city",
// "22.04.2023", "Німеччина").

#include "app/core/domain.h"
#include "app/core/partialdate.h"
#include "app/core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tt::io {

enum class Field {
    Community,
    CommunityLatin,
    Oblast,
    Katottg,
    Partner,
    PartnerUk,
    PartnerRegion,
    Country,
    Kind,
    Stage,
    Since,
    Signed,
    Ended,
    Areas,
    Notes,
    Source,
    CommunityLat,
    CommunityLon,
    PartnerLat,
    PartnerLon,
};

const QList<Field> &allFields();
// The name used in headers, --map and the exported files: community, partner_uk …
QString fieldName(Field field);
std::optional<Field> fieldFromName(const QString &name);
// The header of the field in an export that people read: "Громада", "Oblast",
// "Bereiche der Zusammenarbeit" … in the current language, or in `language`
// (uk, en, de). automaticMapping knows those of all three.
QString fieldLabel(Field field);
QString fieldLabel(Field field, const QString &language);
// What the field holds, translated, for --help and the import dialog.
QString fieldDescription(Field field);

// Which column holds each field (0-based); a field without a column is absent.
using Mapping = QHash<Field, int>;

// Maps each header that equals a field name, one of its usual synonyms in
// English or Ukrainian (ua_city_uk, partner_country_iso2, "Громада", "Країна" …)
// or its label in an export of any of the three languages.
Mapping automaticMapping(const QStringList &headers);

// Applies "FIELD=COLUMN" assignments (COLUMN a header or a column number counted
// from 1) on top of `mapping`; a column given to a field is taken from any other.
Result<Mapping> applyAssignments(Mapping mapping, const QStringList &headers,
                                 const QStringList &assignments);

// The readers of values. Each returns nothing when it cannot read the value.
// Names of countries and oblasts and the labels of kinds and stages are read in
// Ukrainian, English and German, whatever language the program runs in.
std::optional<QString> readCountry(const QString &value); // ISO 3166-1 alpha-2
std::optional<QString> readOblast(const QString &value);  // ISO 3166-2: UA-05
std::optional<PartnershipKind> readKind(const QString &value);
std::optional<Stage> readStage(const QString &value);
// A date with the precision it is written in: a year (2023), a month (2023-04,
// 04.2023, 4/2023) or a day (2023-04-22, 22.04.2023, 22/04/2023, or an Excel
// serial day number).
std::optional<PartialDate> readDate(const QString &value);
// A number with a point or a comma as the decimal separator.
std::optional<double> readNumber(const QString &value);
// Spreadsheets run a cell that begins with = + - @ as a formula (a CSV file can
// carry "=HYPERLINK(…)" into an office). The exporters put a single quote before
// such a text, unless it is a plain number (-12.5); the importer takes it away.
QString protectCell(const QString &value);
QString unprotectCell(const QString &value);

} // namespace tt::io
