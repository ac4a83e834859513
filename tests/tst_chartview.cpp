// The chart widget: what it draws is what a click hits (positionOf gives a
// point of the drawn bar or slice, and a click there tells its key), a slice
// of nothing is not drawn, rows of bars each get a line of text, long labels
// are shortened one by one, labels under columns never overlap.

#include "ui/widgets/chartview.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <memory>

using namespace tt::ui;

Q_DECLARE_METATYPE(tt::ui::ChartView::Kind)
Q_DECLARE_METATYPE(tt::ui::ChartSeries)

class TestChartView : public QObject
{
    Q_OBJECT
private slots:
    void clickAtPositionTellsKey_data();
    void clickAtPositionTellsKey();
    void zeroSliceIsNotDrawn();
    void barsGiveEveryCategoryALine();
    void renderDrawsTheChart();
    void longLabelIsShortenedAlone();
    void columnLabelsDoNotOverlap();
    void legendOnlyForSeveralSeries();
    void tooltipNamesTheSeries();

private:
    static std::unique_ptr<ChartView> shown(ChartView::Kind kind, const QList<ChartSeries> &series,
                                            const QSize &size = QSize(420, 320));
    static QImage rendered(ChartView &chart);
};

namespace {

ChartSeries series(const QString &name, const QList<double> &values, const QColor &color)
{
    ChartSeries s;
    s.name = name;
    s.color = color;
    for (qsizetype i = 0; i < values.size(); ++i) {
        s.labels << QStringLiteral("Category %1").arg(i + 1);
        s.keys << QStringLiteral("k%1").arg(i + 1);
    }
    s.values = values;
    return s;
}

} // namespace

std::unique_ptr<ChartView> TestChartView::shown(ChartView::Kind kind,
                                                const QList<ChartSeries> &series, const QSize &size)
{
    auto chart = std::make_unique<ChartView>(kind);
    chart->setTitle(QStringLiteral("A chart"));
    chart->setSeries(series);
    chart->resize(size.expandedTo(chart->minimumSize()));
    chart->show();
    if (!QTest::qWaitForWindowExposed(chart.get()))
        return nullptr;
    return chart;
}

