#include "app/geo/placematcher.h"

#include "app/core/text.h"
#include "app/core/transcription.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <mutex>

namespace tt::geo {

namespace {

// Words after which a name goes on to say where the place lies: "Frankfurt am
// Main", "Франкфурт-на-Майні", "Romilly-sur-Seine", "Stratford-upon-Avon";
// as they read in the key.
const QByteArrayList qualifierWords = {"na",  "nad", "am",   "an",   "im",
                                       "bai", "ob",  "upon", "siur", "sur"};

// The key up to its first qualifier word (not the first word): "frankfurt na
// maini" → "frankfurt". Empty when there is none.
QByteArray shortened(const QByteArray &key)
{
    if (!key.contains(' '))
        return {};
    const QByteArrayList words = key.split(' ');
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (qualifierWords.contains(words[i]))
            return words.first(i).join(' ');
    }
    return {};
}

// The key without its qualifier words, the place kept: "frankfurt na oderi" →
// "frankfurt oderi", to meet "Frankfurt (Oder)". Empty when there are none.
QByteArray withoutQualifiers(const QByteArray &key)
{
    if (!key.contains(' '))
        return {};
    QByteArrayList words = key.split(' ');
    const qsizetype before = words.size();
    for (qsizetype i = words.size() - 1; i >= 1; --i) {
        if (qualifierWords.contains(words[i]))
            words.removeAt(i);
    }
    return words.size() == before ? QByteArray() : words.join(' ');
}

// The name without what stands in parentheses: "Frankfurt (Oder)".
QString withoutParentheses(const QString &name)
{
    const qsizetype open = name.indexOf(u'(');
    if (open < 0)
        return name;
    const qsizetype close = name.indexOf(u')', open);
    QString out = name.left(open);
    if (close > 0)
        out += name.mid(close + 1);
    return out.simplified();
}

} // namespace

struct PlaceMatcher::CountryIndex
{
    struct Entry
    {
        QByteArray key;
        qsizetype place = 0;
        bool isShort = false; // the key of a shortened name
        quint64 letters = 0;  // transcription::letters(key)
    };
    std::once_flag built;
    QString iso;
    QList<qsizetype> places;                    // gazetteer indices, largest first
    QList<Entry> entries;                       // every key, sorted by key
    QHash<QByteArray, QList<qsizetype>> full;   // key of the whole name
    QHash<QByteArray, QList<qsizetype>> short_; // key of the name without its qualifier
    qsizetype firstOf[128];                     // by a key's first letter: its entries
    qsizetype endOf[128] = {};

    CountryIndex() { std::fill(std::begin(firstOf), std::end(firstOf), -1); }

    void build(const QList<Place> &all)
    {
        for (qsizetype i : std::as_const(places)) {
            const QString &name = all[i].name;
            QList<QByteArray> keys = transcription::latinKeys(name, iso);
            for (qsizetype k = 0, n = keys.size(); k < n; ++k) {
                const QByteArray plain = withoutQualifiers(keys[k]);
                if (!plain.isEmpty() && !keys.contains(plain))
                    keys << plain;
            }
            QList<QByteArray> shorts;
            const QString bare = withoutParentheses(name);
            if (bare != name)
                shorts << transcription::latinKeys(bare, iso);
            for (const QByteArray &key : keys)
                shorts << shortened(key);
            for (const QByteArray &key : keys) {
                full[key] << i;
                entries << Entry{key, i};
            }
            for (const QByteArray &key : std::as_const(shorts)) {
                if (key.isEmpty() || keys.contains(key) || short_.value(key).contains(i))
                    continue;
                short_[key] << i;
                entries << Entry{key, i, true};
            }
        }
        for (Entry &e : entries)
            e.letters = transcription::letters(e.key);
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.key < b.key; });
        for (qsizetype n = 0; n < entries.size(); ++n) {
            const uchar c = uchar(entries[n].key.front()) & 127;
            if (firstOf[c] < 0)
                firstOf[c] = n;
            endOf[c] = n + 1;
        }
    }

    // The entries whose key starts with the letter `c`.
    template<class F>
    void forLetter(char c, F &&f) const
    {
        const uchar k = uchar(c) & 127;
        for (qsizetype n = std::max<qsizetype>(firstOf[k], 0); n < endOf[k]; ++n)
            f(entries[n]);
    }

    // The entries whose key starts with `prefix`.
    template<class F>
    void forPrefix(const QByteArray &prefix, F &&f) const
    {
        auto it = std::lower_bound(entries.cbegin(), entries.cend(), prefix,
                                   [](const Entry &e, const QByteArray &k) { return e.key < k; });
        for (; it != entries.cend() && it->key.startsWith(prefix); ++it)
            f(*it);
    }
};

