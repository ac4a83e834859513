#include "app/present/charts.h"

#include "app/core/catalog.h"
#include "app/core/names.h"
#include "app/present/palette.h"
#include "app/present/ranking.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace tt::present {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ChartsText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

// The builders, one per chart.

void byStage(const ChartDefinition &, const ChartInput &in, ChartData &data)
{
    ChartValues pairs;
    for (auto it = in.stats.byStage.cbegin(); it != in.stats.byStage.cend(); ++it) {
        ChartCategory category{toLabel(it.key()), toCode(it.key()), {}};
        category.filter.stages = {it.key()};
        data.categories << category;
        pairs.values << it.value();
        pairs.colors << palette::stage(it.key());
    }
    data.series << pairs;
}

void byCountry(const ChartDefinition &definition, const ChartInput &in, ChartData &data)
{
    ChartValues pairs;
    pairs.color = palette::accent();
    const TopN top = topN(in.stats.countriesRanked(), definition.limit);
    for (const auto &[iso, count] : top.shown) {
        ChartCategory category{names::country(iso), iso, {}};
        category.filter.countries = {iso};
        data.categories << category;
        pairs.values << count;
    }
    if (top.otherCount > 0) {
        data.categories << ChartCategory{otherCountries(top.otherCount), {}, {}};
        pairs.values << top.otherValue;
    }
    data.series << pairs;
}

// The areas by their pairs, most first; an archived area only when it still
// has pairs. An area's own colour when it has a valid one.
void byArea(const ChartDefinition &, const ChartInput &in, ChartData &data)
{
    const Statistics &s = in.stats;
    QList<CooperationArea> areas = in.areas;
    std::stable_sort(areas.begin(), areas.end(),
                     [&](const CooperationArea &a, const CooperationArea &b) {
                         return s.byArea.value(a.id) > s.byArea.value(b.id);
                     });
    ChartValues pairs;
    for (const CooperationArea &a : std::as_const(areas)) {
        if (a.archived && s.byArea.value(a.id) == 0)
            continue;
        ChartCategory category{names::area(a), QString::number(a.id), {}};
        category.filter.areas = {a.id};
        data.categories << category;
        pairs.values << s.byArea.value(a.id);
        pairs.colors << (QColor::isValidColorName(a.color) ? QColor::fromString(a.color)
                                                           : palette::accent());
    }
    data.series << pairs;
}

// Every region of the catalogue, most pairs first.
void byOblast(const ChartDefinition &, const ChartInput &in, ChartData &data)
{
    const Statistics &s = in.stats;
    QList<const catalog::Oblast *> regions;
    for (const catalog::Oblast &o : catalog::oblasts())
        regions << &o;
    std::stable_sort(regions.begin(), regions.end(),
                     [&](const catalog::Oblast *a, const catalog::Oblast *b) {
                         return s.byOblast.value(a->iso).pairs > s.byOblast.value(b->iso).pairs;
                     });
    ChartValues pairs;
    pairs.color = QColor(0xc8, 0x6b, 0x1e);
    for (const catalog::Oblast *o : std::as_const(regions)) {
        ChartCategory category{oblastShortName(*o), o->iso, {}};
        category.filter.oblasts = {o->iso};
        data.categories << category;
        pairs.values << s.byOblast.value(o->iso).pairs;
    }
    data.series << pairs;
}

// The last `limit` years one by one (up to this year), the years before in one
// column: as columns of their own the decades before would dwarf the rest.
void bySignedYear(const ChartDefinition &definition, const ChartInput &in, ChartData &data)
{
    const Statistics &s = in.stats;
    ChartValues agreements;
    agreements.name = ChartsText::tr("Agreements");
    agreements.color = palette::stage(Stage::TwinningAgreement);
    if (!s.bySignedYear.isEmpty()) {
        const int last = std::max(s.bySignedYear.lastKey(), s.today.year());
        const int first = definition.limit > 0
                              ? std::max(s.bySignedYear.firstKey(), last - definition.limit + 1)
                              : s.bySignedYear.firstKey();
        int earlier = 0;
        for (auto it = s.bySignedYear.cbegin(); it != s.bySignedYear.cend(); ++it) {
            if (it.key() < first)
                earlier += it.value();
        }
        if (earlier > 0) {
            ChartCategory before{ChartsText::tr("Before %1").arg(first),
                                 QStringLiteral("<") + QString::number(first),
                                 {}};
            before.filter.to = QDate(first - 1, 12, 31); // every year up to it
            data.categories << before;
            agreements.values << earlier;
        }
        for (int year = first; year <= last; ++year) {
            ChartCategory category{QString::number(year), QString::number(year), {}};
            category.filter.from = QDate(year, 1, 1);
            category.filter.to = QDate(year, 12, 31);
            data.categories << category;
            agreements.values << s.bySignedYear.value(year);
        }
    }
    data.series << agreements;
}

