#include "app/io/fields.h"

#include "app/core/catalog.h"
#include "app/core/domainlabels.h"
#include "app/core/language.h"
#include "app/core/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tt::io {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct FieldInfo
{
    Field field;
    const char *name;
    // The column's header in an export that people read, translated.
    const char *label;
    const char *description;
    // Headers that name the field, folded by text::searchKey (so "_" and "-" are
    // spaces, case and accents do not matter).
    const char *synonyms;
};

const FieldInfo fieldInfos[] = {
    {Field::Community, "community", QT_TRANSLATE_NOOP("Field", "Community (Cyrillic)"),
     QT_TRANSLATE_NOOP("Import", "the Ukrainian community, in Ukrainian or Latin letters"),
     "ua city uk|community uk|hromada|громада|територіальна громада|місто|населений "
     "пункт|назва громади|ukrainian city|ukrainian community|city uk|name uk"},
    {Field::CommunityLatin, "community_latin", QT_TRANSLATE_NOOP("Field", "Community (Latin)"),
     QT_TRANSLATE_NOOP("Import", "the community in Latin letters, when both are given"),
     "ua city|community en|community latn|ukrainian city latin|громада латиницею|city en"},
    {Field::Oblast, "oblast", QT_TRANSLATE_NOOP("Field", "Oblast"),
     QT_TRANSLATE_NOOP("Import", "its oblast: name, with or without “Oblast”, or UA-05"),
     "ua oblast|область|регіон україни|region ua|ukrainian region|oblast iso"},
    {Field::Katottg, "katottg", QT_TRANSLATE_NOOP("Field", "KATOTTG code"),
     QT_TRANSLATE_NOOP("Import", "its codifier (KATOTTG) code"),
     "катоттг|код катоттг|katottg code|codifier"},
    {Field::Partner, "partner", QT_TRANSLATE_NOOP("Field", "Partner"),
     QT_TRANSLATE_NOOP("Import", "the foreign partner, as commonly written in Latin letters"),
     "partner city|partner name|partner municipality|місто партнер|партнер|місто "
     "побратим|foreign city|twin city|sister city|partnerstadt|municipality"},
    {Field::PartnerUk, "partner_uk", QT_TRANSLATE_NOOP("Field", "Partner (Ukrainian)"),
     QT_TRANSLATE_NOOP("Import", "the partner's name in Ukrainian"),
     "partner city uk|партнер українською|назва партнера українською"},
    {Field::PartnerRegion, "partner_region", QT_TRANSLATE_NOOP("Field", "Partner's region"),
     QT_TRANSLATE_NOOP("Import", "the partner's region, state or county"),
     "регіон партнера|partner state|partner county|region"},
    {Field::Country, "country", QT_TRANSLATE_NOOP("Field", "Country"),
     QT_TRANSLATE_NOOP("Import", "the partner's country: ISO code or name in uk/en/de"),
     "partner country|partner country iso2|country iso2|country code|країна|країна "
     "партнера|land|staat"},
    {Field::Kind, "kind", QT_TRANSLATE_NOOP("Field", "Kind"),
     QT_TRANSLATE_NOOP("Import", "twinning, partnership, friendship or cooperation"),
     "relation type|relation|type|kind of partnership|вид|тип|тип відносин|форма співпраці|"
     "art"},
    {Field::Stage, "stage", QT_TRANSLATE_NOOP("Field", "Stage"),
     QT_TRANSLATE_NOOP("Import", "first contact … twinning agreement, suspended, terminated"),
     "status|етап|стадія|статус"},
    {Field::Since, "since", QT_TRANSLATE_NOOP("Field", "Since"),
     QT_TRANSLATE_NOOP("Import", "the year or date the relation began"),
     "since year|year|from|рік|з|з року|дата початку|seit|started"},
    {Field::Signed, "signed", QT_TRANSLATE_NOOP("Field", "Signed on"),
     QT_TRANSLATE_NOOP("Import", "the date the agreement of its stage was signed"),
     "signed on|date signed|signing date|дата підписання|підписано|unterzeichnet"},
    {Field::Ended, "ended", QT_TRANSLATE_NOOP("Field", "Ended on"),
     QT_TRANSLATE_NOOP("Import", "the date it ended (makes it terminated)"),
     "ended on|end|end date|припинено|дата припинення|beendet"},
    {Field::Areas, "areas", QT_TRANSLATE_NOOP("Field", "Cooperation areas"),
     QT_TRANSLATE_NOOP("Import", "cooperation areas: codes or names, separated by ; or ,"),
     "cooperation areas|area|сфери|сфери співпраці|напрями|напрями співпраці|bereiche"},
    {Field::Notes, "notes", QT_TRANSLATE_NOOP("Field", "Notes"),
     QT_TRANSLATE_NOOP("Import", "notes"),
     "note|comment|comments|примітки|примітка|коментар|bemerkungen"},
    {Field::Source, "source", QT_TRANSLATE_NOOP("Field", "Sources"),
     QT_TRANSLATE_NOOP("Import", "where the facts come from"),
     "sources|джерело|джерела|quelle|url"},
    {Field::CommunityLat, "community_lat", QT_TRANSLATE_NOOP("Field", "Community latitude"),
     QT_TRANSLATE_NOOP("Import", "latitude of the community"), "ua lat|community latitude"},
    {Field::CommunityLon, "community_lon", QT_TRANSLATE_NOOP("Field", "Community longitude"),
     QT_TRANSLATE_NOOP("Import", "longitude of the community"), "ua lon|community longitude"},
    {Field::PartnerLat, "partner_lat", QT_TRANSLATE_NOOP("Field", "Partner latitude"),
     QT_TRANSLATE_NOOP("Import", "latitude of the partner"), "partner latitude"},
    {Field::PartnerLon, "partner_lon", QT_TRANSLATE_NOOP("Field", "Partner longitude"),
     QT_TRANSLATE_NOOP("Import", "longitude of the partner"), "partner longitude"},
};

