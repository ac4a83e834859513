// The window follows the desktop's light or dark palette: every text on the
// welcome page and the dashboard stays readable on its background (WCAG
// contrast of at least 3:1 for the muted texts, 4.5:1 for the figures).
// TT_SCREENSHOT_DIR=DIR saves what the test sees, to look at.

#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/widgets/chartview.h"
#include "ui/widgets/kpitile.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

using namespace tt;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// A colour with alpha, as painted on `ground`.
QColor over(const QColor &c, const QColor &ground)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(static_cast<float>(c.redF() * a + ground.redF() * (1 - a)),
                            static_cast<float>(c.greenF() * a + ground.greenF() * (1 - a)),
                            static_cast<float>(c.blueF() * a + ground.blueF() * (1 - a)));
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xe8, 0xe8, 0xe8, 150));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    return p;
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void readableOnPalette_data();
    void readableOnPalette();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_palette"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    auto db = test::openFresh(m_dir, QStringLiteral("demo.twinning"));
    QVERIFY(db);
    QVERIFY(sample::writeDemo(*db, QDate(2026, 6, 1)));
    m_demo = db->path();
}

void TestPalette::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestPalette::readableOnPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << QApplication::style()->standardPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void TestPalette::readableOnPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QApplication::setPalette(palette);
    const QString shots = qEnvironmentVariable("TT_SCREENSHOT_DIR");
    const QString tag = QLatin1String(QTest::currentDataTag());

    ui::MainWindow window;
    window.resize(1360, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (!shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/welcome-") + tag + QStringLiteral(".png"));

    QVERIFY(window.openDatabase(m_demo));
    window.setCurrentPage(ui::MainWindow::Page::Dashboard);
    QCoreApplication::processEvents();

    const QList<ui::KpiTile *> tiles = window.findChildren<ui::KpiTile *>();
    QVERIFY(tiles.size() >= 4);
    for (ui::KpiTile *tile : tiles) {
        const QColor ground = tile->palette().color(QPalette::Base);
        QCOMPARE(ground.lightness() < 128, dark);
        for (QLabel *label : tile->findChildren<QLabel *>()) {
            if (label->text().isEmpty())
                continue;
            const QColor text = over(label->palette().color(label->foregroundRole()), ground);
            QVERIFY2(contrast(text, ground) >= 3.0,
                     qPrintable(label->text() + QStringLiteral(": ") + text.name() +
                                QStringLiteral(" on ") + ground.name()));
        }
    }
    auto *content = window.findChild<QWidget *>(QStringLiteral("dashboardContent"));
    QVERIFY(content);
    const QColor contentGround = content->palette().color(QPalette::Window);
    for (QLabel *label : content->findChildren<QLabel *>()) {
        if (label->text().isEmpty() || qobject_cast<ui::KpiTile *>(label->parentWidget()))
            continue;
        const QColor text = over(label->palette().color(label->foregroundRole()), contentGround);
        QVERIFY2(contrast(text, contentGround) >= 3.0,
                 qPrintable(label->text().left(40) + QStringLiteral(": ") + text.name() +
                            QStringLiteral(" on ") + contentGround.name()));
    }
    // Each chart is a card on the palette's Base, its title in a readable ink:
    // drawn, the strongest pixel of the title's strip stands out from the ground.
    const QList<ui::ChartView *> charts = window.findChildren<ui::ChartView *>();
    QVERIFY(!charts.isEmpty());
    for (ui::ChartView *chart : charts) {
        QImage image(chart->size(), QImage::Format_RGB32);
        image.fill(Qt::magenta);
        {
            QPainter painter(&image);
            chart->renderTo(&painter, QRectF(image.rect()));
        }
        const QColor ground = image.pixelColor(1, 1);
        QCOMPARE(ground, palette.color(QPalette::Base));
        double strongest = 0;
        for (int y = 0; y < std::min(image.height(), 40); ++y) {
            for (int x = 0; x < image.width(); ++x)
                strongest = std::max(strongest, contrast(image.pixelColor(x, y), ground));
        }
        QVERIFY2(strongest >= 4.5, qPrintable(chart->title()));
    }
    if (!shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/dashboard-") + tag + QStringLiteral(".png"));
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
