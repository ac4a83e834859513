#include "ui/dialogs/dormantpartnershipsdialog.h"

#include "app/core/names.h"
#include "app/core/officesettings.h"
#include "app/core/statistics.h"
#include "app/models/portfoliostore.h"
#include "app/reports/monitoring.h"

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

enum Column { PartnershipColumn, OblastColumn, CountryColumn, StageColumn, LastActivityColumn };
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

DormantPartnershipsDialog::DormantPartnershipsDialog(PortfolioStore *store,
                                                     const DormantPartnershipsFigures &figures,
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
    m_list->header()->setSectionResizeMode(PartnershipColumn, QHeaderView::Stretch);
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
    connect(m_open, &QPushButton::clicked, this, &DormantPartnershipsDialog::openChosen);
    connect(m_list, &QTreeWidget::itemActivated, this, &DormantPartnershipsDialog::openChosen);
    connect(m_withoutActivity, &QCheckBox::toggled, this, &DormantPartnershipsDialog::fill);
    fill();
    resize(860, 520);
}

void DormantPartnershipsDialog::fill()
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
        const PartnershipSummary &p = portfolio.pairs()[i];
        const QDate last = m_figures.lastActivity.value(id);
        auto *row = new Row(QStringList{names::pair(p), names::oblast(p.oblastIso),
                                        names::country(p.countryIso), toLabel(p.stage),
                                        last.isValid() ? locale.toString(last, QLocale::ShortFormat)
                                                       : tr("none recorded")});
        row->setData(PartnershipColumn, idRole, id);
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

void DormantPartnershipsDialog::openChosen()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_chosen = item->data(PartnershipColumn, idRole).toLongLong();
    accept();
}

} // namespace tt::ui
