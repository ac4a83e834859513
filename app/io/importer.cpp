#include "importer.h"

#include "backup.h"
#include "core/catalog.h"
#include "core/importwriter.h"
#include "core/repositories.h"
#include "core/text.h"
#include "csvreader.h"
#include "geo/gazetteer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace tt::io {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

using Action = RowOutcome::Action;

// A place that exists (id > 0) or is to be created by this import (id < 0, the
// -1-based index into the plan's new places).
using PlaceId = qint64;

struct PlannedPair
{
    int line = 0;
    Partnership pair;
    QList<qint64> areaIds;
    bool isNew = true;
    QStringList updatedFields; // of an existing pair
};

// What planning hands to writing, in the order it was planned: the places that
// the batch's rows create, then the pairs, which may name those places by
// their negative ids.
struct Batch
{
    QList<Community> communities;
    QList<Municipality> partners;
    QList<PlannedPair> pairs;
};

// The order the repository demands of a pair's dates, checked before a row
// fills in the dates of a recorded pair.
bool datesInOrder(const Partnership &p)
{
    return bool(checkDateOrder(p));
}

// The first row that names each pair of the file, for the one lookup every row
// makes: open addressing in one array, which a file of 100,000 pairs probes
// about once a row, where a QHash reads its span and then the node.
class SeenPairs
{
public:
    void reserve(qsizetype pairs) { rehash(capacityFor(pairs)); }
    // The row (0-based) that named the pair first; -1 when none did, and
    // `row` is then recorded as the first.
    qsizetype firstRow(PlaceId community, PlaceId partner, qsizetype row)
    {
        if ((m_size + 1) * 2 > static_cast<qsizetype>(m_slots.size()))
            rehash(capacityFor(m_size + 1));
        Slot &slot = find(community, partner);
        if (slot.row >= 0)
            return slot.row;
        slot = {community, partner, row};
        ++m_size;
        return -1;
    }

private:
    struct Slot
    {
        PlaceId community = 0, partner = 0;
        qsizetype row = -1; // -1: empty
    };
    static qsizetype capacityFor(qsizetype pairs)
    {
        qsizetype capacity = 64;
        while (capacity < pairs * 2)
            capacity *= 2;
        return capacity;
    }
    Slot &find(PlaceId community, PlaceId partner)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = qHashMulti(0, community, partner) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.row < 0 || (slot.community == community && slot.partner == partner))
                return slot;
        }
    }
    void rehash(qsizetype capacity)
    {
        if (capacity <= static_cast<qsizetype>(m_slots.size()))
            return;
        std::vector<Slot> old(static_cast<size_t>(capacity));
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.row >= 0)
                find(slot.community, slot.partner) = slot;
        }
    }

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

class Planner
{
public:
    // The table and the mapping may still be empty: they are read when the
    // rows are planned, and the columns taken from the mapping by mapped().
    Planner(Database &db, const Table &table, const Mapping &mapping)
        : m_db(db)
        , m_table(table)
        , m_mapping(mapping)
    {
        m_columns.fill(-1);
    }

    // Loads the places, pairs and areas of the database: what does not depend
    // on the file.
    Status load();
    // Takes the columns from the mapping as it is now, and loads what depends
    // on it; after load().
    Status mapped();
    void reserve(qsizetype rows) { m_seen.reserve(rows); }
    void planRow(qsizetype row, ImportReport &report);
    // What was planned since the last batch was taken.
    Batch takeBatch();
    // Frees what rows were matched against, once every row is planned and
    // taken; the counts of new places stay.
    void releaseLookups();

    int newCommunities() const { return static_cast<int>(m_newCommunities.size()); }
    int newPartners() const { return static_cast<int>(m_newPartners.size()); }
    qsizetype existingPairs() const { return m_existing.size(); }

private:
    QString value(qsizetype row, Field field) const
    {
        const int column = m_columns[static_cast<int>(field)];
        if (column < 0)
            return {};
        const QStringList &cells = m_table.rows.at(row);
        if (column >= cells.size())
            return {};
        const QString &cell = cells.at(column);
        // Most cells need neither trimming nor unprotecting: no copy is made.
        if (cell.isEmpty() ||
            (!maybeSpace(cell.front()) && !maybeSpace(cell.back()) && cell.front() != u'\''))
            return cell;
        return unprotectCell(cell.trimmed());
    }
    // QChar::isSpace() without its table for the letters of most names: no
    // space lies between U+0021 and U+167F but U+0085 and U+00A0.
    static bool maybeSpace(QChar c)
    {
        const char16_t u = c.unicode();
        return (u <= 0x20 || u >= 0x1680 || u == 0x85 || u == 0xA0) && c.isSpace();
    }
    void indexCommunity(const Community &c, PlaceId id);
    void indexPartner(const Municipality &m, PlaceId id);
    // The community of the row; empty with `reason` set when there is none.
    // Remembered per distinct text of the row's community columns: a file names
    // its communities on many rows.
    std::optional<PlaceId> community(qsizetype row, QString *reason, QString *note);
    std::optional<PlaceId> findCommunity(qsizetype row, QString *reason, QString *note);
    // The partner of the row, with its name in *name.
    std::optional<PlaceId> partner(qsizetype row, const QString &country, QString *reason,
                                   QString *note, QString *name);
    std::optional<PlaceId> findPartner(qsizetype row, const QString &country, QString *reason,
                                       QString *note, bool *byFirstName);
    QString communityName(PlaceId id) const;
    // The key of a cache: cell texts joined by U+001F into `buffer`, which is
    // reused from row to row, so that a row whose key is known allocates nothing.
    static const QString &joined(QString &buffer, std::initializer_list<QString> parts)
    {
        buffer.resize(0);
        bool first = true;
        for (const QString &part : parts) {
            if (!first)
                buffer += u'\x1f';
            buffer += part;
            first = false;
        }
        return buffer;
    }
    // A key kept by a cache gets characters of its own, leaving the buffer free.
    static QString ownCopy(const QString &key) { return QString(key.constData(), key.size()); }
    qint64 population(const Community &c) const;
    // The readers of fields.h and text::searchKey, remembered per distinct text:
    // a file repeats its communities, countries, kinds and years on every row.
    QString key(const QString &text);
    template<class T>
    std::optional<T> cached(QHash<QString, std::optional<T>> &cache, const QString &text,
                            std::optional<T> (*read)(const QString &))
    {
        auto it = cache.constFind(text);
        if (it == cache.constEnd())
            it = cache.insert(text, read(text));
        return it.value();
    }

