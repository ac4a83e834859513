#include "ui/views/dashboard/dashboardview.h"

#include "app/core/catalog.h"
#include "app/core/filterdescription.h"
#include "app/core/monitoring.h"
#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"
#include "app/present/money.h"
#include "app/present/palette.h"
#include "ui/dialogs/dormantpartnershipsdialog.h"
#include "ui/views/dashboard/export.h"
#include "ui/views/map/mapview.h"
#include "ui/widgets/chartview.h"
#include "ui/widgets/kpitile.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <iterator>

namespace tt::ui {

namespace {

QString n(int value)
{
    return QLocale().toString(value);
}

// Where the dashboard puts a chart of the table, by its key: grid row and
// column (the map takes rows 2 and 3 of columns 0 and 1), spans and the least
// height. A chart not named here gets a row of its own under the aid tile.
struct Placement
{
    const char *key;
    int row, column, rowSpan, columnSpan, minimumHeight;
};

constexpr Placement placements[] = {
    {"stage", 2, 2, 1, 1, 260}, {"milestones", 3, 2, 1, 1, 260}, {"country", 4, 0, 1, 1, 400},
    {"area", 4, 1, 1, 1, 400},  {"oblast", 4, 2, 2, 1, 700},     {"year", 5, 0, 1, 2, 288},
};
constexpr int aidRow = 6;

ChartView::Kind kindOf(present::ChartShape shape)
{
    switch (shape) {
    case present::ChartShape::Columns:
        return ChartView::Kind::Columns;
    case present::ChartShape::Bars:
        return ChartView::Kind::Bars;
    case present::ChartShape::Donut:
        return ChartView::Kind::Donut;
    case present::ChartShape::StackedColumns:
        return ChartView::Kind::StackedColumns;
    }
    return ChartView::Kind::Bars;
}

// The chart widget's series: the categories' labels and keys with each series.
QList<ChartSeries> seriesOf(const present::ChartData &data)
{
    QList<ChartSeries> list;
    for (const present::ChartValues &values : data.series) {
        ChartSeries series;
        series.name = values.name;
        series.color = values.color;
        series.colors = values.colors;
        for (const present::ChartCategory &category : data.categories) {
            series.labels << category.label;
            series.keys << (category.filter.isEmpty() ? QString() : category.key);
        }
        for (int v : values.values)
            series.values << v;
        list << series;
    }
    return list;
}

} // namespace

DashboardView::DashboardView(PortfolioStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_counter(store)
{
    setObjectName(QStringLiteral("dashboardView"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, &m_counter, &DashboardCounter::request);
    connect(&m_counter, &DashboardCounter::figuresReady, this, &DashboardView::applyFigures);
    build();
    if (m_store) {
        // What the figures read is read again only when the data changes; the
        // pairs and their milestones coming in as a large database loads change only
        // how it joins to them.
        const auto dataChanged = [this] {
            m_counter.invalidate();
            scheduleRefresh();
        };
        const auto pairsCame = [this] {
            m_counter.invalidatePairs();
            scheduleRefresh();
        };
        connect(m_store, &PortfolioStore::reset, this, [this, dataChanged, pairsCame] {
            loadAreas();
            if (std::exchange(m_pairsLoading, m_store->isLoadingPairs()) &&
                !m_store->isLoadingPairs())
                pairsCame(); // read since the load began, the records hold
            else
                dataChanged();
        });
        connect(m_store, &PortfolioStore::filterChanged, this, &DashboardView::scheduleRefresh);
        connect(m_store, &PortfolioStore::pairChanged, this, dataChanged);
        connect(m_store, &PortfolioStore::milestonesLoaded, this, pairsCame);
    }
    retranslate();
    loadAreas();
    m_pairsLoading = m_store && m_store->isLoadingPairs();
    m_counter.request();
}

DashboardView::~DashboardView() = default;

void DashboardView::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setAutoFillBackground(true);
    // A light grey ground sets the tiles and charts apart; a dark palette is
    // left as it is (the tiles and charts take its base colour).
    QPalette pal = m_content->palette();
    if (pal.color(QPalette::Window).lightness() >= 128) {
        pal.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
        m_content->setPalette(pal);
    }
    m_scroll->setWidget(m_content);

    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(14, 12, 14, 14);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);

    // Header: title, what the figures are filtered by, actions.
    auto *header = new QHBoxLayout;
    m_title = new QLabel(m_content);
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_filterSummary = new QLabel(m_content);
    m_filterSummary->setObjectName(QStringLiteral("filterSummary"));
    m_filterSummary->setForegroundRole(QPalette::PlaceholderText);
    m_filterSummary->setWordWrap(true);
    m_clearFilter = new QPushButton(m_content);
    m_clearFilter->setObjectName(QStringLiteral("clearFilter"));
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        if (m_store)
            m_store->setFilter({});
    });
    m_export = new QPushButton(m_content);
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Dashboard as PNG…"), this, [this] {
        exportWithDialog([this](const QString &p) { return exportDashboard(p); },
                         QStringLiteral("dashboard"), QStringLiteral("png"));
    });
    menu->addAction(tr("Dashboard as SVG…"), this, [this] {
        exportWithDialog([this](const QString &p) { return exportDashboard(p); },
                         QStringLiteral("dashboard"), QStringLiteral("svg"));
    });
    menu->addSeparator();
    menu->addAction(tr("Map as PNG…"), this, [this] {
        exportWithDialog([this](const QString &p) { return exportMap(p); }, QStringLiteral("map"),
                         QStringLiteral("png"));
    });
    menu->addAction(tr("Map as SVG…"), this, [this] {
        exportWithDialog([this](const QString &p) { return exportMap(p); }, QStringLiteral("map"),
                         QStringLiteral("svg"));
    });
    m_export->setMenu(menu);
    header->addWidget(m_title);
    header->addSpacing(16);
    header->addWidget(m_filterSummary, 1);
    header->addWidget(m_clearFilter);
    header->addWidget(m_export);
    grid->addLayout(header, 0, 0, 1, 3);

    // Tiles.
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    const QList<QColor> accents = {present::palette::accent(),  QColor(0xf0, 0xb4, 0x29),
                                   QColor(0x3d, 0xa8, 0x6b),    QColor(0x6c, 0xb4, 0xe4),
                                   present::palette::overdue(), QColor(0x9b, 0x6b, 0xb5)};
    for (const QColor &accent : accents) {
        auto *tile = new KpiTile(accent, m_content);
        m_tiles << tile;
        tiles->addWidget(tile, 1);
    }
    // Dormant pairs: opens the list of them; added to m_tiles after the aid.
    auto *dormant = new KpiTile(QColor(0x8d, 0x6e, 0x63), m_content);
    dormant->setObjectName(QStringLiteral("dormantTile"));
    dormant->setClickable(true);
    connect(dormant, &KpiTile::activated, this, &DashboardView::showDormantPairs);
    tiles->addWidget(dormant, 1);
    m_ministryAlert = new QLabel(m_content);
    m_ministryAlert->setObjectName(QStringLiteral("ministryAlert"));
    m_ministryAlert->setWordWrap(true);
    m_ministryAlert->setFrameShape(QFrame::Box);
    m_ministryAlert->setMargin(6);
    applyAlertColors();
    m_ministryAlert->hide();
    auto *tilesAndAlert = new QVBoxLayout;
    tilesAndAlert->addLayout(tiles);
    tilesAndAlert->addWidget(m_ministryAlert);
    grid->addLayout(tilesAndAlert, 1, 0, 1, 3);

    // Map and charts.
    m_map = new MapView(m_store, m_content);
    m_map->setMinimumHeight(520);
    attachExportMenu(
        m_map, [this](const QString &p) { return exportMap(p); }, QStringLiteral("map"));
    grid->addWidget(m_map, 2, 0, 2, 2);
    buildCharts(grid);
    // Aid received: a wide tile of its own under the charts, its detail lines
    // naming the oblasts and countries that received most.
    auto *aid = new KpiTile(QColor(0x2a, 0x9d, 0x8f), m_content);
    aid->setObjectName(QStringLiteral("aidTile"));
    m_tiles << aid << dormant;
    grid->addWidget(aid, aidRow, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnMinimumWidth(2, 320);
}

