#include "ui/widgets/dateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

namespace tt::ui {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_date(new QDateEdit(this))
    , m_precision(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_precision);
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    for (DatePrecision p : {DatePrecision::Day, DatePrecision::Month, DatePrecision::Year})
        m_precision->addItem(QString(), static_cast<int>(p));
    m_precision->setEnabled(false);
    m_precision->hide();
    retranslate();
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        m_precision->setEnabled(on);
        if (on)
            m_date->setFocus();
        emit dateChanged(date());
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { emit dateChanged(date()); });
    connect(m_precision, &QComboBox::currentIndexChanged, this, [this] {
        showPrecision();
        emit dateChanged(date());
    });
    showPrecision();
}

DatePrecision OptionalDateEdit::precision() const
{
    return m_precision->isVisibleTo(this)
               ? static_cast<DatePrecision>(m_precision->currentData().toInt())
               : DatePrecision::Day;
}

QDate OptionalDateEdit::date() const
{
    return partialDate().first();
}

PartialDate OptionalDateEdit::partialDate() const
{
    if (!m_check->isChecked())
        return {};
    const QDate d = m_date->date();
    switch (precision()) {
    case DatePrecision::Year:
        return PartialDate::ofYear(d.year());
    case DatePrecision::Month:
        return PartialDate::ofMonth(d.year(), d.month());
    case DatePrecision::Day:
        break;
    }
    return d;
}

void OptionalDateEdit::setDate(const QDate &date)
{
    setDate(PartialDate(date));
}

void OptionalDateEdit::setDate(const PartialDate &date)
{
    m_check->setChecked(date.isValid());
    if (!date.isValid())
        return;
    m_precision->setCurrentIndex(m_precision->findData(static_cast<int>(date.precision())));
    m_date->setDate(date.first());
}

void OptionalDateEdit::setPrecisionChoice(bool on)
{
    m_precision->setVisible(on);
    if (on)
        setTabOrder(m_date, m_precision);
    showPrecision();
}

// The field shows what is known: the year, the month and year, or the day.
void OptionalDateEdit::showPrecision()
{
    switch (precision()) {
    case DatePrecision::Year:
        m_date->setDisplayFormat(QStringLiteral("yyyy"));
        break;
    case DatePrecision::Month:
        m_date->setDisplayFormat(QStringLiteral("MM.yyyy"));
        break;
    case DatePrecision::Day:
        m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        break;
    }
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showPrecision();
    }
    QWidget::changeEvent(event);
}

void OptionalDateEdit::retranslate()
{
    m_precision->setItemText(0, tr("Day"));
    m_precision->setItemText(1, tr("Month only"));
    m_precision->setItemText(2, tr("Year only"));
    m_precision->setToolTip(tr("How precisely the date is known"));
    m_precision->setAccessibleName(tr("Precision of the date"));
}

} // namespace tt::ui
