#include "dateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace tt::ui {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_date(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_date, 1);
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        if (on)
            m_date->setFocus();
        emit dateChanged(date());
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { emit dateChanged(date()); });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_date->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    m_check->setChecked(date.isValid());
    if (date.isValid())
        m_date->setDate(date);
}

} // namespace tt::ui