// One chart for each entry of the table, in its order.
void DashboardView::buildCharts(QGridLayout *grid)
{
    const QList<present::ChartDefinition> &definitions = present::chartDefinitions();
    int extraRow = aidRow + 1;
    for (qsizetype i = 0; i < definitions.size(); ++i) {
        const present::ChartDefinition &definition = definitions[i];
        auto *chart = new ChartView(kindOf(definition.shape), m_content);
        const QString key = QLatin1String(definition.key);
        chart->setObjectName(key + QStringLiteral("Chart"));
        connect(chart, &ChartView::clicked, this,
                [this, i](const QString &clicked) { applyChartClick(i, clicked); });
        attachExportMenu(
            chart, [this, key](const QString &p) { return exportChart(key, p); },
            QStringLiteral("chart"));
        m_charts << chart;
        m_chartData << present::ChartData{};
        const auto placed =
            std::find_if(std::begin(placements), std::end(placements),
                         [&](const Placement &p) { return key == QLatin1String(p.key); });
        if (placed != std::end(placements)) {
            grid->addWidget(chart, placed->row, placed->column, placed->rowSpan,
                            placed->columnSpan);
            chart->setMinimumHeight(placed->minimumHeight);
        } else {
            grid->addWidget(chart, extraRow++, 0, 1, 3);
            chart->setMinimumHeight(288);
        }
    }
}

