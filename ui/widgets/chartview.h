#pragma once

// The one chart widget of the program, painted by itself with QPainter (no Qt
// Charts, which is deprecated upstream after Qt 6.10 and has no source for the
// Windows build): everything else hands plain ChartSeries to a ChartView and
// hears back which key was clicked. The screen, an export (renderTo) and the
// hit test of the mouse all come from one drawing function, so what is clicked
// is what is drawn.

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

    // The texts the widget draws at its present size (title, labels, ticks,
    // legend), as drawn: shortened ones end in an ellipsis. For tests.
    QStringList drawnTexts() const;

    QSize sizeHint() const override;

signals:
    void clicked(const QString &key);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Private;
    struct Layout;
    struct Part;
    struct Painting;
    void paint(QPainter *painter, const QRectF &rect, Layout *layout) const;
    void paintBars(Painting &p) const;
    void paintColumns(Painting &p) const;
    void paintDonut(Painting &p) const;
    const Layout &layout() const;
    const Part *partAt(const QPointF &pos) const;
    void invalidate();
    Kind m_kind;
    QList<ChartSeries> m_series;
    std::unique_ptr<Private> d;
};

} // namespace tt::ui
