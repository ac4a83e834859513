#pragma once

// Adds or edits a cooperation area of a pair, with its status. Saves through the Editor (undoable).

#include "app/core/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CooperationAreaDialog;
}

namespace tt {
class Editor;
}

namespace tt::ui {

class CooperationAreaDialog : public QDialog
{
    Q_OBJECT
public:
    CooperationAreaDialog(Editor &editor, qint64 partnershipId, qint64 recordId,
                          QWidget *parent = nullptr);
    ~CooperationAreaDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::CooperationAreaDialog> m_ui;
    Editor &m_editor;
    PartnershipArea m_record;
    PartnershipArea m_loaded; // as read: what "Keep mine" compares with
};

} // namespace tt::ui
