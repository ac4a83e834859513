#include "ui/widgets/kpitile.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tt::ui {

KpiTile::KpiTile(const QColor &accent, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_accent(accent)
{
    setObjectName(QStringLiteral("kpiTile"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 12, 8);
    layout->setSpacing(2);
    QFont captionFont = font();
    captionFont.setPointSizeF(font().pointSizeF() - 0.5);
    m_caption->setFont(captionFont);
    m_caption->setWordWrap(true);
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    // "24 von 1.470" is wider than a narrow tile: it breaks before the total
    // rather than being cut off.
    m_value->setWordWrap(true);
    m_detail->setFont(captionFont);
    m_detail->setWordWrap(true);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(5);
    m_bar->hide();
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addStretch();
    setMinimumWidth(150);
    applyColors();
}

namespace {

// `a` blended towards `b` by `t` in [0, 1].
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

void KpiTile::applyColors()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    const auto setColor = [](QLabel *label, const QColor &color) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, color);
        label->setPalette(p);
    };
    setColor(m_caption, mix(text, base, 0.25));
    setColor(m_value,
             m_alert ? (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x39, 0x2b)) : text);
    setColor(m_detail, mix(text, base, 0.4));
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { background: %1; border: none; "
                                        "border-radius: 2px; } QProgressBar::chunk { "
                                        "background: %2; border-radius: 2px; }")
                             .arg(mix(base, text, 0.12).name(), m_accent.name()));
    update();
}

void KpiTile::paintEvent(QPaintEvent *)
{
    // A card in the palette's base colour with the tile's accent on the left.
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath card;
    card.addRoundedRect(r, 6, 6);
    painter.fillPath(card, base);
    painter.save();
    painter.setClipPath(card);
    painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), m_accent);
    painter.restore();
    painter.setPen(QPen(mix(base, pal.color(QPalette::Text), 0.15), 1));
    painter.drawPath(card);
    if (m_clickable && hasFocus()) {
        QPainterPath inner;
        inner.addRoundedRect(r.adjusted(2, 2, -2, -2), 5, 5);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawPath(inner);
    }
}

void KpiTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton &&
        rect().contains(event->position().toPoint())) {
        emit activated();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void KpiTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
                        event->key() == Qt::Key_Space)) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void KpiTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

void KpiTile::setShare(double share)
{
    m_bar->setVisible(share >= 0);
    m_bar->setValue(static_cast<int>(std::clamp(share, 0.0, 1.0) * 1000));
}

void KpiTile::setAlert(bool alert)
{
    if (alert == m_alert)
        return;
    m_alert = alert;
    applyColors();
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

} // namespace tt::ui