ChartView *DashboardView::chart(const QString &key) const
{
    const QStringList keys = present::chartKeys();
    return m_charts.value(keys.indexOf(key));
}

const present::ChartData *DashboardView::chartData(const QString &key) const
{
    const qsizetype i = present::chartKeys().indexOf(key);
    return i >= 0 && i < m_chartData.size() ? &m_chartData[i] : nullptr;
}

KpiTile *DashboardView::tile(Tile tile) const
{
    return m_tiles.value(static_cast<int>(tile));
}

// Red that reads on the palette's own ground, light or dark.
void DashboardView::applyAlertColors()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = m_ministryAlert->palette();
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    m_ministryAlert->setPalette(p);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_ministryAlert)
        applyAlertColors();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        applyFigures(); // the same counts, in other words
    }
    QWidget::changeEvent(event);
}

void DashboardView::retranslate()
{
    m_title->setText(tr("Dashboard"));
    m_clearFilter->setText(tr("Clear filter"));
    m_clearFilter->setToolTip(tr("Show every pair again"));
    m_export->setText(tr("Export"));
    m_export->menu()->actions().at(0)->setText(tr("Dashboard as PNG…"));
    m_export->menu()->actions().at(1)->setText(tr("Dashboard as SVG…"));
    m_export->menu()->actions().at(3)->setText(tr("Map as PNG…"));
    m_export->menu()->actions().at(4)->setText(tr("Map as SVG…"));
    // The charts' titles follow with their data (updateCharts).
    const QString clickHint = tr("Click a bar or slice to filter by it; click it again to clear.");
    for (ChartView *c : std::as_const(m_charts))
        c->setToolTip(clickHint);
}

void DashboardView::loadAreas()
{
    m_areas.clear();
    if (m_store && m_store->database()) {
        auto areas = CooperationAreaRepository(*m_store->database()).all();
        if (areas)
            m_areas = *areas;
    }
}

void DashboardView::scheduleRefresh()
{
    m_refreshTimer.start();
}

void DashboardView::refresh()
{
    m_refreshTimer.stop();
    m_counter.countNow();
}

void DashboardView::applyFigures()
{
    if (m_counter.hasFigures())
        m_map->setRegionFigures(statistics().byOblast);
    else
        m_map->useOwnRegionFigures();
    updateTiles();
    updateMinistryAlert();
    updateAid();
    updateDormant();
    updateCharts();
    updateFilterSummary();
}

