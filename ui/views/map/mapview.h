#pragma once

// The map of the dashboard, drawn by the program itself from the shipped
// Natural Earth polygons (offline; Qt 6.4 has no QtLocation): communities and
// partner places as points sized by their pairs, each pair an arc coloured by
// its stage, Ukraine's regions shaded by a chosen measure. Wheel, +/− and drag
// zoom and pan; hovering tells what is under the pointer; a click selects the
// pair in the store, and the store's current pair is highlighted.
//
// Speed: the base map, arcs and points of a view are drawn once into an image
// (with a margin around the window); while the user pans or zooms a frame only
// moves and scales that image and draws the overlay. The image is redrawn on a
// worker thread when the view has been still for a moment, or the filter or
// shading changed, and replaces the old one when it is ready: the window never
// waits for it.

#include "ui/views/map/maplayers.h"

#include <QImage>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QToolButton;
class QVariantAnimation;

namespace tt {
class PortfolioStore;
}

namespace tt::ui {

struct MapCacheResult;

class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(PortfolioStore *store, QWidget *parent = nullptr);
    ~MapView() override;

    // From how many pairs the model (the pairs' places and arcs) is built on a
    // worker; below, at once (tests set 0).
    static constexpr qsizetype defaultModelBackgroundThreshold = 10000;
    void setModelBackgroundThreshold(qsizetype pairs) { m_modelThreshold = pairs; }
    // Called on the thread that draws the layer, before each drawing (tests).
    void setDrawingObserver(std::function<void()> observer)
    {
        m_drawingObserver = std::move(observer);
    }
    // True while the model is being built on the worker.
    bool isBuildingModel() const { return m_modelRunning; }

    RegionMeasure measure() const { return m_shading.measure; }
    void setMeasure(RegionMeasure measure);
    // Figures per region for the shading, from the dashboard's statistics.
    // Until they are given, the map computes them from the store itself.
    void setRegionFigures(const QMap<QString, OblastFigures> &figures);
    // The dashboard has no figures (yet): the map shades from its own count,
    // made with each model, until they come.
    void useOwnRegionFigures() { m_externalFigures = false; }

    QPointF center() const { return m_center; }
    double scale() const { return m_scale; }
    void setView(const QPointF &center, double scale);
    // Zooms by `factor` keeping the point under `anchor` (widget pixels) still.
    void zoomBy(double factor, const QPointF &anchor, bool animated = false);
    void panBy(const QPointF &pixels);
    void showEurope();
    void showWorld();
    void showUkraine();

    // Where a place is drawn now, in widget pixels.
    QPointF toWidget(double lon, double lat) const;

    struct Hit
    {
        enum class Kind { None, Place, Arc };
        Kind kind = Kind::None;
        QList<qint64> pairIds;
        QString text;
    };
    Hit hitTest(const QPointF &pos) const;

    // Builds the cached layer for the current view now (otherwise it is built
    // once the view has settled).
    void rebuildCache();
    bool isCacheCurrent() const;
    // Whether the layer drawn last covers `area` of the widget at the scale shown.
    bool cacheCovers(const QRect &area) const;
    const MapLayers &layers() const { return m_layers; }
    // The pairs and places shown (the layers may still be of an older one
    // until the cache catches up: cacheModel()).
    const MapModel &model() const { return *m_model; }
    const MapModel &cacheModel() const { return *m_cacheModel; }

    // Draws the map as vectors into `target` (SVG, print), at the current view.
    void renderVector(QPainter *painter, const QRectF &target);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildModel();
    void takeModel(std::shared_ptr<const MapModel> model,
                   const QMap<QString, OblastFigures> &figures);
    void fit(const QRectF &sceneRect);
    void viewMoved();
    void retranslate();
    void drawOverlay(QPainter &painter, const MapViewport &vp) const;
    void drawLegend(QPainter &painter, const QRectF &area) const;
    QTransform cacheToWidget() const;
    QString describePairs(const MapModel &model, const QList<int> &pairs, int limit = 6) const;
    void invalidateCache();
    void startCacheJob();
    void takeCache(MapCacheResult &result);
    double minScale() const;

    QPointer<PortfolioStore> m_store;
    std::shared_ptr<const MapModel> m_model;
    std::shared_ptr<const MapModel> m_cacheModel; // what m_layers index into
    MapLayers m_layers;                           // of the cache
    QImage m_cache;
    // Every change of view, model, shading or size asks for a new generation of
    // the cache; the worker builds one at a time.
    int m_wantedGeneration = 0;
    int m_cacheGeneration = -1;
    bool m_jobRunning = false;
    // The layer is drawn on Qt's global pool (startCacheJob()); the job reaches
    // this widget through the link, which the destructor cuts.
    struct DrawLink;
    std::shared_ptr<DrawLink> m_drawLink;
    // A large portfolio's model is built on a worker of its own, one at a
    // time; a change meanwhile builds it once more when that one is in.
    QThreadPool m_modelPool;
    bool m_modelRunning = false;
    qsizetype m_modelThreshold = defaultModelBackgroundThreshold;
    std::function<void()> m_drawingObserver;
    bool m_modelAgain = false;
    RegionShading m_shading;
    bool m_externalFigures = false;
    QPointF m_center;
    double m_scale = 0;
    std::optional<QRectF> m_pendingFit;
    QTimer m_settle;
    QVariantAnimation *m_zoomAnimation = nullptr;
    QPointF m_zoomAnchor;
    QPoint m_pressPos;
    QPoint m_lastDrag;
    bool m_dragging = false;
    int m_hoverCluster = -1;
    QComboBox *m_measureBox = nullptr;
    QToolButton *m_europeButton = nullptr;
    QToolButton *m_worldButton = nullptr;
    QToolButton *m_ukraineButton = nullptr;
};

} // namespace tt::ui
