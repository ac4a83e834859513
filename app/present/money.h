#pragma once

// Amounts of money as the views and reports show them: "EUR 1 234 567,00", in
// the user's locale, from whole minor units (cents), so that sums stay exact.

#include <QLocale>
#include <QMap>
#include <QString>

namespace tt::present {

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
// "EUR 1 234 567,00 · UAH 2 000 000,00", currencies in alphabetical order.
QString formatTotals(const QMap<QString, qint64> &totals, const QLocale &locale = QLocale());

} // namespace tt::present