    Database &m_db;
    const Table &m_table;
    const Mapping &m_mapping;
    std::array<int, static_cast<int>(Field::PartnerLon) + 1> m_columns; // field → column or -1

    QHash<PlaceId, Community> m_communities;
    QHash<QString, PlaceId> m_byKatottg;
    QMultiHash<QString, PlaceId> m_centreKeys; // centre names, Latin names, former names
    QMultiHash<QString, PlaceId> m_hromadaKeys;
    QList<Community> m_newCommunities;

    QHash<QString, PlaceId> m_partnerKeys; // "key|DE"
    QList<Municipality> m_newPartners;
    QHash<PlaceId, QString> m_partnerNames;

    QHash<QPair<PlaceId, PlaceId>, Partnership> m_existing;
    QHash<qint64, QList<qint64>> m_existingAreas; // pair → areas, when the file has areas
    qsizetype m_communitiesTaken = 0, m_partnersTaken = 0; // by takeBatch()
    SeenPairs m_seen;
    QHash<QString, qint64> m_areas; // folded code or name → id
    QList<PlannedPair> m_planned;
    mutable QHash<qint64, qint64> m_populations; // geonameid → people
    QHash<QString, QString> m_keyCache;
    // What many rows say, translated once.
    struct
    {
        QString samePair = ImportText::tr("the same pair as line %1");
        QString alreadyRecorded = ImportText::tr("already recorded");
        QString partnerAdded = ImportText::tr("the partner “%1” was added");
    } m_messages;
    struct Match
    {
        std::optional<PlaceId> id;
        QString reason;
        QString note;
    };
    QString m_communityText, m_partnerText; // buffers of joined()
    QHash<QString, Match> m_communityCache; // the community columns of a row → match
    struct PartnerMatch
    {
        PlaceId id;
        QString name; // for the report
    };
    QHash<QString, PartnerMatch> m_partnerCache; // partner, partner_uk and country → place
    QHash<QString, std::optional<QString>> m_countryCache;
    QHash<QString, std::optional<QString>> m_oblastCache;
    QHash<QString, std::optional<PartnershipKind>> m_kindCache;
    QHash<QString, std::optional<Stage>> m_stageCache;
    QHash<QString, std::optional<PartialDate>> m_dateCache;
};

QString Planner::key(const QString &text)
{
    auto it = m_keyCache.constFind(text);
    if (it == m_keyCache.constEnd())
        it = m_keyCache.insert(text, text::searchKey(text));
    return it.value();
}

void Planner::indexCommunity(const Community &c, PlaceId id)
{
    m_communities.insert(id, c);
    if (!c.katottg.isEmpty())
        m_byKatottg.insert(c.katottg, id);
    QSet<QString> keys;
    for (const QString &name : {c.nameUk, c.nameLatn, text::transliterate(c.nameUk)})
        keys.insert(text::searchKey(name));
    for (const QString &alias : c.aliases.split(u';', Qt::SkipEmptyParts)) {
        keys.insert(text::searchKey(alias.trimmed()));
        keys.insert(text::searchKey(text::transliterate(alias.trimmed())));
    }
    keys.remove(QString());
    for (const QString &k : std::as_const(keys))
        m_centreKeys.insert(k, id);
    QSet<QString> hromada;
    for (const QString &name : {c.hromadaUk, c.hromadaLatn})
        hromada.insert(text::searchKey(name));
    hromada.remove(QString());
    for (const QString &k : std::as_const(hromada))
        m_hromadaKeys.insert(k, id);
}

// Places renamed since 2015 (decommunisation) and 2023, as older lists still
// write them: former name, current name of the centre, oblast.
struct Renaming
{
    const char *former;
    const char *current;
    const char *oblast;
};

const Renaming renamings[] = {
    {"Червоноград", "Шептицький", "UA-46"},
    {"Сєвєродонецьк", "Сіверськодонецьк", "UA-09"},
    {"Кіровоград", "Кропивницький", "UA-35"},
    {"Дніпропетровськ", "Дніпро", "UA-12"},
    {"Стаханов", "Кадіївка", "UA-09"},
    {"Артемівськ", "Бахмут", "UA-14"},
    {"Комсомольськ", "Горішні Плавні", "UA-53"},
    {"Іллічівськ", "Чорноморськ", "UA-51"},
    {"Южне", "Південне", "UA-51"},
    {"Красноармійськ", "Покровськ", "UA-14"},
    {"Дзержинськ", "Торецьк", "UA-14"},
    {"Котовськ", "Подільськ", "UA-51"},
    {"Орджонікідзе", "Покров", "UA-12"},
    {"Переяслав-Хмельницький", "Переяслав", "UA-32"},
    {"Володимир-Волинський", "Володимир", "UA-07"},
    {"Новоград-Волинський", "Звягель", "UA-18"},
};

void Planner::indexPartner(const Municipality &m, PlaceId id)
{
    for (const QString &name : {m.name, m.nameLocal, m.nameUk}) {
        if (name.isEmpty())
            continue;
        const QString k = key(name) + u'|' + m.countryIso;
        if (!k.startsWith(u'|') && !m_partnerKeys.contains(k))
            m_partnerKeys.insert(k, id);
    }
    m_partnerNames.insert(id, m.name);
}

Status Planner::load()
{
    auto communities = Repository<Community>(m_db).all();
    if (!communities)
        return communities.error();
    for (const Community &c : std::as_const(*communities))
        indexCommunity(c, c.id);
    for (const Renaming &r : renamings) {
        const QString current = QString::fromUtf8(r.current);
        for (const Community &c : std::as_const(*communities)) {
            if (c.nameUk == current && c.oblastIso == QLatin1String(r.oblast)) {
                const QString former = QString::fromUtf8(r.former);
                for (const QString &key :
                     {text::searchKey(former), text::searchKey(text::transliterate(former))}) {
                    if (!m_centreKeys.contains(key, c.id))
                        m_centreKeys.insert(key, c.id);
                }
            }
        }
    }
    auto partners = Repository<Municipality>(m_db).all();
    if (!partners)
        return partners.error();
    for (const Municipality &m : std::as_const(*partners))
        indexPartner(m, m.id);
    auto pairs = Repository<Partnership>(m_db).all();
    if (!pairs)
        return pairs.error();
    for (const Partnership &p : std::as_const(*pairs))
        m_existing.insert({p.communityId, p.municipalityId}, p);
    auto areas = AreaRepository(m_db).all();
    if (!areas)
        return areas.error();
    for (const CooperationArea &a : std::as_const(*areas)) {
        for (const QString &name : {a.code, a.nameUk, a.nameEn, a.nameDe})
            m_areas.insert(text::searchKey(name), a.id);
    }
    return {};
}

