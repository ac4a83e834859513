#pragma once

// Names of countries, oblasts and cooperation areas in the language the user
// reads (uk, en or de), from the shipped catalogues, and the names of places in
// the script of that language. The language follows the user interface; data
// stays in the database in all three.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tt {
struct Community;
struct CooperationArea;
struct Municipality;
struct PartnershipSummary;
} // namespace tt

namespace tt::names {

// "uk", "en" or "de"; others fall back to English.
void setLanguage(const QString &language);
QString language();

QString country(const QString &iso2);
// "Вінницька область" / "Vinnytsia Oblast" / "Oblast Winnyzja".
QString oblast(const QString &iso);
// "Вінницька" / "Vinnytsia" / "Winnyzja" for an oblast; Kyiv, Sevastopol and
// Crimea, which are no oblasts, by their full names.
QString oblastShort(const QString &iso);
// Whether the region is an oblast (not Kyiv, Sevastopol or Crimea).
bool isOblast(const QString &iso);
// Picks the name of the three that fits the language (English where the
// chosen one is missing).
QString pick(const QString &uk, const QString &en, const QString &de);
// A cooperation area's name: "Освіта", "Education", "Bildung". Every list,
// chart, report and export names areas through these two.
QString area(const CooperationArea &area);
// Each area's name by its id.
QHash<qint64, QString> areas(const QList<CooperationArea> &areas);

// How the program shows a place, everywhere (tables, map, dashboard, reports,
// exports read by people): a community in Cyrillic (Вінниця) in Ukrainian, in
// its national transliteration (Vinnytsia) in English and German, in Cyrillic
// when it has no Latin name; a partner by its Ukrainian name (Карлсруе) in
// Ukrainian where one is known, otherwise, and in English and German, by its
// Latin name (Karlsruhe). Searching and matching keep every spelling.
QString community(const QString &nameUk, const QString &nameLatn);
QString partner(const QString &name, const QString &nameUk);
// "Вінниця – Карлсруе", "Vinnytsia – Karlsruhe": two names as shown.
QString pair(const QString &community, const QString &partner);
// The codifier's name of the hromada: Вінницька, Vinnytska (transliterated
// when no Latin form is given).
QString hromada(const QString &hromadaUk, const QString &hromadaLatn = {});

QString community(const PartnershipSummary &p);
QString partner(const PartnershipSummary &p);
QString pair(const PartnershipSummary &p);
QString hromada(const PartnershipSummary &p);
QString community(const Community &c);
QString hromada(const Community &c);
QString partner(const Municipality &m);

// Every spelling of a place, the one shown first, each once: for a tooltip
// that shows the other scripts too.
QStringList communitySpellings(const PartnershipSummary &p);
QStringList partnerSpellings(const PartnershipSummary &p);

} // namespace tt::names
