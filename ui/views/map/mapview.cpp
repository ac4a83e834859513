#include "ui/views/map/mapview.h"

#include "app/core/threadpriority.h"
#include "app/geo/mapdata.h"
#include "app/models/portfoliostore.h"
#include "app/present/palette.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QPaintEngine>
#include <QPainter>
#include <QSet>
#include <QToolButton>
#include <QVariantAnimation>
#include <QWaitCondition>

#include <algorithm>

namespace tt::ui {

namespace {

// True when both shade every region alike: the same measure, the same value
// of it everywhere.
bool sameShading(const RegionShading &a, const RegionShading &b)
{
    if (a.measure != b.measure)
        return false;
    QSet<QString> regions;
    for (auto it = a.figures.cbegin(); it != a.figures.cend(); ++it)
        regions.insert(it.key());
    for (auto it = b.figures.cbegin(); it != b.figures.cend(); ++it)
        regions.insert(it.key());
    return std::all_of(regions.cbegin(), regions.cend(),
                       [&](const QString &iso) { return a.valueOf(iso) == b.valueOf(iso); });
}

constexpr double maxScale = 80000;

QRectF lonLatBox(double west, double south, double east, double north)
{
    // The shipped data's projection, without waiting for its polygons.
    static const geo::Projection projection;
    QRectF r = projection.bounds(west, south, east, north);
    return QRectF(r.left(), -r.bottom(), r.width(), r.height());
}

} // namespace

struct MapView::DrawLink
{
    QMutex mutex;
    QWaitCondition done; // told when a job ends
    MapView *view = nullptr;
    bool drawing = false;
};

MapView::MapView(PortfolioStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(std::make_shared<MapModel>())
    , m_cacheModel(m_model)
    , m_drawLink(std::make_shared<DrawLink>())
{
    m_drawLink->view = this;
    // The layer's drawing holds a thread of the global pool for a few hundred
    // milliseconds at 100,000 pairs, and at start the schema's check another
    // (ui::warmUp()). Qt splits the window's own large fills over that pool
    // and waits for them: two threads more, so that they do not wait behind
    // either (with one more, the dashboard's first paint took up to 65 ms).
    static const bool widened = [] {
        QThreadPool *pool = QThreadPool::globalInstance();
        pool->setMaxThreadCount(pool->maxThreadCount() + 2);
        return true;
    }();
    Q_UNUSED(widened);
    m_modelPool.setMaxThreadCount(1);
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &MapView::startCacheJob);
    m_zoomAnimation = new QVariantAnimation(this);
    m_zoomAnimation->setDuration(160);
    m_zoomAnimation->setEasingCurve(QEasingCurve::OutCubic);

    auto *controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("mapControls"));
    controls->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(controls);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    m_measureBox = new QComboBox(controls);
    m_measureBox->setObjectName(QStringLiteral("regionMeasure"));
    for (int i = 0; i < 4; ++i)
        m_measureBox->addItem(QString(), i);
    m_measureBox->setCurrentIndex(static_cast<int>(RegionMeasure::Pairs));
    layout->addWidget(m_measureBox);
    m_ukraineButton = new QToolButton(controls);
    m_europeButton = new QToolButton(controls);
    m_worldButton = new QToolButton(controls);
    for (QToolButton *b : {m_ukraineButton, m_europeButton, m_worldButton}) {
        b->setAutoRaise(true);
        layout->addWidget(b);
    }
    controls->move(8, 8);
    connect(m_measureBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setMeasure(static_cast<RegionMeasure>(i)); });
    connect(m_ukraineButton, &QToolButton::clicked, this, &MapView::showUkraine);
    connect(m_europeButton, &QToolButton::clicked, this, &MapView::showEurope);
    connect(m_worldButton, &QToolButton::clicked, this, &MapView::showWorld);
    retranslate();
    controls->adjustSize();

    if (m_store) {
        connect(m_store, &PortfolioStore::reset, this, &MapView::rebuildModel);
        connect(m_store, &PortfolioStore::filterChanged, this, &MapView::rebuildModel);
        connect(m_store, &PortfolioStore::pairChanged, this, &MapView::rebuildModel);
        // The model holds no milestone: their coming changes only the shading
        // by overdue milestones the map counts itself (without the
        // dashboard's figures). Asked for later, that shading is counted then.
        connect(m_store, &PortfolioStore::milestonesLoaded, this, [this] {
            if (!m_externalFigures && m_shading.measure == RegionMeasure::OverdueMilestones)
                rebuildModel();
        });
        connect(m_store, &PortfolioStore::currentPairChanged, this, [this] { update(); });
    }
    m_pendingFit = lonLatBox(-10, 35.5, 44, 60.5);
    rebuildModel();
}