Status Planner::mapped()
{
    m_columns.fill(-1);
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it)
        m_columns[static_cast<int>(it.key())] = it.value();
    if (m_mapping.contains(Field::Areas) && !m_existing.isEmpty() && m_existingAreas.isEmpty()) {
        // Read once here: while the rows are planned, the connection belongs to
        // the thread that writes them.
        auto areas = Repository<PartnershipArea>(m_db).all();
        if (!areas)
            return areas.error();
        for (const PartnershipArea &a : std::as_const(*areas))
            m_existingAreas[a.partnershipId] << a.areaId;
    }
    return {};
}

qint64 Planner::population(const Community &c) const
{
    if (!c.geonameId)
        return 0;
    if (m_populations.isEmpty()) {
        for (const geo::Place &p : geo::Gazetteer::shipped().places())
            m_populations.insert(p.geonameId, p.population);
    }
    return m_populations.value(*c.geonameId);
}

QString Planner::communityName(PlaceId id) const
{
    auto it = m_communities.constFind(id);
    return it == m_communities.constEnd() ? QString() : it->nameUk;
}

std::optional<PlaceId> Planner::community(qsizetype row, QString *reason, QString *note)
{
    const QString &text =
        joined(m_communityText, {value(row, Field::Katottg), value(row, Field::Community),
                                 value(row, Field::CommunityLatin), value(row, Field::Oblast)});
    if (auto it = m_communityCache.constFind(text); it != m_communityCache.constEnd()) {
        *reason = it->reason;
        *note = it->note;
        return it->id;
    }
    const auto created = m_newCommunities.size();
    const auto id = findCommunity(row, reason, note);
    if (m_newCommunities.size() != created) {
        // A community added by hand may make another text ambiguous: forget
        // what was matched before. This row's text finds it from now on.
        m_communityCache.clear();
        m_communityCache.insert(ownCopy(text), {id, {}, {}});
    } else {
        m_communityCache.insert(ownCopy(text), {id, *reason, *note});
    }
    return id;
}

