#include "ui/widgets/recordtab.h"

#include "ui/window/permissiongate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tt::ui {

RecordTab::RecordTab(QAbstractItemModel *model, int idRole, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_buttons(new QHBoxLayout)
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_idRole(idRole)
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &RecordTab::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (qint64 id = currentId())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (qint64 id = currentId())
            emit removeRequested(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (qint64 id = currentId(); id && m_editable)
            emit editRequested(id);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTab::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordTab::updateButtons);
    updateButtons();
}

QPushButton *RecordTab::addAction(const QString &text, const std::function<void(qint64)> &onRecord,
                                  bool changes)
{
    auto *button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    (changes ? m_recordButtons : m_readingButtons) << button;
    connect(button, &QPushButton::clicked, this, [this, onRecord] {
        if (qint64 id = currentId())
            onRecord(id);
    });
    updateButtons();
    return button;
}

QPushButton *RecordTab::addGatedAction(const QString &text,
                                       const std::function<void(qint64)> &onRecord,
                                       const std::function<QString()> &whyNot)
{
    auto *button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    m_gatedButtons << std::pair(button, whyNot);
    connect(button, &QPushButton::clicked, this, [this, onRecord] {
        if (qint64 id = currentId())
            onRecord(id);
    });
    updateButtons();
    return button;
}

qint64 RecordTab::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.siblingAtColumn(0).data(m_idRole).toLongLong();
}

void RecordTab::setEditable(bool editable, const QString &whyNot)
{
    m_editable = editable;
    m_whyNot = editable ? QString() : whyNot;
    updateButtons();
}

void RecordTab::setTexts(const QString &add, const QString &edit, const QString &remove)
{
    m_add->setText(add);
    m_edit->setText(edit);
    m_remove->setText(remove);
}

void RecordTab::updateButtons()
{
    const bool selected = currentId() != 0;
    const QString &whyNot = m_whyNot;
    gate(m_add, whyNot, m_editable);
    gate(m_edit, whyNot, m_editable && selected);
    gate(m_remove, whyNot, m_editable && selected);
    for (QPushButton *b : std::as_const(m_recordButtons))
        gate(b, whyNot, m_editable && selected);
    for (QPushButton *b : std::as_const(m_readingButtons))
        b->setEnabled(selected);
    for (const auto &[b, why] : std::as_const(m_gatedButtons))
        gate(b, why(), selected);
}

bool RecordTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_editable) {
        auto *key = static_cast<QKeyEvent *>(event);
        const qint64 id = currentId();
        if (key->key() == Qt::Key_Insert) {
            emit addRequested();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && id) {
            emit editRequested(id);
            return true;
        }
        if (key->key() == Qt::Key_Delete && id) {
            emit removeRequested(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tt::ui
