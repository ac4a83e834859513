#pragma once

// Adds or edits a contact person of a pair. Saves through the Editor (undoable).

#include "app/core/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ContactDialog;
}

namespace tt {
class Editor;
}

namespace tt::ui {

class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    ContactDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent = nullptr);
    ~ContactDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::ContactDialog> m_ui;
    Editor &m_editor;
    Contact m_record;
    Contact m_loaded; // as read: what "Keep mine" compares with
};

} // namespace tt::ui