std::optional<PlaceId> Planner::findCommunity(qsizetype row, QString *reason, QString *note)
{
    const QString katottg = value(row, Field::Katottg).toUpper();
    if (!katottg.isEmpty()) {
        if (auto it = m_byKatottg.constFind(katottg); it != m_byKatottg.constEnd())
            return it.value();
        *reason = ImportText::tr("no community has the codifier code %1").arg(katottg);
        return std::nullopt;
    }
    const QString name = value(row, Field::Community);
    const QString latin = value(row, Field::CommunityLatin);
    const QString oblastText = value(row, Field::Oblast);
    if (name.isEmpty() && latin.isEmpty()) {
        *reason = ImportText::tr("the community is missing");
        return std::nullopt;
    }
    std::optional<QString> oblast;
    if (!oblastText.isEmpty()) {
        oblast = cached(m_oblastCache, oblastText, readOblast);
        if (!oblast) {
            *reason = ImportText::tr("“%1” is not an oblast").arg(oblastText);
            return std::nullopt;
        }
    }
    auto candidates = [&](const QMultiHash<QString, PlaceId> &index) {
        QList<PlaceId> out;
        for (const QString &n : {name, latin}) {
            if (n.isEmpty())
                continue;
            const QString k = key(n);
            for (auto it = index.constFind(k); it != index.constEnd() && it.key() == k; ++it) {
                const PlaceId id = it.value();
                if (!out.contains(id) && (!oblast || m_communities[id].oblastIso == *oblast))
                    out << id;
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    QList<PlaceId> found = candidates(m_centreKeys);
    if (found.isEmpty())
        found = candidates(m_hromadaKeys);
    const QString shown = name.isEmpty() ? latin : name;
    if (found.size() > 1 && oblast) {
        // Two communities of one oblast with one centre name (a town and a village
        // of the same name): the town is meant, and the report says so.
        std::sort(found.begin(), found.end(), [&](PlaceId a, PlaceId b) {
            return population(m_communities[a]) > population(m_communities[b]);
        });
        const qint64 first = population(m_communities[found[0]]);
        if (first > population(m_communities[found[1]])) {
            *note = ImportText::tr(
                        "of %n communities named “%1” in the oblast, the largest (%2) was taken",
                        "", static_cast<int>(found.size()))
                        .arg(shown, m_communities[found[0]].hromadaUk);
            return found[0];
        }
    }
    if (found.size() > 1) {
        QStringList where;
        for (PlaceId id : std::as_const(found)) {
            const Community &c = m_communities[id];
            QString oblastName = c.oblastIso;
            for (const catalog::Oblast &o : catalog::oblasts()) {
                if (o.iso == c.oblastIso)
                    oblastName = o.nameUk;
            }
            where << c.hromadaUk + QStringLiteral(" (") + oblastName + u')';
        }
        *reason = ImportText::tr("“%1” names %n communities: %2; give the oblast to choose", "",
                                 static_cast<int>(found.size()))
                      .arg(shown, where.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (found.size() == 1)
        return found[0];
    if (!oblast) {
        *reason = ImportText::tr(
                      "“%1” is not a community of the codifier; give its oblast to add it by hand")
                      .arg(shown);
        return std::nullopt;
    }
    // A place that is not a community of its own (a village, a renamed town): added
    // by hand, with its oblast, once.
    Community c;
    const bool cyrillicName = text::hasCyrillic(name);
    c.nameUk = cyrillicName || latin.isEmpty() ? (name.isEmpty() ? latin : name) : latin;
    c.nameLatn = latin.isEmpty() ? text::transliterate(c.nameUk) : latin;
    if (!cyrillicName && !name.isEmpty() && latin.isEmpty())
        c.nameLatn = name;
    c.oblastIso = *oblast;
    c.lat = readNumber(value(row, Field::CommunityLat));
    c.lon = readNumber(value(row, Field::CommunityLon));
    if (!c.lat || !c.lon) {
        QString admin1;
        for (const catalog::Oblast &o : catalog::oblasts()) {
            if (o.iso == *oblast)
                admin1 = o.geonamesAdmin1;
        }
        for (const QString &n : {c.nameUk, c.nameLatn}) {
            for (const geo::Place *p : geo::Gazetteer::shipped().find(n, QStringLiteral("UA"))) {
                if (p->admin1 == admin1 && (!c.lat || !c.lon)) {
                    c.lat = p->lat;
                    c.lon = p->lon;
                    c.geonameId = p->geonameId;
                }
            }
        }
    }
    c.notes =
        ImportText::tr("Added by the import of %1.").arg(QFileInfo(m_table.fileName).fileName());
    m_newCommunities << c;
    const PlaceId id = -m_newCommunities.size();
    indexCommunity(c, id);
    *note = ImportText::tr("“%1” is not in the codifier and was added by hand").arg(c.nameUk);
    return id;
}

std::optional<PlaceId> Planner::partner(qsizetype row, const QString &country, QString *reason,
                                        QString *note, QString *name)
{
    const QString &text =
        joined(m_partnerText, {value(row, Field::Partner), value(row, Field::PartnerUk), country});
    if (auto it = m_partnerCache.constFind(text); it != m_partnerCache.constEnd()) {
        *name = it->name;
        return it->id;
    }
    bool byFirstName = false;
    const auto id = findPartner(row, country, reason, note, &byFirstName);
    // A place found by its first name stays the one found: index keys are never
    // replaced. One found by its Ukrainian name could later give way to a new
    // place of the first name, so it is looked up again.
    if (id && byFirstName)
        m_partnerCache.insert(ownCopy(text), {*id, m_partnerNames.value(*id)});
    if (id)
        *name = m_partnerNames.value(*id);
    return id;
}

std::optional<PlaceId> Planner::findPartner(qsizetype row, const QString &country, QString *reason,
                                            QString *note, bool *byFirstName)
{
    QString name = value(row, Field::Partner);
    const QString nameUk = value(row, Field::PartnerUk);
    if (name.isEmpty())
        name = nameUk;
    if (name.isEmpty()) {
        *reason = ImportText::tr("the partner is missing");
        return std::nullopt;
    }
    const QString *names[] = {&name, &nameUk};
    for (const QString *n : names) {
        if (n->isEmpty())
            continue;
        auto it = m_partnerKeys.constFind(key(*n) + u'|' + country);
        if (it != m_partnerKeys.constEnd()) {
            *byFirstName = n == &name;
            return it.value();
        }
    }
    Municipality m;
    m.name = name;
    m.nameUk = nameUk.isEmpty() && text::hasCyrillic(name) ? name : nameUk;
    m.countryIso = country;
    m.region = value(row, Field::PartnerRegion);
    m.lat = readNumber(value(row, Field::PartnerLat));
    m.lon = readNumber(value(row, Field::PartnerLon));
    if (!m.lat || !m.lon) {
        // The gazetteer lists the largest place of a name first.
        if (const geo::Place *place = geo::Gazetteer::shipped().largest(key(name), country)) {
            m.lat = place->lat;
            m.lon = place->lon;
            m.geonameId = place->geonameId;
        }
    }
    m_newPartners << m;
    const PlaceId id = -m_newPartners.size();
    indexPartner(m, id);
    *note = m_messages.partnerAdded.arg(name);
    *byFirstName = true; // found by its name from now on
    return id;
}

void Planner::planRow(qsizetype row, ImportReport &report)
{
    RowOutcome outcome;
    outcome.line = m_table.lines.value(row);
    const QString countryText = value(row, Field::Country);
    QString partnerText = value(row, Field::Partner);
    if (partnerText.isEmpty())
        partnerText = value(row, Field::PartnerUk);
    auto reject = [&](const QString &reason) {
        if (outcome.community.isEmpty() && outcome.partner.isEmpty()) {
            outcome.community = value(row, Field::Community).isEmpty()
                                    ? value(row, Field::CommunityLatin)
                                    : value(row, Field::Community);
            outcome.partner = partnerText;
            outcome.country = countryText;
        }
        outcome.action = Action::Rejected;
        outcome.message = reason;
        ++report.rejected;
        report.rows << outcome;
    };

    // Values first, so that a row with a bad value adds no place.
    if (partnerText.isEmpty())
        return reject(ImportText::tr("the partner is missing"));
    if (countryText.isEmpty())
        return reject(ImportText::tr("the partner's country is missing"));
    const auto country = cached(m_countryCache, countryText, readCountry);
    if (!country)
        return reject(ImportText::tr("“%1” is not a country").arg(countryText));
    Partnership p;
    const QString kindText = value(row, Field::Kind);
    if (!kindText.isEmpty()) {
        const auto kind = cached(m_kindCache, kindText, readKind);
        if (!kind)
            return reject(
                ImportText::tr("“%1” is not a kind of partnership (twinning, partnership, "
                               "friendship, cooperation)")
                    .arg(kindText));
        p.kind = *kind;
    }
    const QString stageText = value(row, Field::Stage);
    if (!stageText.isEmpty()) {
        const auto stage = cached(m_stageCache, stageText, readStage);
        if (!stage)
            return reject(ImportText::tr("“%1” is not a stage").arg(stageText));
        p.stage = *stage;
    } else {
        p.stage = p.kind == PartnershipKind::Twinning ? Stage::TwinningAgreement
                                                      : Stage::CooperationAgreement;
    }
    PartialDate dates[3];
    const Field dateFields[3] = {Field::Since, Field::Signed, Field::Ended};
    for (int i = 0; i < 3; ++i) {
        const QString text = value(row, dateFields[i]);
        if (text.isEmpty())
            continue;
        const auto date = cached(m_dateCache, text, readDate);
        if (!date)
            return reject(ImportText::tr("%1: “%2” is not a date (2023, 04.2023, 2023-04-22 or "
                                         "22.04.2023)")
                              .arg(fieldName(dateFields[i]), text));
        dates[i] = *date;
    }
    const auto &[since, signedOn, ended] = dates;
    // Lists of twin towns give one year, that of the agreement; a file with a
    // "signed" column (ours) keeps "since" for the first contact.
    const bool sinceIsAgreement = !m_mapping.contains(Field::Signed);
    const PartialDate agreement = sinceIsAgreement ? since : signedOn;
    if (!sinceIsAgreement)
        p.firstContactOn = since;
    switch (p.stage) {
    case Stage::FirstContact:
    case Stage::Negotiation:
        if (agreement.isValid())
            p.firstContactOn = agreement;
        break;
    case Stage::Memorandum:
        p.memorandumOn = agreement;
        break;
    case Stage::CooperationAgreement:
        p.agreementOn = agreement;
        break;
    case Stage::TwinningAgreement:
        p.twinningOn = agreement;
        break;
    case Stage::Suspended:
    case Stage::Terminated:
        (p.kind == PartnershipKind::Twinning ? p.twinningOn : p.agreementOn) = agreement;
        break;
    }
    if (ended.isValid()) {
        if (stageText.isEmpty())
            p.stage = Stage::Terminated;
        else if (p.stage != Stage::Terminated && p.stage != Stage::Suspended)
            return reject(
                ImportText::tr("a partnership with an end date must be suspended or terminated"));
        p.endedOn = ended;
    }
    if (p.stage == Stage::Terminated && !p.endedOn.isValid())
        return reject(ImportText::tr("a terminated partnership needs the date it ended"));
    if (p.firstContactOn.isValid() && agreement.isValid() &&
        !p.firstContactOn.mayPrecede(agreement))
        return reject(ImportText::tr("the agreement is dated before the relation began"));
    if (ended.isValid() && agreement.isValid() && !agreement.mayPrecede(ended))
        return reject(ImportText::tr("the end is dated before the agreement"));
    QList<qint64> areaIds;
    // Most rows name no areas: an empty text is not split.
    QString areasText = value(row, Field::Areas);
    const QStringList areaNames =
        areasText.isEmpty() ? QStringList()
                            : areasText.replace(u',', u';').split(u';', Qt::SkipEmptyParts);
    for (const QString &a : areaNames) {
        const qint64 id = m_areas.value(key(a.trimmed()), 0);
        if (id == 0)
            return reject(ImportText::tr("“%1” is not a cooperation area").arg(a.trimmed()));
        if (!areaIds.contains(id))
            areaIds << id;
    }
    p.notes = value(row, Field::Notes);
    p.sources = value(row, Field::Source);

    QString reason, communityNote, partnerNote;
    const auto communityId = community(row, &reason, &communityNote);
    if (!communityId)
        return reject(reason);
    QString partnerName;
    const auto partnerId = partner(row, *country, &reason, &partnerNote, &partnerName);
    if (!partnerId)
        return reject(reason);
    p.communityId = *communityId;
    p.municipalityId = *partnerId;
    // The label is put together only when shown: 100,000 strings fewer.
    outcome.community = communityName(*communityId);
    outcome.partner = partnerName;
    outcome.country = *country;
    QStringList notes;
    for (const QString &n : {communityNote, partnerNote}) {
        if (!n.isEmpty())
            notes << n;
    }

    const QPair<PlaceId, PlaceId> key{*communityId, *partnerId};
    // One lookup both finds a pair seen before and records a new one.
    if (const qsizetype first = m_seen.firstRow(key.first, key.second, row); first >= 0) {
        outcome.action = Action::Unchanged;
        outcome.message = m_messages.samePair.arg(m_table.lines.value(first));
        ++report.unchanged;
        report.rows << outcome;
        return;
    }
    PlannedPair planned{outcome.line, std::move(p), areaIds, true, {}};
    if (auto it = m_existing.constFind(key); it != m_existing.constEnd()) {
        // A pair we hold: the row fills what is empty, and never overwrites.
        const Partnership &fromRow = planned.pair;
        Partnership merged = it.value();
        auto fill = [&](PartialDate &have, const PartialDate &given, const char *name) {
            if (!have.isValid() && given.isValid()) {
                have = given;
                planned.updatedFields << QLatin1String(name);
            }
        };
        fill(merged.firstContactOn, fromRow.firstContactOn, "first_contact_on");
        fill(merged.memorandumOn, fromRow.memorandumOn, "memorandum_on");
        fill(merged.agreementOn, fromRow.agreementOn, "agreement_on");
        fill(merged.twinningOn, fromRow.twinningOn, "twinning_on");
        if (merged.notes.isEmpty() && !fromRow.notes.isEmpty()) {
            merged.notes = fromRow.notes;
            planned.updatedFields << QStringLiteral("notes");
        }
        if (merged.sources.isEmpty() && !fromRow.sources.isEmpty()) {
            merged.sources = fromRow.sources;
            planned.updatedFields << QStringLiteral("sources");
        }
        if (!areaIds.isEmpty()) {
            const QList<qint64> have = m_existingAreas.value(merged.id);
            QList<qint64> added;
            for (qint64 a : std::as_const(areaIds)) {
                if (!have.contains(a))
                    added << a;
            }
            planned.areaIds = added;
            if (!added.isEmpty())
                planned.updatedFields << QStringLiteral("areas");
        }
        if (!datesInOrder(merged)) {
            outcome.action = Action::Unchanged;
            outcome.message =
                ImportText::tr("its dates conflict with those recorded; left as recorded");
            ++report.unchanged;
            report.rows << outcome;
            return;
        }
        planned.pair = merged;
        planned.isNew = false;
        if (planned.updatedFields.isEmpty()) {
            outcome.action = Action::Unchanged;
            outcome.message = m_messages.alreadyRecorded;
            ++report.unchanged;
            report.rows << outcome;
            return;
        }
        outcome.action = Action::Updated;
        notes.prepend(
            ImportText::tr("fills in %1").arg(planned.updatedFields.join(QStringLiteral(", "))));
        ++report.updated;
    } else {
        outcome.action = Action::Added;
        outcome.notable = !communityNote.isEmpty();
        ++report.added;
    }
    outcome.message = notes.join(QStringLiteral("; "));
    report.rows << std::move(outcome);
    m_planned << std::move(planned);
}

Batch Planner::takeBatch()
{
    // Copied element by element: QList::mid() may share the planner's buffer,
    // which the next rows grow while the batch is written on another thread.
    auto copyFrom = [](const auto &list, qsizetype &taken) {
        std::remove_cvref_t<decltype(list)> out;
        out.reserve(list.size() - taken);
        for (qsizetype i = taken; i < list.size(); ++i)
            out.append(list.at(i));
        taken = list.size();
        return out;
    };
    Batch batch;
    batch.communities = copyFrom(m_newCommunities, m_communitiesTaken);
    batch.partners = copyFrom(m_newPartners, m_partnersTaken);
    batch.pairs = std::exchange(m_planned, {});
    m_planned.reserve(batch.pairs.size()); // the next batch is as long
    return batch;
}

void Planner::releaseLookups()
{
    m_communities = {};
    m_byKatottg = {};
    m_centreKeys = {};
    m_hromadaKeys = {};
    m_partnerKeys = {};
    m_partnerNames = {};
    m_existing = {};
    m_existingAreas = {};
    m_seen = {};
    m_populations = {};
    m_keyCache = {};
    m_communityCache = {};
    m_partnerCache = {};
}

// Writes a plan in one transaction, batch by batch. write() touches the
// connection through SQLite's own API only, so that it may run on a thread of
// its own while the rows after the batch are planned; begin() and finish() run
// on the connection's thread.
class ImportWriter
{
public:
    explicit ImportWriter(Database &db)
        : m_db(db)
    {}

    // Begins the transaction. An import that adds at least 5,000 pairs to a table
    // it more than doubles builds the indexes of pairs once at the end, and
    // writes in rollback-journal mode when it is alone with the file
    // (importwriter.h).
    Status begin(qsizetype newPairs, qsizetype existingPairs);
    Status write(Batch &batch);
    // Builds the indexes, updates the recorded pairs, writes the audit row and
    // commits.
    Status finish(const QString &fileName, int communitiesAdded, int partnersAdded);

    // What went wrong, with the line that could not be stored, for the message.
    Error failure(const Error &e) const
    {
        const QString where =
            m_failedLine > 0 ? ImportText::tr("line %1 could not be stored.").arg(m_failedLine)
            : m_failedLine == 0
                ? ImportText::tr("a new place could not be stored.")
                : ImportText::tr("the last step (indexes, history, commit) failed.");
        return Error::make(e.code,
                           ImportText::tr("The import was undone, nothing was written: %1 %2")
                               .arg(where, e.message),
                           e.detail);
    }

private:
    static PartnershipArea newArea(qint64 pairId, qint64 areaId);
    // The areas of a recorded pair that a row adds.
    Status addAreas(qint64 pairId, const QList<qint64> &areaIds);

    Database &m_db;
    // Before the transaction, so that it ends after it (importwriter.h).
    std::optional<JournalSwitch> m_journal;
    std::optional<Transaction> m_tx;
    std::optional<IndexSuspension> m_suspended;
    std::optional<FastInserter<Community>> m_insertCommunity;
    std::optional<FastInserter<Municipality>> m_insertPartner;
    std::optional<FastInserter<Partnership>> m_insertPair;
    std::optional<FastInserter<PartnershipArea>> m_insertArea;
    QList<qint64> m_communityIds, m_partnerIds; // of the places created, in order
    QList<PlannedPair> m_updates;               // for finish()
    int m_added = 0;
    int m_failedLine = 0; // the line being stored; 0 for places, -1 after the rows
};

Status ImportWriter::begin(qsizetype newPairs, qsizetype existingPairs)
{
    const bool bulk = newPairs >= 5000 && newPairs > existingPairs;
    if (bulk)
        m_journal.emplace(m_db);
    m_tx.emplace(m_db);
    if (!m_tx->isActive())
        return m_tx->error();
    if (bulk) {
        auto s = IndexSuspension::suspend(m_db, QStringLiteral("partnership"));
        if (!s)
            return s.error();
        m_suspended = std::move(*s);
    }
    m_insertCommunity.emplace(m_db);
    m_insertPartner.emplace(m_db);
    m_insertPair.emplace(m_db);
    m_insertArea.emplace(m_db);
    for (Status s : {m_insertCommunity->start(), m_insertPartner->start(), m_insertPair->start(),
                     m_insertArea->start()}) {
        if (!s)
            return s;
    }
    return {};
}

Status ImportWriter::write(Batch &batch)
{
    qsizetype failed = 0;
    auto places = [&](auto &inserter, auto &list, QList<qint64> &ids) -> Status {
        if (auto s = inserter.insert(
                list.size(), [&](qsizetype i) -> auto & { return list[i]; }, &failed);
            !s)
            return s;
        for (const auto &place : std::as_const(list))
            ids << place.id;
        return {};
    };
    if (auto s = places(*m_insertCommunity, batch.communities, m_communityIds); !s)
        return s;
    if (auto s = places(*m_insertPartner, batch.partners, m_partnerIds); !s)
        return s;
    auto real = [](const QList<qint64> &ids, PlaceId id) { return id < 0 ? ids[-id - 1] : id; };
    QList<PlannedPair *> added;
    added.reserve(batch.pairs.size());
    for (PlannedPair &planned : batch.pairs) {
        if (!planned.isNew) {
            m_updates << std::move(planned);
            continue;
        }
        Partnership &p = planned.pair;
        p.communityId = real(m_communityIds, p.communityId);
        p.municipalityId = real(m_partnerIds, p.municipalityId);
        added << &planned;
    }
    if (auto s = m_insertPair->insert(
            added.size(), [&](qsizetype i) -> Partnership & { return added[i]->pair; }, &failed);
        !s) {
        m_failedLine = added[failed]->line;
        return s;
    }
    m_added += static_cast<int>(added.size());
    // The areas of the new pairs once the pairs exist, in the order of the pairs.
    QList<PartnershipArea> areas;
    QList<int> lines;
    for (const PlannedPair *planned : std::as_const(added)) {
        for (qint64 areaId : planned->areaIds) {
            areas << newArea(planned->pair.id, areaId);
            lines << planned->line;
        }
    }
    if (auto s = m_insertArea->insert(
            areas.size(), [&](qsizetype i) -> PartnershipArea & { return areas[i]; }, &failed);
        !s) {
        m_failedLine = lines[failed];
        return s;
    }
    return {};
}

PartnershipArea ImportWriter::newArea(qint64 pairId, qint64 areaId)
{
    PartnershipArea a;
    a.partnershipId = pairId;
    a.areaId = areaId;
    a.status = AreaStatus::Active;
    return a;
}

Status ImportWriter::addAreas(qint64 pairId, const QList<qint64> &areaIds)
{
    QList<PartnershipArea> areas;
    for (qint64 areaId : areaIds)
        areas << newArea(pairId, areaId);
    qsizetype failed = 0;
    return m_insertArea->insert(
        areas.size(), [&](qsizetype i) -> PartnershipArea & { return areas[i]; }, &failed);
}

Status ImportWriter::finish(const QString &fileName, int communitiesAdded, int partnersAdded)
{
    // The indexes first: updating a recorded pair looks its pair up by them.
    m_failedLine = -1; // the indexes, the audit row or the commit
    if (m_suspended) {
        if (auto s = m_suspended->restore(); !s)
            return s;
    }
    PartnershipRepository pairs(m_db);
    for (PlannedPair &planned : m_updates) {
        m_failedLine = planned.line;
        if (auto s = pairs.update(planned.pair); !s)
            return s;
        if (auto s = addAreas(planned.pair.id, planned.areaIds); !s)
            return s;
    }
    m_failedLine = -1;
    if (auto s = writeAudit(m_db, QStringLiteral("partnership"), 0, 0, QStringLiteral("import"),
                            {{QStringLiteral("file"), fileName},
                             {QStringLiteral("added"), m_added},
                             {QStringLiteral("updated"), static_cast<int>(m_updates.size())},
                             {QStringLiteral("communities_added"), communitiesAdded},
                             {QStringLiteral("partners_added"), partnersAdded}});
        !s)
        return s;
    for (Entity e :
         {Entity::Community, Entity::Municipality, Entity::Partnership, Entity::PartnershipArea})
        m_tx->notify({e, ChangeSet::Kind::Reset, {}, {}, {}});
    const Status committed = m_tx->commit();
    if (committed)
        m_journal.reset(); // WAL again as soon as the transaction has ended
    return committed;
}

// Batches handed from the planning thread to the writing one.
class BatchQueue
{
public:
    void push(Batch &&batch)
    {
        {
            std::lock_guard lock(m_mutex);
            m_batches.push_back(std::move(batch));
        }
        m_ready.notify_one();
    }
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_one();
    }
    // The next batch; none once the queue is closed and empty.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Batch> m_batches;
    bool m_closed = false;
};

// The rows of a CSV file read on a thread of their own and handed over in
// chunks, so that planning starts on the first rows while the rest are read.
class RowFeed
{
public:
    RowFeed(CsvRecords &&csv, Table &table)
        : m_table(table)
        , m_expected(csv.lineBreaks())
        , m_thread([this, csv = std::move(csv)](std::stop_token stop) mutable { read(csv, stop); })
    {}
    RowFeed(const RowFeed &) = delete;
    RowFeed &operator=(const RowFeed &) = delete;

    // At most as many rows as the file has lines.
    qsizetype expectedRows() const { return m_expected; }
    // Waits for the next rows and appends them to the table; false once every
    // row is there, or the file turned out to be broken (error()).
    bool more()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done || !m_chunks.empty(); });
        if (m_chunks.empty()) {
            m_error = m_readError;
            return false;
        }
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        lock.unlock();
        m_table.rows.append(std::move(chunk.rows));
        m_table.lines.append(std::move(chunk.lines));
        return true;
    }
    // Why reading stopped early: the same message as reading the whole file.
    const std::optional<Error> &error() const { return m_error; }

private:
    struct Chunk
    {
        QList<QStringList> rows;
        QList<int> lines;
    };
    void read(CsvRecords &csv, const std::stop_token &stop)
    {
        constexpr qsizetype chunkRows = 1024;
        Chunk chunk;
        QStringList record;
        int line = 0;
        std::optional<Error> error;
        while (!stop.stop_requested()) {
            auto next = csv.next(record, line);
            if (!next) {
                error = next.error();
                break;
            }
            if (!*next)
                break;
            chunk.rows << std::move(record);
            chunk.lines << line;
            if (chunk.rows.size() == chunkRows)
                hand(std::exchange(chunk, {}), false, {});
        }
        hand(std::move(chunk), true, std::move(error));
    }
    void hand(Chunk &&chunk, bool done, std::optional<Error> &&error)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!chunk.rows.isEmpty())
                m_chunks.push_back(std::move(chunk));
            m_done = done;
            m_readError = std::move(error);
        }
        m_ready.notify_one();
    }

    Table &m_table;
    const qsizetype m_expected;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk> m_chunks;
    bool m_done = false;
    std::optional<Error> m_readError; // the reading thread's, under the mutex
    std::optional<Error> m_error;     // the planning thread's copy
    std::jthread m_thread;            // stopped and joined first when the feed goes
};

