#pragma once

// A date known to the day, the month or only the year. Lists of twin towns give
// the year of an agreement and nothing more; "2023" stays "2023" from the
// import through storage to every view, export and report, never a 1 January
// nobody wrote. Stored as ISO 8601 text of its precision ("2023", "2023-04",
// "2023-04-22"), which sorts with full dates on every engine.

#include <QDate>
#include <QMetaType>
#include <QString>

#include <compare>

class QLocale;

namespace tt {

enum class DatePrecision : quint8 { Day, Month, Year };

class PartialDate
{
public:
    PartialDate() = default;
    // A full date: precision Day. Implicit, so that a date is a partial date.
    PartialDate(const QDate &date)
        : m_first(date)
    {} // NOLINT(google-explicit-constructor)

    static PartialDate ofYear(int year);
    static PartialDate ofMonth(int year, int month);
    // "2023", "2023-04" or "2023-04-22"; invalid for anything else.
    static PartialDate fromIso(QStringView text);

    bool isValid() const { return m_first.isValid(); }
    DatePrecision precision() const { return m_precision; }
    bool isFullDate() const { return isValid() && m_precision == DatePrecision::Day; }
    // The first and the last day the date may be.
    QDate first() const { return m_first; }
    QDate last() const;
    int year() const { return m_first.year(); }

    // "2023", "2023-04" or "2023-04-22"; empty when invalid.
    QString toIso() const;
    // For people: "2023", "квітень 2023" (the month's standalone name) or the
    // locale's short date.
    QString toString(const QLocale &locale) const;

    // Could this date be on or before `other`? True unless every day it may be
    // comes after every day `other` may be: "2023" is not after "2023-04-22".
    bool mayPrecede(const PartialDate &other) const { return m_first <= other.last(); }

    bool operator==(const PartialDate &other) const = default;
    // By the first day, a coarser date after a finer one on the same first day.
    std::strong_ordering operator<=>(const PartialDate &other) const;

private:
    PartialDate(const QDate &first, DatePrecision precision)
        : m_first(first)
        , m_precision(precision)
    {}

    QDate m_first;
    DatePrecision m_precision = DatePrecision::Day;
};

} // namespace tt

Q_DECLARE_METATYPE(tt::PartialDate)