void milestonesPerMonth(const ChartDefinition &, const ChartInput &in, ChartData &data)
{
    ChartValues done, due, overdue;
    done.name = ChartsText::tr("Done");
    done.color = palette::done();
    due.name = ChartsText::tr("Due");
    due.color = palette::due();
    overdue.name = ChartsText::tr("Overdue");
    overdue.color = palette::overdue();
    for (const MonthFigures &m : in.stats.months) {
        ChartCategory category{in.locale.toString(m.month, QStringLiteral("MMM yy")),
                               m.month.toString(QStringLiteral("yyyy-MM")),
                               {}};
        category.filter.from = m.month;
        category.filter.to = m.month.addMonths(1).addDays(-1);
        data.categories << category;
        done.values << m.done;
        due.values << m.due;
        overdue.values << m.overdue;
    }
    data.series << done << due << overdue;
}

} // namespace

const QList<ChartDefinition> &chartDefinitions()
{
    static const QList<ChartDefinition> table = {
        {"stage", QT_TRANSLATE_NOOP("Charts", "Pairs by stage"), ChartShape::Donut, 0, false,
         byStage},
        {"country", QT_TRANSLATE_NOOP("Charts", "Pairs by partner country (top %1)"),
         ChartShape::Bars, 15, false, byCountry},
        {"area", QT_TRANSLATE_NOOP("Charts", "Pairs by cooperation area"), ChartShape::Bars, 0,
         false, byArea},
        {"oblast", QT_TRANSLATE_NOOP("Charts", "Pairs by oblast"), ChartShape::Bars, 0, false,
         byOblast},
        {"year", QT_TRANSLATE_NOOP("Charts", "Agreements signed per year"), ChartShape::Columns, 20,
         false, bySignedYear},
        {"milestones", QT_TRANSLATE_NOOP("Charts", "Milestones per month"),
         ChartShape::StackedColumns, 0, true, milestonesPerMonth},
    };
    return table;
}

const ChartDefinition *chartDefinition(const QString &key)
{
    for (const ChartDefinition &d : chartDefinitions()) {
        if (key == QLatin1String(d.key))
            return &d;
    }
    return nullptr;
}

QStringList chartKeys()
{
    QStringList keys;
    for (const ChartDefinition &d : chartDefinitions())
        keys << QLatin1String(d.key);
    return keys;
}

QString chartTitle(const ChartDefinition &definition)
{
    const QString title = QCoreApplication::translate("Charts", definition.title);
    return title.contains(QLatin1String("%1")) ? title.arg(definition.limit) : title;
}

ChartData chartData(const ChartDefinition &definition, const ChartInput &input)
{
    ChartData data;
    data.key = QLatin1String(definition.key);
    data.title = chartTitle(definition);
    data.shape = definition.shape;
    definition.build(definition, input, data);
    return data;
}

Filter clickedFilter(const Filter &current, const ChartCategory &category)
{
    Filter f = current;
    const Filter &part = category.filter;
    // One value per facet: the value that is set already clears the facet.
    const auto toggle = [](auto &facet, const auto &value) {
        if (value.isEmpty())
            return;
        if (facet == value)
            facet.clear();
        else
            facet = value;
    };
    toggle(f.stages, part.stages);
    toggle(f.kinds, part.kinds);
    toggle(f.countries, part.countries);
    toggle(f.areas, part.areas);
    toggle(f.oblasts, part.oblasts);
    if (part.from.isValid() || part.to.isValid()) {
        if (f.from == part.from && f.to == part.to) {
            f.from = {};
            f.to = {};
        } else {
            f.from = part.from;
            f.to = part.to;
        }
    }
    return f;
}

QString shapeCode(ChartShape shape)
{
    switch (shape) {
    case ChartShape::Columns:
        return QStringLiteral("columns");
    case ChartShape::Bars:
        return QStringLiteral("bars");
    case ChartShape::Donut:
        return QStringLiteral("donut");
    case ChartShape::StackedColumns:
        return QStringLiteral("stacked_columns");
    }
    return {};
}

QJsonObject chartToJson(const ChartData &data)
{
    QJsonArray categories;
    for (const ChartCategory &c : data.categories)
        categories.append(
            QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}});
    QJsonArray series;
    for (const ChartValues &v : data.series) {
        QJsonArray values, colors;
        for (qsizetype i = 0; i < v.values.size(); ++i) {
            values.append(v.values[i]);
            colors.append(v.colorAt(i).name());
        }
        series.append(QJsonObject{{QStringLiteral("name"), v.name},
                                  {QStringLiteral("values"), values},
                                  {QStringLiteral("colors"), colors}});
    }
    return QJsonObject{{QStringLiteral("key"), data.key},
                       {QStringLiteral("title"), data.title},
                       {QStringLiteral("shape"), shapeCode(data.shape)},
                       {QStringLiteral("categories"), categories},
                       {QStringLiteral("series"), series}};
}

QString oblastShortName(const catalog::Oblast &o)
{
    // Short forms for a chart's axis: "Vinnytsia", "Вінницька".
    QString en = o.nameEn;
    en.remove(QStringLiteral(" Oblast"));
    if (o.iso == u"UA-43")
        en = QStringLiteral("Crimea");
    if (o.kind == u"city") // Kyiv city beside Kyiv Oblast
        en = ChartsText::tr("%1 (city)").arg(en);
    QString de = o.nameDe;
    de.remove(QStringLiteral("Oblast "));
    return names::pick(o.shortUk, en, de);
}

} // namespace tt::present