const FieldInfo &infoOf(Field field)
{
    for (const FieldInfo &i : fieldInfos) {
        if (i.field == field)
            return i;
    }
    return fieldInfos[0];
}

const QHash<QString, Field> &headerIndex()
{
    static const QHash<QString, Field> index = [] {
        QHash<QString, Field> out;
        for (const FieldInfo &i : fieldInfos) {
            out.insert(text::searchKey(QString::fromLatin1(i.name)), i.field);
            for (const QString &s : QString::fromUtf8(i.synonyms).split(u'|'))
                out.insert(text::searchKey(s), i.field);
        }
        // The headers of our own exports in each language; a name or synonym
        // that already names the same field is not overwritten (tst_import checks
        // that no label names another field).
        for (const QString &language : language::available()) {
            for (const FieldInfo &i : fieldInfos) {
                const QString key = text::searchKey(fieldLabel(i.field, language));
                if (!out.contains(key))
                    out.insert(key, i.field);
            }
        }
        return out;
    }();
    return index;
}

// Words that only say what kind of region a name is: "Kyiv Oblast", "Київська
// область", "м. Київ", "Kyiv City". `city` tells whether one of them named a city.
QString withoutRegionWords(const QString &key, bool *city = nullptr)
{
    static const QStringList regionWords = {
        QStringLiteral("oblast"), QStringLiteral("obl"),    QStringLiteral("область"),
        QStringLiteral("обл"),    QStringLiteral("region"), QStringLiteral("ar"),
        QStringLiteral("ар"),
    };
    static const QStringList cityWords = {QStringLiteral("city"), QStringLiteral("місто"),
                                          QStringLiteral("м"), QStringLiteral("stadt")};
    QStringList kept;
    for (QString p : key.split(u' ', Qt::SkipEmptyParts)) {
        if (p.endsWith(u'.'))
            p.chop(1);
        if (cityWords.contains(p)) {
            if (city)
                *city = true;
        } else if (!regionWords.contains(p)) {
            kept << p;
        }
    }
    return kept.join(u' ');
}

struct Lookup
{
    QHash<QString, QString> exact;
    // Without the region words; "Kyiv" is both a city and an oblast.
    QHash<QString, QString> looseCity;
    QHash<QString, QString> looseOblast;
};

