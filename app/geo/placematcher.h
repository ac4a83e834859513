#pragma once

// Finds the gazetteer place that a partner's name means, in whatever script
// the office wrote it: "Карлсруе" → Karlsruhe (DE), "Відень" → Vienna (AT).
//
// In this order, the first that finds anything decides:
//   1. Curated: the table of well-known Ukrainian names that are no
//      transcription (Відень, Мюнхен, Гаага ...), resources/data/exonyms-uk.tsv.
//   2. Name: the gazetteer's own spellings, Latin or Ukrainian, as
//      Gazetteer::find() compares them.
//   3. Transcription (Cyrillic names only): the phonetic key of the name
//      equals the key of a place of the country (transcription.h).
//   4. NearSpelling (Cyrillic names only): the keys differ by a few edits
//      (one per four letters), fewest edits first.
// Within the step that decides, the largest place wins, unless the runner-up
// has a third of its population or more: then the places that fit equally
// are reported as ambiguous and none is chosen, because a wrong partner is
// worse than asking. Places named after a larger one ("Frankfurt (Oder)")
// compete with their full name first and with the short one only when nothing
// else fits.
//
// Keys are built per country on first use, then read by any thread.

#include "app/geo/gazetteer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QSet>
#include <QString>

#include <memory>

namespace tt::geo {

struct PlaceMatch
{
    enum class Kind {
        None,          // nothing fits
        Curated,       // the table of well-known Ukrainian names
        Name,          // one of the gazetteer's spellings
        Transcription, // the same phonetic key
        NearSpelling,  // a phonetic key `distance` edits away
    };
    Kind kind = Kind::None;
    // The place found; null when nothing fits or when several fit equally.
    const Place *place = nullptr;
    // When ambiguous: the places that fit equally, largest first.
    QList<const Place *> candidates;
    int distance = 0; // NearSpelling only

    bool isAmbiguous() const { return !candidates.isEmpty(); }
};

// One entry of the curated table.
struct Exonym
{
    QString nameUk;               // Відень
    QString countryIso;           // AT
    QString name;                 // Vienna: the gazetteer's name of the place
    QString source;               // where the Ukrainian name is attested
    const Place *place = nullptr; // null when the gazetteer lacks `name`
};

class PlaceMatcher
{
public:
    // The shipped gazetteer with the shipped table of names.
    static const PlaceMatcher &shipped();

    // `exonyms`: the curated table as TSV (name_uk, country_iso2,
    // gazetteer_name, source, with a header line).
    PlaceMatcher(const Gazetteer &gazetteer, const QByteArray &exonyms);
    ~PlaceMatcher();
    PlaceMatcher(const PlaceMatcher &) = delete;
    PlaceMatcher &operator=(const PlaceMatcher &) = delete;

    // The place `name` means in the country `countryIso` (ISO2); in any
    // country when it is empty.
    PlaceMatch match(const QString &name, const QString &countryIso) const;

    // Places for completion of what has been typed so far, best first: curated
    // names, then places whose key (or Latin name) starts with the prefix's,
    // largest first, then keys that start within one edit of it. Of one
    // country, or of all when `countryIso` is empty.
    QList<const Place *> complete(const QString &prefix, const QString &countryIso = {},
                                  int limit = 10) const;

    const QList<Exonym> &exonyms() const { return m_exonyms; }
    const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    struct CountryIndex;
    const CountryIndex &country(const QString &countryIso) const;
    PlaceMatch decide(PlaceMatch::Kind kind, QList<qsizetype> hits, int distance = 0) const;
    PlaceMatch byKey(const QByteArray &key, const QString &countryIso) const;

    const Gazetteer &m_gazetteer;
    QList<Exonym> m_exonyms;
    QMultiHash<QString, qsizetype> m_exonymsByName; // by text::searchKey(nameUk)
    QHash<QString, std::shared_ptr<CountryIndex>> m_countries;
    QSet<QString> m_withUkrainianNames; // countries with Ukrainian spellings in the gazetteer
};

} // namespace tt::geo
