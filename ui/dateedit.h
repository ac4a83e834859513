#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace tt::ui {

// A date that may be absent: a check box says whether it is set, and a date
// field with a calendar holds it. Used for every optional date of a record.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const; // invalid when not set
    void setDate(const QDate &date);
    QDateEdit *dateField() const { return m_date; }
    QCheckBox *checkBox() const { return m_check; }

signals:
    void dateChanged(const QDate &date);

private:
    QCheckBox *m_check;
    QDateEdit *m_date;
};

} // namespace tt::ui
