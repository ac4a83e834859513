#include "chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tt::ui {

struct ChartView::Private
{
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QAbstractSeries *series = nullptr;
    // For bars: the category index a displayed index stands for.
    QList<int> order;
};

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'f', 0);
}

// A round top for the value axis, so that its four steps are whole numbers.
double niceMaximum(double value)
{
    const double raw = std::max(1.0, value) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double candidate = step * magnitude;
        if (candidate >= raw && (candidate >= 1 || step == 10.0))
            return std::max(4.0, std::ceil(candidate) * 4);
    }
    return raw * 4;
}

QFont smallFont(const QWidget *w, int delta = 0)
{
    QFont f = w->font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1 + delta));
    return f;
}

} // namespace

ChartView::ChartView(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , d(std::make_unique<Private>())
{
    d->chart = new QChart;
    d->chart->setTheme(QChart::ChartThemeLight);
    d->chart->setBackgroundRoundness(0);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->layout()->setContentsMargins(0, 0, 0, 0);
    d->chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = font();
    titleFont.setBold(true);
    d->chart->setTitleFont(titleFont);
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setMinimumSize(260, 200);
}

ChartView::~ChartView() = default;

void ChartView::setTitle(const QString &title)
{
    d->chart->setTitle(title);
}

QString ChartView::title() const
{
    return d->chart->title();
}

void ChartView::setSeries(const QList<ChartSeries> &series)
{
    m_series = series;
    rebuild();
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange ||
        event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ChartView::rebuild()
{
    QChart *chart = d->chart;
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us: without the delete, every rebuild
    // (each filter change) would leave two axes behind.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    d->series = nullptr;
    d->order.clear();
    chart->legend()->setVisible(false);
    chart->legend()->setFont(smallFont(this));
    applyPalette();
    if (m_series.isEmpty())
        return;

    const auto keyAt = [this](int series, int index) {
        return m_series.at(series).keys.value(index);
    };

    if (m_kind == Kind::Donut) {
        const ChartSeries &s = m_series.first();
        auto *pie = new QPieSeries;
        pie->setHoleSize(0.52);
        pie->setPieSize(0.86);
        double total = 0;
        for (double v : s.values)
            total += v;
        for (qsizetype i = 0; i < s.labels.size(); ++i) {
            const double v = s.values.value(i);
            if (v <= 0)
                continue;
            auto *slice = pie->append(s.labels.at(i) + QStringLiteral("  ") + number(v), v);
            slice->setColor(s.colors.value(i, s.color));
            slice->setBorderColor(palette().color(QPalette::Base));
            slice->setBorderWidth(1);
            const QString key = s.keys.value(i);
            connect(slice, &QPieSlice::clicked, this, [this, key] {
                if (!key.isEmpty())
                    emit clicked(key);
            });
            const QString tip =
                QStringLiteral("%1: %2 (%3 %)")
                    .arg(s.labels.at(i), number(v), QLocale().toString(100.0 * v / total, 'f', 1));
            connect(slice, &QPieSlice::hovered, this, [tip](bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), tip);
                else
                    QToolTip::hideText();
            });
        }
        chart->addSeries(pie);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignRight);
        d->series = pie;
        chart->layout()->activate();
        return;
    }

    const bool horizontal = m_kind == Kind::Bars;
    const ChartSeries &first = m_series.first();
    const int n = static_cast<int>(first.labels.size());
    for (int i = 0; i < n; ++i)
        d->order << (horizontal ? n - 1 - i : i); // the first category on top
    // Long labels are shortened here, each on its own: left to the axis, one
    // label too long for the chart has every label shown as "…". The tooltip
    // gives the whole label.
    const QFontMetrics metrics(smallFont(this));
    const int labelWidth = metrics.averageCharWidth() * 26;
    QStringList categories;
    for (int shown = 0; shown < n; ++shown) {
        const int i = d->order[shown];
        const QString label = metrics.elidedText(first.labels.at(i), Qt::ElideRight, labelWidth);
        categories << (horizontal ? label + QStringLiteral("  ") + number(first.values.value(i))
                                  : label);
    }

    QAbstractBarSeries *bars = nullptr;
    if (horizontal)
        bars = new QHorizontalStackedBarSeries;
    else
        bars = new QStackedBarSeries;
    bars->setBarWidth(0.72);
    double maxValue = 0;
    const auto connectSet = [&](QBarSet *set, int seriesIndex) {
        connect(set, &QBarSet::clicked, this, [this, keyAt, seriesIndex](int shown) {
            const QString key = keyAt(seriesIndex, d->order.value(shown));
            if (!key.isEmpty())
                emit clicked(key);
        });
        connect(set, &QBarSet::hovered, this, [this, seriesIndex, set](bool on, int shown) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const ChartSeries &s = m_series.at(seriesIndex);
            const int i = d->order.value(shown);
            QString tip = s.labels.value(i);
            if (!s.name.isEmpty() && m_series.size() > 1)
                tip += QStringLiteral(" — ") + s.name;
            QToolTip::showText(QCursor::pos(), tip + QStringLiteral(": ") + number(set->at(shown)));
        });
    };

    if (m_kind == Kind::StackedColumns || first.colors.isEmpty()) {
        QList<double> sums(n, 0.0);
        for (int si = 0; si < m_series.size(); ++si) {
            const ChartSeries &s = m_series.at(si);
            auto *set = new QBarSet(s.name);
            set->setColor(s.color.isValid() ? s.color : QColor(0x1f, 0x5f, 0xbf));
            set->setBorderColor(set->color());
            for (int shown = 0; shown < n; ++shown) {
                const double v = s.values.value(d->order[shown]);
                *set << v;
                sums[shown] += v;
            }
            connectSet(set, si);
            bars->append(set);
        }
        for (double v : sums)
            maxValue = std::max(maxValue, v);
        chart->legend()->setVisible(m_series.size() > 1);
        chart->legend()->setAlignment(Qt::AlignBottom);
    } else {
        // One set per category, so that each bar has its own colour and click.
        for (int shown = 0; shown < n; ++shown) {
            const int i = d->order[shown];
            auto *set = new QBarSet(first.labels.at(i));
            const QColor c = first.colors.value(i, first.color);
            set->setColor(c);
            set->setBorderColor(c);
            for (int k = 0; k < n; ++k)
                *set << (k == shown ? first.values.value(i) : 0.0);
            maxValue = std::max(maxValue, first.values.value(i));
            connectSet(set, 0);
            bars->append(set);
        }
    }
    chart->addSeries(bars);
    d->series = bars;

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(smallFont(this));
    categoryAxis->setGridLineVisible(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setLabelsFont(smallFont(this));
    valueAxis->setRange(0, niceMaximum(maxValue));
    valueAxis->setTickCount(5);
    if (horizontal) {
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(valueAxis, Qt::AlignBottom);
        // A row too low for its label has it drawn as "…": the chart grows
        // to give every category a line of text.
        const int needed = n * (metrics.height() + 8) + 120;
        if (minimumHeight() < needed)
            setMinimumHeight(needed);
    } else {
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
        if (n > 12)
            categoryAxis->setLabelsAngle(-90);
    }
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    applyPalette();
    // Lay out now, so that an export or a grab right after shows the new axes.
    chart->layout()->activate();
}

