#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class MergePlacesDialog;
}

namespace tt::ui {

// Asks which of two records of one place to keep; the caller merges.
class MergePlacesDialog : public QDialog
{
    Q_OBJECT
public:
    // Each description names the record and says how many pairs it has.
    MergePlacesDialog(const QString &first, const QString &second, QWidget *parent = nullptr);
    ~MergePlacesDialog() override;

    // 0 to keep the first record, 1 to keep the second.
    int kept() const;
    void setKept(int which);

private:
    std::unique_ptr<Ui::MergePlacesDialog> m_ui;
};

} // namespace tt::ui
