#include "ui/widgets/multichoicebutton.h"

#include "app/core/text.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QVBoxLayout>

namespace tt::ui {

namespace {

constexpr int valueRole = Qt::UserRole;
constexpr int keyRole = Qt::UserRole + 1; // the folded text, for the search
constexpr int namesOnFace = 2;
constexpr int maxFaceWidth = 170; // pixels of names on the face, at most
constexpr int minWidth = 70;
const QString arrow = QStringLiteral(" ▾");

} // namespace

MultiChoiceButton::MultiChoiceButton(QWidget *parent)
    : QToolButton(parent)
    , m_popup(new QFrame(this, Qt::Popup))
    , m_search(new QLineEdit(m_popup))
    , m_list(new QListView(m_popup))
    , m_all(new QPushButton(m_popup))
    , m_model(new QStandardItemModel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setPopupMode(QToolButton::DelayedPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setArrowType(Qt::NoArrow);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setObjectName(QStringLiteral("multiChoicePopup"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("multiChoiceSearch"));
    m_search->hide();
    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("multiChoiceList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_all->setObjectName(QStringLiteral("multiChoiceAll"));
    m_all->setAutoDefault(false);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    m_popup->installEventFilter(this);

    connect(this, &QToolButton::clicked, this, &MultiChoiceButton::showPopup);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { toggle(index.row()); });
    connect(m_search, &QLineEdit::textChanged, this, &MultiChoiceButton::search);
    connect(m_all, &QPushButton::clicked, this, &MultiChoiceButton::clearChoice);
    m_countText = [](int n) { return tr("%n chosen", "", n); };
    m_all->setText(tr("All"));
    m_all->setToolTip(tr("Clear the choice: no restriction"));
    m_search->setPlaceholderText(tr("Search…"));
    updateFace();
}

void MultiChoiceButton::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    m_model->clear();
    // Rows a little taller than the text, so that the check boxes breathe.
    const QSize rowSize(-1, fontMetrics().height() + 8);
    for (const Choice &c : choices) {
        auto *item = new QStandardItem(c.text);
        item->setSizeHint(rowSize);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setData(c.value, valueRole);
        item->setData(text::searchKey(c.text), keyRole);
        m_model->appendRow(item);
    }
    updateChecks();
    search(m_search->text());
    updateFace();
}

void MultiChoiceButton::setSearchable(bool searchable)
{
    m_search->setVisible(searchable);
}

void MultiChoiceButton::setTexts(const QString &all, const std::function<QString(int)> &count)
{
    m_allText = all;
    m_countText = count;
    m_all->setText(tr("All"));
    m_all->setToolTip(tr("Clear the choice: no restriction"));
    m_search->setPlaceholderText(tr("Search…"));
    m_list->setAccessibleName(accessibleName());
    m_search->setAccessibleName(tr("Search %1").arg(accessibleName()));
    updateFace();
}

void MultiChoiceButton::setSelected(const QSet<QString> &values)
{
    if (values == m_selected)
        return;
    m_selected = values;
    updateChecks();
    updateFace();
}

void MultiChoiceButton::showPopup()
{
    const int rows = std::min<int>(m_model->rowCount(), 14);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 8);
    const int width = std::max({this->width(), m_list->sizeHintForColumn(0) + 40, 220});
    m_list->setMinimumHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    m_popup->adjustSize();
    m_popup->resize(width, m_popup->sizeHint().height());
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - width)));
        if (at.y() + m_popup->height() > area.bottom())
            at.setY(std::max(area.top(), mapToGlobal(QPoint(0, 0)).y() - m_popup->height()));
    }
    m_popup->move(at);
    m_popup->show();
    if (!m_list->currentIndex().isValid() || m_list->isRowHidden(m_list->currentIndex().row()))
        m_list->setCurrentIndex(m_model->index(firstShownRow(), 0));
    if (m_search->isVisible())
        m_search->setFocus(Qt::PopupFocusReason);
    else
        m_list->setFocus(Qt::PopupFocusReason);
}

void MultiChoiceButton::hidePopup()
{
    m_popup->hide();
    setFocus(Qt::PopupFocusReason);
}