const PlaceMatcher &PlaceMatcher::shipped()
{
    static const PlaceMatcher matcher(Gazetteer::shipped(), [] {
        QFile file(QStringLiteral(":/data/exonyms-uk.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Missing built-in resource :/data/exonyms-uk.tsv");
        return file.readAll();
    }());
    return matcher;
}

PlaceMatcher::PlaceMatcher(const Gazetteer &gazetteer, const QByteArray &exonyms)
    : m_gazetteer(gazetteer)
{
    const QList<Place> &places = gazetteer.places();
    for (qsizetype i = 0; i < places.size(); ++i) {
        const QString &iso = places[i].countryIso;
        if (!places[i].nameUk.isEmpty())
            m_withUkrainianNames.insert(iso);
        if (iso == u"UA") // Ukrainian places carry their Ukrainian names
            continue;
        std::shared_ptr<CountryIndex> &index = m_countries[iso];
        if (!index) {
            index = std::make_shared<CountryIndex>();
            index->iso = iso;
        }
        index->places << i;
    }
    const QList<QByteArray> lines = exonyms.split('\n');
    for (qsizetype n = 1; n < lines.size(); ++n) { // after the header
        const QByteArray line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 4)
            continue;
        Exonym e{QString::fromUtf8(f[0]).trimmed(), QString::fromUtf8(f[1]).trimmed(),
                 QString::fromUtf8(f[2]).trimmed(), QString::fromUtf8(f[3]).trimmed()};
        const QList<const Place *> found = gazetteer.find(e.name, e.countryIso);
        for (const Place *p : found) {
            if (p->name == e.name) {
                e.place = p;
                break;
            }
        }
        if (!e.place && !found.isEmpty())
            e.place = found.front();
        m_exonymsByName.insert(text::searchKey(e.nameUk), m_exonyms.size());
        m_exonyms << e;
    }
}

PlaceMatcher::~PlaceMatcher() = default;

const PlaceMatcher::CountryIndex &PlaceMatcher::country(const QString &countryIso) const
{
    static const CountryIndex none;
    auto it = m_countries.constFind(countryIso);
    if (it == m_countries.constEnd())
        return none;
    CountryIndex &index = *it.value();
    std::call_once(index.built, [&] { index.build(m_gazetteer.places()); });
    return index;
}

PlaceMatch PlaceMatcher::decide(PlaceMatch::Kind kind, QList<qsizetype> hits, int distance) const
{
    PlaceMatch m;
    if (hits.isEmpty())
        return m;
    const QList<Place> &places = m_gazetteer.places();
    std::sort(hits.begin(), hits.end(), [&](qsizetype a, qsizetype b) {
        return places[a].population != places[b].population
                   ? places[a].population > places[b].population
                   : a < b;
    });
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    m.kind = kind;
    m.distance = distance;
    const qint64 largest = places[hits.front()].population;
    QList<const Place *> equal;
    for (qsizetype i : std::as_const(hits)) {
        // A runner-up with a third of the largest one's people or more is
        // as likely to be meant.
        if (places[i].population * 3 >= largest || largest == 0)
            equal << &places[i];
    }
    if (equal.size() <= 1)
        m.place = &places[hits.front()];
    else
        m.candidates = equal;
    return m;
}

PlaceMatch PlaceMatcher::byKey(const QByteArray &key, const QString &countryIso) const
{
    QList<const CountryIndex *> indexes;
    if (countryIso.isEmpty()) {
        for (auto it = m_countries.cbegin(); it != m_countries.cend(); ++it)
            indexes << &country(it.key());
    } else {
        indexes << &country(countryIso);
    }
    const QByteArray plain = withoutQualifiers(key), shortKey = shortened(key);
    QList<QByteArray> keys = {key};
    if (!plain.isEmpty())
        keys << plain;

    QList<qsizetype> hits;
    for (const CountryIndex *index : std::as_const(indexes)) {
        for (const QByteArray &k : std::as_const(keys))
            hits << index->full.value(k);
    }
    if (!hits.isEmpty())
        return decide(PlaceMatch::Kind::Transcription, hits);

    // Near spellings: keys that begin with the same letter and differ by the
    // fewest edits, no more than the key's length allows.
    const int allowed = transcription::allowedDistance(key.size());
    auto near = [&](const QList<QByteArray> &queries, bool shortToo) {
        int best = allowed;
        QList<qsizetype> found;
        QList<quint64> masks;
        for (const QByteArray &q : queries)
            masks << transcription::letters(q);
        if (allowed == 0)
            return decide(PlaceMatch::Kind::NearSpelling, found);
        for (const CountryIndex *index : std::as_const(indexes)) {
            index->forLetter(key.front(), [&](const CountryIndex::Entry &e) {
                if (e.isShort && !shortToo)
                    return;
                for (qsizetype n = 0; n < queries.size(); ++n) {
                    const QByteArray &q = queries[n];
                    if (std::abs(q.size() - e.key.size()) > best ||
                        std::popcount(masks[n] & ~e.letters) > best ||
                        std::popcount(e.letters & ~masks[n]) > best)
                        continue;
                    const int d = transcription::distance(q, e.key, best);
                    if (d < best || (d == best && found.isEmpty())) {
                        best = d;
                        found = {e.place};
                    } else if (d == best) {
                        found << e.place;
                    }
                }
            });
        }
        return decide(PlaceMatch::Kind::NearSpelling, found, best);
    };
    // A name that says where the place lies ("Франкфурт-на-Одері") is
    // measured against whole names before its short form may fit.
    if (!shortKey.isEmpty()) {
        const PlaceMatch m = near(keys, false);
        if (m.kind != PlaceMatch::Kind::None)
            return m;
    }
    for (const CountryIndex *index : std::as_const(indexes)) {
        hits << index->short_.value(key);
        if (!shortKey.isEmpty())
            hits << index->full.value(shortKey) << index->short_.value(shortKey);
    }
    if (!hits.isEmpty())
        return decide(PlaceMatch::Kind::Transcription, hits);
    if (!shortKey.isEmpty())
        keys << shortKey;
    return near(keys, true);
}

