#pragma once

// The one chart widget of the program. Qt Charts is deprecated upstream after
// Qt 6.10, so it is used in chartview.cpp only: everything else hands plain
// ChartSeries to a ChartView and hears back which key was clicked.

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace tt::ui {

// One series: a value per category. `keys` say what a click means (a stage
// code, a country code …; empty: the category is not clickable). A colour per
// category, or one `color` for the whole series.
struct ChartSeries
{
    QString name;
    QStringList labels;
    QList<double> values;
    QList<QColor> colors;
    QStringList keys;
    QColor color;
};

class ChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind {
        Columns,        // vertical bars, one series
        Bars,           // horizontal bars, one series, first category on top
        Donut,          // one series
        StackedColumns, // several series over the same categories
    };

    explicit ChartView(Kind kind, QWidget *parent = nullptr);
    ~ChartView() override;

    Kind kind() const { return m_kind; }
    void setTitle(const QString &title);
    QString title() const;
    void setSeries(const QList<ChartSeries> &series);
    const QList<ChartSeries> &series() const { return m_series; }

    // Where the bar or slice of `key` is drawn, in this widget's coordinates
    // (the middle of the first bar of that key); invalid if none.
    QPoint positionOf(const QString &key) const;

    // Draws the chart into `target` of any painter (PNG, SVG, print).
    void renderTo(QPainter *painter, const QRectF &target);

signals:
    void clicked(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    void rebuild();
    void applyPalette();
    Kind m_kind;
    QList<ChartSeries> m_series;
    std::unique_ptr<Private> d;
};

} // namespace tt::ui