// Plans every row and writes the plan as it grows: the rows of a batch are
// stored on a second thread while the next ones are planned. The transaction is
// open from the first row; nothing is committed unless every row was stored.
// The rows of `spent`, the same table when the caller has no more use for it,
// are freed beside the last steps, as are the planner's lookups. With a
// `feed`, the rows arrive in `spent` while they are planned.
Status planAndWrite(Database &db, Planner &planner, const Table &table, ImportReport &report,
                    Table *spent, RowFeed *feed)
{
    ImportWriter writer(db);
    // Before planning, every row counts as a pair it may add.
    if (auto s =
            writer.begin(feed ? feed->expectedRows() : table.rows.size(), planner.existingPairs());
        !s)
        return s;
    BatchQueue queue;
    std::optional<Error> error;
    std::atomic<bool> failed = false;
    std::jthread thread([&] {
        while (auto batch = queue.pop()) {
            if (failed.load(std::memory_order_relaxed))
                continue; // drained, not written
            if (auto s = writer.write(*batch); !s) {
                error = writer.failure(s.error());
                failed.store(true, std::memory_order_relaxed);
            }
        }
    });
    // However planning ends, the writing thread is let go before it is joined.
    const auto release = qScopeGuard([&] { queue.close(); });
    constexpr qsizetype batchRows = 1024;
    for (qsizetype row = 0; row < table.rows.size() || (feed && feed->more()); ++row) {
        planner.planRow(row, report);
        if ((row + 1) % batchRows == 0) {
            if (failed.load(std::memory_order_relaxed))
                break;
            queue.push(planner.takeBatch());
        }
    }
    if (feed && feed->error()) {
        failed.store(true, std::memory_order_relaxed); // nothing more is written
        return *feed->error();
    }
    queue.push(planner.takeBatch());
    queue.close();
    // Nothing reads the rows or the lookups any more: a third thread frees them
    // while the last batches are written, the indexes built and the commit made.
    std::jthread freeing([&planner, spent] {
        planner.releaseLookups();
        if (spent) {
            spent->rows = {};
            spent->lines = {};
        }
    });
    thread.join();
    if (error)
        return *error;
    report.communitiesCreated = planner.newCommunities();
    report.partnersCreated = planner.newPartners();
    if (report.added == 0 && report.updated == 0)
        return {}; // nothing to write: the transaction rolls back
    if (auto s = writer.finish(table.fileName, planner.newCommunities(), planner.newPartners()); !s)
        return writer.failure(s.error());
    report.written = true;
    return {};
}

} // namespace

