#pragma once

// Finds the community and the partner municipality a row of an import names,
// or plans them as new places.
//
// A community is found by its codifier (KATOTTG) code; else by the name of its
// centre in Cyrillic or Latin letters, a former name (the renamings of 2015 and
// 2023) or the name of the community itself, within the oblast when the row
// gives one. Among several of one name in the oblast the largest is taken, and
// the report says so; without an oblast the row is rejected and the message
// names them. A place of the oblast that is no community of the codifier is
// added by hand, with the coordinates of the file or of the gazetteer.
//
// A partner is found by its name or its Ukrainian name in its country,
// accents and case aside (text::searchKey), else added, placed by the
// gazetteer's largest place of that name.
//
// Each distinct text of a row's community columns, and of its partner and
// country, is matched once and remembered: a file names its places on many
// rows.
//
// Where matching grows: every key a partner is indexed and looked up under
// comes from partnerKeys(). Matching a partner written in Cyrillic
// ("Краків") with one recorded in Latin letters ("Kraków"), and back, is a
// further key there, made once per name.

#include "app/core/database.h"
#include "app/io/importplan.h"
#include "app/io/rowvalues.h"

namespace tt::io {

class MunicipalityFinder
{
public:
    // Reads the communities and partners of the database.
    static Result<MunicipalityFinder> load(Database &db);

    // The community of the row; empty with `reason` set when there is none,
    // with `note` set when it was chosen among several or is to be added.
    std::optional<MunicipalityId> community(const RowValues &values, qsizetype row, QString *reason,
                                            QString *note);
    // The partner of the row in `country`, with its name in *name.
    std::optional<MunicipalityId> partner(const RowValues &values, qsizetype row,
                                          const QString &country, QString *reason, QString *note,
                                          QString *name);
    // The Ukrainian name of a community found or planned.
    QString communityName(MunicipalityId id) const;

    // text::searchKey(), remembered per distinct text.
    QString key(const QString &text);

    // The places planned since they were last taken.
    QList<Community> takeNewCommunities();
    QList<Municipality> takeNewPartners();
    int newCommunities() const { return static_cast<int>(m_newCommunities.size()); }
    int newPartners() const { return static_cast<int>(m_newPartners.size()); }

    // Frees what rows are matched against, once every row is planned; the
    // places planned stay.
    void release();

private:
    MunicipalityFinder() = default;

    void indexCommunity(const Community &c, MunicipalityId id);
    void indexPartner(const Municipality &m, MunicipalityId id);
    // The keys a partner of this name in this country is known by.
    QStringList partnerKeys(const QString &name, const QString &country);
    std::optional<MunicipalityId> findCommunity(const RowValues &values, qsizetype row,
                                                QString *reason, QString *note);
    std::optional<MunicipalityId> findPartner(const RowValues &values, qsizetype row,
                                              const QString &country, QString *reason,
                                              QString *note, bool *byFirstName);
    qint64 population(const Community &c) const;
    // The key of a cache: cell texts joined by U+001F into `buffer`, which is
    // reused from row to row, so that a row whose key is known allocates nothing.
    static const QString &joined(QString &buffer, std::initializer_list<QString> parts);
    // A key kept by a cache gets characters of its own, leaving the buffer free.
    static QString ownCopy(const QString &key) { return QString(key.constData(), key.size()); }

    QHash<MunicipalityId, Community> m_communities;
    QHash<QString, MunicipalityId> m_byKatottg;
    QMultiHash<QString, MunicipalityId> m_centreKeys; // centre names, Latin names, former names
    QMultiHash<QString, MunicipalityId> m_hromadaKeys;
    QList<Community> m_newCommunities;

    QHash<QString, MunicipalityId> m_partnerKeys; // "key|DE"
    QList<Municipality> m_newPartners;
    QHash<MunicipalityId, QString> m_partnerNames;
    qsizetype m_communitiesTaken = 0, m_partnersTaken = 0;

    mutable QHash<qint64, qint64> m_populations; // geonameid → people
    QHash<QString, QString> m_keyCache;
    QHash<QString, std::optional<QString>> m_oblastCache;
    QString m_partnerAdded; // "the partner “%1” was added", translated once
    struct Match
    {
        std::optional<MunicipalityId> id;
        QString reason;
        QString note;
    };
    QString m_communityText, m_partnerText; // buffers of joined()
    QHash<QString, Match> m_communityCache; // the community columns of a row → match
    struct PartnerMatch
    {
        MunicipalityId id;
        QString name; // for the report
    };
    QHash<QString, PartnerMatch> m_partnerCache; // partner, partner_uk and country → place
};

} // namespace tt::io
