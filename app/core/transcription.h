#pragma once

// Phonetic keys that let a Ukrainian spelling of a foreign place meet the
// place's Latin name. Both sides are folded into one small alphabet (lowercase
// ASCII letters, 'C' for ч, 'S' for ш, 'Z' for ж, single spaces between words):
// the Cyrillic name letter by letter, the Latin name by the reading rules of
// its country's language (Polish "sz" → S, German "ei" → ai, Hungarian "s" → S,
// French silent endings, English "-borough" → boro ...), roughly as the
// Ukrainian practical transcription renders them. The key then forgives what
// transcription loses: г/ґ/х, g and h are one letter; і/и/ї/й, y and j are one
// letter; soft signs and apostrophes vanish; doubled letters are single; "ie"
// is "e" (є, Polish "ie") and "ei" is "ai". What is left is compared exactly,
// then by edit distance (placematcher.h).

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace tt::transcription {

// The key of a name written in Cyrillic (Ukrainian; Russian letters too).
QByteArray cyrillicKey(QStringView name);

// The keys of a Latin name as read in the languages of the country
// `countryIso` (ISO 3166-1 alpha-2): one per language, without repeats.
// Countries without rules of their own get a generic reading.
QList<QByteArray> latinKeys(QStringView name, QStringView countryIso);

// The same for one language by its ISO 639-1 code ("pl", "de" ...); the
// generic reading for a code without rules. For tests and tools.
QByteArray latinKey(QStringView name, QStringView language);

// The languages whose reading applies to the country's place names.
QList<QStringView> languagesOf(QStringView countryIso);

// Edits (insertions, deletions, substitutions) between two keys, or
// `bound + 1` as soon as it is certain to exceed `bound`.
int distance(QByteArrayView a, QByteArrayView b, int bound);

// The set of letters in a key, one bit each: a cheap bound on distance(),
// since every letter one key has and the other lacks costs an edit.
quint64 letters(QByteArrayView key);

// The edits a key of `length` letters may differ by and still count as the
// same name: none below 4 letters, then one per 4 letters, at most 4.
int allowedDistance(qsizetype length);

} // namespace tt::transcription
