#pragma once

#include "app/core/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EditPartnerDialog;
}

namespace tt::ui {

// The names, country, region and coordinates of a foreign partner place.
class EditPartnerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditPartnerDialog(QWidget *parent = nullptr);
    ~EditPartnerDialog() override;

    void setMunicipality(const Municipality &municipality);
    // The record with the fields of the form (other fields as given).
    Municipality municipality() const;

private:
    void validate();
    std::unique_ptr<Ui::EditPartnerDialog> m_ui;
    Municipality m_record;
};

} // namespace tt::ui
