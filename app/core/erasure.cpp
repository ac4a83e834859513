#include "app/core/erasure.h"

#include "app/core/database.h"
#include "app/core/repositories.h"
#include "app/core/repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>

namespace tt {

namespace {

struct ErasureText
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)
};

QJsonValue scrub(const QJsonValue &value, const QStringList &secrets);

QJsonValue blank(const QJsonValue &value)
{
    if (!value.isArray())
        return QJsonValue();
    QJsonArray out;
    for (qsizetype i = 0; i < value.toArray().size(); ++i)
        out.append(QJsonValue());
    return out;
}

QJsonObject scrubObject(const QJsonObject &object, const QStringList &secrets,
                        const QStringList &fields)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(),
                   fields.contains(it.key()) ? blank(it.value()) : scrub(it.value(), secrets));
    return out;
}

// Every string equal to a secret (trimmed) becomes null; the same rule as the
// server's twinning_scrub.
QJsonValue scrub(const QJsonValue &value, const QStringList &secrets)
{
    if (value.isObject())
        return scrubObject(value.toObject(), secrets, {});
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(scrub(v, secrets));
        return out;
    }
    if (value.isString() && secrets.contains(value.toString().trimmed()))
        return QJsonValue();
    return value;
}

// A value as it appears inside JSON text: quotes and backslashes escaped.
QString jsonEscaped(const QString &value)
{
    const QString array =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return array.mid(2, array.size() - 4);
}

Status eraseInFile(Database &db, const Contact &contact, const QStringList &secrets,
                   const QString &note)
{
    auto run = [&](const QString &sql, const QVariantList &binds) -> Status {
        QSqlQuery q = db.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return db.sqlError(q, ErasureText::tr("The person's details could not be erased."));
        return {};
    };
    if (auto s = run(QStringLiteral("UPDATE contact SET name = ?, email = NULL, phone = NULL, "
                                    "languages = NULL, notes = NULL WHERE id = ?"),
                     {note, contact.id});
        !s)
        return s;
    for (const QString &secret : secrets) {
        const qint64 pair = contact.partnershipId;
        for (const char *column : {"officer", "reviewed_by"}) {
            if (auto s = run(QStringLiteral("UPDATE partnership SET %1 = NULL, row_version = "
                                            "row_version + 1 WHERE id = ? AND trim(%1) = ?")
                                 .arg(QLatin1String(column)),
                             {pair, secret});
                !s)
                return s;
        }
        if (auto s = run(QStringLiteral("UPDATE milestone SET responsible = NULL "
                                        "WHERE partnership_id = ? AND trim(responsible) = ?"),
                         {pair, secret});
            !s)
            return s;
        if (auto s = run(QStringLiteral("UPDATE agreement_signatory SET name = ? "
                                        "WHERE trim(name) = ? AND agreement_id IN (SELECT "
                                        "agreement_id FROM agreement_party WHERE "
                                        "partnership_id = ?)"),
                         {note, secret, pair});
            !s)
            return s;
    }

    // The history: the contact's own rows, and every row that mentions a value.
    QString where = QStringLiteral("entity = 'contact' AND entity_id = ?");
    QVariantList binds = {contact.id};
    for (const QString &secret : secrets) {
        where += QStringLiteral(" OR instr(changes, ?) > 0 OR instr(changes, ?) > 0");
        binds << secret << jsonEscaped(secret);
    }
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id, entity, entity_id, changes FROM audit_log "
                                            "WHERE changes IS NOT NULL AND (%1)")
                                 .arg(where));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(q, ErasureText::tr("The history could not be read."));
    QList<std::pair<qint64, QString>> rewritten;
    while (q.next()) {
        const QString text = q.value(3).toString();
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        const bool own = q.value(1).toString() == QLatin1String("contact") &&
                         q.value(2).toLongLong() == contact.id;
        QJsonDocument out;
        if (doc.isObject())
            out = QJsonDocument(
                scrubObject(doc.object(), secrets, own ? erasedContactFields() : QStringList()));
        else if (doc.isArray())
            out = QJsonDocument(scrub(doc.array(), secrets).toArray());
        else
            continue; // not JSON: never written by the program
        if (out != doc)
            rewritten << std::pair(q.value(0).toLongLong(),
                                   QString::fromUtf8(out.toJson(QJsonDocument::Compact)));
    }
    for (const auto &[id, changes] : std::as_const(rewritten)) {
        if (auto s =
                run(QStringLiteral("UPDATE audit_log SET changes = ? WHERE id = ?"), {changes, id});
            !s)
            return s;
    }
    QJsonArray fields;
    for (const QString &f : erasedContactFields())
        fields.append(f);
    return writeAudit(db, QStringLiteral("contact"), contact.id, contact.partnershipId,
                      QStringLiteral("erase"), QJsonObject{{QStringLiteral("erased"), fields}});
}

} // namespace

QStringList erasedContactFields()
{
    return {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
            QStringLiteral("languages"), QStringLiteral("notes")};
}

QString erasureNote(const QDate &on)
{
    return ErasureText::tr("Erased on %1").arg(on.toString(Qt::ISODate));
}

Status erasePerson(Database &db, qint64 contactId, const QDate &on)
{
    const QString note = erasureNote(on);
    const bool file = !db.isServer();
    if (file && !db.inTransaction()) {
        // The old values are overwritten in the file, not only unlinked.
        (void)db.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    const auto restore = qScopeGuard([&] {
        if (file && !db.inTransaction())
            (void)db.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    });
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto contact = ContactRepository(db).get(contactId);
    if (!contact)
        return contact.error();
    if (db.isServer()) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT twinning_erase_person(?, ?)"));
        q.addBindValue(contactId);
        q.addBindValue(note);
        if (!q.exec())
            return db.sqlError(q, ErasureText::tr("The person's details could not be erased."));
    } else {
        QStringList secrets;
        for (const QString &value : {contact->name, contact->phone, contact->email}) {
            const QString v = value.trimmed();
            if (!v.isEmpty() && v != note && !secrets.contains(v))
                secrets << v;
        }
        if (auto s = eraseInFile(db, *contact, secrets, note); !s)
            return s;
    }
    const QList<qint64> pair = {contact->partnershipId};
    tx.notify({Entity::Contact, ChangeSet::Kind::Updated, {contactId}, {}, pair});
    tx.notify({Entity::Partnership, ChangeSet::Kind::Updated, pair, {}, {}});
    tx.notify({Entity::Milestone, ChangeSet::Kind::Reset, {}, {}, pair});
    tx.notify({Entity::Agreement, ChangeSet::Kind::Reset, {}, {}, pair});
    return tx.commit();
}

} // namespace tt
