// How long the window's thread is busy at a stretch: its longest frame while a
// national file opens, and while a colleague's burst of 100 saves reaches it.
//   TT_BENCH_DB=/tmp/big100k.twinning QT_QPA_PLATFORM=offscreen build/tests/bench/bench_frames
// A frame is how long the thread stays away from its event loop at a stretch,
// as a timer due every 2 ms sees it.
// Opening is measured as the program does it, after the window's first paint,
// until the milestones are in; the burst from its first save, made by another
// connection on a thread of its own, until the window shows the last one.

#include "app/commands/editor.h"
#include "app/core/repositories.h"
#include "app/core/settings.h"
#include "app/models/portfoliostore.h"
#include "tests/bench/benchdb.h"
#include "ui/views/dashboard/dashboardview.h"
#include "ui/views/map/mapview.h"
#include "ui/window/application.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>

using namespace tt;
using tt::ui::MainWindow;

namespace {

// The frames of the GUI thread between start() and stop(): a timer due every
// 2 ms notes how long it waited since its last turn, which is how long the
// thread was busy elsewhere (reading, painting, counting) at a stretch.
class FrameClock : public QObject
{
public:
    FrameClock()
    {
        m_probe.setTimerType(Qt::PreciseTimer);
        m_probe.setInterval(2);
        connect(&m_probe, &QTimer::timeout, this, [this] {
            const double frame = m_last.nsecsElapsed() / 1e6;
            m_frames << frame;
            if (trace() && frame > 20)
                qInfo("frame of %.1f ms ending at %lld ms", frame, m_since.elapsed());
            m_last.start();
        });
    }
    // BENCH_FRAMES_TRACE=1 prints every frame over 20 ms, and note() what
    // happened when.
    static bool trace() { return qEnvironmentVariableIntValue("BENCH_FRAMES_TRACE") != 0; }
    void note(const char *what)
    {
        if (trace())
            qInfo("%s at %lld ms", what, m_since.elapsed());
    }
    void start()
    {
        m_frames.clear();
        m_since.start();
        m_last.start();
        m_probe.start();
    }
    void stop() { m_probe.stop(); }
    QString summary() const
    {
        QList<double> sorted = m_frames;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return QStringLiteral("no frames");
        const auto over = [&](double ms) {
            return std::count_if(sorted.begin(), sorted.end(), [ms](double f) { return f > ms; });
        };
        return QStringLiteral("%1 frames, longest %2 ms, 99th percentile %3 ms, over 50 ms: %4, "
                              "over 100 ms: %5")
            .arg(sorted.size())
            .arg(sorted.last(), 0, 'f', 1)
            .arg(sorted.at(qsizetype(sorted.size() * 0.99)), 0, 'f', 1)
            .arg(over(50))
            .arg(over(100));
    }

private:
    QTimer m_probe;
    QElapsedTimer m_last;
    QElapsedTimer m_since;
    QList<double> m_frames;
};

// Runs the event loop as the program does until done() holds or `ms` pass;
// says whether it holds. QTest's waits sleep 10 ms between their passes, and
// the probe's timer did not come round for hundreds of milliseconds in them
// while the thread itself was idle, so they are not used while measuring.
bool runUntil(const std::function<bool()> &done, int ms)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

void runFor(int ms)
{
    runUntil([] { return false; }, ms);
}

// Notes (with BENCH_FRAMES_TRACE=1) when the window's paint events begin and end.
class PaintNotes : public QObject
{
public:
    PaintNotes(QWidget *window, FrameClock *clock)
        : m_clock(clock)
    {
        if (FrameClock::trace())
            window->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_paints++ < 3)
            m_clock->note("the window paints");
        return false;
    }

private:
    FrameClock *m_clock;
    int m_paints = 0;
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().left(14))
                                          : QString();
}

} // namespace

class BenchFrames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opening_data();
    void opening();
    void remoteBurst_data();
    void remoteBurst();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void BenchFrames::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // settings of its own
    m_path = bench::databasePath(m_dir);
}

void BenchFrames::opening_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("pairs") << QStringLiteral("partnerships");
    QTest::newRow("dashboard") << QStringLiteral("dashboard");
}