QStringList missingFields(const Mapping &mapping)
{
    QStringList missing;
    if (!mapping.contains(Field::Community) && !mapping.contains(Field::CommunityLatin) &&
        !mapping.contains(Field::Katottg))
        missing << fieldName(Field::Community);
    if (!mapping.contains(Field::Partner) && !mapping.contains(Field::PartnerUk))
        missing << fieldName(Field::Partner);
    if (!mapping.contains(Field::Country))
        missing << fieldName(Field::Country);
    return missing;
}

namespace {

// Whether rows are written while the next are planned: on SQLite. A dry run
// writes nothing, all-or-nothing must see every row before writing one, and the
// server's driver belongs to one thread: those plan first, as does an import
// into a read-only file, which may find nothing to write.
bool writesWhilePlanning(const Database &db, const ImportOptions &options)
{
    return !options.dryRun && !options.allOrNothing && db.dialect().isSqlite() && !db.isReadOnly();
}

// The file names a column for every field a pair needs.
Status mappingComplete(const Table &table, const Mapping &mapping)
{
    if (const QStringList missing = missingFields(mapping); !missing.isEmpty())
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("%1: no column for %2. Name the columns with --map FIELD=COLUMN.")
                .arg(table.fileName, missing.join(QStringLiteral(", "))));
    return {};
}

