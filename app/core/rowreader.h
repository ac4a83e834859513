#pragma once

// Reads large result sets fast. On SQLite it steps the statement through the
// engine's own API, without a QVariant per value (loading a national database
// reads millions of values); on other engines it falls back to QSqlQuery.

#include "app/core/database.h"
#include "app/core/partialdate.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <functional>

namespace tt {

class RowView
{
public:
    virtual ~RowView() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0; // NaN when NULL
    virtual QString text(int column) const = 0;
    // A date stored as ISO text (yyyy-MM-dd); invalid when NULL or malformed.
    virtual QDate date(int column) const = 0;
    // A date of the day, the month or the year ("2023-04-22", "2023-04", "2023").
    virtual PartialDate partialDate(int column) const = 0;
    // True when the text of the column equals `ascii` (codes, without a copy).
    virtual bool textEquals(int column, const char *ascii) const = 0;
};

// Runs `sql` with the bound values and calls `row` for every result row. When
// `stop` becomes true (another thread sets it) reading ends early with an error.
Status forEachRow(Database &db, const QString &sql, const QVariantList &binds,
                  const std::function<void(const RowView &)> &row,
                  const std::atomic_bool *stop = nullptr);

// Parses yyyy-MM-dd from 10 bytes (or characters); invalid otherwise.
QDate parseIsoDate(const char *bytes, qsizetype size);
// Parses yyyy, yyyy-MM or yyyy-MM-dd; invalid otherwise.
PartialDate parseIsoPartialDate(const char *bytes, qsizetype size);

} // namespace tt
