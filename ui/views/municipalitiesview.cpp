#include "ui/views/municipalitiesview.h"

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "app/models/collatingproxymodel.h"
#include "app/models/partnershipsubsetproxymodel.h"
#include "app/models/partnershiptablemodel.h"
#include "app/models/portfoliostore.h"
#include "ui/dialogs/editpartnerdialog.h"
#include "ui/dialogs/mergeduplicatesdialog.h"
#include "ui/views/partnershipsview.h"
#include "ui/window/permissiongate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tt::ui {

namespace {

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
}

} // namespace

MunicipalitiesView::MunicipalitiesView(PortfolioStore *store, Editor *editor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_editor(editor)
    , m_tabs(new QTabWidget(this))
    , m_merge(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_pairsTitle(new QLabel(this))
    , m_pairModel(new PartnershipTableModel(store, this))
    , m_pairProxy(new PartnershipSubsetProxyModel(PartnershipTableModel::PartnershipIdRole, this))
    , m_pairs(new QTableView(this))
{
    setObjectName(QStringLiteral("MunicipalitiesView"));
    m_merge->setObjectName(QStringLiteral("merge"));
    m_edit->setObjectName(QStringLiteral("editPartner"));
    m_pairs->setObjectName(QStringLiteral("placePairs"));
    m_tabs->setObjectName(QStringLiteral("sides"));
    m_summary->setObjectName(QStringLiteral("summary"));

    const MunicipalityTableModel::Side sides[2] = {MunicipalityTableModel::Side::Communities,
                                                   MunicipalityTableModel::Side::Partners};
    for (int i = 0; i < 2; ++i) {
        m_models[i] = new MunicipalityTableModel(store, sides[i], this);
        m_proxies[i] = new CollatingProxyModel(this);
        m_proxies[i]->setSourceModel(m_models[i]);
        m_proxies[i]->setSortRole(MunicipalityTableModel::SortRole);
        m_tables[i] = new QTableView(m_tabs);
        m_tables[i]->setObjectName(i == 0 ? QStringLiteral("communities")
                                          : QStringLiteral("partners"));
        setUpTable(m_tables[i]);
        m_tables[i]->setModel(m_proxies[i]);
        m_tables[i]->sortByColumn(MunicipalityTableModel::NameColumn, Qt::AscendingOrder);
        QHeaderView *header = m_tables[i]->horizontalHeader();
        header->resizeSection(MunicipalityTableModel::NameColumn, 200);
        header->resizeSection(1, 180);
        header->resizeSection(2, 200);
        header->resizeSection(3, 240);
        header->setStretchLastSection(false);
        header->setSectionResizeMode(3, QHeaderView::Stretch);
        header->resizeSection(MunicipalityTableModel::PartnershipsColumn, 70);
        m_tabs->addTab(m_tables[i], QString());
        connect(m_tables[i]->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this] {
                    updateActions();
                    showPairsOfCurrent();
                });
        connect(m_tables[i]->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MunicipalitiesView::showPairsOfCurrent);
        connect(m_tables[i], &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &) {
            if (currentSide() == MunicipalityTableModel::Side::Partners)
                editSelectedPartner();
        });
        connect(m_proxies[i], &QAbstractItemModel::modelReset, this, [this] {
            showPairsOfCurrent();
            updateActions();
        });
        connect(m_models[i], &QAbstractItemModel::dataChanged, this,
                &MunicipalitiesView::showPairsOfCurrent);
        connect(m_models[i], &QAbstractItemModel::rowsRemoved, this, [this] {
            showPairsOfCurrent();
            updateActions();
        });
        connect(m_models[i], &QAbstractItemModel::rowsInserted, this,
                &MunicipalitiesView::updateActions);
    }

    m_pairProxy->setSourceModel(m_pairModel);
    setUpTable(m_pairs);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setModel(m_pairProxy);
    m_pairs->sortByColumn(PartnershipTableModel::PartnerColumn, Qt::AscendingOrder);
    for (int c :
         {int(PartnershipTableModel::AreasColumn), int(PartnershipTableModel::LastActivityColumn)})
        m_pairs->hideColumn(c);
    const std::pair<int, int> widths[] = {
        {PartnershipTableModel::CommunityColumn, 140}, {PartnershipTableModel::OblastColumn, 170},
        {PartnershipTableModel::PartnerColumn, 190},   {PartnershipTableModel::CountryColumn, 120},
        {PartnershipTableModel::KindColumn, 110},      {PartnershipTableModel::StageColumn, 190}};
    for (const auto &[column, width] : widths)
        m_pairs->horizontalHeader()->resizeSection(column, width);
    m_pairs->horizontalHeader()->setStretchLastSection(true);
    connect(m_pairs, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_store->setCurrentPair(index.data(PartnershipTableModel::PartnershipIdRole).toLongLong());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_edit);
    bar->addWidget(m_merge);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_pairsTitle);
    lowerLayout->addWidget(m_pairs, 1);
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(bar);
    upperLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        showPairsOfCurrent();
    });
    connect(m_merge, &QPushButton::clicked, this, &MunicipalitiesView::mergeSelected);
    connect(m_edit, &QPushButton::clicked, this, &MunicipalitiesView::editSelectedPartner);
    retranslate();
    setEditor(editor);
    showPairsOfCurrent();
}

