#pragma once

// The colours the dashboard, the map and the charts share, so that a stage has
// the same colour in the legend, on an arc and in a bar.

#include "core/domain.h"

#include <QColor>

namespace tt::ui::palette {

QColor stage(Stage stage);
QColor done();
QColor due();
QColor overdue();
QColor accent();
QColor muted();
// A sequential ramp from light to strong, t in [0, 1].
QColor ramp(double t);

} // namespace tt::ui::palette
