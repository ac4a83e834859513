#pragma once

// Writes what a widget shows to a PNG or SVG file (by the file's suffix), for
// the dashboard's export buttons. SVG keeps charts and the map as vectors.

#include "app/core/result.h"

#include <QSize>

#include <functional>

class QPainter;
class QWidget;

namespace tt::ui {

// Paints `size` pixels with `paint` into `path` (.png or .svg).
Status exportPainting(const QString &path, const QSize &size, const QString &title,
                      const std::function<void(QPainter *)> &paint);
// A widget as it is shown, children included.
Status exportWidget(const QString &path, QWidget *widget, const QString &title);

} // namespace tt::ui
