#include "app/geo/gazetteer.h"

#include "app/core/text.h"

#include <QFile>

#include <algorithm>
#include <charconv>

namespace tt::geo {

const Gazetteer &Gazetteer::shipped()
{
    static const Gazetteer gazetteer;
    return gazetteer;
}

namespace {

// The fields of one line of the TSV file, as bytes.
class TsvLine
{
public:
    explicit TsvLine(QByteArrayView line)
        : m_rest(line)
    {}
    // The next field; empty once the line has no more.
    QByteArrayView next()
    {
        if (m_done)
            return {};
        const qsizetype tab = m_rest.indexOf('\t');
        const QByteArrayView field = tab < 0 ? m_rest : m_rest.first(tab);
        m_rest = tab < 0 ? QByteArrayView() : m_rest.sliced(tab + 1);
        m_done = tab < 0;
        ++m_fields;
        return field;
    }
    // Whether the line had `fields` fields or more.
    bool complete(int fields) const { return m_fields >= fields; }

private:
    QByteArrayView m_rest;
    bool m_done = false;
    int m_fields = 0;
};

template<class T>
T number(QByteArrayView field)
{
    T value{};
    std::from_chars(field.data(), field.data() + field.size(), value);
    return value;
}

} // namespace

Gazetteer::Gazetteer()
{
    // geonameid name name_ascii name_uk name_uk_latn country_iso2 admin1 lat lon
    // population feature_code; the file is sorted by population, largest first.
    // Read straight from its bytes: this runs when the map first shows or an
    // import first looks a place up, and the user waits for it.
    QFile file(QStringLiteral(":/data/cities.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing built-in resource :/data/cities.tsv");
    const QByteArray all = file.readAll();
    // Country, region and feature codes repeat on many lines: one string each.
    QHash<QByteArray, QString> codes;
    auto code = [&](QByteArrayView field) {
        auto it = codes.constFind(QByteArray::fromRawData(field.data(), field.size()));
        if (it == codes.constEnd())
            it = codes.insert(field.toByteArray(), QString::fromLatin1(field));
        return it.value();
    };
    auto text = [](QByteArrayView field) {
        return field.isEmpty() ? QString() : QString::fromUtf8(field);
    };
    m_places.reserve(all.count('\n'));
    const QByteArrayView bytes(all);
    qsizetype from = bytes.indexOf('\n') + 1; // after the header
    while (from > 0 && from < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', from);
        TsvLine f(bytes.sliced(from, (end < 0 ? bytes.size() : end) - from));
        from = end + 1;
        Place p;
        p.geonameId = number<qint64>(f.next());
        const QByteArrayView name = f.next(), ascii = f.next();
        p.name = text(name);
        p.nameAscii = ascii == name ? p.name : text(ascii);
        p.nameUk = text(f.next());
        p.nameUkLatn = text(f.next());
        p.countryIso = code(f.next());
        p.admin1 = code(f.next());
        p.lat = number<double>(f.next());
        p.lon = number<double>(f.next());
        p.population = number<qint64>(f.next());
        p.featureCode = code(f.next());
        if (f.complete(11))
            m_places << std::move(p);
    }
    m_byKey.reserve(m_places.size() * 2);
    m_keys.reserve(m_places.size());
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places[i];
        QStringList keys;
        // An ASCII spelling that is the name itself has the same key.
        const bool sameAscii = p.nameAscii.isSharedWith(p.name);
        for (const QString *n : {&p.name, &p.nameAscii, &p.nameUk, &p.nameUkLatn}) {
            if (n->isEmpty() || (n == &p.nameAscii && sameAscii))
                continue;
            const QString key = text::searchKey(*n);
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

const Place *Gazetteer::largest(const QString &key, const QString &countryIso) const
{
    qsizetype first = m_places.size(); // file order: the smallest index is the largest place
    for (auto it = m_byKey.constFind(key); it != m_byKey.cend() && it.key() == key; ++it) {
        const qsizetype i = it.value();
        if (i < first && (countryIso.isEmpty() || m_places[i].countryIso == countryIso))
            first = i;
    }
    return first < m_places.size() ? &m_places[first] : nullptr;
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
