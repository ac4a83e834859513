#pragma once

// The figures of the printed reports, painted with QPainter from plain data so
// that they stay vector in a PDF and the reports need no widgets: bar and
// column charts, the portfolio map (Europe with Ukraine's oblasts, the partner
// countries and the pairs' links) and the small map of one pair. Colours are
// opaque throughout (PDF/A-1b allows no transparency).

#include "app/core/portfolio.h"
#include "app/present/charts.h"
#include "app/reports/document.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>

namespace tt::reports {

struct Bar
{
    QString label;
    int value = 0;
    QColor color;
};

// Horizontal bars, one under the other, with labels on the left.
Figure barChart(const QString &title, const QList<Bar> &bars, const QSizeF &size,
                const QLocale &locale);
// Vertical columns (years), labels below.
Figure columnChart(const QString &title, const QList<Bar> &bars, const QSizeF &size,
                   const QLocale &locale);
// A chart of the table of charts (present/charts.h) on paper, with its title
// and words: columns as columns, bars and a donut as bars. One series: a
// chart of several (stacked columns) is drawn by its first only.
Figure chartFigure(const present::ChartData &chart, const QSizeF &size, const QLocale &locale);

struct KeyFigure
{
    QString value; // formatted
    QString label;
    bool alert = false; // drawn in red (overdue milestones)
};

// Tiles of big figures with their labels, `columns` to a row.
Figure keyFigures(const QList<KeyFigure> &figures, int columns, const QSizeF &size);

struct MapTexts
{
    QString title;
    QString legend; // under the map, e.g. how many partners lie beyond it
};

// Europe and Ukraine: oblasts shaded by their pairs, partner countries by
// theirs, a line from each oblast to each partner country it works with and a
// dot for every partner place.
Figure portfolioMap(const QList<const PartnershipSummary *> &pairs, const MapTexts &texts,
                    const QSizeF &size);
// The two places of a pair and the line between them; an empty figure when
// either place has no position.
Figure pairMap(const PartnershipSummary &pair, const QString &communityLabel,
               const QString &partnerLabel, const QSizeF &size);

} // namespace tt::reports
