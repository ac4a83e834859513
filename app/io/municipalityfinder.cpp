#include "app/io/municipalityfinder.h"

#include "app/core/catalog.h"
#include "app/core/repository.h"
#include "app/core/text.h"
#include "app/geo/gazetteer.h"
#include "app/geo/placematcher.h"

#include <QFileInfo>
#include <QSet>

namespace tt::io {

namespace {

// How the place matcher found a partner, for the import report.
QString foundHow(const geo::PlaceMatch &match)
{
    switch (match.kind) {
    case geo::PlaceMatch::Kind::Curated:
        return ImportText::tr("by the table of Ukrainian names");
    case geo::PlaceMatch::Kind::Name:
        return ImportText::tr("by its name");
    case geo::PlaceMatch::Kind::Transcription:
        return ImportText::tr("by transcription");
    case geo::PlaceMatch::Kind::NearSpelling:
        return ImportText::tr("by a near spelling");
    case geo::PlaceMatch::Kind::None:
        break;
    }
    return {};
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

} // namespace

Result<MunicipalityFinder> MunicipalityFinder::load(Database &db)
{
    MunicipalityFinder matcher;
    matcher.m_partnerAdded = ImportText::tr("the partner “%1” was added");
    auto communities = Repository<Community>(db).all();
    if (!communities)
        return communities.error();
    for (const Community &c : std::as_const(*communities))
        matcher.indexCommunity(c, c.id);
    for (const Renaming &r : renamings) {
        const QString current = QString::fromUtf8(r.current);
        for (const Community &c : std::as_const(*communities)) {
            if (c.nameUk == current && c.oblastIso == QLatin1String(r.oblast)) {
                const QString former = QString::fromUtf8(r.former);
                for (const QString &key :
                     {text::searchKey(former), text::searchKey(text::transliterate(former))}) {
                    if (!matcher.m_centreKeys.contains(key, c.id))
                        matcher.m_centreKeys.insert(key, c.id);
                }
            }
        }
    }
    auto partners = Repository<Municipality>(db).all();
    if (!partners)
        return partners.error();
    for (const Municipality &m : std::as_const(*partners))
        matcher.indexPartner(m, m.id);
    return matcher;
}

QString MunicipalityFinder::key(const QString &text)
{
    auto it = m_keyCache.constFind(text);
    if (it == m_keyCache.constEnd())
        it = m_keyCache.insert(text, text::searchKey(text));
    return it.value();
}

const QString &MunicipalityFinder::joined(QString &buffer, std::initializer_list<QString> parts)
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

void MunicipalityFinder::indexCommunity(const Community &c, MunicipalityId id)
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

QStringList MunicipalityFinder::partnerKeys(const QString &name, const QString &country)
{
    return {key(name) + u'|' + country};
}

void MunicipalityFinder::indexPartner(const Municipality &m, MunicipalityId id)
{
    for (const QString &name : {m.name, m.nameLocal, m.nameUk}) {
        if (name.isEmpty())
            continue;
        for (const QString &k : partnerKeys(name, m.countryIso)) {
            if (!k.startsWith(u'|') && !m_partnerKeys.contains(k))
                m_partnerKeys.insert(k, id);
        }
    }
    m_partnerNames.insert(id, m.name);
}

qint64 MunicipalityFinder::population(const Community &c) const
{
    if (!c.geonameId)
        return 0;
    if (m_populations.isEmpty()) {
        for (const geo::Place &p : geo::Gazetteer::shipped().places())
            m_populations.insert(p.geonameId, p.population);
    }
    return m_populations.value(*c.geonameId);
}

QString MunicipalityFinder::communityName(MunicipalityId id) const
{
    auto it = m_communities.constFind(id);
    return it == m_communities.constEnd() ? QString() : it->nameUk;
}

std::optional<MunicipalityId> MunicipalityFinder::community(const RowValues &values, qsizetype row,
                                                            QString *reason, QString *note)
{
    const QString &text =
        joined(m_communityText,
               {values.value(row, Field::Katottg), values.value(row, Field::Community),
                values.value(row, Field::CommunityLatin), values.value(row, Field::Oblast)});
    if (auto it = m_communityCache.constFind(text); it != m_communityCache.constEnd()) {
        *reason = it->reason;
        *note = it->note;
        return it->id;
    }
    const auto created = m_newCommunities.size();
    const auto id = findCommunity(values, row, reason, note);
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

std::optional<MunicipalityId> MunicipalityFinder::findCommunity(const RowValues &values,
                                                                qsizetype row, QString *reason,
                                                                QString *note)
{
    const QString katottg = values.value(row, Field::Katottg).toUpper();
    if (!katottg.isEmpty()) {
        if (auto it = m_byKatottg.constFind(katottg); it != m_byKatottg.constEnd())
            return it.value();
        *reason = ImportText::tr("no community has the codifier code %1").arg(katottg);
        return std::nullopt;
    }
    const QString name = values.value(row, Field::Community);
    const QString latin = values.value(row, Field::CommunityLatin);
    const QString oblastText = values.value(row, Field::Oblast);
    if (name.isEmpty() && latin.isEmpty()) {
        *reason = ImportText::tr("the community is missing");
        return std::nullopt;
    }
    std::optional<QString> oblast;
    if (!oblastText.isEmpty()) {
        oblast = [&] {
            auto it = m_oblastCache.constFind(oblastText);
            if (it == m_oblastCache.constEnd())
                it = m_oblastCache.insert(oblastText, readOblast(oblastText));
            return it.value();
        }();
        if (!oblast) {
            *reason = ImportText::tr("“%1” is not an oblast").arg(oblastText);
            return std::nullopt;
        }
    }
    auto candidates = [&](const QMultiHash<QString, MunicipalityId> &index) {
        QList<MunicipalityId> out;
        for (const QString &n : {name, latin}) {
            if (n.isEmpty())
                continue;
            const QString k = key(n);
            for (auto it = index.constFind(k); it != index.constEnd() && it.key() == k; ++it) {
                const MunicipalityId id = it.value();
                if (!out.contains(id) && (!oblast || m_communities[id].oblastIso == *oblast))
                    out << id;
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    QList<MunicipalityId> found = candidates(m_centreKeys);
    if (found.isEmpty())
        found = candidates(m_hromadaKeys);
    const QString shown = name.isEmpty() ? latin : name;
    if (found.size() > 1 && oblast) {
        // Two communities of one oblast with one centre name (a town and a village
        // of the same name): the town is meant, and the report says so.
        std::sort(found.begin(), found.end(), [&](MunicipalityId a, MunicipalityId b) {
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
        for (MunicipalityId id : std::as_const(found)) {
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
    c.lat = readNumber(values.value(row, Field::CommunityLat));
    c.lon = readNumber(values.value(row, Field::CommunityLon));
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
        ImportText::tr("Added by the import of %1.").arg(QFileInfo(values.fileName()).fileName());
    m_newCommunities << c;
    const MunicipalityId id = -m_newCommunities.size();
    indexCommunity(c, id);
    *note = ImportText::tr("“%1” is not in the codifier and was added by hand").arg(c.nameUk);
    return id;
}

std::optional<MunicipalityId> MunicipalityFinder::partner(const RowValues &values, qsizetype row,
                                                          const QString &country, QString *reason,
                                                          QString *note, QString *name)
{
    const QString &text = joined(m_partnerText, {values.value(row, Field::Partner),
                                                 values.value(row, Field::PartnerUk), country});
    if (auto it = m_partnerCache.constFind(text); it != m_partnerCache.constEnd()) {
        *name = it->name;
        return it->id;
    }
    bool byFirstName = false;
    const auto id = findPartner(values, row, country, reason, note, &byFirstName);
    // A place found by its first name stays the one found: index keys are never
    // replaced. One found by its Ukrainian name could later give way to a new
    // place of the first name, so it is looked up again.
    if (id && byFirstName)
        m_partnerCache.insert(ownCopy(text), {*id, m_partnerNames.value(*id)});
    if (id)
        *name = m_partnerNames.value(*id);
    return id;
}

std::optional<MunicipalityId> MunicipalityFinder::findPartner(const RowValues &values,
                                                              qsizetype row, const QString &country,
                                                              QString *reason, QString *note,
                                                              bool *byFirstName)
{
    QString name = values.value(row, Field::Partner);
    const QString nameUk = values.value(row, Field::PartnerUk);
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
        for (const QString &k : partnerKeys(*n, country)) {
            auto it = m_partnerKeys.constFind(k);
            if (it != m_partnerKeys.constEnd()) {
                *byFirstName = n == &name;
                return it.value();
            }
        }
    }
    // A name written only in Cyrillic ("Карлсруе") is looked up in the
    // gazetteer across scripts (geo/placematcher.h): the place found keeps
    // the spelling as its Ukrainian name under the gazetteer's Latin one, and
    // meets a place recorded in Latin letters. Where two places fit equally,
    // the partner is recorded as written, and the report says so.
    const geo::Place *place = nullptr;
    if (text::hasCyrillic(name)) {
        const geo::PlaceMatch match = geo::PlaceMatcher::shipped().match(name, country);
        if (match.isAmbiguous()) {
            QStringList fits;
            for (const geo::Place *p : match.candidates.mid(0, 4))
                fits << (p->admin1.isEmpty() ? p->name : p->name + u", " + p->admin1);
            *note = ImportText::tr("“%1” (%2) fits several places equally (%3), so it was "
                                   "recorded as written")
                        .arg(name, country, fits.join(QStringLiteral("; ")));
        } else if (match.place) {
            place = match.place;
            const QString how = foundHow(match);
            for (const QString &k : partnerKeys(place->name, country)) {
                auto it = m_partnerKeys.constFind(k);
                if (it != m_partnerKeys.constEnd()) {
                    *note =
                        ImportText::tr("“%1” → %2 (%3), %4").arg(name, place->name, country, how);
                    *byFirstName = true;
                    return it.value();
                }
            }
            *note = ImportText::tr("“%1” → %2 (%3), %4, was added")
                        .arg(name, place->name, country, how);
        }
    }
    Municipality m;
    m.name = place ? place->name : name;
    m.nameUk = nameUk.isEmpty() && text::hasCyrillic(name) ? name : nameUk;
    m.countryIso = country;
    m.region = values.value(row, Field::PartnerRegion);
    m.lat = readNumber(values.value(row, Field::PartnerLat));
    m.lon = readNumber(values.value(row, Field::PartnerLon));
    if ((!m.lat || !m.lon) && place) {
        m.lat = place->lat;
        m.lon = place->lon;
        m.geonameId = place->geonameId;
    } else if (!m.lat || !m.lon) {
        // The gazetteer lists the largest place of a name first.
        if (const geo::Place *largest = geo::Gazetteer::shipped().largest(key(name), country)) {
            m.lat = largest->lat;
            m.lon = largest->lon;
            m.geonameId = largest->geonameId;
        }
    }
    m_newPartners << m;
    const MunicipalityId id = -m_newPartners.size();
    indexPartner(m, id);
    if (note->isEmpty())
        *note = m_partnerAdded.arg(name);
    *byFirstName = true; // found by its name from now on
    return id;
}

QList<Community> MunicipalityFinder::takeNewCommunities()
{
    // Copied element by element: QList::mid() may share the matcher's buffer,
    // which the next rows grow while the batch is written on another thread.
    QList<Community> out;
    out.reserve(m_newCommunities.size() - m_communitiesTaken);
    for (qsizetype i = m_communitiesTaken; i < m_newCommunities.size(); ++i)
        out.append(m_newCommunities.at(i));
    m_communitiesTaken = m_newCommunities.size();
    return out;
}

QList<Municipality> MunicipalityFinder::takeNewPartners()
{
    QList<Municipality> out;
    out.reserve(m_newPartners.size() - m_partnersTaken);
    for (qsizetype i = m_partnersTaken; i < m_newPartners.size(); ++i)
        out.append(m_newPartners.at(i));
    m_partnersTaken = m_newPartners.size();
    return out;
}

void MunicipalityFinder::release()
{
    m_communities = {};
    m_byKatottg = {};
    m_centreKeys = {};
    m_hromadaKeys = {};
    m_partnerKeys = {};
    m_partnerNames = {};
    m_populations = {};
    m_keyCache = {};
    m_communityCache = {};
    m_partnerCache = {};
}

} // namespace tt::io
