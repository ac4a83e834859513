#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace tt::ui {

// Asks before a person's details are erased (core/erasure.h): says what goes,
// that it cannot be undone, and is accepted only once the person's name has
// been typed, so that no click erases the wrong person.
class ErasePersonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ErasePersonDialog(const QString &name, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QString m_expected;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace tt::ui
