#include "app/present/money.h"

#include <QStringList>

namespace tt::present {

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    // Integer part and cents apart: a double would round sums of billions.
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    QString amount = grouped.toString(qulonglong(magnitude / 100)) + grouped.decimalPoint() +
                     QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        amount.prepend(grouped.negativeSign());
    return currency.isEmpty() ? amount : currency + u' ' + amount;
}

QString formatTotals(const QMap<QString, qint64> &totals, const QLocale &locale)
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        parts << formatMoney(it.value(), it.key(), locale);
    return parts.join(QStringLiteral(" · "));
}

} // namespace tt::present
