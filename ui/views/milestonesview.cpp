#include "ui/views/milestonesview.h"

#include "app/commands/editor.h"
#include "app/models/portfoliostore.h"
#include "ui/window/permissiongate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tt::ui {

MilestonesView::MilestonesView(PortfolioStore *store, Editor *editor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_editor(editor)
    , m_model(new AgendaModel(store, this, false))
    , m_view(new QTreeView(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_showDone(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_markDone(new QPushButton(this))
{
    setObjectName(QStringLiteral("MilestonesView"));
    m_view->setObjectName(QStringLiteral("agenda"));
    m_period->setObjectName(QStringLiteral("period"));
    m_showDone->setObjectName(QStringLiteral("showDone"));
    m_markDone->setObjectName(QStringLiteral("markDone"));
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(m_showDone);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addSpacing(12);
    bar->addWidget(m_markDone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_periodLabel->setBuddy(m_period);

    for (int i = 0; i < 5; ++i)
        m_period->addItem(QString(), i);
    m_period->setCurrentIndex(int(AgendaModel::Period::Next3Months));

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(false);
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->resizeSection(AgendaModel::DateColumn, 130);
    header->resizeSection(AgendaModel::PartnershipColumn, 230);
    header->resizeSection(AgendaModel::KindColumn, 150);
    header->resizeSection(AgendaModel::ResponsibleColumn, 160);
    header->resizeSection(AgendaModel::StatusColumn, 170);
    header->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setPeriod(static_cast<AgendaModel::Period>(m_period->itemData(i).toInt()));
    });
    connect(m_showDone, &QCheckBox::toggled, m_model, &AgendaModel::setShowDone);
    connect(m_markDone, &QPushButton::clicked, this, &MilestonesView::markSelectedDone);
    connect(m_view, &QTreeView::activated, this, &MilestonesView::openPair);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MilestonesView::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        prepareGroups(0, m_model->rowCount() - 1);
        updateSummary();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &where, int first, int last) {
                if (!where.isValid())
                    prepareGroups(first, last);
                updateSummary();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MilestonesView::updateActions);
    prepareGroups(0, m_model->rowCount() - 1);
    retranslate();
    setEditor(editor);
}

void MilestonesView::setEditor(Editor *editor)
{
    m_editor = editor;
    if (m_editor)
        connect(&m_editor->permissions(), &Permissions::changed, this,
                &MilestonesView::updateActions);
    updateActions();
}

void MilestonesView::prepareGroups(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expand(m_model->index(row, 0));
    }
}

void MilestonesView::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    const QStringList periods = {tr("This month"), tr("Next 3 months"), tr("Next 12 months"),
                                 tr("All upcoming"), tr("Past 12 months")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods[i]);
    m_showDone->setText(tr("Show &done"));
    m_markDone->setText(tr("&Mark done"));
    m_markDone->setToolTip(tr("Mark the selected milestones done today (Space)"));
    m_view->setAccessibleName(tr("Milestone agenda"));
    updateSummary();
}

void MilestonesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MilestonesView::showEvent(QShowEvent *event)
{
    // The agenda is read when first looked at (see AgendaModel::setActive).
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void MilestonesView::updateSummary()
{
    const int overdue = m_model->overdueCount();
    const int other = m_model->milestoneCount() - overdue;
    QString text =
        tr("%n overdue", "", overdue) + QStringLiteral(" · ") + tr("%n in the period", "", other);
    if (!m_model->lastError().isEmpty())
        text = m_model->lastError();
    m_summary->setText(text);
}

QList<qint64> MilestonesView::selectedPlanned() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().siblingAtColumn(0);
    for (const QModelIndex &index : std::as_const(rows)) {
        const qint64 id = m_model->milestoneAt(index);
        // Done or cancelled ones (shown with "Show done") stay as they are.
        const bool planned =
            index.data(AgendaModel::StatusRole).toInt() == int(MilestoneStatus::Planned);
        if (id && planned && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void MilestonesView::updateActions()
{
    const QList<qint64> pairs = selectedPlannedPairs();
    QString whyNot;
    if (m_editor) {
        const Permissions &permissions = m_editor->permissions();
        whyNot = permissions.whyNotEdit();
        for (qint64 pair : pairs) {
            if (whyNot.isEmpty())
                whyNot = permissions.whyNotEditPair(pair);
        }
    }
    gate(m_markDone, whyNot, m_editor && !pairs.isEmpty());
}

QList<qint64> MilestonesView::selectedPlannedPairs() const
{
    QList<qint64> pairs;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().siblingAtColumn(0);
    for (const QModelIndex &index : std::as_const(rows)) {
        const bool planned =
            index.data(AgendaModel::StatusRole).toInt() == int(MilestoneStatus::Planned);
        const qint64 pair = m_model->pairAt(index);
        if (m_model->milestoneAt(index) && planned && pair && !pairs.contains(pair))
            pairs << pair;
    }
    return pairs;
}

bool MilestonesView::markSelectedDone()
{
    const QList<qint64> ids = selectedPlanned();
    if (!m_editor || ids.isEmpty() || !m_markDone->isEnabled())
        return false;
    QUndoStack *stack = m_editor->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(tr("Mark %n milestone(s) done", "", int(ids.size())));
    Status result;
    for (qint64 id : ids) {
        result = m_editor->setMilestoneDone(id, true, QDate::currentDate());
        if (!result)
            break;
    }
    if (ids.size() > 1)
        stack->endMacro();
    if (!result) {
        QMessageBox::warning(this, tr("Mark done"), result.error().message);
        return false;
    }
    return true;
}

void MilestonesView::openPair(const QModelIndex &index)
{
    if (const qint64 pair = m_model->pairAt(index))
        m_store->setCurrentPair(pair);
}

void MilestonesView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!m_model->milestoneAt(index))
        return;
    QMenu menu(this);
    QAction *done = menu.addAction(tr("&Mark done"), this, &MilestonesView::markSelectedDone);
    done->setShortcut(Qt::Key_Space);
    done->setEnabled(m_markDone->isEnabled());
    menu.addAction(tr("&Open partnership"), this, [this, index] { openPair(index); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool MilestonesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            markSelectedDone();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tt::ui
