#include "palette.h"

#include "reports/figures.h"

#include <algorithm>

namespace tt::ui::palette {

QColor stage(Stage stage)
{
    // One set of stage colours for the screen and the printed reports.
    return reports::stageColor(stage);
}

QColor done()
{
    return QColor(0x3d, 0xa8, 0x6b);
}

QColor due()
{
    return QColor(0x6c, 0xb4, 0xe4);
}

QColor overdue()
{
    return QColor(0xd6, 0x45, 0x41);
}

QColor accent()
{
    return QColor(0x1f, 0x5f, 0xbf);
}

QColor muted()
{
    return QColor(0x6b, 0x72, 0x80);
}

QColor ramp(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    // Light sand to deep amber: readable under blue and green arcs.
    const QColor a(0xfb, 0xf3, 0xe4), b(0xc8, 0x6b, 0x1e);
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace tt::ui::palette
