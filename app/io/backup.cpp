#include "app/io/backup.h"

#include "app/core/maintenance.h"
#include "app/core/officesettings.h"
#include "app/core/repositories.h"
#include "app/core/restorewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tt::io {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

template<class T>
QJsonObject toJson(const T &row)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), row.id);
    T::visit(row, [&](const char *column, const auto &field) {
        o.insert(QLatin1String(column), jsonValue(sqlvalue::toDb(field)));
    });
    return o;
}

template<class T>
T fromJson(const QJsonObject &o)
{
    T row;
    row.id = o.value(QStringLiteral("id")).toInteger();
    T::visit(row, [&](const char *column, auto &field) {
        const QJsonValue v = o.value(QLatin1String(column));
        sqlvalue::fromDb(v.isNull() || v.isUndefined() ? QVariant() : v.toVariant(), field);
    });
    return row;
}

template<class T>
Result<QJsonArray> allRows(Database &db,
                           const std::function<void(const T &, QJsonObject &)> &more = {})
{
    auto rows = Repository<T>(db).all();
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const T &row : std::as_const(*rows)) {
        QJsonObject o = toJson(row);
        if (more)
            more(row, o);
        out << o;
    }
    return out;
}

Error badFile(const QString &fileName, const QString &what)
{
    return Error::make(
        Error::Code::Invalid,
        ImportText::tr("%1 is not a Twinning Tracker backup: %2").arg(fileName, what));
}

} // namespace

Result<QByteArray> backupJson(Database &db)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("twinning-tracker-backup"));
    root.insert(QStringLiteral("version"), backupVersion);

    auto communities = CommunityRepository(db).handMade();
    if (!communities)
        return communities.error();
    QJsonArray handMade;
    QHash<qint64, QString> katottg; // of every community a pair names
    for (const Community &c : std::as_const(*communities))
        handMade << toJson(c);
    {
        auto all = CommunityRepository(db).fromCatalogue();
        if (!all)
            return all.error();
        for (const Community &c : std::as_const(*all))
            katottg.insert(c.id, c.katottg);
    }
    root.insert(QStringLiteral("communities"), handMade);

    auto add = [&](const char *key, Result<QJsonArray> rows) -> Status {
        if (!rows)
            return rows.error();
        root.insert(QLatin1String(key), *rows);
        return {};
    };
    if (auto s = add("municipalities", allRows<Municipality>(db)); !s)
        return s.error();
    if (auto s = add("areas", allRows<CooperationArea>(db)); !s)
        return s.error();
    if (auto s = add("partnerships",
                     allRows<Partnership>(db,
                                          [&](const Partnership &p, QJsonObject &o) {
                                              // Codifier communities by code: their ids belong to
                                              // the database.
                                              if (katottg.contains(p.communityId)) {
                                                  o.remove(QStringLiteral("community_id"));
                                                  o.insert(QStringLiteral("community_katottg"),
                                                           katottg.value(p.communityId));
                                              }
                                          }));
        !s)
        return s.error();
    if (auto s = add("partnership_areas", allRows<PartnershipArea>(db)); !s)
        return s.error();
    if (auto s = add("milestones", allRows<Milestone>(db)); !s)
        return s.error();
    if (auto s = add("contacts", allRows<Contact>(db)); !s)
        return s.error();
    if (auto s = add("projects", allRows<Project>(db)); !s)
        return s.error();
    if (auto s = add("aid", allRows<Aid>(db)); !s)
        return s.error();
    {
        auto office = OfficeSettingsRepository(db).load();
        if (!office)
            return office.error();
        root.insert(QStringLiteral("office"),
                    QJsonObject{{QStringLiteral("name"), office->officeName},
                                {QStringLiteral("dormancy_months"), office->dormancyMonths}});
    }
    {
        auto agreements = AgreementRepository(db).all();
        if (!agreements)
            return agreements.error();
        QJsonArray rows;
        for (const AgreementRecord &a : std::as_const(*agreements)) {
            QJsonObject o = toJson(a.agreement);
            QJsonArray pairs, areas, signatories;
            for (qint64 id : a.partnershipIds)
                pairs << id;
            for (qint64 id : a.areaIds)
                areas << id;
            for (const Signatory &s : a.signatories)
                signatories << QJsonObject{{QStringLiteral("name"), s.name},
                                           {QStringLiteral("office"), toCode(s.office)},
                                           {QStringLiteral("represents"), s.represents}};
            o.insert(QStringLiteral("partnerships"), pairs);
            o.insert(QStringLiteral("areas"), areas);
            o.insert(QStringLiteral("signatories"), signatories);
            rows << o;
        }
        root.insert(QStringLiteral("agreements"), rows);
    }
    DocumentRepository documents(db);
    QString contentError;
    if (auto s = add("documents",
                     allRows<Document>(db,
                                       [&](const Document &d, QJsonObject &o) {
                                           auto bytes = documents.content(d.id);
                                           if (!bytes)
                                               contentError = bytes.error().fullText();
                                           else
                                               o.insert(QStringLiteral("content"),
                                                        QString::fromLatin1(bytes->toBase64()));
                                       }));
        !s)
        return s.error();
    if (!contentError.isEmpty())
        return Error::make(Error::Code::Sql, ImportText::tr("A document could not be read."),
                           contentError);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status writeBackup(Database &db, const QString &path)
{
    auto json = backupJson(db);
    if (!json)
        return json.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
        return Error::make(Error::Code::Io, ImportText::tr("%1 could not be written.").arg(path),
                           file.errorString());
    return {};
}

