#pragma once

// The one place that decides what the user may change, and says why not. It
// holds the Access read from the database (roles on a server, the file's
// read-only state) and answers for the whole database, for one pair (an
// editor changes the pairs of their own oblasts only) and for what all oblasts
// share (places). Every widget that offers a change asks here; the server
// enforces the same rules on its own.

#include "app/core/access.h"

#include <QObject>

#include <functional>

namespace tt {

class Database;

class Permissions : public QObject
{
    Q_OBJECT
public:
    explicit Permissions(Database &db, QObject *parent = nullptr);

    const Access &access() const { return m_access; }
    void setAccess(Access access);
    // Where a pair's community lies, answered from memory (the portfolio the
    // window holds); pairs it does not know are read through the repositories.
    void setOblastOfPair(std::function<QString(qint64)> lookup);

    // Each returns an empty string when the change is allowed, and otherwise
    // the reason, for a tooltip or a message.
    QString whyNotEdit() const;
    QString whyNotEditPair(qint64 pairId) const;
    QString whyNotEditOblast(const QString &iso) const;
    QString whyNotEditShared() const;
    // Erasing a person's details: on a server for administrators only (the
    // history changes); on a file for whoever may change it.
    QString whyNotErasePerson() const;
    // The office's settings (its name, the dormancy rule): on a server for
    // administrators only; on a file for whoever may change it.
    QString whyNotEditOffice() const;

    bool mayEdit() const { return whyNotEdit().isEmpty(); }
    bool mayEditPair(qint64 pairId) const { return whyNotEditPair(pairId).isEmpty(); }

    // "viewer", "editor (Vinnytsia Oblast)", "administrator", translated.
    QString roleLabel() const;

    // The oblast of a pair's community; empty when the pair is unknown.
    QString oblastOfPair(qint64 pairId) const;

signals:
    void changed();

private:
    QString oblastNames() const;

    Database &m_db;
    Access m_access;
    std::function<QString(qint64)> m_oblastOfPair;
};

} // namespace tt