void MunicipalitiesView::setEditor(Editor *editor)
{
    m_editor = editor;
    if (m_editor)
        connect(&m_editor->permissions(), &Permissions::changed, this,
                &MunicipalitiesView::updateActions);
    updateActions();
}

QTableView *MunicipalitiesView::table(MunicipalityTableModel::Side side) const
{
    return m_tables[side == MunicipalityTableModel::Side::Communities ? 0 : 1];
}

MunicipalityTableModel::Side MunicipalitiesView::currentSide() const
{
    return m_tabs->currentIndex() == 1 ? MunicipalityTableModel::Side::Partners
                                       : MunicipalityTableModel::Side::Communities;
}

void MunicipalitiesView::setCurrentSide(MunicipalityTableModel::Side side)
{
    m_tabs->setCurrentIndex(side == MunicipalityTableModel::Side::Partners ? 1 : 0);
}

void MunicipalitiesView::retranslate()
{
    m_pairs->horizontalHeader()->resizeSection(PartnershipTableModel::KindColumn,
                                               kindColumnWidth(m_pairs));
    m_tabs->setTabText(0, tr("Ukrainian communities"));
    m_tabs->setTabText(1, tr("Foreign partners"));
    m_merge->setText(tr("&Merge…"));
    m_merge->setToolTip(tr("Select two records of one place to merge them into one"));
    m_edit->setText(tr("&Edit partner…"));
    updateActions();
    showPairsOfCurrent();
}

void MunicipalitiesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<qint64> MunicipalitiesView::selectedPlaces() const
{
    const int i = currentSide() == MunicipalityTableModel::Side::Partners ? 1 : 0;
    QList<qint64> ids;
    const QModelIndexList rows = m_tables[i]->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_models[i]->placeAt(m_proxies[i]->mapToSource(index).row());
    return ids;
}

void MunicipalitiesView::updateActions()
{
    // Places are shared by the pairs of every oblast: an administrator's matter.
    const QString whyNot = m_editor ? m_editor->permissions().whyNotEditShared() : QString();
    const qsizetype selected = selectedPlaces().size();
    gate(m_merge, whyNot, m_editor && selected == 2);
    m_edit->setVisible(currentSide() == MunicipalityTableModel::Side::Partners);
    gate(m_edit, whyNot, m_editor && selected == 1);
    m_summary->setText(tr("%n community(ies) with a partner", "", communities()->rowCount()) +
                       QStringLiteral(" · ") +
                       tr("%n partner place(s)", "", partners()->rowCount()));
}

