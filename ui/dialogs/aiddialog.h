#pragma once

// Adds or edits aid a pair received, with its value and the
// document of acceptance. Saves through the Editor (undoable) and shows a rule
// that fails inside the dialog, which stays open.

#include "app/core/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AidDialog;
}

namespace tt {
class Editor;
}

namespace tt::ui {

class AidDialog : public QDialog
{
    Q_OBJECT
public:
    AidDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent = nullptr);
    ~AidDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::AidDialog> m_ui;
    Editor &m_editor;
    Aid m_record;
    Aid m_loaded; // as read: what "Keep mine" compares with
};

} // namespace tt::ui