const Lookup &oblastLookup()
{
    static const Lookup lookup = [] {
        Lookup l;
        for (const catalog::Oblast &o : catalog::oblasts()) {
            for (const QString &name :
                 {o.iso, o.shortUk, o.nameUk, o.nameEn, o.nameDe, text::transliterate(o.shortUk),
                  text::transliterate(o.nameUk)}) {
                const QString key = text::searchKey(name);
                l.exact.insert(key, o.iso);
                (o.kind == u"city" ? l.looseCity : l.looseOblast)
                    .insert(withoutRegionWords(key), o.iso);
            }
        }
        for (const char *crimea : {"crimea", "крим", "krym", "arc", "арк"})
            l.looseOblast.insert(QString::fromUtf8(crimea), QStringLiteral("UA-43"));
        return l;
    }();
    return lookup;
}

const QHash<QString, QString> &countryLookup()
{
    static const QHash<QString, QString> lookup = [] {
        QHash<QString, QString> l;
        for (const catalog::Country &c : catalog::countries()) {
            for (const QString &name : {c.iso2, c.iso3, c.nameEn, c.nameUk, c.nameDe})
                l.insert(text::searchKey(name), c.iso2);
        }
        const std::pair<const char *, const char *> extra[] = {
            {"usa", "US"},
            {"united states of america", "US"},
            {"сполучені штати америки", "US"},
            {"uk", "GB"},
            {"great britain", "GB"},
            {"england", "GB"},
            {"scotland", "GB"},
            {"wales", "GB"},
            {"велика британія", "GB"},
            {"czech republic", "CZ"},
            {"чеська республіка", "CZ"},
            {"russian federation", "RU"},
            {"republic of moldova", "MD"},
            {"south korea", "KR"},
            {"республіка корея", "KR"},
            {"the netherlands", "NL"},
            {"holland", "NL"},
            {"turkey", "TR"},
            {"туреччина", "TR"},
        };
        for (const auto &[name, iso] : extra)
            l.insert(text::searchKey(QString::fromUtf8(name)), QLatin1String(iso));
        return l;
    }();
    return lookup;
}

} // namespace

const QList<Field> &allFields()
{
    static const QList<Field> list = [] {
        QList<Field> out;
        for (const FieldInfo &i : fieldInfos)
            out << i.field;
        return out;
    }();
    return list;
}

QString fieldName(Field field)
{
    return QLatin1String(infoOf(field).name);
}

QString fieldLabel(Field field)
{
    return QCoreApplication::translate("Field", infoOf(field).label);
}

QString fieldLabel(Field field, const QString &language)
{
    return language::translate(language, "Field", infoOf(field).label);
}

std::optional<Field> fieldFromName(const QString &name)
{
    for (const FieldInfo &i : fieldInfos) {
        if (name.trimmed().compare(QLatin1String(i.name), Qt::CaseInsensitive) == 0)
            return i.field;
    }
    return std::nullopt;
}

QString fieldDescription(Field field)
{
    return QCoreApplication::translate("Import", infoOf(field).description);
}

Mapping automaticMapping(const QStringList &headers)
{
    Mapping mapping;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        auto it = headerIndex().constFind(text::searchKey(headers[i]));
        if (it != headerIndex().constEnd() && !mapping.contains(it.value()))
            mapping.insert(it.value(), static_cast<int>(i));
    }
    return mapping;
}

Result<Mapping> applyAssignments(Mapping mapping, const QStringList &headers,
                                 const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(u'=');
        const auto field = fieldFromName(assignment.left(eq));
        if (eq <= 0 || !field) {
            QStringList names;
            for (Field f : allFields())
                names << fieldName(f);
            return Error::make(Error::Code::Invalid,
                               ImportText::tr("“%1” is not FIELD=COLUMN with one of the fields %2.")
                                   .arg(assignment, names.join(QStringLiteral(", "))));
        }
        const QString column = assignment.mid(eq + 1).trimmed();
        int index = static_cast<int>(headers.indexOf(column));
        if (index < 0) {
            for (qsizetype i = 0; i < headers.size() && index < 0; ++i) {
                if (headers[i].compare(column, Qt::CaseInsensitive) == 0)
                    index = static_cast<int>(i);
            }
        }
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1 && number <= headers.size())
            index = number - 1;
        if (index < 0)
            return Error::make(
                Error::Code::Invalid,
                ImportText::tr("--map %1: the file has no column “%2”; its columns are: %3.")
                    .arg(assignment, column, headers.join(QStringLiteral(", "))));
        for (auto it = mapping.begin(); it != mapping.end();) {
            if (it.value() == index)
                it = mapping.erase(it);
            else
                ++it;
        }
        mapping.insert(*field, index);
    }
    return mapping;
}

