#pragma once

// Plans the rows of an import, one at a time, in memory: reads a row's values
// (country, kind, stage, dates, areas), finds its places (municipalityfinder.h) and
// marks it to be added, to fill in what a recorded pair lacks (never
// overwriting), to be left as it is (recorded already, named twice in the file,
// or dates that conflict with those recorded), or rejected with the reason.
// The plan is handed to writing in batches (takeBatch()).
//
// The planner is built once its inputs exist: what the database holds
// (Recorded, read first, while the file is still being read), the table with
// its header row, and the mapping of its columns. The rows of the table may
// still be arriving while the first are planned (importpipeline.h).

#include "app/io/importer.h"
#include "app/io/importplan.h"
#include "app/io/municipalityfinder.h"

namespace tt::io {

// What the database holds that the rows are matched against.
struct Recorded
{
    // Reads the places, the pairs and the cooperation areas.
    static Result<Recorded> load(Database &db);
    // Reads the areas of the recorded pairs: for a file with a column of
    // areas, before the rows are planned, while the connection is free.
    Status loadPairAreas(Database &db);

    MunicipalityFinder places;
    QHash<QPair<MunicipalityId, MunicipalityId>, Partnership> pairs;
    QHash<QString, qint64> areas;           // folded code or name → id
    QHash<qint64, QList<qint64>> pairAreas; // pair → areas, by loadPairAreas()
};

class ImportPlanner
{
public:
    ImportPlanner(Recorded &&recorded, const Table &table, const Mapping &mapping);

    void reserve(qsizetype rows) { m_seen.reserve(rows); }
    // Plans row `row` of the table and adds its outcome to the report.
    void planRow(qsizetype row, ImportReport &report);
    // What was planned since the last batch was taken.
    Batch takeBatch();
    // Frees what rows were matched against, once every row is planned and
    // taken; the counts of new places stay.
    void releaseLookups();

    int newCommunities() const { return m_places.newCommunities(); }
    int newPartners() const { return m_places.newPartners(); }
    qsizetype existingPairs() const { return m_existing.size(); }

private:
    // The readers of fields.h, remembered per distinct text: a file repeats its
    // countries, kinds, stages and years on every row.
    template<class T>
    static std::optional<T> cached(QHash<QString, std::optional<T>> &cache, const QString &text,
                                   std::optional<T> (*read)(const QString &))
    {
        auto it = cache.constFind(text);
        if (it == cache.constEnd())
            it = cache.insert(text, read(text));
        return it.value();
    }

    RowValues m_row;
    // Lists of twin towns give one year, that of the agreement; a file with a
    // "signed" column (ours) keeps "since" for the first contact.
    const bool m_sinceIsAgreement;
    MunicipalityFinder m_places;
    QHash<QPair<MunicipalityId, MunicipalityId>, Partnership> m_existing;
    QHash<qint64, QList<qint64>> m_existingAreas;
    QHash<QString, qint64> m_areas;
    // The first row (plus one) that named each pair of the file. A hand-made
    // open-addressed table was measured against it: 1.3–2.3 ms against
    // 1.8–2.4 ms for 100,000 rows, under 0.1 % of the import.
    QHash<QPair<MunicipalityId, MunicipalityId>, qsizetype> m_seen;
    QList<PlannedPartnership> m_planned;
    // What many rows say, translated once.
    struct
    {
        QString samePair = ImportText::tr("the same pair as line %1");
        QString alreadyRecorded = ImportText::tr("already recorded");
    } m_messages;
    QHash<QString, std::optional<QString>> m_countryCache;
    QHash<QString, std::optional<PartnershipKind>> m_kindCache;
    QHash<QString, std::optional<Stage>> m_stageCache;
    QHash<QString, std::optional<PartialDate>> m_dateCache;
};

} // namespace tt::io