QImage TestChartView::rendered(ChartView &chart)
{
    QImage image(chart.size(), QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    chart.renderTo(&painter, QRectF(image.rect()));
    return image;
}

void TestChartView::clickAtPositionTellsKey_data()
{
    QTest::addColumn<ChartView::Kind>("kind");
    QTest::addColumn<QList<ChartSeries>>("series");
    const QColor blue(0x1f, 0x5f, 0xbf), green(0x3d, 0xa8, 0x6b), red(0xd6, 0x45, 0x41);
    ChartSeries coloured = series({}, {3, 5, 2, 7}, {});
    coloured.colors = {blue, green, red, QColor(0xf0, 0xb4, 0x29)};
    QTest::newRow("columns") << ChartView::Kind::Columns
                             << QList<ChartSeries>{series(QStringLiteral("S"), {3, 5, 2, 7}, blue)};
    QTest::newRow("bars") << ChartView::Kind::Bars << QList<ChartSeries>{coloured};
    QTest::newRow("donut") << ChartView::Kind::Donut << QList<ChartSeries>{coloured};
    // k1 has nothing in the first series: its click is on the second.
    QTest::newRow("stacked") << ChartView::Kind::StackedColumns
                             << QList<ChartSeries>{
                                    series(QStringLiteral("Done"), {0, 5, 2, 7}, blue),
                                    series(QStringLiteral("Due"), {3, 1, 0, 2}, green),
                                    series(QStringLiteral("Late"), {1, 0, 4, 0}, red)};
}

void TestChartView::clickAtPositionTellsKey()
{
    QFETCH(ChartView::Kind, kind);
    QFETCH(QList<ChartSeries>, series);
    auto chart = shown(kind, series);
    QVERIFY(chart);
    const QImage image = rendered(*chart);
    QSignalSpy spy(chart.get(), &ChartView::clicked);
    for (qsizetype i = 0; i < series.first().keys.size(); ++i) {
        const QString key = series.first().keys[i];
        const QPoint pos = chart->positionOf(key);
        QVERIFY2(chart->rect().contains(pos), qPrintable(key));
        // The point is on the drawn part, in the colour of its series.
        const ChartSeries *drawn = &series.first();
        for (const ChartSeries &s : std::as_const(series)) {
            if (s.values.value(i) > 0) {
                drawn = &s;
                break;
            }
        }
        QCOMPARE(image.pixelColor(pos), drawn->colors.value(i, drawn->color));
        QTest::mouseMove(chart.get(), pos);
        QCOMPARE(chart->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseClick(chart.get(), Qt::LeftButton, {}, pos);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), key);
    }
    // Outside every part a click tells nothing.
    QTest::mouseMove(chart.get(), QPoint(2, 2));
    QCOMPARE(chart->cursor().shape(), Qt::ArrowCursor);
    QTest::mouseClick(chart.get(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(spy.count(), 0);
    QVERIFY(chart->positionOf(QStringLiteral("none")).isNull());
}

void TestChartView::zeroSliceIsNotDrawn()
{
    ChartSeries s = series({}, {4, 0, 2}, QColor(0x1f, 0x5f, 0xbf));
    s.labels = {QStringLiteral("First contact"), QStringLiteral("Negotiation"),
                QStringLiteral("Terminated")};
    auto chart = shown(ChartView::Kind::Donut, {s});
    QVERIFY(chart);
    QVERIFY(!chart->positionOf(QStringLiteral("k1")).isNull());
    QVERIFY(chart->positionOf(QStringLiteral("k2")).isNull());
    QVERIFY(!chart->positionOf(QStringLiteral("k3")).isNull());
    const QString legend = chart->drawnTexts().join(u'|');
    QVERIFY2(legend.contains(QStringLiteral("First contact  4")), qPrintable(legend));
    QVERIFY2(!legend.contains(QStringLiteral("Negotiation")), qPrintable(legend));
}

void TestChartView::barsGiveEveryCategoryALine()
{
    QList<double> values;
    for (int i = 0; i < 16; ++i)
        values << 16 - i;
    auto chart = shown(ChartView::Kind::Bars, {series({}, values, QColor(0x1f, 0x5f, 0xbf))},
                       QSize(420, 100));
    QVERIFY(chart);
    const qreal line = QFontMetricsF(chart->font()).height();
    QVERIFY(chart->minimumHeight() >= 16 * line);
    QCOMPARE(chart->height(), chart->minimumHeight());
    // The first category on top, each row at least a line of text apart, and
    // each label written whole.
    const QStringList texts = chart->drawnTexts();
    for (int i = 1; i < 16; ++i) {
        const QPoint above = chart->positionOf(QStringLiteral("k%1").arg(i));
        const QPoint below = chart->positionOf(QStringLiteral("k%1").arg(i + 1));
        QVERIFY2(below.y() - above.y() >= line, qPrintable(QString::number(i)));
        QVERIFY(texts.contains(QStringLiteral("Category %1  %2").arg(i + 1).arg(16 - i)));
    }
}

void TestChartView::renderDrawsTheChart()
{
    auto chart = shown(ChartView::Kind::Columns,
                       {series(QStringLiteral("S"), {3, 5, 2}, QColor(0x1f, 0x5f, 0xbf))});
    QVERIFY(chart);
    const QImage image = rendered(*chart);
    // The ground is the palette's, all over the target, and more is drawn on it.
    const QColor ground = chart->palette().color(QPalette::Base);
    QCOMPARE(image.pixelColor(0, 0), ground);
    QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), ground);
    int other = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            other += image.pixelColor(x, y) != ground;
    }
    QVERIFY(other > image.width() * image.height() / 50);
}