void ChartView::applyPalette()
{
    // The chart is a card in the window's colours, light or dark; only the
    // series keep colours of their own (stages, areas).
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QChart *chart = d->chart;
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

QPoint ChartView::positionOf(const QString &key) const
{
    if (!d->series || m_series.isEmpty())
        return {};
    const ChartSeries &first = m_series.first();
    const qsizetype index = first.keys.indexOf(key);
    if (index < 0)
        return {};
    d->chart->layout()->activate();
    QPointF scene;
    if (m_kind == Kind::Donut) {
        auto *pie = static_cast<QPieSeries *>(d->series);
        const QString label = first.labels.at(index);
        for (QPieSlice *slice : pie->slices()) {
            if (!slice->label().startsWith(label))
                continue;
            const QRectF plot = d->chart->plotArea();
            const double radius = std::min(plot.width(), plot.height()) / 2 * pie->pieSize() *
                                  (1 + pie->holeSize()) / 2;
            const double angle =
                (slice->startAngle() + slice->angleSpan() / 2) * std::numbers::pi / 180;
            scene = d->chart->mapToScene(
                plot.center() + QPointF(radius * std::sin(angle), -radius * std::cos(angle)));
            break;
        }
    } else {
        const int shown = static_cast<int>(d->order.indexOf(static_cast<int>(index)));
        double below = 0;
        double value = first.values.value(index);
        if (m_kind == Kind::StackedColumns) {
            for (const ChartSeries &s : m_series) {
                value = s.values.value(index);
                if (value > 0)
                    break;
                below += value;
            }
        }
        const QPointF v = m_kind == Kind::Bars ? QPointF(below + value / 2, shown)
                                               : QPointF(shown, below + value / 2);
        scene = d->chart->mapToScene(d->chart->mapToPosition(v, d->series));
    }
    if (scene.isNull())
        return {};
    return d->view->viewport()->mapTo(this, d->view->mapFromScene(scene));
}

void ChartView::renderTo(QPainter *painter, const QRectF &target)
{
    d->view->render(painter, target, d->view->viewport()->rect());
}

} // namespace tt::ui
