#pragma once

// The colours the screen and the paper share: the dashboard, the map, the
// charts and the printed reports, so that a stage has the same colour in the
// legend, on an arc, in a bar and on the page.

#include "app/core/domain.h"

#include <QColor>

namespace tt::present::palette {

QColor stage(Stage stage);
QColor done();
QColor due();
QColor overdue();
QColor accent();
QColor muted();
// The bar that gathers the rest ("Other countries (12)").
QColor other();
// Text that alarms (overdue) and text that warns (an area declared and not
// delivered, a dormant pair), on a light ground; the reports' style sheet
// (reports/pagedprinter.cpp) gives .overdue and .warning the same.
QColor alert();
QColor warning();
// A sequential ramp from light to strong, t in [0, 1].
QColor ramp(double t);

} // namespace tt::present::palette
