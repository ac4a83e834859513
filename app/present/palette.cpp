#include "app/present/palette.h"

#include <algorithm>

namespace tt::present::palette {

QColor stage(Stage stage)
{
    switch (stage) {
    case Stage::FirstContact:
        return QColor(0x9a, 0xa5, 0xb1);
    case Stage::Negotiation:
        return QColor(0x6c, 0xb4, 0xe4);
    case Stage::Memorandum:
        return QColor(0xf0, 0xb4, 0x29);
    case Stage::CooperationAgreement:
        return QColor(0x3d, 0xa8, 0x6b);
    case Stage::TwinningAgreement:
        return QColor(0x1f, 0x5f, 0xbf);
    case Stage::Suspended:
        return QColor(0x9b, 0x6b, 0xb5);
    case Stage::Terminated:
        return QColor(0xd6, 0x45, 0x41);
    }
    return Qt::gray;
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

QColor other()
{
    return QColor(0x9a, 0xa5, 0xb1);
}

QColor alert()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor warning()
{
    return QColor(0xb4, 0x53, 0x09);
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

} // namespace tt::present::palette
