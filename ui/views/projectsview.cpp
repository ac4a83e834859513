#include "ui/views/projectsview.h"

#include "app/models/collatingproxymodel.h"
#include "app/models/portfoliostore.h"
#include "app/models/projecttablemodel.h"
#include "app/present/money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tt::ui {

ProjectsView::ProjectsView(PortfolioStore *store, Editor *editor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_editor(editor)
    , m_model(new ProjectTableModel(store, this))
    , m_proxy(new CollatingProxyModel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("ProjectsView"));
    m_table->setObjectName(QStringLiteral("projects"));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_count->setObjectName(QStringLiteral("count"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProjectTableModel::StartColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(ProjectTableModel::PartnershipColumn, 200);
    header->resizeSection(ProjectTableModel::AreaColumn, 140);
    header->resizeSection(ProjectTableModel::BudgetColumn, 140);
    header->resizeSection(ProjectTableModel::FunderColumn, 190);
    header->resizeSection(ProjectTableModel::StatusColumn, 100);
    header->resizeSection(ProjectTableModel::StartColumn, 95);
    header->resizeSection(ProjectTableModel::EndColumn, 95);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProjectTableModel::TitleColumn, QHeaderView::Stretch);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_totals);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_store->setCurrentPair(index.data(ProjectTableModel::PartnershipIdRole).toLongLong());
    });
    connect(m_model, &ProjectTableModel::totalsChanged, this, &ProjectsView::updateTotals);
    updateTotals();
}

void ProjectsView::setEditor(Editor *editor)
{
    m_editor = editor;
}

void ProjectsView::updateTotals()
{
    const int rows = m_model->rowCount();
    m_count->setText(tr("%n project(s)", "", rows));
    const QString totals = present::formatTotals(m_model->totals());
    m_totals->setText(totals.isEmpty() ? tr("No budgets") : tr("Total budget: %1").arg(totals));
}

void ProjectsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTotals();
    }
    QWidget::changeEvent(event);
}

} // namespace tt::ui