void TestChartView::longLabelIsShortenedAlone()
{
    ChartSeries s = series({}, {7, 3}, QColor(0x1f, 0x5f, 0xbf));
    const QString longLabel = QStringLiteral(
        "Local self-government, decentralisation and the exchange of municipal experience");
    s.labels = {longLabel, QStringLiteral("Culture")};
    auto chart = shown(ChartView::Kind::Bars, {s}, QSize(360, 300));
    QVERIFY(chart);
    const QStringList texts = chart->drawnTexts();
    QVERIFY2(texts.contains(QStringLiteral("Culture  3")), qPrintable(texts.join(u'|')));
    const auto shortened = std::find_if(texts.cbegin(), texts.cend(), [](const QString &t) {
        return t.startsWith(QStringLiteral("Local")) && t.contains(u'…') &&
               t.endsWith(QStringLiteral("  7"));
    });
    QVERIFY2(shortened != texts.cend(), qPrintable(texts.join(u'|')));
    // The tooltip of its bar gives the whole label.
    const QPoint pos = chart->positionOf(QStringLiteral("k1"));
    QHelpEvent help(QEvent::ToolTip, pos, chart->mapToGlobal(pos));
    QApplication::sendEvent(chart.get(), &help);
    QTRY_COMPARE(QToolTip::text(), longLabel + QStringLiteral(": 7"));
    QToolTip::hideText();
}

void TestChartView::columnLabelsDoNotOverlap()
{
    ChartSeries s = series(QStringLiteral("S"), QList<double>(18, 2.0), QColor(0x1f, 0x5f, 0xbf));
    for (int i = 0; i < 18; ++i)
        s.labels[i] = QStringLiteral("Month %1").arg(i + 1, 2, 10, QLatin1Char('0'));
    auto chart = shown(ChartView::Kind::Columns, {s}, QSize(360, 260));
    QVERIFY(chart);
    const QStringList texts = chart->drawnTexts();
    QStringList months;
    for (const QString &t : texts) {
        if (t.startsWith(QStringLiteral("Month")))
            months << t;
    }
    // Some of the labels, each whole, evenly spaced.
    QVERIFY2(months.size() >= 2 && months.size() < 18, qPrintable(months.join(u'|')));
    QCOMPARE(months.first(), QStringLiteral("Month 01"));
    const int every = months.at(1).mid(6).toInt() - 1;
    QVERIFY(every > 1);
    for (qsizetype i = 0; i < months.size(); ++i)
        QCOMPARE(months[i], QStringLiteral("Month %1").arg(i * every + 1, 2, 10, QLatin1Char('0')));
    // Wide enough, every label is written.
    chart->resize(1400, 260);
    int all = 0;
    for (const QString &t : chart->drawnTexts())
        all += t.startsWith(QStringLiteral("Month"));
    QCOMPARE(all, 18);
}

void TestChartView::legendOnlyForSeveralSeries()
{
    auto one = shown(ChartView::Kind::Columns,
                     {series(QStringLiteral("Agreements"), {1, 2}, QColor(0x1f, 0x5f, 0xbf))});
    QVERIFY(one);
    QVERIFY(!one->drawnTexts().contains(QStringLiteral("Agreements")));
    auto several = shown(ChartView::Kind::StackedColumns,
                         {series(QStringLiteral("Done"), {1, 2}, QColor(0x3d, 0xa8, 0x6b)),
                          series(QStringLiteral("Overdue"), {2, 0}, QColor(0xd6, 0x45, 0x41))});
    QVERIFY(several);
    QVERIFY(several->drawnTexts().contains(QStringLiteral("Done")));
    QVERIFY(several->drawnTexts().contains(QStringLiteral("Overdue")));
}

void TestChartView::tooltipNamesTheSeries()
{
    auto chart = shown(ChartView::Kind::StackedColumns,
                       {series(QStringLiteral("Done"), {0, 2}, QColor(0x3d, 0xa8, 0x6b)),
                        series(QStringLiteral("Overdue"), {2, 0}, QColor(0xd6, 0x45, 0x41))});
    QVERIFY(chart);
    const QPoint pos = chart->positionOf(QStringLiteral("k1"));
    QHelpEvent help(QEvent::ToolTip, pos, chart->mapToGlobal(pos));
    QApplication::sendEvent(chart.get(), &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Category 1 — Overdue: 2"));
    QToolTip::hideText();
}

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
