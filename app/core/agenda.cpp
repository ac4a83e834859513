#include "agenda.h"

#include "rowreader.h"

#include <algorithm>

namespace tt {

namespace {

template<class E>
E enumOf(const RowView &row, int column, E fallback)
{
    for (E value : EnumTraits<E>::values()) {
        if (row.textEquals(column, EnumTraits<E>::code(value).toLatin1().constData()))
            return value;
    }
    return fallback;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

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
    const QString planned = toCode(MilestoneStatus::Planned);
    const QString pairCondition =
        query.partnershipId ? QStringLiteral(" AND partnership_id = ?") : QString();

    QVariantList binds{planned, isoDate(query.today)};
    if (query.partnershipId)
        binds << query.partnershipId;
    Status s = forEachRow(db,
                          columns + QStringLiteral("status = ? AND planned_on < ?") +
                              pairCondition + QStringLiteral(" ORDER BY planned_on, id"),
                          binds, read);
    if (!s)
        return s.error();

    // The period, without the overdue ones read above. Listing the statuses
    // lets the engine use the (status, planned_on) index for each of them.
    QStringList statuses{planned};
    if (query.includeDone) {
        statuses << toCode(MilestoneStatus::Done) << toCode(MilestoneStatus::Cancelled);
    }
    QStringList marks;
    binds.clear();
    for (const QString &status : std::as_const(statuses)) {
        marks << QStringLiteral("?");
        binds << status;
    }
    QString where = QStringLiteral("status IN (") + marks.join(u',') + u')';
    // Planned ones before today are overdue and already read.
    const QDate from = query.from.isValid() ? query.from : QDate(1, 1, 1);
    where += QStringLiteral(" AND planned_on >= ?");
    binds << isoDate(from);
    if (query.to.isValid()) {
        where += QStringLiteral(" AND planned_on < ?");
        binds << isoDate(query.to);
    }
    where += QStringLiteral(" AND NOT (status = ? AND planned_on < ?)");
    binds << planned << isoDate(query.today);
    if (query.partnershipId) {
        where += QStringLiteral(" AND partnership_id = ?");
        binds << query.partnershipId;
    }
    const qsizetype overdue = items.size();
    s = forEachRow(db, columns + where, binds, read);
    if (!s)
        return s.error();
    // The engine may walk the index status by status: order the period part.
    std::sort(items.begin() + overdue, items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        return a.plannedOn != b.plannedOn ? a.plannedOn < b.plannedOn : a.id < b.id;
    });
    return items;
}

} // namespace tt