MapView::~MapView()
{
    // A job still drawing uses the program's fonts, and would call back: let
    // it finish, and cut the way back.
    {
        QMutexLocker lock(&m_drawLink->mutex);
        while (m_drawLink->drawing)
            m_drawLink->done.wait(&m_drawLink->mutex);
        m_drawLink->view = nullptr;
    }
    m_modelPool.waitForDone();
}

void MapView::retranslate()
{
    m_measureBox->setItemText(0, tr("Regions not shaded"));
    m_measureBox->setItemText(1, tr("Regions by pairs"));
    m_measureBox->setItemText(2, tr("Regions by active pairs"));
    m_measureBox->setItemText(3, tr("Regions by overdue milestones"));
    m_measureBox->setToolTip(tr("What the shading of Ukraine's regions shows"));
    m_ukraineButton->setText(tr("Ukraine"));
    m_europeButton->setText(tr("Europe"));
    m_worldButton->setText(tr("World"));
    setToolTip(QString());
    setAccessibleName(tr("Map of the partnerships"));
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapView::setMeasure(RegionMeasure measure)
{
    if (m_measureBox->currentIndex() != static_cast<int>(measure))
        m_measureBox->setCurrentIndex(static_cast<int>(measure));
    if (m_shading.measure == measure)
        return;
    m_shading.measure = measure;
    if (measure == RegionMeasure::OverdueMilestones && !m_externalFigures)
        rebuildModel(); // its own figures may be of before the milestones came
    else
        invalidateCache();
}

void MapView::setRegionFigures(const QMap<QString, OblastFigures> &figures)
{
    m_externalFigures = true;
    RegionShading shading = m_shading;
    shading.figures = figures;
    const bool sameShades = sameShading(m_shading, shading);
    m_shading = std::move(shading);
    // The layer takes the better part of a second to draw at 100,000 pairs:
    // figures that shade every region as before (the milestones came, and the
    // map shows pairs) leave it as it is.
    if (!sameShades)
        invalidateCache();
}

void MapView::rebuildModel()
{
    if (!m_store)
        return;
    const Portfolio &portfolio = m_store->portfolio();
    const bool shade = !m_externalFigures;
    if (portfolio.pairs().size() < m_modelThreshold) {
        const QList<qsizetype> &selection = m_store->filtered();
        takeModel(std::make_shared<MapModel>(MapModel::build(portfolio, selection)),
                  shade ? computeStatistics(portfolio, selection, m_store->today()).byOblast
                        : m_shading.figures);
        return;
    }
    // 30–60 ms at 100,000 pairs: built on the worker from a copy of the pairs
    // that shares them with the store.
    if (m_modelRunning) {
        m_modelAgain = true;
        return;
    }
    m_modelRunning = true;
    m_modelAgain = false;
    // The map's own figures are counted whether or not the dashboard's are
    // given: the dashboard may have none by the time the model comes (it
    // counts them anew after a reload), and shading from the same pairs, they
    // leave the layer as it is when the dashboard's come.
    m_modelPool.start([this, portfolio = Portfolio(portfolio), selection = m_store->filtered(),
                       today = m_store->today()]() mutable {
        lowerThreadPriority(WorkPriority::Background);
        auto model = std::make_shared<const MapModel>(MapModel::build(portfolio, selection));
        const QMap<QString, OblastFigures> figures =
            computeStatistics(portfolio, selection, today).byOblast;
        portfolio = Portfolio(); // the store's pairs are its own again
        // `this` outlives the worker: the destructor waits for it.
        QMetaObject::invokeMethod(
            this,
            [this, model, figures] {
                m_modelRunning = false;
                takeModel(model, !m_externalFigures ? figures : m_shading.figures);
                if (std::exchange(m_modelAgain, false))
                    rebuildModel();
            },
            Qt::QueuedConnection);
    });
}

void MapView::takeModel(std::shared_ptr<const MapModel> model,
                        const QMap<QString, OblastFigures> &figures)
{
    m_model = std::move(model);
    m_shading.figures = figures;
    m_hoverCluster = -1;
    invalidateCache();
}

double MapView::minScale() const
{
    return std::max(10.0, width() / 7.0);
}

void MapView::fit(const QRectF &sceneRect)
{
    if (width() < 10 || height() < 10) {
        m_pendingFit = sceneRect;
        return;
    }
    m_pendingFit.reset();
    const double s = std::min(width() / sceneRect.width(), height() / sceneRect.height());
    setView(sceneRect.center(), s);
}

void MapView::showEurope()
{
    fit(lonLatBox(-10, 35.5, 44, 60.5));
}

void MapView::showWorld()
{
    fit(lonLatBox(-130, -45, 165, 72));
}

void MapView::showUkraine()
{
    fit(lonLatBox(22, 44.2, 40.3, 52.5));
}

void MapView::setView(const QPointF &center, double scale)
{
    m_center = center;
    m_scale = std::clamp(scale, minScale(), maxScale);
    viewMoved();
}

void MapView::invalidateCache()
{
    ++m_wantedGeneration;
    startCacheJob();
    update();
}

void MapView::viewMoved()
{
    ++m_wantedGeneration;
    m_settle.start();
    update();
}

void MapView::zoomBy(double factor, const QPointF &anchor, bool animated)
{
    const MapViewport vp{m_center, m_scale, size()};
    const QPointF anchorScene = vp.toScene(anchor);
    const QPointF half(width() / 2.0, height() / 2.0);
    const double start = m_scale;
    // Zooming again while gliding goes on from where the glide was heading.
    const bool gliding = m_zoomAnimation->state() == QAbstractAnimation::Running;
    const double from = gliding ? m_zoomAnimation->endValue().toDouble() : start;
    const double target = std::clamp(from * factor, minScale(), maxScale);
    auto apply = [this, anchorScene, anchor, half](double s) {
        m_scale = s;
        m_center = anchorScene - (anchor - half) / s;
        viewMoved();
    };
    if (!animated) {
        apply(target);
        return;
    }
    m_zoomAnimation->stop();
    m_zoomAnimation->disconnect(this);
    m_zoomAnimation->setStartValue(start);
    m_zoomAnimation->setEndValue(target);
    connect(m_zoomAnimation, &QVariantAnimation::valueChanged, this,
            [apply](const QVariant &v) { apply(v.toDouble()); });
    m_zoomAnimation->start();
}

void MapView::panBy(const QPointF &pixels)
{
    m_center -= pixels / m_scale;
    viewMoved();
}

QPointF MapView::toWidget(double lon, double lat) const
{
    const MapViewport vp{m_center, m_scale, size()};
    return vp.toPixel(geo::MapData::shipped().toScene(lon, lat));
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_pendingFit)
        fit(*m_pendingFit);
    // The layer is drawn with half a window to spare on every side: a window
    // made smaller, or a little larger (a line of text above the map on the
    // dashboard), is still covered by it, and nothing is drawn again.
    if (isCacheCurrent() && cacheCovers(rect()))
        return;
    ++m_wantedGeneration;
    m_settle.start();
}