PlaceMatch PlaceMatcher::match(const QString &name, const QString &countryIso) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return {};
    const QString folded = text::searchKey(trimmed);
    const QList<Place> &places = m_gazetteer.places();

    QList<qsizetype> hits;
    for (auto it = m_exonymsByName.constFind(folded);
         it != m_exonymsByName.cend() && it.key() == folded; ++it) {
        const Exonym &e = m_exonyms[it.value()];
        if (e.place && (countryIso.isEmpty() || e.countryIso == countryIso))
            hits << (e.place - places.constData());
    }
    if (!hits.isEmpty())
        return decide(PlaceMatch::Kind::Curated, hits);

    // A Cyrillic name can only be a Ukrainian spelling, which the gazetteer
    // has for Ukrainian places alone.
    const bool cyrillic = text::hasCyrillic(trimmed);
    if (!cyrillic || countryIso.isEmpty() || m_withUkrainianNames.contains(countryIso)) {
        for (const Place *p : m_gazetteer.findKey(folded, countryIso))
            hits << (p - places.constData());
    }
    if (!hits.isEmpty())
        return decide(PlaceMatch::Kind::Name, hits);

    if (!cyrillic)
        return {};
    const QByteArray key = transcription::cyrillicKey(withoutParentheses(trimmed));
    if (key.isEmpty())
        return {};
    return byKey(key, countryIso);
}

QList<const Place *> PlaceMatcher::complete(const QString &prefix, const QString &countryIso,
                                            int limit) const
{
    const QString typed = prefix.simplified();
    if (typed.isEmpty() || limit <= 0)
        return {};
    if (!text::hasCyrillic(typed))
        return m_gazetteer.complete(typed, countryIso, limit);

    const QList<Place> &places = m_gazetteer.places();
    QList<qsizetype> out;
    QSet<qsizetype> seen;
    auto add = [&](QList<qsizetype> found) {
        std::sort(found.begin(), found.end()); // file order: largest first
        for (qsizetype i : std::as_const(found)) {
            if (out.size() < limit && !seen.contains(i)) {
                seen.insert(i);
                out << i;
            }
        }
    };

    const QString folded = text::searchKey(typed);
    QList<qsizetype> found;
    for (auto it = m_exonymsByName.cbegin(); it != m_exonymsByName.cend(); ++it) {
        const Exonym &e = m_exonyms[it.value()];
        if (e.place && (countryIso.isEmpty() || e.countryIso == countryIso) &&
            it.key().startsWith(folded))
            found << (e.place - places.constData());
    }
    add(found);

    const QByteArray key = transcription::cyrillicKey(typed);
    if (key.size() >= 2 && out.size() < limit) {
        QList<const CountryIndex *> indexes;
        if (countryIso.isEmpty()) {
            for (auto it = m_countries.cbegin(); it != m_countries.cend(); ++it)
                indexes << &country(it.key());
        } else {
            indexes << &country(countryIso);
        }
        found.clear();
        for (const CountryIndex *index : std::as_const(indexes))
            index->forPrefix(key, [&](const CountryIndex::Entry &e) { found << e.place; });
        add(found);
        if (out.size() < limit && key.size() >= 4) {
            found.clear();
            for (const CountryIndex *index : std::as_const(indexes)) {
                index->forLetter(key.front(), [&](const CountryIndex::Entry &e) {
                    const QByteArrayView head =
                        QByteArrayView(e.key).first(std::min(e.key.size(), key.size()));
                    if (transcription::distance(key, head, 1) <= 1)
                        found << e.place;
                });
            }
            add(found);
        }
    }
    QList<const Place *> result;
    result.reserve(out.size());
    for (qsizetype i : std::as_const(out))
        result << &places[i];
    return result;
}

} // namespace tt::geo
