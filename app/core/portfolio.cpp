#include "app/core/portfolio.h"

#include "app/core/catalog.h"
#include "app/core/rowreader.h"
#include "app/core/sqlvalue.h"
#include "app/core/text.h"
#include "app/core/transcription.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace tt {

namespace {

QString joinKeys(std::initializer_list<QString> names)
{
    QStringList keys;
    for (const QString &n : names) {
        const QString k = text::searchKey(n);
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    return keys.join(u'|');
}

const QHash<QString, QString> &countryKeys()
{
    static const QHash<QString, QString> keys = [] {
        QHash<QString, QString> out;
        for (const catalog::Country &c : catalog::countries())
            out.insert(c.iso2, joinKeys({c.nameEn, c.nameUk, c.nameDe}));
        return out;
    }();
    return keys;
}

template<class E>
E enumOf(const RowView &row, int column, E fallback)
{
    // The codes as bytes once, not converted for every row.
    static const std::vector<std::pair<QByteArray, E>> codes = [] {
        std::vector<std::pair<QByteArray, E>> out;
        for (E value : EnumTraits<E>::values())
            out.emplace_back(EnumTraits<E>::code(value).toLatin1(), value);
        return out;
    }();
    for (const auto &[code, value] : codes) {
        if (row.textEquals(column, code.constData()))
            return value;
    }
    return fallback;
}

// A text column with few distinct values (the officers of an office): equal
// values share one QString instead of one allocation per row.
class TextInterner
{
public:
    QString text(const RowView &row, int column)
    {
        for (const auto &[bytes, text] : m_seen) {
            if (row.textEquals(column, bytes.constData()))
                return text;
        }
        QString text = row.text(column);
        if (m_seen.size() < 32)
            m_seen.emplace_back(text.toUtf8(), text);
        return text;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_seen;
};

// Values by place id: a vector for the ids SQLite hands out (dense, from 1),
// a hash for any beyond; 200,000 look-ups of a national load stay cheap.
template<class T>
class IdTable
{
public:
    T &operator[](qint64 id)
    {
        if (id < 0 || id >= denseLimit)
            return m_sparse[id];
        if (id >= qint64(m_dense.size())) {
            m_dense.resize(id + 1);
            m_has.resize(id + 1, 0);
        }
        m_has[id] = 1;
        return m_dense[id];
    }
    template<class F>
    void forEach(F f) const
    {
        for (qint64 id = 0; id < qint64(m_dense.size()); ++id) {
            if (m_has[id])
                f(id, m_dense[id]);
        }
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
            f(it.key(), it.value());
    }
    T *find(qint64 id)
    {
        if (id < 0 || id >= denseLimit) {
            auto it = m_sparse.find(id);
            return it == m_sparse.end() ? nullptr : &*it;
        }
        return id < qint64(m_dense.size()) && m_has[id] ? &m_dense[id] : nullptr;
    }

private:
    static constexpr qint64 denseLimit = qint64(1) << 22;
    std::vector<T> m_dense;
    std::vector<char> m_has;
    QHash<qint64, T> m_sparse;
};

// Codes compared by bytes: the milestone loop runs a million times.
struct StatusCodes
{
    QByteArray planned = toCode(MilestoneStatus::Planned).toLatin1();
    QByteArray done = toCode(MilestoneStatus::Done).toLatin1();
};

// The ids of the places one folded word is found in.
struct WordHits
{
    std::vector<char> communities;
    std::vector<char> partners;
    bool matches(const PartnershipSummary &p) const
    {
        return (p.communityId < qint64(communities.size()) && communities[p.communityId]) ||
               (p.municipalityId < qint64(partners.size()) && partners[p.municipalityId]);
    }
};

// The phonetic key of a search word in Cyrillic, to be looked for in the keys
// of partners' Latin names; empty for a word in another script or one of
// fewer than three letters of key, which would find too much.
QByteArray soundKey(const QString &word)
{
    const QByteArray key =
        text::hasCyrillic(word) ? transcription::cyrillicKey(word) : QByteArray();
    return key.size() >= 3 ? key : QByteArray();
}

void addSoundsMatching(std::vector<char> &hits, const QHash<qint64, QByteArray> &sounds,
                       const QString &word)
{
    const QByteArray key = soundKey(word);
    if (key.isEmpty())
        return;
    for (auto it = sounds.cbegin(); it != sounds.cend(); ++it) {
        if (it.value().contains(key)) {
            if (size_t(it.key()) >= hits.size())
                hits.resize(size_t(it.key()) + 1, 0);
            hits[size_t(it.key())] = 1;
        }
    }
}

std::vector<char> placesMatching(const QHash<qint64, QString> &keys, const QString &word)
{
    qint64 maxId = 0;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        maxId = std::max(maxId, it.key());
    std::vector<char> hits(maxId + 1, 0);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().contains(word))
            hits[it.key()] = 1;
    }
    return hits;
}

} // namespace