bool MapView::cacheCovers(const QRect &area) const
{
    const MapViewport &c = m_layers.viewport;
    if (m_cache.isNull() || c.scale != m_scale)
        return false;
    const QRectF drawn = cacheToWidget().mapRect(QRectF(QPointF(0, 0), c.size));
    return drawn.contains(QRectF(area));
}

bool MapView::isCacheCurrent() const
{
    return !m_cache.isNull() && m_cacheGeneration == m_wantedGeneration;
}

struct MapCacheResult
{
    int generation = 0;
    std::shared_ptr<const MapModel> model;
    MapLayers layers;
    QImage image;
};

namespace {

void drawCache(MapCacheResult &r, const MapViewport &viewport, const RegionShading &shading,
               qreal dpr)
{
    r.layers = MapLayers::build(*r.model, viewport);
    r.image = QImage((viewport.size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    r.image.setDevicePixelRatio(dpr);
    QPainter painter(&r.image);
    drawLayers(painter, *r.model, r.layers, shading);
}

} // namespace

void MapView::rebuildCache()
{
    if (width() <= 0 || height() <= 0)
        return;
    MapCacheResult r;
    r.model = m_model;
    drawCache(r, MapViewport{m_center, m_scale, QSizeF(width() * 2.0, height() * 2.0)}, m_shading,
              devicePixelRatioF());
    m_cacheModel = std::move(r.model);
    m_layers = std::move(r.layers);
    m_cache = std::move(r.image);
    m_cacheGeneration = m_wantedGeneration;
    m_hoverCluster = -1;
}

void MapView::startCacheJob()
{
    if (m_jobRunning || m_cacheGeneration == m_wantedGeneration || width() <= 0 || height() <= 0)
        return;
    m_jobRunning = true;
    auto result = std::make_shared<MapCacheResult>();
    result->generation = m_wantedGeneration;
    result->model = m_model;
    // Half a window on every side, so that a pan shows drawn map at once.
    const MapViewport viewport{m_center, m_scale, QSizeF(width() * 2.0, height() * 2.0)};
    const RegionShading shading = m_shading;
    const qreal dpr = devicePixelRatioF();
    {
        QMutexLocker lock(&m_drawLink->mutex);
        m_drawLink->drawing = true;
    }
    // On the global pool, not a pool of its own: Qt's raster engine splits a
    // large fill over the global pool unless the thread drawing is one of its
    // threads. From a thread of its own the layer's fills ran on the pool at
    // the window's priority, and waking it for each took 49,000 thread
    // switches and half a second of processor while a file opened
    // (docs/performance.md). The thread keeps its lowered priority after
    // the job (a thread's priority is not raised again); Qt's fills for the
    // window that land on it later are slower only while the processor is
    // busy, and the frames measured while a file opens stayed under 50 ms.
    QThreadPool::globalInstance()->start(
        [link = m_drawLink, result, viewport, shading, dpr, observer = m_drawingObserver] {
            lowerThreadPriority(WorkPriority::Idle);
            if (observer)
                observer();
            drawCache(*result, viewport, shading, dpr);
            QMutexLocker lock(&link->mutex);
            link->drawing = false;
            link->done.wakeAll();
            if (!link->view)
                return;
            MapView *view = link->view;
            QMetaObject::invokeMethod(
                view, [view, result] { view->takeCache(*result); }, Qt::QueuedConnection);
        });
}

void MapView::takeCache(MapCacheResult &result)
{
    m_jobRunning = false;
    if (result.generation > m_cacheGeneration) {
        m_cacheModel = std::move(result.model);
        m_layers = std::move(result.layers);
        m_cache = std::move(result.image);
        m_cacheGeneration = result.generation;
        m_hoverCluster = -1;
        update();
    }
    if (m_cacheGeneration != m_wantedGeneration && !m_settle.isActive())
        startCacheJob();
}

QTransform MapView::cacheToWidget() const
{
    const MapViewport &c = m_layers.viewport;
    const double k = m_scale / c.scale;
    const QPointF half(c.size.width() / 2, c.size.height() / 2);
    const QPointF d =
        (-half / c.scale + c.center - m_center) * m_scale + QPointF(width() / 2.0, height() / 2.0);
    return QTransform(k, 0, 0, k, d.x(), d.y());
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPaintEngine::Type engine = painter.paintEngine()->type();
    if (engine == QPaintEngine::SVG || engine == QPaintEngine::Pdf ||
        engine == QPaintEngine::Picture) {
        renderVector(&painter, rect());
        return;
    }
    painter.fillRect(rect(), QColor(0xd5, 0xe4, 0xf0));
    if (m_cache.isNull()) {
        // The first drawing is made on the worker like every other: the sea
        // until it comes, rather than a window that waits for it.
        startCacheJob();
        return;
    }
    const QTransform t = cacheToWidget();
    const bool moving = !isCacheCurrent();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !moving);
    painter.setTransform(t);
    painter.drawImage(QPointF(0, 0), m_cache);
    painter.resetTransform();
    drawOverlay(painter, MapViewport{m_center, m_scale, size()});
}

void MapView::renderVector(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->translate(target.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), target.size()));
    const MapViewport vp{m_center, m_scale * target.width() / std::max(1, width()), target.size()};
    const MapLayers layers = MapLayers::build(*m_model, vp);
    drawLayers(*painter, *m_model, layers, m_shading);
    drawOverlay(*painter, vp);
    painter->restore();
}

