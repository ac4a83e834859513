#include "app/models/partnershipdetailmodels.h"

#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/present/fieldlabels.h"
#include "app/present/money.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tt {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct PartnershipRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipRecords)
};

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QHash<qint64, std::pair<QString, QColor>> areaNames(Database &db)
{
    QHash<qint64, std::pair<QString, QColor>> out;
    if (auto areas = CooperationAreaRepository(db).all()) {
        for (const CooperationArea &a : *areas)
            out.insert(a.id, {names::area(a), QColor(a.color)});
    }
    return out;
}

template<class T>
using Col = typename RecordListModel<T>::Column;

} // namespace

AreaListModel *makeAreaListModel(Database &db, QObject *parent)
{
    const auto areas = areaNames(db);
    QList<Col<PartnershipArea>> columns = {
        {[] { return PartnershipRecordsText::tr("Area"); },
         [areas](const PartnershipArea &a, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return areas.value(a.areaId).first;
             if (role == Qt::DecorationRole)
                 return areas.value(a.areaId).second;
             return {};
         }},
        {[] { return PartnershipRecordsText::tr("Status"); },
         [](const PartnershipArea &a, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(toLabel(a.status)) : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Notes"); },
         [](const PartnershipArea &a, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(a.notes) : QVariant();
         }},
    };
    return new AreaListModel(
        db, columns,
        [](Database &d, qint64 id) { return PartnershipAreaRepository(d).forPartnership(id); },
        parent);
}

MilestoneListModel *makeMilestoneListModel(Database &db, const QDate &today, QObject *parent)
{
    const auto areas = areaNames(db);
    auto overdueColour = [today](const Milestone &m, int role) -> QVariant {
        if (role == Qt::ForegroundRole && m.isOverdue(today))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (role == Qt::ForegroundRole && m.status == MilestoneStatus::Cancelled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    };
    QList<Col<Milestone>> columns = {
        {[] { return PartnershipRecordsText::tr("Date"); },
         [overdueColour](const Milestone &m, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return shortDate(m.doneOn.isValid() ? m.doneOn : m.plannedOn);
             return overdueColour(m, role);
         }},
        {[] { return PartnershipRecordsText::tr("Kind"); },
         [overdueColour](const Milestone &m, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(toLabel(m.kind)) : overdueColour(m, role);
         }},
        {[] { return PartnershipRecordsText::tr("Title"); },
         [overdueColour](const Milestone &m, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return m.title;
             if (role == Qt::ToolTipRole)
                 return m.notes.isEmpty() ? m.title : m.title + u'\n' + m.notes;
             return overdueColour(m, role);
         }},
        {[] { return PartnershipRecordsText::tr("Area"); },
         [areas](const Milestone &m, int role) -> QVariant {
             return role == Qt::DisplayRole && m.areaId ? QVariant(areas.value(*m.areaId).first)
                                                        : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Status"); },
         [today, overdueColour](const Milestone &m, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return m.isOverdue(today) ? PartnershipRecordsText::tr("Overdue")
                                           : toLabel(m.status);
             if (role == Qt::FontRole && m.isOverdue(today)) {
                 QFont bold;
                 bold.setBold(true);
                 return bold;
             }
             return overdueColour(m, role);
         }},
        {[] { return PartnershipRecordsText::tr("Responsible"); },
         [](const Milestone &m, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(m.responsible) : QVariant();
         }},
    };
    return new MilestoneListModel(
        db, columns,
        [](Database &d, qint64 id) { return MilestoneRepository(d).forPartnership(id); }, parent);
}

ContactListModel *makeContactListModel(Database &db, QObject *parent)
{
    auto text = [](auto member) {
        return [member](const Contact &c, int role) -> QVariant {
            return role == Qt::DisplayRole ? QVariant(c.*member) : QVariant();
        };
    };
    QList<Col<Contact>> columns = {
        {[] { return PartnershipRecordsText::tr("Name"); }, text(&Contact::name)},
        {[] { return PartnershipRecordsText::tr("Role"); }, text(&Contact::role)},
        {[] { return PartnershipRecordsText::tr("Organisation"); }, text(&Contact::organisation)},
        {[] { return PartnershipRecordsText::tr("Side"); },
         [](const Contact &c, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(toLabel(c.side)) : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("E-mail"); }, text(&Contact::email)},
        {[] { return PartnershipRecordsText::tr("Phone"); }, text(&Contact::phone)},
        {[] { return PartnershipRecordsText::tr("Languages"); }, text(&Contact::languages)},
    };
    return new ContactListModel(
        db, columns, [](Database &d, qint64 id) { return ContactRepository(d).forPartnership(id); },
        parent);
}

ProjectListModel *makeProjectListModel(Database &db, QObject *parent)
{
    const auto areas = areaNames(db);
    QList<Col<Project>> columns = {
        {[] { return PartnershipRecordsText::tr("Title"); },
         [](const Project &p, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(p.title) : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Area"); },
         [areas](const Project &p, int role) -> QVariant {
             return role == Qt::DisplayRole && p.areaId ? QVariant(areas.value(*p.areaId).first)
                                                        : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Budget"); },
         [](const Project &p, int role) -> QVariant {
             if (role == Qt::TextAlignmentRole)
                 return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
             return role == Qt::DisplayRole && p.budgetMinor
                        ? QVariant(present::formatMoney(*p.budgetMinor, p.currency))
                        : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Funder"); },
         [](const Project &p, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(p.funder) : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Status"); },
         [](const Project &p, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(toLabel(p.status)) : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Start"); },
         [](const Project &p, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(shortDate(p.startOn)) : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("End"); },
         [](const Project &p, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(shortDate(p.endOn)) : QVariant();
         }},
    };
    return new ProjectListModel(
        db, columns, [](Database &d, qint64 id) { return ProjectRepository(d).forPartnership(id); },
        parent);
}

DocumentListModel *makeDocumentListModel(Database &db, QObject *parent)
{
    QList<Col<Document>> columns = {
        {[] { return PartnershipRecordsText::tr("File"); },
         [](const Document &d, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(d.name) : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Type"); },
         [](const Document &d, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(toLabel(d.type)) : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Size"); },
         [](const Document &d, int role) -> QVariant {
             if (role == Qt::TextAlignmentRole)
                 return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
             return role == Qt::DisplayRole ? QVariant(QLocale().formattedDataSize(d.size))
                                            : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Added"); },
         [](const Document &d, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(QLocale().toString(d.addedAt.toLocalTime(),
                                                                          QLocale::ShortFormat))
                                            : QVariant();
         }},
        {[] { return PartnershipRecordsText::tr("Notes"); },
         [](const Document &d, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(d.notes) : QVariant();
         }},
    };
    return new DocumentListModel(
        db, columns,
        [](Database &d, qint64 id) { return DocumentRepository(d).forPartnership(id); }, parent);
}

// --- history ------------------------------------------------------------------

HistoryModel::HistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &change) {
        if (change.ids.contains(m_partnershipId) || change.parentIds.contains(m_partnershipId))
            reload();
    });
}

void HistoryModel::setPartnership(qint64 id)
{
    m_partnershipId = id;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_partnershipId > 0) {
        if (auto rows = AuditLogRepository(m_db).forPartnership(m_partnershipId))
            m_rows = std::move(rows.value());
    }
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QString HistoryModel::describe(const AuditEntry &entry)
{
    auto valueText = [&](const QString &field, const QJsonValue &v) -> QString {
        if (v.isNull() || v.isUndefined())
            return QStringLiteral("—");
        const QString s = v.toVariant().toString();
        if (field == QLatin1String("stage"))
            if (auto st = fromCode<Stage>(s))
                return toLabel(*st);
        if (field == QLatin1String("kind") && entry.entity == QLatin1String("partnership"))
            if (auto k = fromCode<PartnershipKind>(s))
                return toLabel(*k);
        if (field == QLatin1String("status") && entry.entity == QLatin1String("milestone"))
            if (auto ms = fromCode<MilestoneStatus>(s))
                return toLabel(*ms);
        if (field.endsWith(QLatin1String("_on"))) {
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (d.isValid())
                return QLocale().toString(d, QLocale::ShortFormat);
        }
        return s.size() > 60 ? s.left(57) + QStringLiteral("…") : s;
    };
    const QJsonObject changes = QJsonDocument::fromJson(entry.changes.toUtf8()).object();
    if (entry.action == QLatin1String("update")) {
        QStringList parts;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            parts << present::fieldLabel(it.key()) + QStringLiteral(": ") +
                         valueText(it.key(), pair.at(0)) + QStringLiteral(" → ") +
                         valueText(it.key(), pair.at(1));
        }
        return parts.join(QStringLiteral("; "));
    }
    for (const char *key : {"title", "name", "stage"}) {
        const QString k = QLatin1String(key);
        if (changes.contains(k))
            return valueText(k, changes.value(k));
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows[index.row()];
    if (role == Qt::ToolTipRole && index.column() == 3)
        return e.changes;
    if (role != Qt::DisplayRole)
        return {};
    static const QHash<QString, const char *> entities = {
        {QStringLiteral("partnership"), QT_TRANSLATE_NOOP("PartnershipRecords", "Partnership")},
        {QStringLiteral("milestone"), QT_TRANSLATE_NOOP("PartnershipRecords", "Milestone")},
        {QStringLiteral("partnership_area"), QT_TRANSLATE_NOOP("PartnershipRecords", "Area")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("PartnershipRecords", "Contact")},
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("PartnershipRecords", "Project")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("PartnershipRecords", "Document")},
        {QStringLiteral("agreement"), QT_TRANSLATE_NOOP("PartnershipRecords", "Agreement")},
        {QStringLiteral("aid"), QT_TRANSLATE_NOOP("PartnershipRecords", "Aid")},
    };
    static const QHash<QString, const char *> actions = {
        {QStringLiteral("insert"), QT_TRANSLATE_NOOP("PartnershipRecords", "added")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("PartnershipRecords", "changed")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("PartnershipRecords", "deleted")},
        {QStringLiteral("erase"), QT_TRANSLATE_NOOP("PartnershipRecords", "details erased")},
    };
    switch (index.column()) {
    case 0:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case 1:
        return e.actor;
    case 2: {
        const char *entity = entities.value(e.entity);
        const char *action = actions.value(e.action);
        return QString((entity ? tr(entity) : e.entity) + u' ' + (action ? tr(action) : e.action));
    }
    case 3:
        return describe(e);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("When");
    case 1:
        return tr("Who");
    case 2:
        return tr("What");
    case 3:
        return tr("Change");
    }
    return {};
}

} // namespace tt