void PartnershipIndex::insert(qint64 id, qsizetype index)
{
    if (id < 0 || id >= denseLimit) {
        m_sparse.insert(id, index);
        return;
    }
    if (id >= qint64(m_dense.size()))
        m_dense.resize(id + 1, -1);
    m_dense[id] = static_cast<qint32>(index);
}

PartialDate PartnershipSummary::signedOn() const
{
    if (twinningOn.isValid())
        return twinningOn;
    if (agreementOn.isValid())
        return agreementOn;
    return memorandumOn;
}

bool Filter::isEmpty() const
{
    return *this == Filter{};
}

QStringList searchWords(const QString &text)
{
    return text::searchKey(text).split(u' ', Qt::SkipEmptyParts);
}

Result<QList<PartnershipSummary>> Portfolio::readPairs(Database &db, const QString &where,
                                                       const QVariantList &binds,
                                                       PartnershipIndex *indexOut)
{
    QList<PartnershipSummary> pairs;
    PartnershipIndex index;
    // The places first, so that each pair takes its names as it is read: a
    // second pass over 100,000 pairs only to copy names costs more than it seems.
    struct MunicipalityNames
    {
        QString name, second, third, region; // by side: see the two queries
        QString aliases;
        double lat = NAN;
        double lon = NAN;
        bool used = false;
    };
    IdTable<MunicipalityNames> communities, partners;
    // Only the places of the pairs read (all of them on a full load).
    const auto placeWhere = [&](const QString &column) {
        return where.isEmpty() ? QString()
                               : QStringLiteral(" WHERE id IN (SELECT ") + column +
                                     QStringLiteral(" FROM partnership WHERE ") + where + u')';
    };
    // Both queries give id, three names, region, lat, lon in that order.
    const auto readPlace = [](const RowView &r, MunicipalityNames &place) {
        place.name = r.text(1);
        place.second = r.text(2);
        place.third = r.text(3);
        place.region = r.text(4);
        place.lat = r.real(5);
        place.lon = r.real(6);
    };
    Status s = forEachRow(
        db,
        QStringLiteral("SELECT id, name_uk, name_latn, hromada_uk, oblast_iso, lat, lon, "
                       "aliases FROM community") +
            placeWhere(QStringLiteral("community_id")),
        binds, [&](const RowView &r) {
            MunicipalityNames &place = communities[r.integer(0)];
            readPlace(r, place);
            place.aliases = r.text(7);
        });
    if (!s)
        return s.error();
    s = forEachRow(db,
                   QStringLiteral("SELECT id, name, name_uk, name_local, country_iso2, lat, lon "
                                  "FROM municipality") +
                       placeWhere(QStringLiteral("municipality_id")),
                   binds, [&](const RowView &r) { readPlace(r, partners[r.integer(0)]); });
    if (!s)
        return s.error();

    if (where.isEmpty()) {
        // Room for every pair at once: growing moves them all, several times.
        s = forEachRow(db, QStringLiteral("SELECT count(*) FROM partnership"), {},
                       [&](const RowView &r) {
                           pairs.reserve(r.integer(0));
                           index.reserve(r.integer(0));
                       });
        if (!s)
            return s.error();
    }
    TextInterner officers;
    MunicipalityNames none;
    const QString pairWhere = where.isEmpty() ? QString() : QStringLiteral(" WHERE p.") + where;
    s = forEachRow(
        db,
        QStringLiteral("SELECT p.id, p.community_id, p.municipality_id, p.kind, p.stage, "
                       "p.first_contact_on, p.memorandum_on, p.agreement_on, p.twinning_on, "
                       "p.ended_on, p.officer, p.row_version FROM partnership p") +
            pairWhere + QStringLiteral(" ORDER BY p.id"),
        binds, [&](const RowView &r) {
            PartnershipSummary &p = pairs.emplaceBack();
            p.id = r.integer(0);
            p.communityId = r.integer(1);
            p.municipalityId = r.integer(2);
            p.kind = enumOf(r, 3, PartnershipKind::Twinning);
            p.stage = enumOf(r, 4, Stage::FirstContact);
            p.firstContactOn = r.partialDate(5);
            p.memorandumOn = r.partialDate(6);
            p.agreementOn = r.partialDate(7);
            p.twinningOn = r.partialDate(8);
            p.endedOn = r.partialDate(9);
            if (!r.isNull(10))
                p.officer = officers.text(r, 10);
            p.rowVersion = r.integer(11);
            // A date known only to the year or month counts from its first day.
            p.lastActivityOn =
                std::max({p.firstContactOn, p.memorandumOn, p.agreementOn, p.twinningOn}).first();
            MunicipalityNames *c = communities.find(p.communityId);
            MunicipalityNames &community = c ? *c : none;
            community.used = true;
            p.communityName = community.name;
            p.communityLatn = community.second;
            p.hromadaName = community.third;
            p.oblastIso = community.region;
            p.communityLat = community.lat;
            p.communityLon = community.lon;
            MunicipalityNames *m = partners.find(p.municipalityId);
            MunicipalityNames &partner = m ? *m : none;
            partner.used = true;
            p.partnerName = partner.name;
            p.partnerNameUk = partner.second;
            p.partnerLocal = partner.third;
            p.countryIso = partner.region;
            p.partnerLat = partner.lat;
            p.partnerLon = partner.lon;
            index.insert(p.id, pairs.size() - 1);
        });
    if (!s)
        return s.error();

    // The folded spellings of the places in use, for the text filter.
    communities.forEach([&](qint64 id, const MunicipalityNames &place) {
        if (place.used)
            m_communityKeys.insert(
                id, joinKeys({place.name, place.second, place.third, place.aliases}));
    });
    partners.forEach([&](qint64 id, const MunicipalityNames &place) {
        if (place.used)
            m_partnerKeys.insert(id, joinKeys({place.name, place.second, place.third}) + u'|' +
                                         countryKeys().value(place.region));
        if (place.used && place.second.isEmpty())
            m_partnerSounds.insert(id,
                                   transcription::latinKeys(place.name, place.region).join('|'));
    });

    const QString childWhere =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE partnership_") + where;
    qint64 lastArea = -1;
    qsizetype areaPair = -1;
    s = forEachRow(
        db, QStringLiteral("SELECT partnership_id, area_id FROM partnership_area") + childWhere,
        binds, [&](const RowView &r) {
            // The rows come by pair (the primary key): one look-up per pair.
            const qint64 pid = r.integer(0);
            if (pid != lastArea) {
                lastArea = pid;
                areaPair = index.value(pid, -1);
            }
            if (areaPair >= 0) {
                QList<qint64> &areas = pairs[areaPair].areaIds;
                if (areas.isEmpty())
                    areas.reserve(4); // one allocation for the usual two or three
                areas << r.integer(1);
            }
        });
    if (!s)
        return s.error();
    if (indexOut)
        *indexOut = std::move(index);
    return pairs;
}

