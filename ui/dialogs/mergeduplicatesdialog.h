#pragma once

#include "app/commands/duplicatemerge.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MergeDuplicatesDialog;
}

class QTreeWidgetItem;

namespace tt::ui {

// Asks which of two records of one place to keep and, where both have a pair
// with the same counterpart, which value each field of the one pair left
// takes; the caller merges.
class MergeDuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    // Each description names the record and says how many pairs it has.
    MergeDuplicatesDialog(const QString &first, const QString &second, QWidget *parent = nullptr);
    ~MergeDuplicatesDialog() override;

    // The records' names, over their pairs' values.
    void setRecordNames(const QString &first, const QString &second);
    // The merge planned each way: keeping the first record, keeping the second.
    void setPlans(const DuplicateMerge &keepFirst, const DuplicateMerge &keepSecond);
    // The plan for the record chosen, with the values ticked.
    DuplicateMerge plan() const;

    // 0 to keep the first record, 1 to keep the second.
    int kept() const;
    void setKept(int which);

private:
    void showClashes();
    // A tick of a field's value: one value for most fields, one or both for texts.
    void ticked(QTreeWidgetItem *item, int column);

    std::unique_ptr<Ui::MergeDuplicatesDialog> m_ui;
    DuplicateMerge m_plans[2];
    bool m_filling = false;
};

} // namespace tt::ui
