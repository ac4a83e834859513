#pragma once

// The shipped GeoNames gazetteer (resources/data/cities.tsv): 28,358 places,
// every city of 15,000 people or more worldwide and every Ukrainian place of
// 1,000 or more. Looked up by name in Latin or Ukrainian spelling, with or
// without accents. Loaded once, on first use; read-only afterwards.

#include <QHash>
#include <QList>
#include <QString>

namespace tt::geo {

struct Place
{
    qint64 geonameId = 0;
    QString name;      // Kraków, Kyiv, Nuremberg
    QString nameAscii; // Krakow
    QString nameUk;    // Ukrainian places only
    QString nameUkLatn;
    QString countryIso;
    QString admin1;
    double lat = 0;
    double lon = 0;
    qint64 population = 0;
    QString featureCode;
};

class Gazetteer
{
public:
    static const Gazetteer &shipped();

    const QList<Place> &places() const { return m_places; }
    // Places whose name (any spelling) equals `name` after folding; of one
    // country when `countryIso` is given. Largest first.
    QList<const Place *> find(const QString &name, const QString &countryIso = {}) const;
    // The same for a name already folded with text::searchKey.
    QList<const Place *> findKey(const QString &key, const QString &countryIso = {}) const;
    // The first of findKey(), without a list: null when no place matches.
    const Place *largest(const QString &key, const QString &countryIso) const;
    // Places whose name starts with `prefix`, largest first, for completion.
    QList<const Place *> complete(const QString &prefix, const QString &countryIso = {},
                                  int limit = 20) const;

private:
    Gazetteer();
    QList<Place> m_places;
    QList<QStringList> m_keys; // folded spellings of m_places[i]
    QMultiHash<QString, qsizetype> m_byKey;
};

} // namespace tt::geo