namespace {

// `childWhere` limits the milestones to some pairs ("WHERE partnership_id = ?").
Result<MilestonesByPartnership> readMilestoneFacts(Database &db, const QString &childWhere,
                                                   const QVariantList &binds, const QDate &today,
                                                   const std::atomic_bool *stop)
{
    MilestonesByPartnership byPair;
    const QDate soon = today.addDays(30);
    const StatusCodes codes;
    qint64 lastId = -1;
    PartnershipMilestones *pair = nullptr;
    // The facts of the pair being read, added to its list when its rows end:
    // a list made to its size at once, not grown by doubling (which leaves as
    // much room to spare as the milestones take, and the freed blocks behind).
    std::vector<MilestoneFact> run;
    const auto endRun = [&] {
        if (!pair || run.empty())
            return;
        QList<MilestoneFact> &list = pair->milestones;
        if (list.isEmpty()) {
            list = QList<MilestoneFact>(run.cbegin(), run.cend());
        } else { // the pair's rows came in more than one run
            list.reserve(list.size() + qsizetype(run.size()));
            for (const MilestoneFact &f : run)
                list << f;
        }
        run.clear();
    };
    Status s = forEachRow(
        db,
        QStringLiteral("SELECT partnership_id, planned_on, done_on, status, "
                       "CASE WHEN status = 'planned' THEN title END FROM milestone") +
            childWhere,
        binds,
        [&](const RowView &r) {
            // The rows come mostly grouped by pair: look the pair up only when it
            // changes (the pointer stays valid until the next insertion).
            const qint64 pid = r.integer(0);
            if (pid != lastId) {
                endRun();
                lastId = pid;
                pair = &byPair[pid];
            }
            PartnershipMilestones &p = *pair;
            const QDate plannedOn = r.date(1);
            const QDate doneOn = r.date(2);
            const MilestoneStatus status =
                r.textEquals(3, codes.planned.constData()) ? MilestoneStatus::Planned
                : r.textEquals(3, codes.done.constData())  ? MilestoneStatus::Done
                                                           : MilestoneStatus::Cancelled;
            if (status == MilestoneStatus::Done && doneOn > p.lastDoneOn)
                p.lastDoneOn = doneOn;
            if (status == MilestoneStatus::Planned && plannedOn.isValid()) {
                if (!p.nextOn.isValid() || plannedOn < p.nextOn) {
                    p.nextOn = plannedOn;
                    p.nextTitle = r.text(4);
                }
                if (plannedOn < today)
                    ++p.overdue;
                else if (plannedOn <= soon)
                    ++p.due30;
            }
            run.emplace_back(plannedOn, doneOn, status);
        },
        stop);
    if (!s)
        return s.error();
    endRun();
    return byPair;
}

// Copies share the lists with `m`: the hash may be kept elsewhere for now.
void applyMilestones(PartnershipSummary &p, const PartnershipMilestones &m)
{
    p.milestones = m.milestones;
    p.nextMilestoneOn = m.nextOn;
    p.nextMilestoneTitle = m.nextTitle;
    p.milestonesOverdue = m.overdue;
    p.milestonesDue30 = m.due30;
    if (m.lastDoneOn > p.lastActivityOn)
        p.lastActivityOn = m.lastDoneOn;
}

} // namespace

