#include "ui/dialogs/mergeduplicatesdialog.h"

#include "ui_mergeduplicatesdialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace tt::ui {

namespace {

// The columns of the clash table: the field, the first record's pair's value,
// the second's.
constexpr int FieldColumn = 0;
constexpr int FirstColumn = 1;
constexpr int SecondColumn = 2;
constexpr int FieldRole = Qt::UserRole + 1;
constexpr int FirstPartnershipRole = Qt::UserRole + 2; // the id of the first record's pair

} // namespace

MergeDuplicatesDialog::MergeDuplicatesDialog(const QString &first, const QString &second,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergeDuplicatesDialog>())
{
    m_ui->setupUi(this);
    m_ui->keepFirst->setText(tr("Keep %1").arg(first));
    m_ui->keepSecond->setText(tr("Keep %1").arg(second));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_ui->clashIntro->hide();
    m_ui->clashes->hide();
    m_ui->clashes->setHeaderLabels(
        {tr("Field"), tr("First record’s pair"), tr("Second record’s pair")});
    m_ui->clashes->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->clashes->header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    connect(m_ui->clashes, &QTreeWidget::itemChanged, this, &MergeDuplicatesDialog::ticked);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MergeDuplicatesDialog::~MergeDuplicatesDialog() = default;

int MergeDuplicatesDialog::kept() const
{
    return m_ui->keepSecond->isChecked() ? 1 : 0;
}

void MergeDuplicatesDialog::setKept(int which)
{
    (which == 1 ? m_ui->keepSecond : m_ui->keepFirst)->setChecked(true);
}

void MergeDuplicatesDialog::setRecordNames(const QString &first, const QString &second)
{
    m_ui->clashes->setHeaderLabels({tr("Field"), first, second});
}

void MergeDuplicatesDialog::setPlans(const DuplicateMerge &keepFirst,
                                     const DuplicateMerge &keepSecond)
{
    m_plans[0] = keepFirst;
    m_plans[1] = keepSecond;
    showClashes();
}

void MergeDuplicatesDialog::showClashes()
{
    // Built once, with the defaults of the record kept now. The table reads the
    // same whichever record is kept in the end: a tick is a value, and the
    // plan of the record kept takes the ticked values (plan()).
    const DuplicateMerge &plan = m_plans[kept()];
    const bool any = !plan.clashes.isEmpty();
    m_ui->clashIntro->setVisible(any);
    m_ui->clashes->setVisible(any);
    if (!any)
        return;
    m_ui->clashIntro->setText(
        tr("Both records have a pair with the same counterpart (%n pair(s)). Each such pair "
           "becomes one. Tick the value each field keeps; texts may keep both.",
           "", static_cast<int>(plan.clashes.size())));
    m_ui->note->setText(tr("The pairs of the other record move to the one kept, with their "
                           "areas, milestones, contacts, projects, documents, agreements and "
                           "aid, and the other record is deleted. Undo brings it all back."));
    m_filling = true;
    m_ui->clashes->clear();
    for (const PartnershipClash &clash : plan.clashes) {
        auto *top = new QTreeWidgetItem(m_ui->clashes, {clash.label});
        top->setFirstColumnSpanned(true);
        top->setFlags(Qt::ItemIsEnabled);
        QFont bold = top->font(FieldColumn);
        bold.setBold(true);
        top->setFont(FieldColumn, bold);
        // The first record's pair is the kept one when the first is kept.
        const Partnership &first = kept() == 0 ? clash.kept : clash.merged;
        const Partnership &second = kept() == 0 ? clash.merged : clash.kept;
        for (auto it = clash.choices.begin(); it != clash.choices.end(); ++it) {
            const PartnershipField field = it.key();
            const FieldSource source = it.value();
            auto *row = new QTreeWidgetItem(top);
            row->setText(FieldColumn, pairFieldLabel(field));
            row->setData(FieldColumn, FieldRole, static_cast<int>(field));
            row->setData(FieldColumn, FirstPartnershipRole, first.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool firstTicked =
                source == FieldSource::Both || (source == FieldSource::Kept) == (kept() == 0);
            const bool secondTicked =
                source == FieldSource::Both || (source == FieldSource::Merged) == (kept() == 0);
            for (auto [column, pair, on] : {std::tuple{FirstColumn, &first, firstTicked},
                                            std::tuple{SecondColumn, &second, secondTicked}}) {
                const QString text = pairFieldText(*pair, field);
                row->setText(column, text.isEmpty() ? QStringLiteral("—") : text);
                row->setToolTip(column, text);
                row->setCheckState(column, on ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    m_ui->clashes->expandAll();
    m_filling = false;
    resize(width(), qMax(height(), 420));
}

void MergeDuplicatesDialog::ticked(QTreeWidgetItem *item, int column)
{
    if (m_filling || (column != FirstColumn && column != SecondColumn))
        return;
    const auto field = static_cast<PartnershipField>(item->data(FieldColumn, FieldRole).toInt());
    const int other = column == FirstColumn ? SecondColumn : FirstColumn;
    m_filling = true;
    if (item->checkState(column) == Qt::Checked) {
        if (!isTextField(field))
            item->setCheckState(other, Qt::Unchecked);
    } else if (item->checkState(other) != Qt::Checked) {
        // A field keeps one value at least.
        item->setCheckState(other, Qt::Checked);
    }
    m_filling = false;
}

DuplicateMerge MergeDuplicatesDialog::plan() const
{
    DuplicateMerge out = m_plans[kept()];
    for (int t = 0; t < m_ui->clashes->topLevelItemCount(); ++t) {
        const QTreeWidgetItem *top = m_ui->clashes->topLevelItem(t);
        for (int r = 0; r < top->childCount(); ++r) {
            const QTreeWidgetItem *row = top->child(r);
            const auto field =
                static_cast<PartnershipField>(row->data(FieldColumn, FieldRole).toInt());
            const qint64 firstPair = row->data(FieldColumn, FirstPartnershipRole).toLongLong();
            const auto clash = std::find_if(
                out.clashes.begin(), out.clashes.end(), [&](const PartnershipClash &c) {
                    return (kept() == 0 ? c.kept.id : c.merged.id) == firstPair;
                });
            if (clash == out.clashes.end())
                continue;
            const bool first = row->checkState(FirstColumn) == Qt::Checked;
            const bool second = row->checkState(SecondColumn) == Qt::Checked;
            const bool keptTicked = kept() == 0 ? first : second;
            const bool mergedTicked = kept() == 0 ? second : first;
            clash->choices[field] = keptTicked && mergedTicked ? FieldSource::Both
                                    : mergedTicked             ? FieldSource::Merged
                                                               : FieldSource::Kept;
        }
    }
    return out;
}

} // namespace tt::ui