bool DashboardView::milestonesLoading() const
{
    return m_store && !m_store->hasMilestones();
}

bool DashboardView::counting() const
{
    return m_store && m_store->database() && !m_counter.hasFigures();
}

QString DashboardView::waitingText() const
{
    if (m_store && m_store->isLoadingPairs())
        return tr("Reading the pairs…");
    return counting() ? tr("Counting…") : tr("The milestones are still loading");
}

bool DashboardView::waitingForSources() const
{
    return counting() || (milestonesLoading() && !m_counter.figures().complete);
}

void DashboardView::updateMinistryAlert()
{
    QStringList pairs;
    if (m_store) {
        const Portfolio &portfolio = m_store->portfolio();
        for (const auto &[id, deadline] : m_counter.figures().overdueAnswers) {
            const qsizetype i = portfolio.indexOf(id);
            if (i < 0)
                continue;
            const PartnershipSummary &p = portfolio.pairs()[i];
            pairs << tr("%1 – %2 (due %3)")
                         .arg(names::community(p), names::partner(p),
                              QLocale().toString(deadline.dueOn, QLocale::ShortFormat));
        }
    }
    // A national list may have hundreds: the first few are named, the
    // monitoring report lists them all.
    const int named = std::min(int(pairs.size()), alertPairsNamed);
    QString text = tr("%n answer(s) of the ministry overdue (30 days from submission): ", "",
                      int(pairs.size())) +
                   pairs.mid(0, named).join(QStringLiteral("; "));
    if (pairs.size() > named)
        text += QStringLiteral("; ") + tr("and %n more, listed in the monitoring report (Reports)",
                                          "", int(pairs.size()) - named);
    m_ministryAlert->setVisible(!pairs.isEmpty());
    m_ministryAlert->setText(text);
}

void DashboardView::updateAid()
{
    const DashboardFigures &figures = m_counter.figures();
    const monitoring::AidTotals &totals = figures.aid;
    KpiTile *tile = this->tile(Tile::Aid);
    tile->setCaption(tr("Aid received"));
    tile->setValue(waitingForSources()      ? QStringLiteral("…")
                   : totals.total.isEmpty() ? QStringLiteral("—")
                                            : present::formatTotals(totals.total));
    QHash<QString, QString> oblastNames;
    for (const catalog::Oblast &o : catalog::oblasts())
        oblastNames.insert(o.iso, present::oblastShortName(o));
    QStringList lines;
    const auto top = [](const QList<QPair<QString, qint64>> &ranked,
                        const std::function<QString(const QString &)> &name,
                        const QString &currency) {
        QStringList parts;
        for (const auto &[key, minor] : ranked)
            parts << name(key) + u' ' + present::formatMoney(minor, currency);
        return parts.join(QStringLiteral(" · "));
    };
    for (auto it = totals.total.cbegin(); it != totals.total.cend(); ++it) {
        const QString &currency = it.key();
        lines << tr("Most to oblasts, %1: %2")
                     .arg(currency,
                          top(
                              monitoring::topAid(totals.byOblast, currency, topAidPlaces),
                              [&](const QString &iso) { return oblastNames.value(iso, iso); },
                              currency));
        const auto countries = monitoring::topAid(totals.byCountry, currency, topAidPlaces);
        if (!countries.isEmpty())
            lines << tr("Most from partner countries, %1: %2")
                         .arg(currency, top(countries, names::country, currency));
    }
    lines << (waitingForSources()
                  ? waitingText()
                  : tr("%n aid record(s) with a value, received up to today through the pairs "
                       "of the filter.",
                       "", figures.aidRecords));
    tile->setDetail(lines.join(u'\n'));
}