// importTable() with a planner that has loaded the database and been mapped;
// `spent` is the table itself when the caller is done with it, and with a
// `feed` its rows are still being read.
Result<ImportReport> importRows(Database &db, Planner &planner, const Table &table,
                                const ImportOptions &options, Table *spent, RowFeed *feed = nullptr)
{
    ImportReport report;
    report.fileName = table.fileName;
    report.dryRun = options.dryRun;
    const qsizetype rows = feed ? feed->expectedRows() : table.rows.size();
    report.rows.reserve(rows);
    planner.reserve(rows);
    if (writesWhilePlanning(db, options)) {
        if (auto s = planAndWrite(db, planner, table, report, spent, feed); !s)
            return s.error();
        return report;
    }
    for (qsizetype row = 0; row < table.rows.size(); ++row)
        planner.planRow(row, report);
    report.communitiesCreated = planner.newCommunities();
    report.partnersCreated = planner.newPartners();
    if (options.dryRun || (options.allOrNothing && report.rejected > 0))
        return report;
    if (report.added == 0 && report.updated == 0)
        return report;
    Batch plan = planner.takeBatch();
    const auto newPairs = std::count_if(plan.pairs.cbegin(), plan.pairs.cend(),
                                        [](const PlannedPair &p) { return p.isNew; });
    ImportWriter writer(db);
    if (auto s = writer.begin(newPairs, planner.existingPairs()); !s)
        return s.error();
    if (auto s = writer.write(plan); !s)
        return writer.failure(s.error());
    if (auto s = writer.finish(table.fileName, planner.newCommunities(), planner.newPartners()); !s)
        return writer.failure(s.error());
    report.written = true;
    return report;
}

