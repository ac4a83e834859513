#include "dormantpairs.h"

#include "core/names.h"
#include "core/officesettings.h"
#include "core/statistics.h"
#include "models/portfoliostore.h"
#include "reports/monitoring.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tt::ui {

namespace {

enum Column { PairColumn, OblastColumn, CountryColumn, StageColumn, LastActivityColumn };
constexpr int idRole = Qt::UserRole;
constexpr int sortRole = Qt::UserRole + 1;

// Sorts by sortRole where it is set (the dates), else by text.
class Row : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, sortRole), b = other.data(column, sortRole);
        if (a.isValid() || b.isValid())
            return a.toLongLong() < b.toLongLong();
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
};

} // namespace

const monitoring::MonitoringInput *DormantPairs::input(PortfolioStore &store)
{
    if (!m_input && store.database()) {
        auto input = reports::monitoringInput(*store.database(), store.portfolio(), store.today());
        store.database()->releaseCache(); // the pages of the tables read whole
        if (!input)
            return nullptr;
        m_input = std::move(*input);
    }
    return m_input ? &*m_input : nullptr;
}

std::optional<monitoring::MonitoringFigures> DormantPairs::agreements(PortfolioStore &store)
{
    const monitoring::MonitoringInput *all = input(store);
    if (!all)
        return std::nullopt;
    return agreementFigures(store.portfolio(), store.filtered(), *all, store.today());
}

DormantPairsFigures DormantPairs::compute(PortfolioStore &store)
{
    DormantPairsFigures out;
    if (!store.database())
        return out;
    auto months = OfficeSettingsRepository(*store.database()).dormancyMonths();
    out.months = months ? *months : OfficeSettings::defaultDormancyMonths;
    const QDate today = store.today();
    if (!input(store))
        return out;
    // The pairs of the filter, in the read model's order (that of the input).
    const Portfolio &portfolio = store.portfolio();
    QSet<qint64> shown;
    shown.reserve(store.filtered().size());
    for (qsizetype i : store.filtered())
        shown.insert(portfolio.pairs()[i].id);
    QList<monitoring::MonitoringPair> pairs;
    pairs.reserve(shown.size());
    for (const monitoring::MonitoringPair &p : std::as_const(m_input->pairs)) {
        if (shown.contains(p.id))
            pairs << p;
    }
    const monitoring::Dormancy idle = monitoring::dormancy(pairs, today, out.months);
    for (const monitoring::MonitoringPair *p : idle.dormant) {
        out.dormant << p->id;
        out.lastActivity.insert(p->id, p->lastActivityOn);
    }
    for (const monitoring::MonitoringPair *p : idle.withoutActivity)
        out.withoutActivity << p->id;
    return out;
}

DormantPairsDialog::DormantPairsDialog(PortfolioStore *store, const DormantPairsFigures &figures,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_figures(figures)
    , m_summary(new QLabel(this))
    , m_withoutActivity(new QCheckBox(this))
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("dormantPairsDialog"));
    setWindowTitle(tr("Dormant pairs"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("%n pair(s) in force among those of the filter have had no recorded activity (a "
           "milestone done, a project running, aid received, an agreement signed) for %1 or more.",
           "", static_cast<int>(figures.dormant.size()))
            .arg(tr("%n month(s)", "", figures.months)));
    m_withoutActivity->setObjectName(QStringLiteral("withoutActivity"));
    m_withoutActivity->setText(
        tr("Also list the %n pair(s) in force with no activity recorded at all", "",
           static_cast<int>(figures.withoutActivity.size())));
    m_withoutActivity->setVisible(!figures.withoutActivity.isEmpty());
    m_list->setObjectName(QStringLiteral("dormantPairs"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Pair"), tr("Oblast"), tr("Partner country"), tr("Stage"), tr("Last activity")});
    m_list->setAccessibleName(tr("Dormant pairs"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(PairColumn, QHeaderView::Stretch);
    m_open->setText(tr("&Open pair"));
    m_open->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_withoutActivity);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &DormantPairsDialog::openChosen);
    connect(m_list, &QTreeWidget::itemActivated, this, &DormantPairsDialog::openChosen);
    connect(m_withoutActivity, &QCheckBox::toggled, this, &DormantPairsDialog::fill);
    fill();
    resize(860, 520);
}

void DormantPairsDialog::fill()
{
    m_list->setSortingEnabled(false);
    m_list->clear();
    const Portfolio &portfolio = m_store->portfolio();
    const QLocale locale;
    QList<qint64> ids = m_figures.dormant;
    if (m_withoutActivity->isChecked())
        ids << m_figures.withoutActivity;
    QList<QTreeWidgetItem *> rows;
    for (qint64 id : std::as_const(ids)) {
        const qsizetype i = portfolio.indexOf(id);
        if (i < 0)
            continue;
        const PairSummary &p = portfolio.pairs()[i];
        const QDate last = m_figures.lastActivity.value(id);
        auto *row = new Row(QStringList{names::pair(p), names::oblast(p.oblastIso),
                                        names::country(p.countryIso), toLabel(p.stage),
                                        last.isValid() ? locale.toString(last, QLocale::ShortFormat)
                                                       : tr("none recorded")});
        row->setData(PairColumn, idRole, id);
        // No activity at all sorts before the oldest.
        row->setData(LastActivityColumn, sortRole, last.isValid() ? last.toJulianDay() : 0);
        rows << row;
    }
    m_list->addTopLevelItems(rows);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(LastActivityColumn, Qt::AscendingOrder);
    for (int c = OblastColumn; c <= LastActivityColumn; ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_open->setEnabled(m_list->topLevelItemCount() > 0);
    m_list->setFocus();
}

void DormantPairsDialog::openChosen()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_chosen = item->data(PairColumn, idRole).toLongLong();
    accept();
}

} // namespace tt::ui
