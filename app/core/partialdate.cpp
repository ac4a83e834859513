#include "app/core/partialdate.h"

#include <QLocale>

namespace tt {

PartialDate PartialDate::ofYear(int year)
{
    const QDate first(year, 1, 1);
    return first.isValid() ? PartialDate(first, DatePrecision::Year) : PartialDate();
}

PartialDate PartialDate::ofMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? PartialDate(first, DatePrecision::Month) : PartialDate();
}

PartialDate PartialDate::fromIso(QStringView text)
{
    const auto number = [&](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const QChar c = text[i];
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c.unicode() - u'0');
        }
        return n;
    };
    const auto dash = [&](qsizetype at) { return text[at] == u'-'; };
    switch (text.size()) {
    case 4:
        if (const int y = number(0, 4); y > 0)
            return ofYear(y);
        break;
    case 7:
        if (dash(4))
            if (const int y = number(0, 4), m = number(5, 2); y > 0 && m > 0)
                return ofMonth(y, m);
        break;
    case 10:
        if (dash(4) && dash(7))
            if (const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
                y > 0 && m > 0 && d > 0)
                return PartialDate(QDate(y, m, d));
        break;
    default:
        break;
    }
    return {};
}

QDate PartialDate::last() const
{
    switch (m_precision) {
    case DatePrecision::Year:
        return QDate(m_first.year(), 12, 31);
    case DatePrecision::Month:
        return m_first.addMonths(1).addDays(-1);
    case DatePrecision::Day:
        break;
    }
    return m_first;
}

QString PartialDate::toIso() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case DatePrecision::Year:
        return m_first.toString(QStringLiteral("yyyy"));
    case DatePrecision::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Day:
        break;
    }
    return m_first.toString(Qt::ISODate);
}

QString PartialDate::toString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case DatePrecision::Year:
        return QString::number(m_first.year());
    case DatePrecision::Month:
        return locale.standaloneMonthName(m_first.month(), QLocale::LongFormat) + u' ' +
               QString::number(m_first.year());
    case DatePrecision::Day:
        break;
    }
    return locale.toString(m_first, QLocale::ShortFormat);
}

std::strong_ordering PartialDate::operator<=>(const PartialDate &other) const
{
    if (m_first != other.m_first)
        return m_first.toJulianDay() <=> other.m_first.toJulianDay();
    return m_precision <=> other.m_precision;
}

} // namespace tt