void MunicipalitiesView::showPairsOfCurrent()
{
    const int i = currentSide() == MunicipalityTableModel::Side::Partners ? 1 : 0;
    const QModelIndex current = m_tables[i]->selectionModel()->currentIndex();
    const QModelIndex source = m_proxies[i]->mapToSource(current);
    if (!source.isValid()) {
        m_pairProxy->setPairs({});
        m_pairsTitle->setText(tr("Select a place to see its pairs."));
        return;
    }
    const QList<qint64> pairs = m_models[i]->pairsAt(source.row());
    m_pairProxy->setPairs(pairs);
    const QString name =
        m_models[i]->index(source.row(), MunicipalityTableModel::NameColumn).data().toString();
    m_pairsTitle->setText(tr("Pairs of %1").arg(name));
}

QString MunicipalitiesView::describe(MunicipalityTableModel::Side side, qint64 place) const
{
    const MunicipalityTableModel *model =
        side == MunicipalityTableModel::Side::Partners ? partners() : communities();
    const int row = model->rowOf(place);
    const int pairs = model->totalPairs(place);
    QString names =
        model->index(row, MunicipalityTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    const QString where = model
                              ->index(row, side == MunicipalityTableModel::Side::Partners
                                               ? MunicipalityTableModel::CountryColumn
                                               : MunicipalityTableModel::OblastColumn)
                              .data()
                              .toString();
    return tr("“%1” (%2) — %n pair(s)", "", pairs).arg(names, where);
}

bool MunicipalitiesView::mergeSelected()
{
    const QList<qint64> places = selectedPlaces();
    if (!m_editor || places.size() != 2 || !m_merge->isEnabled())
        return false;
    const MunicipalityTableModel::Side side = currentSide();
    MergeDuplicatesDialog dialog(describe(side, places[0]), describe(side, places[1]), this);
    // Keep the record with more pairs, unless the user says otherwise.
    const MunicipalityTableModel *model =
        side == MunicipalityTableModel::Side::Partners ? partners() : communities();
    dialog.setKept(model->totalPairs(places[1]) > model->totalPairs(places[0]) ? 1 : 0);
    const DuplicateMerge::Side mergeSide = side == MunicipalityTableModel::Side::Partners
                                               ? DuplicateMerge::Side::Partners
                                               : DuplicateMerge::Side::Communities;
    auto keepFirst = m_editor->planMerge(mergeSide, places[0], places[1]);
    auto keepSecond = m_editor->planMerge(mergeSide, places[1], places[0]);
    for (const auto *planned : {&keepFirst, &keepSecond}) {
        if (!*planned) {
            QMessageBox::warning(this, tr("Merge records"), planned->error().message);
            return false;
        }
    }
    const auto name = [&](qint64 place) {
        return model->index(model->rowOf(place), MunicipalityTableModel::NameColumn)
            .data()
            .toString();
    };
    dialog.setRecordNames(name(places[0]), name(places[1]));
    dialog.setPlans(*keepFirst, *keepSecond);
    // A choice the records refuse (a terminated pair without its end date)
    // changes nothing and brings the dialog back with the ticks as they were.
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = m_editor->mergeDuplicates(dialog.plan());
        if (s)
            return true;
        QMessageBox::warning(this, tr("Merge records"), s.error().message);
        if (s.error().code != Error::Code::Invalid)
            return false;
    }
    return false;
}

bool MunicipalitiesView::editSelectedPartner()
{
    const QList<qint64> places = selectedPlaces();
    if (!m_editor || places.size() != 1 ||
        currentSide() != MunicipalityTableModel::Side::Partners || !m_edit->isEnabled())
        return false;
    auto record = MunicipalityRepository(m_editor->database()).get(places.first());
    if (!record) {
        QMessageBox::warning(this, tr("Edit partner"), record.error().message);
        return false;
    }
    EditPartnerDialog dialog(this);
    dialog.setMunicipality(*record);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status s = m_editor->update(dialog.municipality(), tr("Edit partner"));
    if (!s) {
        QMessageBox::warning(this, tr("Edit partner"), s.error().message);
        return false;
    }
    return true;
}

} // namespace tt::ui
