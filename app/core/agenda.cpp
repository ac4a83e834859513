#include "app/core/agenda.h"

#include "app/core/rowreader.h"

#include <algorithm>

namespace tt {

namespace {

// Codes as bytes, made once: the agenda may read a few hundred thousand rows.
template<class E>
const QList<std::pair<E, QByteArray>> &codes()
{
    static const QList<std::pair<E, QByteArray>> list = [] {
        QList<std::pair<E, QByteArray>> out;
        for (E value : EnumTraits<E>::values())
            out.append({value, EnumTraits<E>::code(value).toLatin1()});
        return out;
    }();
    return list;
}

template<class E>
E enumOf(const RowView &row, int column, E fallback)
{
    for (const auto &[value, code] : codes<E>()) {
        if (row.textEquals(column, code.constData()))
            return value;
    }
    return fallback;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

bool inPeriod(const AgendaItem &item, const AgendaQuery &query)
{
    if (!item.plannedOn.isValid() || item.isOverdue(query.today))
        return false;
    if (item.status != MilestoneStatus::Planned && !query.includeDone)
        return false;
    if (query.from.isValid() && item.plannedOn < query.from)
        return false;
    return !query.to.isValid() || item.plannedOn < query.to;
}

Result<QList<AgendaItem>> readAgenda(Database &db, const AgendaQuery &query)
{
    QList<AgendaItem> items;
    const QString columns = QStringLiteral(
        "SELECT id, partnership_id, kind, title, planned_on, done_on, status, responsible "
        "FROM milestone WHERE ");
    auto read = [&](const RowView &r) {
        AgendaItem item;
        item.id = r.integer(0);
        item.partnershipId = r.integer(1);
        item.kind = enumOf(r, 2, MilestoneKind::Other);
        item.title = r.text(3);
        item.plannedOn = r.date(4);
        item.doneOn = r.date(5);
        item.status = enumOf(r, 6, MilestoneStatus::Planned);
        if (!r.isNull(7))
            item.responsible = r.text(7);
        items << std::move(item);
    };
    auto byDate = [](const AgendaItem &a, const AgendaItem &b) {
        return a.plannedOn != b.plannedOn ? a.plannedOn < b.plannedOn : a.id < b.id;
    };

    if (query.partnershipId) {
        // A pair has a handful of milestones: read them all on the pair's index
        // and keep those the query asks for.
        Status s = forEachRow(db, columns + QStringLiteral("partnership_id = ?"),
                              {query.partnershipId}, read);
        if (!s)
            return s.error();
        QList<AgendaItem> overdue, period;
        for (AgendaItem &item : items) {
            if (query.overdue && item.isOverdue(query.today))
                overdue << std::move(item);
            else if (query.period && inPeriod(item, query))
                period << std::move(item);
        }
        std::sort(overdue.begin(), overdue.end(), byDate);
        std::sort(period.begin(), period.end(), byDate);
        return overdue + period;
    }

    const QString planned = toCode(MilestoneStatus::Planned);
    if (query.overdue) {
        Status s = forEachRow(db,
                              columns + QStringLiteral("status = ? AND planned_on < ? "
                                                       "ORDER BY planned_on, id"),
                              {planned, isoDate(query.today)}, read);
        if (!s)
            return s.error();
    }
    if (!query.period)
        return items;

    // The period, without the overdue ones. Listing the statuses lets the
    // engine use the (status, planned_on) index for each of them.
    QStringList statuses{planned};
    if (query.includeDone)
        statuses << toCode(MilestoneStatus::Done) << toCode(MilestoneStatus::Cancelled);
    QStringList marks;
    QVariantList binds;
    for (const QString &status : std::as_const(statuses)) {
        marks << QStringLiteral("?");
        binds << status;
    }
    QString where = QStringLiteral("status IN (") + marks.join(u',') + u')';
    where += QStringLiteral(" AND planned_on >= ?");
    binds << isoDate(query.from.isValid() ? query.from : QDate(1, 1, 1));
    if (query.to.isValid()) {
        where += QStringLiteral(" AND planned_on < ?");
        binds << isoDate(query.to);
    }
    where += QStringLiteral(" AND NOT (status = ? AND planned_on < ?)");
    binds << planned << isoDate(query.today);
    const qsizetype first = items.size();
    Status s = forEachRow(db, columns + where, binds, read);
    if (!s)
        return s.error();
    // The engine may walk the index status by status: order the period part.
    std::sort(items.begin() + first, items.end(), byDate);
    return items;
}

} // namespace tt