std::optional<QString> readCountry(const QString &value)
{
    const QString key = text::searchKey(value.trimmed());
    auto it = countryLookup().constFind(key);
    if (it != countryLookup().constEnd())
        return it.value();
    return std::nullopt;
}

std::optional<QString> readOblast(const QString &value)
{
    const QString key = text::searchKey(value.trimmed());
    if (key.isEmpty())
        return std::nullopt;
    const Lookup &l = oblastLookup();
    if (auto it = l.exact.constFind(key); it != l.exact.constEnd())
        return it.value();
    bool city = false;
    const QString loose = withoutRegionWords(key, &city);
    const QHash<QString, QString> *order[2] = {&l.looseOblast, &l.looseCity};
    if (city)
        std::swap(order[0], order[1]);
    for (const QHash<QString, QString> *map : order) {
        if (auto it = map->constFind(loose); it != map->constEnd())
            return it.value();
    }
    return std::nullopt;
}

std::optional<PartnershipKind> readKind(const QString &value)
{
    static const QHash<QString, PartnershipKind> words = [] {
        QHash<QString, PartnershipKind> w;
        const std::pair<const char *, PartnershipKind> list[] = {
            {"twin", PartnershipKind::Twinning},
            {"twins", PartnershipKind::Twinning},
            {"twin city", PartnershipKind::Twinning},
            {"twin town", PartnershipKind::Twinning},
            {"sister city", PartnershipKind::Twinning},
            {"sister cities", PartnershipKind::Twinning},
            {"побратимство", PartnershipKind::Twinning},
            {"побратими", PartnershipKind::Twinning},
            {"місто побратим", PartnershipKind::Twinning},
            {"побратим", PartnershipKind::Twinning},
            {"partnerstadt", PartnershipKind::Twinning},
            {"stadtepartnerschaft", PartnershipKind::Twinning},
            {"partner", PartnershipKind::Partnership},
            {"partner city", PartnershipKind::Partnership},
            {"партнерство", PartnershipKind::Partnership},
            {"партнер", PartnershipKind::Partnership},
            {"місто партнер", PartnershipKind::Partnership},
            {"partnerschaft", PartnershipKind::Partnership},
            {"friendship", PartnershipKind::Friendship},
            {"friendship city", PartnershipKind::Friendship},
            {"friends", PartnershipKind::Friendship},
            {"дружба", PartnershipKind::Friendship},
            {"дружні відносини", PartnershipKind::Friendship},
            {"freundschaft", PartnershipKind::Friendship},
            {"cooperation", PartnershipKind::Cooperation},
            {"co operation", PartnershipKind::Cooperation},
            {"співпраця", PartnershipKind::Cooperation},
            {"співробітництво", PartnershipKind::Cooperation},
            {"угода про співпрацю", PartnershipKind::Cooperation},
            {"kooperation", PartnershipKind::Cooperation},
            {"zusammenarbeit", PartnershipKind::Cooperation},
        };
        for (const auto &[word, kind] : list)
            w.insert(text::searchKey(QString::fromUtf8(word)), kind);
        for (PartnershipKind k : EnumTraits<PartnershipKind>::values()) {
            w.insert(text::searchKey(toCode(k)), k);
            for (const QString &language : language::available())
                w.insert(text::searchKey(toLabel(k, language)), k);
        }
        return w;
    }();
    auto it = words.constFind(text::searchKey(value.trimmed()));
    return it == words.constEnd() ? std::nullopt : std::optional<PartnershipKind>(it.value());
}

