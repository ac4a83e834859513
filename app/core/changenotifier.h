#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace tt {

enum class Entity {
    Community,
    Municipality,
    Partnership,
    CooperationArea,
    PartnershipArea,
    Milestone,
    Contact,
    Project,
    Document,
    Agreement,
    Aid,
};

// What one committed change touched. Models use it to update the rows concerned
// instead of reloading; `fields` is empty when every field may have changed.
struct ChangeSet
{
    enum class Kind { Inserted, Updated, Removed, Reset };

    Entity entity = Entity::Partnership;
    Kind kind = Kind::Updated;
    QList<qint64> ids;
    QStringList fields;
    // For child records (milestone, contact …): the partnership they belong to,
    // so that the partnership's derived columns can be refreshed.
    QList<qint64> parentIds;
};

// Emits the changes of a transaction once it has committed; nothing is said about
// a transaction that rolled back. One notifier per open database.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void changed(const tt::ChangeSet &change);
    // After the last change of one committed transaction: listeners that
    // reload on a Reset do it once here, not once per entity.
    void committed();
};

} // namespace tt

Q_DECLARE_METATYPE(tt::ChangeSet)
