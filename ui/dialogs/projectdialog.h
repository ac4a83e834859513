#pragma once

// Adds or edits a joint project of a pair, with its budget and funding. Saves through the Editor
// (undoable).

#include "app/core/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProjectDialog;
}

namespace tt {
class Editor;
}

namespace tt::ui {

class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent = nullptr);
    ~ProjectDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::ProjectDialog> m_ui;
    Editor &m_editor;
    Project m_record;
    Project m_loaded; // as read: what "Keep mine" compares with
};

} // namespace tt::ui
