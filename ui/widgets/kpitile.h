#pragma once

// One figure of the dashboard's top row: a caption, the figure, a line of
// detail, and optionally a bar for a share. A tile may open what it counts
// (setClickable): a click, or Enter or Space while it has the focus, emits
// activated.

#include <QFrame>

class QLabel;
class QProgressBar;

namespace tt::ui {

class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QColor &accent, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setDetail(const QString &detail);
    // A share in [0, 1] drawn as a bar under the figure; negative: no bar.
    void setShare(double share);
    void setAlert(bool alert);
    void setClickable(bool clickable);

    QString caption() const;
    QString value() const;
    QString detail() const;

signals:
    void activated();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Colours from the palette, so that a dark desktop gets dark tiles.
    void applyColors();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QColor m_accent;
    bool m_alert = false;
    bool m_clickable = false;
};

} // namespace tt::ui
