#pragma once

// The charts of the portfolio, defined once: one table (chartDefinitions())
// that the dashboard walks to make its charts, that the summary report draws
// its figures from and that `twinning-tracker stats --chart KEY` prints. An
// entry gives the chart's stable key, its title, its shape and the builder
// that turns the statistics (core/statistics.h) into ChartData: categories
// with their labels and the filter each stands for, and one or more series of
// values with their colours (palette.h). No widgets: the dashboard hands the
// data to ui/charts/chartview.h, the summary to reports/figures.h.
//
// Adding a chart is one entry in charts.cpp and its builder (see
// docs/development.md, "Adding a chart").

#include "app/core/entities.h"
#include "app/core/portfolio.h"
#include "app/core/statistics.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace tt::catalog {
struct Oblast;
}

namespace tt::present {

// What ui/charts/chartview.h draws.
enum class ChartShape {
    Columns,        // vertical bars, one series
    Bars,           // horizontal bars, one series, first category on top
    Donut,          // one series
    StackedColumns, // several series over the same categories
};

// One category of a chart: a bar, a slice, a column.
struct ChartCategory
{
    QString label;
    // Stable and not translated ("twinning_agreement", "DE", "2022",
    // "2026-05"): what a click names. Empty for a category that stands for no
    // filter (the rest of a top N).
    QString key;
    // The facet of the filter this category stands for (one stage, one
    // country, a period …); empty when it stands for none. clickedFilter()
    // applies it.
    Filter filter;

    bool operator==(const ChartCategory &other) const = default;
};

// One series: a value for each category.
struct ChartValues
{
    QString name;         // for the legend; empty for a chart of one series
    QList<int> values;    // one per category
    QList<QColor> colors; // one per category, or none: `color` for all
    QColor color;

    // The colour of category `i`.
    QColor colorAt(qsizetype i) const { return i < colors.size() ? colors[i] : color; }
    bool operator==(const ChartValues &other) const = default;
};

struct ChartData
{
    QString key;
    QString title;
    ChartShape shape = ChartShape::Bars;
    QList<ChartCategory> categories;
    QList<ChartValues> series;

    bool operator==(const ChartData &other) const = default;
};

// What a builder reads: the statistics, and the cooperation areas (their
// names, colours and whether archived), which the statistics count by id.
struct ChartInput
{
    const Statistics &stats;
    const QList<CooperationArea> &areas;
    QLocale locale = QLocale(); // month names
};

struct ChartDefinition
{
    const char *key;   // for `stats --chart` and the dashboard's chart(key)
    const char *title; // QT_TRANSLATE_NOOP("Charts", …); a "%1" in it takes `limit`
    ChartShape shape;
    // How many categories the chart names one by one, the rest gathered in one
    // ("top 15", "the last 20 years"); 0: all of them.
    int limit;
    // The chart counts milestones, which a large database loads after the
    // pairs: the dashboard says it is loading meanwhile.
    bool needsMilestones;
    void (*build)(const ChartDefinition &definition, const ChartInput &input, ChartData &data);
};

// Every chart, in the order the dashboard makes them.
const QList<ChartDefinition> &chartDefinitions();
// The entry of `key`, or nullptr.
const ChartDefinition *chartDefinition(const QString &key);
QStringList chartKeys();

// The title, translated, with its limit filled in.
QString chartTitle(const ChartDefinition &definition);
// The chart's data for these statistics: key, title and shape from the entry,
// categories and series from its builder.
ChartData chartData(const ChartDefinition &definition, const ChartInput &input);

// The filter after a click on `category` of a chart: its facet set to the
// category's, or cleared when it was already exactly that (a second click
// undoes the first). The other facets are kept. A category without a filter
// changes nothing.
Filter clickedFilter(const Filter &current, const ChartCategory &category);

// "bars", "columns", "donut", "stacked_columns".
QString shapeCode(ChartShape shape);
// The `stats --chart KEY --json` format: key, title, shape, categories (key,
// label) and series (name, values, colours as #rrggbb).
QJsonObject chartToJson(const ChartData &data);

// An oblast as a chart's axis names it, short: "Vinnytsia", "Вінницька",
// "Kyiv (city)".
QString oblastShortName(const catalog::Oblast &oblast);

} // namespace tt::present