void MapView::drawOverlay(QPainter &painter, const MapViewport &vp) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The selected pair, whatever cluster or aggregate it is drawn in.
    const qint64 current = m_store ? m_store->currentPair() : 0;
    const MapModel &model = *m_model;
    if (const auto it = model.pairIndex.constFind(current);
        current && it != model.pairIndex.cend()) {
        const MapPartnership &p = model.pairs[*it];
        const QPointF a = vp.toPixel(model.places[p.community].scene);
        const QPointF b = vp.toPixel(model.places[p.partner].scene);
        const QPolygonF line = arcLine(a, b);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 230), 7, Qt::SolidLine, Qt::RoundCap));
        painter.drawPolyline(line);
        painter.setPen(QPen(present::palette::stage(p.stage), 3.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawPolyline(line);
        for (const QPointF &end : {a, b}) {
            painter.setPen(QPen(QColor(0x11, 0x18, 0x27), 2));
            painter.setBrush(Qt::white);
            painter.drawEllipse(end, 5.5, 5.5);
        }
        const QString label =
            model.places[p.community].name + QStringLiteral(" – ") + model.places[p.partner].name;
        QFont f = font();
        f.setBold(true);
        painter.setFont(f);
        const QFontMetricsF fm(f);
        QRectF box = fm.boundingRect(label).adjusted(-6, -3, 6, 3);
        box.moveCenter(line.at(line.size() / 2) + QPointF(0, -box.height()));
        painter.setPen(QPen(present::palette::stage(p.stage), 1.2));
        painter.setBrush(QColor(255, 255, 255, 240));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(QColor(0x11, 0x18, 0x27));
        painter.drawText(box, Qt::AlignCenter, label);
    }
    if (m_hoverCluster >= 0 && m_hoverCluster < m_layers.clusters.size() &&
        vp.size == QSizeF(size())) {
        const MapCluster &c = m_layers.clusters[m_hoverCluster];
        const QPointF pos = cacheToWidget().map(c.pos);
        painter.setPen(QPen(present::palette::accent(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(pos, c.radius + 3, c.radius + 3);
    }
    const QRectF legend(8, vp.size.height() - 218 - 8, 196, 218);
    drawLegend(painter, legend);
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 2));
    painter.setFont(small);
    painter.setPen(QColor(0x4b, 0x55, 0x63));
    QString note = tr("Map data: Natural Earth");
    if (m_layers.aggregated)
        note = tr("Arcs joined per oblast and partner country") + QStringLiteral(" · ") + note;
    if (model.pairsWithoutPosition > 0)
        note =
            tr("%n pair(s) without a partner position not drawn", "", model.pairsWithoutPosition) +
            QStringLiteral(" · ") + note;
    const QRectF noteRect(0, vp.size.height() - 18, vp.size.width() - 8, 16);
    painter.drawText(noteRect, Qt::AlignRight | Qt::AlignVCenter, note);
    painter.restore();
}

void MapView::drawLegend(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(area, 6, 6);
    QFont f = font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    painter.setFont(f);
    const QFontMetricsF fm(f);
    const double line = fm.height() + 2;
    double y = area.top() + 6;
    const double x = area.left() + 10;
    QFont bold = f;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x11, 0x18, 0x27));
    painter.drawText(QPointF(x, y + fm.ascent()), tr("Pairs by stage"));
    painter.setFont(f);
    y += line;
    for (Stage s : EnumTraits<Stage>::values()) {
        painter.setPen(QPen(present::palette::stage(s), 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 18, y + fm.height() / 2));
        painter.setPen(QColor(0x1f, 0x29, 0x37));
        painter.drawText(QPointF(x + 26, y + fm.ascent()), toLabel(s));
        y += line;
    }
    y += 2;
    painter.setPen(QPen(QColor(0x0b, 0x3d, 0x91), 1.2));
    painter.setBrush(QColor(0xff, 0xd5, 0x00));
    painter.drawEllipse(QPointF(x + 9, y + fm.height() / 2), 4.5, 4.5);
    painter.setPen(QColor(0x1f, 0x29, 0x37));
    painter.drawText(QPointF(x + 26, y + fm.ascent()), tr("Community"));
    painter.setPen(QPen(QColor(0x37, 0x41, 0x51), 1.2));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(x + 99, y + fm.height() / 2), 4.5, 4.5);
    painter.setPen(QColor(0x1f, 0x29, 0x37));
    painter.drawText(QPointF(x + 108, y + fm.ascent()), tr("Partner"));
    y += line + 2;
    if (m_shading.measure != RegionMeasure::None) {
        painter.setPen(QColor(0x1f, 0x29, 0x37));
        painter.drawText(QPointF(x, y + fm.ascent()), m_measureBox->currentText());
        y += line;
        const QRectF bar(x, y + 2, area.width() - 20, 8);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        g.setColorAt(0, present::palette::ramp(0.08));
        g.setColorAt(1, present::palette::ramp(1));
        painter.setPen(Qt::NoPen);
        painter.setBrush(g);
        painter.drawRect(bar);
        painter.setPen(QColor(0x1f, 0x29, 0x37));
        y += 12;
        painter.drawText(QPointF(x, y + fm.ascent()), QStringLiteral("0"));
        const QString max = QLocale().toString(m_shading.maximum());
        painter.drawText(QPointF(bar.right() - fm.horizontalAdvance(max), y + fm.ascent()), max);
    }
    painter.restore();
}

QString MapView::describePairs(const MapModel &model, const QList<int> &pairs, int limit) const
{
    QStringList lines;
    for (int i : pairs) {
        if (lines.size() == limit) {
            lines << tr("… and %n more", "", static_cast<int>(pairs.size()) - limit);
            break;
        }
        const MapPartnership &p = model.pairs[i];
        lines << QStringLiteral("%1 – %2 (%3)")
                     .arg(model.places[p.community].name, model.places[p.partner].name,
                          toLabel(p.stage));
    }
    return lines.join(u'\n');
}

} // namespace tt::ui
