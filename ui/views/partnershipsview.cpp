#include "ui/views/partnershipsview.h"

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "app/models/partnershiptablemodel.h"
#include "app/models/portfoliostore.h"
#include "ui/dialogs/partnershipdialog.h"
#include "ui/views/partnershipdetail.h"
#include "ui/window/permissiongate.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tt::ui {

namespace {

// Draws a pair's cooperation areas as small coloured chips.
class AreaChipsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);
        const QVariantList chips = index.data(PartnershipTableModel::AreaChipsRole).toList();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        const QFontMetrics fm(small);
        const QColor text = option.palette.color(
            (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
        int x = option.rect.left() + 3;
        const int h = fm.height() + 2;
        const int y = option.rect.center().y() - h / 2;
        for (const QVariant &chip : chips) {
            const QVariantMap m = chip.toMap();
            const QString name = m.value(QStringLiteral("name")).toString();
            const QColor color = m.value(QStringLiteral("color")).value<QColor>();
            const int w = fm.horizontalAdvance(name) + 10;
            if (x + w > option.rect.right()) {
                painter->setPen(text);
                painter->drawText(QRect(x, y, 20, h), Qt::AlignVCenter, QStringLiteral("…"));
                break;
            }
            const QRect r(x, y, w, h);
            QColor fill = color;
            fill.setAlphaF(0.28);
            painter->setPen(QPen(color.darker(115), 1));
            painter->setBrush(fill);
            painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
            painter->setPen(text);
            painter->drawText(r, Qt::AlignCenter, name);
            x += w + 3;
        }
        painter->restore();
    }
};

} // namespace

PartnershipsView::PartnershipsView(PortfolioStore *store, Editor *editor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_editor(editor)
    , m_model(new PartnershipTableModel(store, this))
    , m_table(new QTableView(this))
    , m_detail(new PartnershipDetail(store, editor, this))
    , m_new(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("partnershipsView"));
    m_table->setObjectName(QStringLiteral("partnershipTable"));
    m_count->setObjectName(QStringLiteral("partnershipCount"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PartnershipTableModel::CommunityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(PartnershipTableModel::AreasColumn,
                                      new AreaChipsDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    const int widths[] = {130, 150, 150, 110, 100, 170, 260, 110};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_new->setObjectName(QStringLiteral("newPair"));
    m_delete->setObjectName(QStringLiteral("deletePair"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &PartnershipsView::newPair);
    connect(m_delete, &QPushButton::clicked, this, &PartnershipsView::deletePair);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_store->setCurrentPair(m_model->pairAt(current.row()));
                updatePermissions();
            });
    connect(m_table, &QTableView::doubleClicked, this, &PartnershipsView::editPair);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        const Permissions &permissions = m_editor->permissions();
        gate(menu.addAction(tr("New partnership…"), this, &PartnershipsView::newPair),
             permissions.whyNotEdit());
        if (m_table->indexAt(pos).isValid()) {
            const qint64 id = m_model->pairAt(m_table->indexAt(pos).row());
            const QString whyNot = permissions.whyNotEditPair(id);
            gate(menu.addAction(tr("Edit partnership…"), this, &PartnershipsView::editPair),
                 whyNot);
            gate(menu.addAction(tr("Delete partnership…"), this, &PartnershipsView::deletePair),
                 whyNot);
            menu.addSeparator();
            menu.addAction(tr("Dossier…"), this, [this, id] { emit dossierRequested(id); });
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_store, &PortfolioStore::currentPairChanged, this, &PartnershipsView::followCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartnershipsView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PartnershipsView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PartnershipsView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { followCurrent(m_store->currentPair()); });
    connect(&m_editor->permissions(), &Permissions::changed, this,
            &PartnershipsView::updatePermissions);
    retranslate();
    followCurrent(m_store->currentPair());
}

int kindColumnWidth(const QTableView *table)
{
    // Room for the cell's margins, and in the header for the sort indicator.
    const int cellMargin = 3 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    int width = 0;
    for (PartnershipKind kind : {PartnershipKind::Twinning, PartnershipKind::Partnership,
                                 PartnershipKind::Friendship, PartnershipKind::Cooperation})
        width = std::max(width, table->fontMetrics().horizontalAdvance(toLabel(kind)) + cellMargin);
    const QString header = table->model()
                               ? table->model()
                                     ->headerData(PartnershipTableModel::KindColumn, Qt::Horizontal)
                                     .toString()
                               : QString();
    const QHeaderView *h = table->horizontalHeader();
    return std::max(width, h->fontMetrics().horizontalAdvance(header) + cellMargin + 20);
}

void PartnershipsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PartnershipsView::retranslate()
{
    m_new->setText(tr("&New partnership…"));
    m_new->setToolTip(
        tr("Add a pair of a Ukrainian community and a foreign partner (Ctrl+Shift+N)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(
        tr("Delete the selected pair with its milestones, contacts and documents (Del); undo "
           "brings it all back"));
    m_table->setAccessibleName(tr("Partnerships"));
    m_table->setColumnWidth(PartnershipTableModel::KindColumn, kindColumnWidth(m_table));
    updateCount();
    updatePermissions();
}

void PartnershipsView::updatePermissions()
{
    const Permissions &permissions = m_editor->permissions();
    gate(m_new, permissions.whyNotEdit());
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->pairAt(current.row()) : 0;
    gate(m_delete, id > 0 ? permissions.whyNotEditPair(id) : permissions.whyNotEdit(), id > 0);
}

void PartnershipsView::updateCount()
{
    // Not "0 partnerships" while a large database's pairs are on their way.
    if (m_store->isLoadingPairs()) {
        m_count->setText(tr("Reading the pairs…"));
        return;
    }
    const int shown = m_model->rowCount();
    const int all = static_cast<int>(m_store->portfolio().pairs().size());
    m_count->setText(shown == all ? tr("%n partnership(s)", "", all)
                                  : tr("%1 of %n partnership(s)", "", all).arg(shown));
}

void PartnershipsView::followCurrent(qint64 id)
{
    // Selection is shared: a pair chosen elsewhere (the map) is selected here.
    const int row = m_model->rowOf(id);
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (row < 0) {
        if (id == 0)
            m_table->clearSelection();
        return;
    }
    if (current.row() != row) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void PartnershipsView::newPair()
{
    if (!m_editor->permissions().mayEdit())
        return;
    PartnershipDialog dialog(*m_editor, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        m_store->setCurrentPair(dialog.pairId());
}

void PartnershipsView::editPair()
{
    if (m_store->currentPair() > 0)
        m_detail->editPair();
}

void PartnershipsView::deletePair()
{
    const qint64 id = m_store->currentPair();
    const qsizetype i = m_store->portfolio().indexOf(id);
    if (id <= 0 || i < 0 || !m_editor->permissions().mayEditPair(id))
        return;
    const PartnershipSummary &p = m_store->portfolio().pairs()[i];
    const QString label = names::pair(p);
    // The version shown when the question was asked: a colleague's change
    // meanwhile meets the conflict dialog rather than being deleted unseen.
    const qint64 seenVersion = p.rowVersion;
    const auto answer = QMessageBox::question(
        this, tr("Delete partnership"),
        tr("Delete %1 with its %n milestone(s), contacts, projects and documents?", "",
           int(p.milestones.size()))
                .arg(label) +
            u'\n' + tr("You can undo this with Ctrl+Z."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = m_editor->removePartnership(id, seenVersion); !s)
        QMessageBox::warning(this, tr("The partnership was not deleted"), s.error().message);
}

} // namespace tt::ui
