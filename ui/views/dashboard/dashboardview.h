#pragma once

// The dashboard: the figures the ministry asks for at a glance (KPI tiles),
// the map, and charts by stage, partner country, cooperation area, oblast,
// year of signing and milestones per month. Every figure comes from
// computeStatistics() over the store's filtered pairs, the same code the
// reports and `twinning-tracker stats` use. Clicking a bar or slice sets that
// facet of the store's filter (clicking it again clears it); clicking a pair
// on the map makes it the store's current pair.
//
// Embedding: `new tt::ui::DashboardView(store, parent)`; nothing else is
// needed. The view follows the store's signals and never touches the database
// except to read the cooperation areas' names and colours, the ministry's
// submissions and answers (for the overdue answers it flags) and the aid
// records (for the aid received through the filtered pairs).

#include "app/core/entities.h"
#include "app/core/statistics.h"
#include "ui/views/dashboard/dormantpairs.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

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
    enum class Chart { Stage, Country, Area, Oblast, Year, Milestones };
    enum class Tile { Pairs, Agreements, Communities, Countries, Overdue, Due, Aid, Dormant };

    explicit DashboardView(PortfolioStore *store, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Recomputes now (it otherwise happens right after the store changes).
    void refresh();
    const Statistics &statistics() const { return m_stats; }

    MapView *mapView() const { return m_map; }
    ChartView *chart(Chart chart) const;
    KpiTile *tile(Tile tile) const;
    // The line that flags answers of the ministry overdue among the filtered
    // pairs (hidden when there are none).
    QLabel *ministryAlert() const { return m_ministryAlert; }
    // The pairs the dormancy tile counts, and the list of them it opens.
    const DormantPairsFigures &dormantPairs() const { return m_dormantFigures; }
    void showDormantPairs();

    // PNG or SVG by the file's suffix.
    Status exportDashboard(const QString &path);
    Status exportMap(const QString &path);
    Status exportChart(Chart chart, const QString &path);

    // How many oblasts and partner countries the aid panel names per currency.
    static constexpr int topAidPlaces = 3;
    // How many top partner countries the country chart names.
    static constexpr int topCountries = 15;
    // How many years the chart of signed agreements shows one by one.
    static constexpr int yearsShown = 20;

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
    void loadAreas();
    void updateTiles();
    void updateMinistryAlert();
    void updateAid();
    void updateDormant();
    void applyAlertColors();
    bool milestonesLoading() const;
    QString milestoneChartTitle() const;
    void updateCharts();
    void updateFilterSummary();
    void applyChartClick(Chart chart, const QString &key);
    void exportWithDialog(const std::function<Status(const QString &)> &write,
                          const QString &baseName, const QString &suffix);
    void attachExportMenu(QWidget *widget, const std::function<Status(const QString &)> &write,
                          const QString &baseName);

    QPointer<PortfolioStore> m_store;
    Statistics m_stats;
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
    QList<ChartView *> m_charts;
    MapView *m_map = nullptr;
    DormantPairs m_dormant;
    DormantPairsFigures m_dormantFigures;
};

} // namespace tt::ui