Result<RestoreSummary> restoreBackup(Database &db, const QByteArray &json, const QString &fileName,
                                     bool dryRun)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return badFile(fileName, ImportText::tr("%1 at character %2")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != u"twinning-tracker-backup")
        return badFile(fileName, ImportText::tr("its “format” is not twinning-tracker-backup"));
    if (root.value(QStringLiteral("version")).toInt() > backupVersion)
        return badFile(fileName,
                       ImportText::tr("it was written by a newer version of the program"));

    for (const char *table : {"partnership", "municipality"}) {
        auto n = countRows(db, QLatin1String(table));
        if (!n)
            return n.error();
        if (*n > 0)
            return Error::make(
                Error::Code::Invalid,
                ImportText::tr("A backup is restored only into a new database; %1 already "
                               "holds data. Nothing was changed.")
                    .arg(db.path()));
    }
    auto handMade = CommunityRepository(db).handMade();
    if (!handMade)
        return handMade.error();
    if (!handMade->isEmpty())
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("A backup is restored only into a new database; %1 already holds "
                           "communities entered by hand. Nothing was changed.")
                .arg(db.path()));

    QHash<QString, qint64> byKatottg;
    {
        auto all = CommunityRepository(db).fromCatalogue();
        if (!all)
            return all.error();
        for (const Community &c : std::as_const(*all))
            byKatottg.insert(c.katottg, c.id);
    }
    auto array = [&](const char *key) { return root.value(QLatin1String(key)).toArray(); };
    RestoreSummary summary;
    summary.communities = static_cast<int>(array("communities").size());
    summary.municipalities = static_cast<int>(array("municipalities").size());
    summary.partnerships = static_cast<int>(array("partnerships").size());
    summary.milestones = static_cast<int>(array("milestones").size());

    // Pairs of codifier communities this database does not know cannot be restored.
    QList<Partnership> pairs;
    for (const QJsonValue &v : array("partnerships")) {
        const QJsonObject o = v.toObject();
        Partnership p = fromJson<Partnership>(o);
        const QString code = o.value(QStringLiteral("community_katottg")).toString();
        if (!code.isEmpty()) {
            p.communityId = byKatottg.value(code, 0);
            if (p.communityId == 0)
                return badFile(fileName,
                               ImportText::tr("pair %1 names the community %2, which is not in "
                                              "this database's codifier")
                                   .arg(p.id)
                                   .arg(code));
        }
        pairs << p;
    }
    if (dryRun)
        return summary;

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto put = [&]<class T>(const char *key) -> Status {
        RestoreWriter<T> restorer(db);
        for (const QJsonValue &v : array(key)) {
            if (auto s = restorer.put(fromJson<T>(v.toObject())); !s)
                return s;
        }
        return {};
    };
    auto undone = [&](const Error &e) {
        return Error::make(
            e.code,
            ImportText::tr("The restore was undone, nothing was written: %1").arg(e.message),
            e.detail);
    };
    // The areas replace the seeded catalogue.
    auto areaIds = recordIds(db, QStringLiteral("cooperation_area"));
    if (!areaIds)
        return areaIds.error();
    QSet<qint64> keep;
    for (const QJsonValue &v : array("areas"))
        keep.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    CooperationAreaRepository areas(db);
    for (qint64 id : std::as_const(*areaIds)) {
        if (!keep.contains(id)) {
            if (auto s = areas.remove(id); !s)
                return undone(s.error());
        }
    }
    if (auto s = put.operator()<CooperationArea>("areas"); !s)
        return undone(s.error());
    if (auto s = put.operator()<Community>("communities"); !s)
        return undone(s.error());
    if (auto s = put.operator()<Municipality>("municipalities"); !s)
        return undone(s.error());
    {
        RestoreWriter<Partnership> restorer(db);
        for (const Partnership &p : std::as_const(pairs)) {
            if (auto s = restorer.put(p); !s)
                return undone(s.error());
        }
    }
    if (auto s = put.operator()<PartnershipArea>("partnership_areas"); !s)
        return undone(s.error());
    if (auto s = put.operator()<Milestone>("milestones"); !s)
        return undone(s.error());
    if (auto s = put.operator()<Contact>("contacts"); !s)
        return undone(s.error());
    if (auto s = put.operator()<Project>("projects"); !s)
        return undone(s.error());
    if (auto s = put.operator()<Aid>("aid"); !s)
        return undone(s.error());
    // The office's settings; a backup made before they existed leaves the defaults.
    if (const QJsonObject o = root.value(QStringLiteral("office")).toObject(); !o.isEmpty()) {
        OfficeSettings office;
        office.officeName = o.value(QStringLiteral("name")).toString();
        office.dormancyMonths =
            o.value(QStringLiteral("dormancy_months")).toInt(OfficeSettings::defaultDormancyMonths);
        if (office != OfficeSettings{}) {
            if (auto s = OfficeSettingsRepository(db).save(office); !s)
                return undone(s.error());
        }
    }
    {
        AgreementRepository agreements(db);
        for (const QJsonValue &v : array("agreements")) {
            const QJsonObject o = v.toObject();
            AgreementRecord r;
            r.agreement = fromJson<Agreement>(o);
            for (const QJsonValue &id : o.value(QStringLiteral("partnerships")).toArray())
                r.partnershipIds << id.toInteger();
            for (const QJsonValue &id : o.value(QStringLiteral("areas")).toArray())
                r.areaIds << id.toInteger();
            for (const QJsonValue &s : o.value(QStringLiteral("signatories")).toArray()) {
                const QJsonObject so = s.toObject();
                Signatory signatory;
                signatory.name = so.value(QStringLiteral("name")).toString();
                signatory.office =
                    fromCode<SignatoryOffice>(so.value(QStringLiteral("office")).toString())
                        .value_or(SignatoryOffice::Other);
                signatory.represents = so.value(QStringLiteral("represents")).toString();
                r.signatories << signatory;
            }
            if (auto id = agreements.save(r); !id)
                return undone(id.error());
        }
    }
    {
        RestoreWriter<Document> restorer(db);
        for (const QJsonValue &v : array("documents")) {
            const QJsonObject o = v.toObject();
            const Document d = fromJson<Document>(o);
            if (auto s = restorer.put(d); !s)
                return undone(s.error());
            const QByteArray bytes =
                QByteArray::fromBase64(o.value(QStringLiteral("content")).toString().toLatin1());
            if (auto s = storeDocumentContent(db, d.id, bytes); !s)
                return undone(s.error());
        }
    }
    if (auto s = writeAudit(db, QStringLiteral("partnership"), 0, 0, QStringLiteral("restore"),
                            {{QStringLiteral("file"), fileName},
                             {QStringLiteral("partnerships"), summary.partnerships}});
        !s)
        return undone(s.error());
    for (Entity e :
         {Entity::Community, Entity::Municipality, Entity::Partnership, Entity::CooperationArea,
          Entity::PartnershipArea, Entity::Milestone, Entity::Contact, Entity::Project,
          Entity::Document, Entity::Agreement, Entity::Aid})
        tx.notify({e, ChangeSet::Kind::Reset, {}, {}, {}});
    if (auto s = tx.commit(); !s)
        return undone(s.error());
    return summary;
}

Result<RestoreSummary> restoreBackupFile(Database &db, const QString &path, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, ImportText::tr("%1 could not be read.").arg(path),
                           file.errorString());
    return restoreBackup(db, file.readAll(), path, dryRun);
}

} // namespace tt::io
