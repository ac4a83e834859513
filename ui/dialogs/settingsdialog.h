#pragma once

#include "app/core/officesettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace tt {
class Editor;
}

namespace tt::ui {

// Settings › Office and preferences…: what belongs to the office (its name on
// every page of a report, the dormancy rule), kept in the database and changed
// through the Editor (one undo step; on a server only by an administrator),
// and what belongs to the person (backups, the report language), kept in the
// user's settings. Without an open database only the person's part is shown.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Editor *editor, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    // Empty when the values can be saved; else why not (translated).
    QString problem() const;
    OfficeSettings officeSettings() const;

private:
    void chooseFolder();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Editor *m_editor;
    OfficeSettings m_stored;
    bool m_officeEditable = false;
};

} // namespace tt::ui
