#include "app/core/names.h"

#include "app/core/catalog.h"
#include "app/core/entities.h"
#include "app/core/portfolio.h"
#include "app/core/text.h"

#include <QHash>
#include <QLocale>

namespace tt::names {

namespace {

QString &current()
{
    static QString language = [] {
        const QString system = QLocale().name().left(2);
        return system == QLatin1String("uk") || system == QLatin1String("de")
                   ? system
                   : QStringLiteral("en");
    }();
    return language;
}

} // namespace

void setLanguage(const QString &language)
{
    current() = language == QLatin1String("uk") || language == QLatin1String("de")
                    ? language
                    : QStringLiteral("en");
}

QString language()
{
    return current();
}

QString pick(const QString &uk, const QString &en, const QString &de)
{
    const QString &lang = current();
    const QString &chosen = lang == QLatin1String("uk")   ? uk
                            : lang == QLatin1String("de") ? de
                                                          : en;
    return chosen.isEmpty() ? en : chosen;
}

QString area(const CooperationArea &area)
{
    return pick(area.nameUk, area.nameEn, area.nameDe);
}

QHash<qint64, QString> areas(const QList<CooperationArea> &areas)
{
    QHash<qint64, QString> out;
    out.reserve(areas.size());
    for (const CooperationArea &a : areas)
        out.insert(a.id, area(a));
    return out;
}

QString country(const QString &iso2)
{
    static const QHash<QString, const catalog::Country *> index = [] {
        QHash<QString, const catalog::Country *> out;
        for (const catalog::Country &c : catalog::countries())
            out.insert(c.iso2, &c);
        return out;
    }();
    const catalog::Country *c = index.value(iso2);
    return c ? pick(c->nameUk, c->nameEn, c->nameDe) : iso2;
}

namespace {

const catalog::Oblast *findOblast(const QString &iso)
{
    static const QHash<QString, const catalog::Oblast *> index = [] {
        QHash<QString, const catalog::Oblast *> out;
        for (const catalog::Oblast &o : catalog::oblasts())
            out.insert(o.iso, &o);
        return out;
    }();
    return index.value(iso);
}

} // namespace

QString oblast(const QString &iso)
{
    const catalog::Oblast *o = findOblast(iso);
    return o ? pick(o->nameUk, o->nameEn, o->nameDe) : iso;
}

QString oblastShort(const QString &iso)
{
    const catalog::Oblast *o = findOblast(iso);
    if (!o || o->kind != u"oblast")
        return oblast(iso);
    QString en = o->nameEn;
    en.remove(QStringLiteral(" Oblast"));
    QString de = o->nameDe;
    de.remove(QStringLiteral("Oblast "));
    return pick(o->shortUk, en, de);
}

bool isOblast(const QString &iso)
{
    const catalog::Oblast *o = findOblast(iso);
    return o && o->kind == u"oblast";
}

namespace {

bool ukrainian()
{
    return current() == QLatin1String("uk");
}

QStringList distinct(std::initializer_list<QString> spellings)
{
    QStringList out;
    for (const QString &s : spellings) {
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

} // namespace

QString community(const QString &nameUk, const QString &nameLatn)
{
    return ukrainian() || nameLatn.isEmpty() ? nameUk : nameLatn;
}

QString partner(const QString &name, const QString &nameUk)
{
    return (ukrainian() && !nameUk.isEmpty()) || name.isEmpty() ? nameUk : name;
}

QString pair(const QString &community, const QString &partner)
{
    return community + QStringLiteral(" – ") + partner;
}

QString hromada(const QString &hromadaUk, const QString &hromadaLatn)
{
    if (ukrainian())
        return hromadaUk;
    return hromadaLatn.isEmpty() ? text::transliterate(hromadaUk) : hromadaLatn;
}

QString community(const PartnershipSummary &p)
{
    return community(p.communityName, p.communityLatn);
}

QString partner(const PartnershipSummary &p)
{
    return partner(p.partnerName, p.partnerNameUk);
}

QString pair(const PartnershipSummary &p)
{
    return pair(community(p), partner(p));
}

QString hromada(const PartnershipSummary &p)
{
    return hromada(p.hromadaName);
}

QString community(const Community &c)
{
    return community(c.nameUk, c.nameLatn);
}

QString hromada(const Community &c)
{
    return hromada(c.hromadaUk, c.hromadaLatn);
}

QString partner(const Municipality &m)
{
    return partner(m.name, m.nameUk);
}

QStringList communitySpellings(const PartnershipSummary &p)
{
    return distinct({community(p), p.communityName, p.communityLatn});
}

QStringList partnerSpellings(const PartnershipSummary &p)
{
    return distinct({partner(p), p.partnerName, p.partnerNameUk, p.partnerLocal});
}

} // namespace tt::names