void DashboardView::updateDormant()
{
    const DormantPartnershipsFigures &dormant = m_counter.figures().dormant;
    KpiTile *tile = this->tile(Tile::Dormant);
    tile->setCaption(tr("Dormant pairs"));
    tile->setValue(waitingForSources() ? QStringLiteral("…")
                                       : n(static_cast<int>(dormant.dormant.size())));
    QString detail = tr("in force, no activity for %n month(s)", "", dormant.months);
    if (!dormant.withoutActivity.isEmpty())
        detail += QStringLiteral("; ") +
                  tr("%n more with none recorded", "", int(dormant.withoutActivity.size()));
    tile->setDetail(waitingForSources() ? waitingText() : detail);
    tile->setToolTip(tr("Click, or press Enter, to list them with their last activity"));
    tile->setAccessibleName(tr("Dormant pairs: %1. List them").arg(tile->value()));
}

void DashboardView::showDormantPairs()
{
    if (!m_store)
        return;
    m_store->waitForMilestones();
    refresh();
    DormantPartnershipsDialog dialog(m_store, m_counter.figures().dormant, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPair() <= 0)
        return;
    m_store->setCurrentPair(dialog.chosenPair());
    emit pairOpened(dialog.chosenPair());
}

void DashboardView::updateTiles()
{
    const Statistics &s = statistics();
    // Until the first count is in, every tile says it is coming.
    const bool counting = this->counting();
    const bool sources = !waitingForSources();
    const auto value = [](bool known, const QString &text) {
        return known ? text : QStringLiteral("…");
    };
    KpiTile *pairs = tile(Tile::Pairs);
    pairs->setCaption(tr("Pairs"));
    pairs->setValue(value(!counting, n(s.pairs)));
    pairs->setDetail(
        s.pairs == s.pairsAll
            ? tr("%1 active · all pairs of the database").arg(n(s.activePairs))
            : tr("%1 active · of %2 in the database").arg(n(s.activePairs), n(s.pairsAll)));

    // The agreements in force, the communities with them and their partner
    // countries: the monitoring's own count for the same pairs.
    const monitoring::MonitoringFigures a = s.agreements.value_or(monitoring::MonitoringFigures{});
    KpiTile *agreements = tile(Tile::Agreements);
    agreements->setCaption(tr("Agreements in force"));
    agreements->setValue(value(sources, s.agreements ? n(a.agreements) : QStringLiteral("—")));
    agreements->setDetail(tr("%1 signed in %2").arg(n(s.signedThisYear)).arg(s.today.year()));
    agreements->setToolTip(
        tr("Pairs in force at the memorandum, cooperation-agreement or twinning-agreement stage, "
           "and recorded agreement documents in force; a document binding several pairs counts "
           "once. The ministry's monitoring counts the same."));

    KpiTile *communities = tile(Tile::Communities);
    communities->setCaption(tr("Communities with agreements"));
    communities->setValue(value(sources, n(a.communitiesWithAgreements)));
    communities->setShare(a.communityShare());
    QString detail =
        tr("of %1 (%2 %); %3 with an active pair")
            .arg(n(s.communitiesTotal), QLocale().toString(100 * a.communityShare(), 'f', 1),
                 n(s.communitiesActive));
    if (a.communitiesApart > 0)
        detail += QStringLiteral("; ") +
                  tr("%n of them in Crimea and Sevastopol", "", a.communitiesApart);
    communities->setDetail(detail);
    communities->setToolTip(
        tr("Counted against the 1,470 territorial communities of the codifier outside the "
           "Autonomous Republic of Crimea and Sevastopol, Kyiv included. Communities of Crimea "
           "and Sevastopol with agreements are counted too, and named apart."));

    KpiTile *countries = tile(Tile::Countries);
    countries->setCaption(tr("Partner countries"));
    countries->setValue(value(sources, n(a.partnerCountries)));
    countries->setDetail(tr("with agreements in force; %1 among all pairs, %Ln partner place(s)",
                            "", s.partnerPlaces)
                             .arg(n(s.partnerCountries)));

    // A large database reads its milestones after the pairs: until they are
    // in, their tiles say so instead of showing a zero.
    const bool loading = milestonesLoading() || counting;
    KpiTile *overdue = tile(Tile::Overdue);
    overdue->setCaption(tr("Milestones overdue"));
    overdue->setValue(loading ? QStringLiteral("…") : n(s.milestonesOverdue));
    overdue->setAlert(!loading && s.milestonesOverdue > 0);
    overdue->setDetail(loading ? waitingText() : tr("planned before today and not done"));

    KpiTile *due = tile(Tile::Due);
    due->setCaption(tr("Milestones due within 30 days"));
    due->setValue(loading ? QStringLiteral("…") : n(s.milestonesDueSoon));
    due->setDetail(
        loading
            ? waitingText()
            : tr("until %1").arg(QLocale().toString(s.today.addDays(30), QLocale::ShortFormat)));
}