std::optional<Stage> readStage(const QString &value)
{
    static const QHash<QString, Stage> words = [] {
        QHash<QString, Stage> w;
        const std::pair<const char *, Stage> list[] = {
            {"first contact", Stage::FirstContact},
            {"contact", Stage::FirstContact},
            {"перший контакт", Stage::FirstContact},
            {"negotiation", Stage::Negotiation},
            {"negotiations", Stage::Negotiation},
            {"переговори", Stage::Negotiation},
            {"memorandum", Stage::Memorandum},
            {"memorandum of intent", Stage::Memorandum},
            {"memorandum of understanding", Stage::Memorandum},
            {"mou", Stage::Memorandum},
            {"меморандум", Stage::Memorandum},
            {"меморандум про наміри", Stage::Memorandum},
            {"cooperation agreement", Stage::CooperationAgreement},
            {"угода про співпрацю", Stage::CooperationAgreement},
            {"угода про співробітництво", Stage::CooperationAgreement},
            {"договір про співпрацю", Stage::CooperationAgreement},
            {"twinning agreement", Stage::TwinningAgreement},
            {"twinned", Stage::TwinningAgreement},
            {"угода про побратимство", Stage::TwinningAgreement},
            {"побратимство", Stage::TwinningAgreement},
            {"suspended", Stage::Suspended},
            {"призупинено", Stage::Suspended},
            {"призупинена", Stage::Suspended},
            {"terminated", Stage::Terminated},
            {"ended", Stage::Terminated},
            {"припинено", Stage::Terminated},
            {"припинена", Stage::Terminated},
            {"розірвано", Stage::Terminated},
        };
        for (const auto &[word, stage] : list)
            w.insert(text::searchKey(QString::fromUtf8(word)), stage);
        for (Stage s : EnumTraits<Stage>::values()) {
            w.insert(text::searchKey(toCode(s)), s);
            for (const QString &language : language::available())
                w.insert(text::searchKey(toLabel(s, language)), s);
        }
        return w;
    }();
    auto it = words.constFind(text::searchKey(value.trimmed()));
    return it == words.constEnd() ? std::nullopt : std::optional<Stage>(it.value());
}

std::optional<PartialDate> readDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})"));
    static const QRegularExpression isoMonth(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression dotted(
        QStringLiteral("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})$"));
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[./](\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.\\d+)?$"));
    PartialDate date;
    if (auto m = year.match(v); m.hasMatch()) {
        date = PartialDate::ofYear(m.captured(1).toInt());
    } else if (auto m2 = iso.match(v); m2.hasMatch()) {
        date = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
    } else if (auto m6 = isoMonth.match(v); m6.hasMatch()) {
        date = PartialDate::ofMonth(m6.captured(1).toInt(), m6.captured(2).toInt());
    } else if (auto m3 = dotted.match(v); m3.hasMatch()) {
        date = QDate(m3.captured(3).toInt(), m3.captured(2).toInt(), m3.captured(1).toInt());
    } else if (auto m4 = monthYear.match(v); m4.hasMatch()) {
        date = PartialDate::ofMonth(m4.captured(2).toInt(), m4.captured(1).toInt());
    } else if (auto m5 = serial.match(v); m5.hasMatch()) {
        date = QDate(1899, 12, 30).addDays(m5.captured(1).toLongLong());
    }
    if (!date.isValid() || date.year() < 1000 || date.year() > 2999)
        return std::nullopt;
    return date;
}

std::optional<double> readNumber(const QString &value)
{
    QString v = value.trimmed();
    v.replace(u',', u'.');
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

QString protectCell(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar c = value[0];
    if (c != u'=' && c != u'+' && c != u'-' && c != u'@' && c != u'\t' && c != u'\r')
        return value;
    bool number = false;
    value.toDouble(&number);
    return number ? value : u'\'' + value;
}

QString unprotectCell(const QString &value)
{
    if (value.size() >= 2 && value[0] == u'\'' &&
        (value[1] == u'=' || value[1] == u'+' || value[1] == u'-' || value[1] == u'@' ||
         value[1] == u'\t' || value[1] == u'\r'))
        return value.mid(1);
    return value;
}

} // namespace tt::io