// importRows() with a planner of its own.
Result<ImportReport> importMapped(Database &db, const Table &table, const Mapping &mapping,
                                  const ImportOptions &options, Table *spent)
{
    if (auto s = mappingComplete(table, mapping); !s)
        return s.error();
    Planner planner(db, table, mapping);
    if (auto s = planner.load(); !s)
        return s.error();
    if (auto s = planner.mapped(); !s)
        return s.error();
    return importRows(db, planner, table, options, spent);
}

} // namespace

Result<ImportReport> importTable(Database &db, const Table &table, const Mapping &mapping,
                                 const ImportOptions &options)
{
    return importMapped(db, table, mapping, options, nullptr);
}

Result<ImportReport> importTable(Database &db, Table &&table, const Mapping &mapping,
                                 const ImportOptions &options)
{
    return importMapped(db, table, mapping, options, &table);
}

namespace {

// importFile() of a CSV file whose rows are planned and written while the rest
// are read. The file is read and decoded on a thread of its own while the
// database is loaded; then the header row gives the mapping, and the rows are
// read on a thread of their own. A file broken further down fails the import
// as reading it whole would, before anything is committed.
Result<ImportReport> importCsvWhileReading(Database &db, const QString &path,
                                           const ImportOptions &options)
{
    std::optional<Result<CsvRecords>> opened;
    std::jthread opening([&] {
        auto bytes = readCsvBytes(path);
        if (bytes)
            opened.emplace(CsvRecords::open(*bytes, path));
        else
            opened.emplace(bytes.error());
    });
    Table table; // filled in from the file's header row
    Mapping mapping;
    Planner planner(db, table, mapping);
    const Status loaded = planner.load();
    opening.join();
    if (!*opened)
        return opened->error(); // what is wrong with the file comes first
    if (!loaded)
        return loaded.error();
    CsvRecords &csv = **opened;
    auto head = csv.head();
    if (!head)
        return head.error();
    table = std::move(*head);
    auto assigned =
        applyAssignments(automaticMapping(table.headers), table.headers, options.assignments);
    if (!assigned)
        return assigned.error();
    mapping = std::move(*assigned);
    if (auto s = mappingComplete(table, mapping); !s)
        return s.error();
    if (auto s = planner.mapped(); !s)
        return s.error();
    RowFeed feed(std::move(csv), table);
    return importRows(db, planner, table, options, &table, &feed);
}

} // namespace

Result<ImportReport> importFile(Database &db, const QString &path, const ImportOptions &options)
{
    Format format = Format::Csv;
    if (options.format) {
        format = *options.format;
    } else {
        auto f = formatOf(path);
        if (!f)
            return f.error();
        format = *f;
    }
    if (format == Format::Json) {
        auto restored = restoreBackupFile(db, path, options.dryRun);
        if (!restored)
            return restored.error();
        ImportReport report;
        report.fileName = path;
        report.dryRun = options.dryRun;
        report.added = restored->partnerships;
        report.partnersCreated = restored->municipalities;
        report.communitiesCreated = restored->communities;
        report.written = !options.dryRun;
        return report;
    }
    if (format == Format::Csv && writesWhilePlanning(db, options))
        return importCsvWhileReading(db, path, options);
    auto table = readTable(path, format, options.sheet);
    if (!table)
        return table.error();
    auto mapping =
        applyAssignments(automaticMapping(table->headers), table->headers, options.assignments);
    if (!mapping)
        return mapping.error();
    return importTable(db, std::move(*table), *mapping, options);
}

} // namespace tt::io