void BenchFrames::opening()
{
    QFETCH(QString, page);
    settings::mainWindowPage.set(page);
    ui::warmUp(); // as the program does before its window
    MainWindow window;
    window.resize(1400, 900);
    FrameClock clock;
    clock.start();
    QElapsedTimer wall;
    wall.start();
    connect(window.store(), &PortfolioStore::reset, &clock, [&] { clock.note("reset"); });
    connect(window.store(), &PortfolioStore::milestonesLoaded, &clock,
            [&] { clock.note("milestones merged"); });
    window.openAfterFirstPaint(m_path);
    clock.note("pages made");
    window.show();
    clock.note("shown");
    PaintNotes paints(&window, &clock);
    // With the trace: when the dashboard's figures come, and when the map's
    // layer is drawn anew.
    QTimer watch;
    bool drawn = false;
    bool watchingFigures = false;
    if (FrameClock::trace()) {
        connect(&watch, &QTimer::timeout, &clock, [&] {
            auto *dashboard = window.findChild<ui::DashboardView *>();
            if (!dashboard)
                return;
            if (dashboard->mapView()->isCacheCurrent() != drawn) {
                drawn = !drawn;
                clock.note(drawn ? "the map's layer is drawn" : "the map's layer is wanted anew");
            }
            if (!watchingFigures) {
                watchingFigures = true;
                // The view by value: the pointer above ends with this call.
                connect(&dashboard->counter(), &ui::DashboardCounter::figuresReady, &clock,
                        [&clock, dashboard] {
                            clock.note(dashboard->counter().figures().complete
                                           ? "the figures come"
                                           : "the pairs' figures come");
                        });
            }
        });
        watch.start(2);
    }
    QVERIFY(runUntil([&] { return window.store()->database() && window.store()->hasMilestones(); },
                     120000));
    const qint64 milestonesIn = wall.elapsed();
    // The dashboard's figures, counted on a worker once the milestones are in.
    qint64 figuresIn = 0;
    if (auto *dashboard = window.findChild<ui::DashboardView *>()) {
        QVERIFY(runUntil(
            [&] {
                return !dashboard->counter().isCounting() &&
                       dashboard->counter().figures().complete;
            },
            120000));
        figuresIn = wall.elapsed();
        clock.note("dashboard's figures in");
    }
    // What the milestones set going (figures, the map) settles.
    runFor(500);
    clock.stop();
    qInfo("opening on %s: %s; milestones in after %lld ms%s (load %s)", qPrintable(page),
          qPrintable(clock.summary()), milestonesIn,
          figuresIn
              ? qPrintable(QStringLiteral(", the dashboard's figures after %1 ms").arg(figuresIn))
              : "",
          qPrintable(loadAverage()));
}

void BenchFrames::remoteBurst_data()
{
    opening_data();
}

void BenchFrames::remoteBurst()
{
    QFETCH(QString, page);
    settings::mainWindowPage.set(page);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openDatabase(m_path));
    QTRY_VERIFY_WITH_TIMEOUT(window.store()->hasMilestones(), 120000);
    QTest::qWait(500);

    // The colleague: 100 saves of pairs, each its own transaction.
    auto pairs = PartnershipRepository(*window.store()->database()).all();
    QVERIFY(pairs && pairs->size() >= 100);
    const QString mark = QStringLiteral("burst %1").arg(QDateTime::currentMSecsSinceEpoch());
    QList<qint64> ids;
    for (int i = 0; i < 100; ++i)
        ids << pairs->at(i * (pairs->size() / 100)).id;
    std::atomic<int> saved = 0;
    QString failure;
    QThread *colleague = QThread::create([&] {
        auto db = Database::open(m_path);
        if (!db) {
            failure = db.error().fullText();
            return;
        }
        Editor editor(**db);
        for (qint64 id : std::as_const(ids)) {
            auto pair = PartnershipRepository(**db).get(id);
            if (!pair) {
                failure = pair.error().fullText();
                return;
            }
            pair->officer = mark;
            if (auto s = editor.update(*pair, mark); !s) {
                failure = s.error().fullText();
                return;
            }
            ++saved;
        }
    });
    FrameClock clock;
    clock.start();
    QElapsedTimer wall;
    wall.start();
    colleague->start();
    const auto shown = [&] {
        const Portfolio &portfolio = window.store()->portfolio();
        return std::all_of(ids.begin(), ids.end(), [&](qint64 id) {
            const qsizetype i = portfolio.indexOf(id);
            return i >= 0 && portfolio.pairs().at(i).officer == mark;
        });
    };
    QVERIFY(runUntil([&] { return colleague->isFinished() && shown(); }, 60000));
    const qint64 all = wall.elapsed();
    clock.stop();
    colleague->wait();
    delete colleague;
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(saved.load(), 100);
    qInfo("burst of 100 saves on %s: all shown after %lld ms; %s (load %s)", qPrintable(page), all,
          qPrintable(clock.summary()), qPrintable(loadAverage()));
}

QTEST_MAIN(BenchFrames)
#include "bench_frames.moc"