void DashboardView::updateCharts()
{
    // A chart of milestones says so while they load, and shows nothing yet.
    const bool loading = milestonesLoading();
    const bool counting = this->counting();
    const present::ChartInput input{statistics(), m_areas};
    const QList<present::ChartDefinition> &definitions = present::chartDefinitions();
    for (qsizetype i = 0; i < definitions.size(); ++i) {
        const present::ChartDefinition &definition = definitions[i];
        const bool waiting = counting || (loading && definition.needsMilestones);
        m_chartData[i] = present::chartData(definition, input);
        m_charts[i]->setTitle(waiting ? tr("%1 (loading…)").arg(m_chartData[i].title)
                                      : m_chartData[i].title);
        m_charts[i]->setSeries(waiting ? QList<ChartSeries>{} : seriesOf(m_chartData[i]));
    }
}

void DashboardView::updateFilterSummary()
{
    if (!m_store)
        return;
    // In the words the reports name their filter with.
    const QString described = describeFilter(m_store->filter(), names::areas(m_areas));
    m_filterSummary->setText(
        described.isEmpty() ? tr("All pairs, as of %1")
                                  .arg(QLocale().toString(statistics().today, QLocale::LongFormat))
                            : tr("Filtered by: %1").arg(described));
    m_clearFilter->setEnabled(!m_store->filter().isEmpty());
}

void DashboardView::applyChartClick(qsizetype chart, const QString &key)
{
    if (!m_store || key.isEmpty() || chart < 0 || chart >= m_chartData.size())
        return;
    for (const present::ChartCategory &category : std::as_const(m_chartData[chart].categories)) {
        if (category.key == key && !category.filter.isEmpty()) {
            m_store->setFilter(present::clickedFilter(m_store->filter(), category));
            return;
        }
    }
}

Status DashboardView::exportDashboard(const QString &path)
{
    // The whole content, also the part scrolled out of sight.
    QWidget *content = m_content;
    return exportWidget(path, content, tr("Twinning dashboard"));
}

Status DashboardView::exportMap(const QString &path)
{
    return exportPainting(path, m_map->size(), tr("Map of the partnerships"),
                          [this](QPainter *p) { m_map->renderVector(p, QRectF(m_map->rect())); });
}

Status DashboardView::exportChart(const QString &key, const QString &path)
{
    ChartView *c = chart(key);
    if (!c)
        return Error::make(Error::Code::Invalid, tr("There is no chart “%1”.").arg(key));
    return exportPainting(path, c->size(), c->title(),
                          [c](QPainter *p) { c->renderTo(p, QRectF(c->rect())); });
}

void DashboardView::exportWithDialog(const std::function<Status(const QString &)> &write,
                                     const QString &baseName, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter = suffix == u"svg" ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"),
                                                folder + u'/' + baseName + u'.' + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    const Status s = write(path);
    if (!s)
        QMessageBox::warning(this, tr("Export"), s.error().fullText());
}

void DashboardView::attachExportMenu(QWidget *widget,
                                     const std::function<Status(const QString &)> &write,
                                     const QString &baseName)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(widget, &QWidget::customContextMenuRequested, this,
            [this, widget, write, baseName](const QPoint &pos) {
                QMenu menu;
                menu.addAction(tr("Export as PNG…"), this,
                               [&] { exportWithDialog(write, baseName, QStringLiteral("png")); });
                menu.addAction(tr("Export as SVG…"), this,
                               [&] { exportWithDialog(write, baseName, QStringLiteral("svg")); });
                menu.exec(widget->mapToGlobal(pos));
            });
}

} // namespace tt::ui
