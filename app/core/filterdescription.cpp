#include "app/core/filterdescription.h"

#include "app/core/names.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace tt {

namespace {

struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(FilterDescription)
};

void sortNames(QStringList &names, const QLocale &locale)
{
    const QCollator collator(locale);
    std::sort(names.begin(), names.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
}

// "Вінницька, Львівська обл.": the oblasts by their short names under one
// word; Kyiv, Sevastopol and Crimea by their full names.
QString oblastsText(const QSet<QString> &isos, const QLocale &locale)
{
    QStringList oblasts, others;
    for (const QString &iso : isos)
        (names::isOblast(iso) ? oblasts : others) << names::oblastShort(iso);
    sortNames(oblasts, locale);
    sortNames(others, locale);
    QStringList parts;
    if (!oblasts.isEmpty())
        parts << FilterText::tr("%1 oblast(s)", "", int(oblasts.size()))
                     .arg(oblasts.join(QStringLiteral(", ")));
    parts << others;
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString filterDate(const QDate &date, const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

QString describeFilter(const Filter &f, const QHash<qint64, QString> &areaNames,
                       const QLocale &locale)
{
    QStringList parts;
    if (const QString text = f.text.simplified(); !text.isEmpty())
        parts << FilterText::tr("text “%1”").arg(text);
    if (!f.oblasts.isEmpty())
        parts << oblastsText(f.oblasts, locale);
    if (!f.countries.isEmpty()) {
        QStringList countries;
        for (const QString &iso : f.countries)
            countries << names::country(iso);
        sortNames(countries, locale);
        parts << countries.join(QStringLiteral(", "));
    }
    const auto labels = [](const auto &set) {
        QStringList out;
        for (auto value : EnumTraits<std::decay_t<decltype(*set.cbegin())>>::values()) {
            if (set.contains(value))
                out << toLabel(value);
        }
        return out.join(QStringLiteral(", "));
    };
    if (!f.stages.isEmpty())
        parts << labels(f.stages);
    if (!f.kinds.isEmpty())
        parts << labels(f.kinds);
    if (!f.areas.isEmpty()) {
        QStringList areas;
        for (qint64 id : f.areas)
            areas << areaNames.value(id, QString::number(id));
        sortNames(areas, locale);
        parts << areas.join(QStringLiteral(", "));
    }
    if (f.from.isValid() && f.to.isValid())
        parts << filterDate(f.from, locale) + QStringLiteral("–") + filterDate(f.to, locale);
    else if (f.from.isValid())
        parts << FilterText::tr("from %1").arg(filterDate(f.from, locale));
    else if (f.to.isValid())
        parts << FilterText::tr("until %1").arg(filterDate(f.to, locale));
    if (f.needsAttention)
        parts << FilterText::tr("needing attention");
    if (f.hideEnded)
        parts << FilterText::tr("ended pairs left out");
    return parts.join(QStringLiteral("; "));
}

} // namespace tt
