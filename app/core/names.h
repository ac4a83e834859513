#pragma once

// Names of countries, oblasts and cooperation areas in the language the user
// reads (uk, en or de), from the shipped catalogues. The language follows the
// user interface; data stays in the database in all three.

#include <QString>

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
// Picks the name of the three that fits the language.
QString pick(const QString &uk, const QString &en, const QString &de);

} // namespace tt::names
