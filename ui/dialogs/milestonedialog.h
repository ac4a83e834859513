#pragma once

// Adds or edits a milestone of a pair: a step with its kind, status,
// area, dates and who is responsible. Saves through the Editor (undoable).

#include "app/core/entities.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class MilestoneDialog;
}

namespace tt {
class Editor;
}

namespace tt::ui {

class MilestoneDialog : public QDialog
{
    Q_OBJECT
public:
    // recordId 0: a new milestone of the pair (of `kind` when given: a step of
    // the approval track).
    MilestoneDialog(Editor &editor, qint64 partnershipId, qint64 recordId,
                    QWidget *parent = nullptr, std::optional<MilestoneKind> kind = std::nullopt);
    ~MilestoneDialog() override;
    void accept() override;
    qint64 recordId() const { return m_record.id; }

private:
    std::unique_ptr<Ui::MilestoneDialog> m_ui;
    Editor &m_editor;
    Milestone m_record;
    Milestone m_loaded; // as read: what "Keep mine" compares with
};

} // namespace tt::ui
