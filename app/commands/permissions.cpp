#include "app/commands/permissions.h"

#include "app/core/database.h"
#include "app/core/names.h"
#include "app/core/repositories.h"

#include <QStringList>

#include <algorithm>

namespace tt {

Permissions::Permissions(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_access(fileAccess(db)) // until the window reads the server's answer
{}

QString Permissions::oblastOfPair(qint64 pairId) const
{
    if (m_oblastOfPair) {
        if (QString iso = m_oblastOfPair(pairId); !iso.isEmpty())
            return iso;
    }
    auto pair = PartnershipRepository(m_db).get(pairId);
    if (!pair)
        return {};
    auto community = CommunityRepository(m_db).get(pair->communityId);
    return community ? community->oblastIso : QString();
}

void Permissions::setAccess(Access access)
{
    m_access = std::move(access);
    emit changed();
}

void Permissions::setOblastOfPair(std::function<QString(qint64)> lookup)
{
    m_oblastOfPair = std::move(lookup);
    emit changed();
}

QString Permissions::whyNotEdit() const
{
    if (m_db.isReadOnly()) {
        return m_db.readOnlyReason().isEmpty()
                   ? tr("The database is open read-only")
                   : tr("The database is open read-only: %1").arg(m_db.readOnlyReason());
    }
    if (m_access.role == Role::Viewer)
        return tr("Your role on the server is viewer: you can read but not change");
    return {};
}

QString Permissions::whyNotEditOblast(const QString &iso) const
{
    if (QString why = whyNotEdit(); !why.isEmpty())
        return why;
    if (m_access.canEditOblast(iso))
        return {};
    if (m_access.oblasts.isEmpty())
        return tr("Your role on the server is editor, but no oblast is assigned to you");
    return tr("Your role on the server is editor for %1: this pair's community is in %2")
        .arg(oblastNames(), iso.isEmpty() ? tr("no known oblast") : names::oblast(iso));
}

QString Permissions::whyNotEditPair(qint64 pairId) const
{
    if (QString why = whyNotEdit(); !why.isEmpty())
        return why;
    if (m_access.role == Role::Administrator)
        return {};
    if (pairId <= 0)
        return tr("No partnership selected");
    return whyNotEditOblast(oblastOfPair(pairId));
}

QString Permissions::whyNotEditShared() const
{
    if (QString why = whyNotEdit(); !why.isEmpty())
        return why;
    if (m_access.role != Role::Administrator)
        return tr("Your role on the server is editor: only an administrator changes what the "
                  "pairs of all oblasts share (places, the whole database)");
    return {};
}

QString Permissions::whyNotErasePerson() const
{
    if (QString why = whyNotEdit(); !why.isEmpty())
        return why;
    if (m_access.role != Role::Administrator)
        return tr("Only an administrator of the server erases a person's details");
    return {};
}

QString Permissions::whyNotEditOffice() const
{
    if (QString why = whyNotEdit(); !why.isEmpty())
        return why;
    if (m_access.role != Role::Administrator)
        return tr("Only an administrator of the server changes the office's settings, which "
                  "everyone shares");
    return {};
}

QString Permissions::oblastNames() const
{
    QStringList isos(m_access.oblasts.begin(), m_access.oblasts.end());
    std::sort(isos.begin(), isos.end());
    QStringList result;
    for (const QString &iso : std::as_const(isos))
        result << names::oblast(iso);
    return result.join(QStringLiteral(", "));
}

QString Permissions::roleLabel() const
{
    switch (m_access.role) {
    case Role::Viewer:
        return tr("viewer");
    case Role::Editor:
        return m_access.oblasts.isEmpty() ? tr("editor") : tr("editor (%1)").arg(oblastNames());
    case Role::Administrator:
        return tr("administrator");
    }
    return {};
}

} // namespace tt
