#include "gazetteer.h"

#include "core/catalog.h"
#include "core/text.h"

#include <algorithm>

namespace tt::geo {

const Gazetteer &Gazetteer::shipped()
{
    static const Gazetteer gazetteer;
    return gazetteer;
}

Gazetteer::Gazetteer()
{
    // geonameid name name_ascii name_uk name_uk_latn country_iso2 admin1 lat lon
    // population feature_code; the file is sorted by population, largest first.
    const QList<QStringList> rows = catalog::readTsv(QStringLiteral(":/data/cities.tsv"));
    m_places.reserve(rows.size());
    for (const QStringList &f : rows) {
        if (f.size() < 11)
            continue;
        m_places << Place{
            f[0].toLongLong(), f[1], f[2], f[3], f[4], f[5], f[6], f[7].toDouble(), f[8].toDouble(),
            f[9].toLongLong(), f[10]};
    }
    m_byKey.reserve(m_places.size() * 2);
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places[i];
        QStringList keys;
        for (const QString &n : {p.name, p.nameAscii, p.nameUk, p.nameUkLatn}) {
            const QString key = text::searchKey(n);
            if (!key.isEmpty() && !keys.contains(key))
                keys << key;
        }
        for (const QString &key : std::as_const(keys))
            m_byKey.insert(key, i);
        m_keys << keys;
    }
}

QList<const Place *> Gazetteer::find(const QString &name, const QString &countryIso) const
{
    return findKey(text::searchKey(name), countryIso);
}

QList<const Place *> Gazetteer::findKey(const QString &key, const QString &countryIso) const
{
    QList<qsizetype> hits = m_byKey.values(key);
    std::sort(hits.begin(), hits.end()); // file order: largest first
    QList<const Place *> out;
    for (qsizetype i : std::as_const(hits)) {
        const Place &p = m_places[i];
        if (countryIso.isEmpty() || p.countryIso == countryIso)
            out << &p;
    }
    return out;
}

QList<const Place *> Gazetteer::complete(const QString &prefix, const QString &countryIso,
                                         int limit) const
{
    const QString key = text::searchKey(prefix);
    QList<const Place *> out;
    if (key.isEmpty())
        return out;
    for (qsizetype i = 0; i < m_places.size() && out.size() < limit; ++i) {
        const Place &p = m_places[i];
        if (!countryIso.isEmpty() && p.countryIso != countryIso)
            continue;
        const bool match = std::any_of(m_keys[i].cbegin(), m_keys[i].cend(),
                                       [&](const QString &k) { return k.startsWith(key); });
        if (match)
            out << &p;
    }
    return out;
}

} // namespace tt::geo
