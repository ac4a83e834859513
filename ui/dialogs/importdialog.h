#pragma once

#include "app/core/database.h"
#include "app/io/importer.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QStandardItemModel;

namespace Ui {
class ImportDialog;
}

namespace tt::ui {

// Imports a spreadsheet: shows its first rows, what each column was taken for
// (chosen automatically, changed with a combo box per column) and, before
// anything is written, the report of a dry run; "Import" then writes it.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Shows the dialog for `path` and imports when the user confirms; says why
    // when the file cannot be read. Returns whether anything was imported.
    static bool run(QWidget *parent, Database &db, const QString &path);

    // Reads the file and checks it; false (with the reason in errorText()) when
    // it cannot be read as a table.
    bool setFile(const QString &path);
    QString errorText() const { return m_error; }

    io::Mapping mapping() const;
    // The combo box that says what column `column` holds.
    QComboBox *columnBox(int column) const;
    const io::ImportReport &report() const { return m_report; }

signals:
    void imported(const tt::io::ImportReport &report);

private:
    void buildMapping(const io::Mapping &mapping);
    void columnChanged(int column);
    void check();
    void runImport();

    std::unique_ptr<::Ui::ImportDialog> m_ui;
    Database &m_db;
    io::Table m_table;
    QStandardItemModel *m_preview = nullptr;
    QList<QComboBox *> m_boxes;
    io::ImportReport m_report;
    QString m_error;
    bool m_updating = false;
};

} // namespace tt::ui