Result<Portfolio> Portfolio::loadPairs(Database &db, const QDate &today)
{
    Portfolio portfolio;
    portfolio.m_today = today;
    auto pairs = portfolio.readPairs(db, {}, {}, &portfolio.m_index);
    if (!pairs)
        return pairs.error();
    portfolio.m_pairs = std::move(pairs.value());
    return portfolio;
}

Result<MilestonesByPartnership> Portfolio::readMilestones(Database &db, const QDate &today,
                                                          const std::atomic_bool *stop)
{
    return readMilestoneFacts(db, {}, {}, today, stop);
}

void Portfolio::mergeMilestones(MilestonesByPartnership milestones)
{
    for (PartnershipSummary &p : m_pairs) {
        if (m_complete.contains(p.id))
            continue;
        const auto it = milestones.constFind(p.id);
        if (it != milestones.cend())
            applyMilestones(p, *it);
    }
    m_complete.clear();
    m_hasMilestones = true;
}

Result<Portfolio> Portfolio::load(Database &db, const QDate &today)
{
    auto portfolio = loadPairs(db, today);
    if (!portfolio)
        return portfolio.error();
    auto milestones = readMilestones(db, today);
    if (!milestones)
        return milestones.error();
    portfolio->mergeMilestones(std::move(milestones.value()));
    return portfolio;
}