QSize MultiChoiceButton::sizeHint() const
{
    // QToolButton's own measure, of the whole face.
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text = m_face + arrow;
    const QFontMetrics fm = fontMetrics();
    QSize text = fm.size(Qt::TextShowMnemonic, option.text);
    text.setWidth(text.width() + 2 * fm.horizontalAdvance(u' '));
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, text, this);
}

QSize MultiChoiceButton::minimumSizeHint() const
{
    const QSize whole = sizeHint();
    return {std::min(whole.width(), minWidth), whole.height()};
}

void MultiChoiceButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    fitFace();
}

void MultiChoiceButton::fitFace()
{
    const QFontMetrics fm = fontMetrics();
    const int whole = fm.horizontalAdvance(m_face);
    const int room = width() - (sizeHint().width() - whole);
    setText((room >= whole ? m_face
                           : fm.elidedText(m_face, Qt::ElideRight,
                                           std::max(room, fm.horizontalAdvance(u'…')))) +
            arrow);
}

void MultiChoiceButton::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4 || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter ||
        (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        showPopup();
        return;
    }
    QToolButton::keyPressEvent(event);
}

bool MultiChoiceButton::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QToolButton::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        hidePopup();
        return true;
    }
    const bool tick =
        key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Space;
    if (watched == m_list && tick) {
        if (m_list->currentIndex().isValid())
            toggle(m_list->currentIndex().row());
        return true;
    }
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid() ||
                m_list->isRowHidden(m_list->currentIndex().row()))
                m_list->setCurrentIndex(m_model->index(firstShownRow(), 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter ticks the match under the cursor, or the first match.
            int row = m_list->currentIndex().row();
            if (row < 0 || m_list->isRowHidden(row))
                row = firstShownRow();
            if (row >= 0)
                toggle(row);
            return true;
        }
    }
    // Typing in the list searches.
    if (watched == m_list && m_search->isVisible() && !key->text().isEmpty() &&
        key->text().at(0).isPrint() && !(key->modifiers() & Qt::ControlModifier)) {
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->insert(key->text());
        return true;
    }
    return QToolButton::eventFilter(watched, event);
}

void MultiChoiceButton::toggle(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString value = m_model->item(row)->data(valueRole).toString();
    if (!m_selected.remove(value))
        m_selected.insert(value);
    m_list->setCurrentIndex(m_model->index(row, 0));
    updateChecks();
    updateFace();
    emit selectionChanged();
}

void MultiChoiceButton::clearChoice()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    updateChecks();
    updateFace();
    emit selectionChanged();
}

void MultiChoiceButton::search(const QString &text)
{
    const QString key = text::searchKey(text);
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_list->setRowHidden(row, !key.isEmpty() &&
                                      !m_model->item(row)->data(keyRole).toString().contains(key));
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_list->isRowHidden(current.row()))
        m_list->setCurrentIndex(m_model->index(firstShownRow(), 0));
}

int MultiChoiceButton::firstShownRow() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_list->isRowHidden(row))
            return row;
    }
    return -1;
}

void MultiChoiceButton::updateChecks()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setData(m_selected.contains(item->data(valueRole).toString()) ? Qt::Checked
                                                                            : Qt::Unchecked,
                      Qt::CheckStateRole);
    }
    m_all->setEnabled(!m_selected.isEmpty());
}

void MultiChoiceButton::updateFace()
{
    // The names in the list's order, so that the face reads like the list.
    QStringList names;
    for (const Choice &c : std::as_const(m_choices)) {
        if (m_selected.contains(c.value))
            names << c.text;
    }
    for (const QString &value : std::as_const(m_selected)) {
        if (std::none_of(m_choices.cbegin(), m_choices.cend(),
                         [&](const Choice &c) { return c.value == value; }))
            names << value;
    }
    const int n = static_cast<int>(names.size());
    QString face = m_allText;
    if (n > 0 && n <= namesOnFace)
        face = names.join(QStringLiteral(", "));
    // Names too long for the bar are counted instead.
    if (n > namesOnFace || (n > 0 && fontMetrics().horizontalAdvance(face) > maxFaceWidth))
        face = m_countText(n);
    m_face = face;
    updateGeometry();
    fitFace();
    const QString name = accessibleName();
    setToolTip(n == 0 ? name : name + QStringLiteral(": ") + names.join(QStringLiteral(", ")));
    setAccessibleDescription(n == 0 ? m_allText : names.join(QStringLiteral(", ")));
}

} // namespace tt::ui
