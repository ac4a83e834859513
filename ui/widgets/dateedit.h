#pragma once

#include "app/core/partialdate.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace tt::ui {

// A date that may be absent: a check box says whether it is set, and a date
// field with a calendar holds it. Used for every optional date of a record.
// With the precision choice on, a combo box beside it says whether the date is
// known to the day, the month or only the year, and the field shows just that.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const; // invalid when not set; the first day of a month or year
    void setDate(const QDate &date);
    // The date to the precision chosen; a full date without the choice.
    PartialDate partialDate() const;
    void setDate(const PartialDate &date);
    void setPrecisionChoice(bool on);

    QDateEdit *dateField() const { return m_date; }
    QComboBox *precisionField() const { return m_precision; }

signals:
    void dateChanged(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;

private:
    DatePrecision precision() const;
    void showPrecision();
    void retranslate();

    QCheckBox *m_check;
    QDateEdit *m_date;
    QComboBox *m_precision;
};

} // namespace tt::ui