Result<qsizetype> Portfolio::refresh(Database &db, qint64 id)
{
    auto rows = readPairs(db, QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (!rows->isEmpty()) {
        auto milestones = readMilestoneFacts(db, QStringLiteral(" WHERE partnership_id = ?"), {id},
                                             m_today, nullptr);
        if (!milestones)
            return milestones.error();
        if (auto it = milestones->find(id); it != milestones->end())
            applyMilestones(rows->first(), std::move(*it));
        if (!m_hasMilestones)
            m_complete.insert(id);
    }
    qsizetype i = indexOf(id);
    if (rows->isEmpty()) {
        if (i >= 0) {
            m_pairs.removeAt(i);
            reindex();
        }
        return qsizetype(-1);
    }
    if (i >= 0) {
        m_pairs[i] = std::move(rows->first());
    } else {
        // Ids only grow, so a new pair goes at the end and the order (by id) holds.
        i = m_pairs.size();
        m_pairs << std::move(rows->first());
        m_index.insert(id, i);
    }
    return i;
}

void Portfolio::reindex()
{
    m_index.clear();
    m_index.reserve(m_pairs.size());
    for (qsizetype i = 0; i < m_pairs.size(); ++i)
        m_index.insert(m_pairs[i].id, i);
}

bool Portfolio::matchesFacets(const PartnershipSummary &pair, const Filter &filter) const
{
    if (!filter.oblasts.isEmpty() && !filter.oblasts.contains(pair.oblastIso))
        return false;
    if (!filter.countries.isEmpty() && !filter.countries.contains(pair.countryIso))
        return false;
    if (!filter.stages.isEmpty() && !filter.stages.contains(pair.stage))
        return false;
    if (!filter.kinds.isEmpty() && !filter.kinds.contains(pair.kind))
        return false;
    if (filter.hideEnded && pair.isEnded())
        return false;
    if (!filter.areas.isEmpty() && std::none_of(pair.areaIds.cbegin(), pair.areaIds.cend(),
                                                [&](qint64 a) { return filter.areas.contains(a); }))
        return false;
    // A date known to the year or month may be any of its days: the pair is
    // left out only when every day it may be falls outside the period.
    if (filter.from.isValid() && pair.endedOn.isValid() && pair.endedOn.last() < filter.from)
        return false;
    if (filter.to.isValid()) {
        QDate begun;
        for (const PartialDate &d :
             {pair.firstContactOn, pair.memorandumOn, pair.agreementOn, pair.twinningOn}) {
            if (d.isValid() && (!begun.isValid() || d.first() < begun))
                begun = d.first();
        }
        if (begun.isValid() && begun > filter.to)
            return false;
    }
    if (filter.needsAttention) {
        // Without its milestones a pair cannot be judged: it is left out until
        // they are in, rather than shown or hidden on half the facts.
        if (pair.isEnded() || !isComplete(pair.id))
            return false;
        const bool idle = !pair.lastActivityOn.isValid() ||
                          pair.lastActivityOn < m_today.addMonths(-filter.inactiveMonths);
        if (pair.milestonesOverdue == 0 && !idle)
            return false;
    }
    return true;
}

bool Portfolio::matches(const PartnershipSummary &pair, const Filter &filter) const
{
    if (!matchesFacets(pair, filter))
        return false;
    const QString keys =
        m_communityKeys.value(pair.communityId) + u'|' + m_partnerKeys.value(pair.municipalityId);
    const QStringList words = searchWords(filter.text);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
        if (keys.contains(w))
            return true;
        const QByteArray key = soundKey(w);
        return !key.isEmpty() && m_partnerSounds.value(pair.municipalityId).contains(key);
    });
}

QList<qsizetype> Portfolio::select(const Filter &filter) const
{
    QList<qsizetype> out;
    out.reserve(m_pairs.size());
    std::vector<WordHits> words;
    for (const QString &w : searchWords(filter.text)) {
        WordHits hits{placesMatching(m_communityKeys, w), placesMatching(m_partnerKeys, w)};
        addSoundsMatching(hits.partners, m_partnerSounds, w);
        words.push_back(std::move(hits));
    }
    Filter textOnly;
    textOnly.text = filter.text;
    const bool facets = !(textOnly == filter);
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const PartnershipSummary &p = m_pairs[i];
        if (facets && !matchesFacets(p, filter))
            continue;
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const WordHits &h) { return h.matches(p); }))
            out << i;
    }
    return out;
}

} // namespace tt
