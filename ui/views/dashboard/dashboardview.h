#pragma once

// The dashboard: the figures the ministry asks for at a glance (KPI tiles),
// the map, and one chart for each entry of the table of charts
// (present/charts.h: by stage, partner country, cooperation area, oblast, year
// of signing, milestones per month). Every figure comes from
// computeStatistics() over the store's filtered pairs, the same code the
// reports and `twinning-tracker stats` use. Clicking a bar or slice sets the
// facet of the store's filter that its category stands for (clicking it again
// clears it); clicking a pair on the map makes it the store's current pair.
//
// Embedding: `new tt::ui::DashboardView(store, parent)`; nothing else is
// needed. The figures are counted by a DashboardCounter (dashboardfigures.h),
// on a worker thread when the portfolio is large; the view itself reads only
// the cooperation areas' names and colours.

#include "app/core/entities.h"
#include "app/core/statistics.h"
#include "app/present/charts.h"
#include "ui/views/dashboard/dashboardfigures.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace tt {
class PortfolioStore;
}

namespace tt::ui {

class ChartView;
class KpiTile;
class MapView;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum class Tile { Pairs, Agreements, Communities, Countries, Overdue, Due, Aid, Dormant };

    explicit DashboardView(PortfolioStore *store, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Counts now, here (it otherwise happens right after the store changes,
    // on a worker thread when the portfolio is large: DashboardCounter).
    void refresh();
    const Statistics &statistics() const { return m_counter.figures().stats; }
    DashboardCounter &counter() { return m_counter; }

    MapView *mapView() const { return m_map; }
    // The chart of an entry of present::chartDefinitions(), by its key
    // ("stage", "country" …); nullptr for an unknown key.
    ChartView *chart(const QString &key) const;
    // The data the chart of `key` shows now; nullptr for an unknown key.
    const present::ChartData *chartData(const QString &key) const;
    KpiTile *tile(Tile tile) const;
    // The line that flags answers of the ministry overdue among the filtered
    // pairs (hidden when there are none).
    QLabel *ministryAlert() const { return m_ministryAlert; }
    // The pairs the dormancy tile counts, and the list of them it opens.
    const DormantPartnershipsFigures &dormantPairs() const { return m_counter.figures().dormant; }
    void showDormantPairs();

    // PNG or SVG by the file's suffix.
    Status exportDashboard(const QString &path);
    Status exportMap(const QString &path);
    Status exportChart(const QString &key, const QString &path);

    // How many oblasts and partner countries the aid panel names per currency.
    static constexpr int topAidPlaces = 3;
    // How many pairs the line of overdue answers names before "and N more".
    static constexpr int alertPairsNamed = 5;

signals:
    // A pair was chosen to be opened (from the list of dormant pairs); it is
    // the store's current pair already.
    void pairOpened(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void scheduleRefresh();
    void applyFigures();
    void loadAreas();
    void updateTiles();
    void updateMinistryAlert();
    void updateAid();
    void updateDormant();
    void applyAlertColors();
    bool milestonesLoading() const;
    // The first figures are being counted on the worker.
    bool counting() const;
    // The figures read from the database are not in yet.
    bool waitingForSources() const;
    // What a tile says while its figure is not in.
    QString waitingText() const;
    void buildCharts(QGridLayout *grid);
    void updateCharts();
    void updateFilterSummary();
    void applyChartClick(qsizetype chart, const QString &key);
    void exportWithDialog(const std::function<Status(const QString &)> &write,
                          const QString &baseName, const QString &suffix);
    void attachExportMenu(QWidget *widget, const std::function<Status(const QString &)> &write,
                          const QString &baseName);

    QPointer<PortfolioStore> m_store;
    DashboardCounter m_counter;
    bool m_pairsLoading = false; // the store was reading its pairs at the last reset
    QList<CooperationArea> m_areas;
    QTimer m_refreshTimer;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_filterSummary = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QPushButton *m_export = nullptr;
    QList<KpiTile *> m_tiles;
    QLabel *m_ministryAlert = nullptr;
    // One per entry of present::chartDefinitions(), in its order.
    QList<ChartView *> m_charts;
    QList<present::ChartData> m_chartData;
    MapView *m_map = nullptr;
};

} // namespace tt::ui
