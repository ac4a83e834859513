#include "kpitile.h"

#include <QLabel>
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
    setStyleSheet(QStringLiteral("#kpiTile { background: white; border: 1px solid #e2e5ea; "
                                 "border-left: 4px solid %1; border-radius: 6px; }")
                      .arg(accent.name()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    QFont captionFont = font();
    captionFont.setPointSizeF(font().pointSizeF() - 0.5);
    m_caption->setFont(captionFont);
    m_caption->setStyleSheet(QStringLiteral("color: #4b5563;"));
    m_caption->setWordWrap(true);
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setStyleSheet(QStringLiteral("color: #111827;"));
    // "24 von 1.470" is wider than a narrow tile: it breaks before the total
    // rather than being cut off.
    m_value->setWordWrap(true);
    m_detail->setFont(captionFont);
    m_detail->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_detail->setWordWrap(true);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(5);
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { background: #e5e7eb; border: none; "
                                        "border-radius: 2px; } QProgressBar::chunk { "
                                        "background: %1; border-radius: 2px; }")
                             .arg(accent.name()));
    m_bar->hide();
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addStretch();
    setMinimumWidth(150);
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
    m_value->setStyleSheet(alert ? QStringLiteral("color: #c0392b;")
                                 : QStringLiteral("color: #111827;"));
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
