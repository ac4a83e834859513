// The map's answer to the pointer and the keys: what is under the pointer,
// clicks that choose a pair, dragging, the wheel, the keys that zoom and pan,
// and tooltips. Drawing and the layer's cache are in mapview.cpp.

#include "app/models/portfoliostore.h"
#include "ui/views/map/mapview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace tt::ui {

MapView::Hit MapView::hitTest(const QPointF &pos) const
{
    Hit hit;
    if (m_cache.isNull())
        return hit; // nothing drawn yet, nothing to point at
    const MapModel &model = *m_cacheModel;
    const QTransform toWidget = cacheToWidget();
    const QPointF cachePos = toWidget.inverted().map(pos);
    const double k = toWidget.m11();
    // Points first: they sit on top of the arcs.
    int best = -1;
    double bestDistance = INFINITY;
    for (int i = 0; i < m_layers.clusters.size(); ++i) {
        const MapCluster &c = m_layers.clusters[i];
        const double d = std::hypot(c.pos.x() - cachePos.x(), c.pos.y() - cachePos.y()) * k;
        if (d <= c.radius * k + 3 && d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    if (best >= 0) {
        const MapCluster &c = m_layers.clusters[best];
        QSet<int> places(c.places.cbegin(), c.places.cend());
        QList<int> pairs;
        for (int i = 0; i < int(model.pairs.size()); ++i) {
            const MapPartnership &p = model.pairs[i];
            if (places.contains(c.community ? p.community : p.partner))
                pairs << i;
        }
        hit.kind = Hit::Kind::Place;
        for (int i : pairs)
            hit.pairIds << model.pairs[i].id;
        QStringList names;
        for (int i : c.places.mid(0, 4))
            names << model.places[i].name;
        QString head = c.places.size() == 1
                           ? names.first()
                           : tr("%n places: ", "", static_cast<int>(c.places.size())) +
                                 names.join(QStringLiteral(", ")) +
                                 (c.places.size() > 4 ? QStringLiteral(", …") : QString());
        if (c.places.size() == 1 && model.places[c.places.first()].approximate)
            head += QStringLiteral(" ") + tr("(position approximate: the oblast's centre)");
        hit.text = head + u'\n' + tr("%n pair(s)", "", static_cast<int>(pairs.size())) + u'\n' +
                   describePairs(model, pairs);
        return hit;
    }
    const MapArc *bestArc = nullptr;
    bestDistance = INFINITY;
    for (const MapArc &arc : m_layers.arcs) {
        const double tolerance = (arc.width / 2 + 4) / k;
        if (!arc.bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(cachePos))
            continue;
        const double d = distanceToPolyline(cachePos, arc.line);
        if (d <= tolerance && d <= bestDistance) { // later arcs are drawn on top
            bestArc = &arc;
            bestDistance = d;
        }
    }
    if (bestArc) {
        hit.kind = Hit::Kind::Arc;
        for (int i : bestArc->pairs)
            hit.pairIds << model.pairs[i].id;
        hit.text = (bestArc->pairs.size() > 1
                        ? tr("%n pair(s), mostly %1", "", static_cast<int>(bestArc->pairs.size()))
                                  .arg(toLabel(bestArc->stage)) +
                              u'\n'
                        : QString()) +
                   describePairs(model, bestArc->pairs);
    }
    return hit;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_lastDrag = m_pressPos;
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(pos - m_lastDrag);
            m_lastDrag = pos;
        }
        return;
    }
    if (!isCacheCurrent())
        return;
    const QPointF cachePos = cacheToWidget().inverted().map(QPointF(pos));
    int hover = -1;
    for (int i = 0; i < m_layers.clusters.size(); ++i) {
        const MapCluster &c = m_layers.clusters[i];
        if (std::hypot(c.pos.x() - cachePos.x(), c.pos.y() - cachePos.y()) <= c.radius + 3)
            hover = i;
    }
    if (hover != m_hoverCluster) {
        m_hoverCluster = hover;
        setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::ArrowCursor);
        return;
    }
    const Hit hit = hitTest(event->position());
    if (!m_store || hit.pairIds.isEmpty())
        return;
    // Clicking again on the same place steps through its pairs.
    const qsizetype i = hit.pairIds.indexOf(m_store->currentPair());
    m_store->setCurrentPair(hit.pairIds.at(i < 0 ? 0 : (i + 1) % hit.pairIds.size()));
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomBy(event->modifiers() & Qt::ShiftModifier ? 0.5 : 2.0, event->position(), true);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // A mouse wheel's notch glides; a touchpad's many small steps follow at once.
    const int delta = event->angleDelta().y();
    if (delta != 0)
        zoomBy(std::pow(1.25, delta / 120.0), event->position(), std::abs(delta) >= 120);
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.6, middle, true);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.6, middle, true);
        break;
    case Qt::Key_Left:
        panBy({80, 0});
        break;
    case Qt::Key_Right:
        panBy({-80, 0});
        break;
    case Qt::Key_Up:
        panBy({0, 80});
        break;
    case Qt::Key_Down:
        panBy({0, -80});
        break;
    case Qt::Key_Home:
        showEurope();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::leaveEvent(QEvent *event)
{
    if (m_hoverCluster >= 0) {
        m_hoverCluster = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitTest(help->pos());
        if (hit.kind == Hit::Kind::None)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), hit.text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace tt::ui
