#include "mergeplacesdialog.h"

#include "ui_mergeplacesdialog.h"

#include <QPushButton>

namespace tt::ui {

MergePlacesDialog::MergePlacesDialog(const QString &first, const QString &second, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergePlacesDialog>())
{
    m_ui->setupUi(this);
    m_ui->keepFirst->setText(tr("Keep %1").arg(first));
    m_ui->keepSecond->setText(tr("Keep %1").arg(second));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MergePlacesDialog::~MergePlacesDialog() = default;

int MergePlacesDialog::kept() const
{
    return m_ui->keepSecond->isChecked() ? 1 : 0;
}

void MergePlacesDialog::setKept(int which)
{
    (which == 1 ? m_ui->keepSecond : m_ui->keepFirst)->setChecked(true);
}

} // namespace tt::ui
