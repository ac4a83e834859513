#include "app/io/importer.h"

#include "app/io/backup.h"
#include "app/io/importpipeline.h"
#include "app/io/planwriter.h"

namespace tt::io {

QStringList missingFields(const Mapping &mapping)
{
    QStringList missing;
    if (!mapping.contains(Field::Community) && !mapping.contains(Field::CommunityLatin) &&
        !mapping.contains(Field::Katottg))
        missing << fieldName(Field::Community);
    if (!mapping.contains(Field::Partner) && !mapping.contains(Field::PartnerUk))
        missing << fieldName(Field::Partner);
    if (!mapping.contains(Field::Country))
        missing << fieldName(Field::Country);
    return missing;
}

namespace {

// Whether rows are written while the next are planned: on SQLite. A dry run
// writes nothing, all-or-nothing must see every row before writing one, and the
// server's driver belongs to one thread: those plan first, as does an import
// into a read-only file, which may find nothing to write.
bool writesWhilePlanning(const Database &db, const ImportOptions &options)
{
    return !options.dryRun && !options.allOrNothing && db.dialect().isSqlite() && !db.isReadOnly();
}

// The file names a column for every field a pair needs.
Status mappingComplete(const Table &table, const Mapping &mapping)
{
    if (const QStringList missing = missingFields(mapping); !missing.isEmpty())
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("%1: no column for %2. Name the columns with --map FIELD=COLUMN.")
                .arg(table.fileName, missing.join(QStringLiteral(", "))));
    return {};
}

// importTable() with a planner of the table; `spent` is the table itself when
// the caller is done with it, and with a `feed` its rows are still being read.
Result<ImportReport> importRows(Database &db, ImportPlanner &planner, const Table &table,
                                const ImportOptions &options, Table *spent, RowFeed *feed = nullptr)
{
    ImportReport report;
    report.fileName = table.fileName;
    report.dryRun = options.dryRun;
    const qsizetype rows = feed ? feed->expectedRows() : table.rows.size();
    report.rows.reserve(rows);
    planner.reserve(rows);
    if (writesWhilePlanning(db, options)) {
        if (auto s = planAndWrite(db, planner, table, report, spent, feed); !s)
            return s.error();
        return report;
    }
    for (qsizetype row = 0; row < table.rows.size(); ++row)
        planner.planRow(row, report);
    report.communitiesCreated = planner.newCommunities();
    report.partnersCreated = planner.newPartners();
    if (options.dryRun || (options.allOrNothing && report.rejected > 0))
        return report;
    if (report.added == 0 && report.updated == 0)
        return report;
    Batch plan = planner.takeBatch();
    const auto newPairs = std::count_if(plan.pairs.cbegin(), plan.pairs.cend(),
                                        [](const PlannedPartnership &p) { return p.isNew; });
    PlanWriter writer(db);
    if (auto s = writer.begin(newPairs, planner.existingPairs()); !s)
        return s.error();
    if (auto s = writer.write(plan); !s)
        return writer.failure(s.error());
    if (auto s = writer.finish(table.fileName, planner.newCommunities(), planner.newPartners()); !s)
        return writer.failure(s.error());
    report.written = true;
    return report;
}

// What the database holds, with the areas of its pairs when the file names
// areas.
Result<Recorded> loadRecorded(Database &db, const Mapping &mapping)
{
    auto recorded = Recorded::load(db);
    if (!recorded)
        return recorded.error();
    if (mapping.contains(Field::Areas)) {
        if (auto s = recorded->loadPairAreas(db); !s)
            return s.error();
    }
    return recorded;
}

// importRows() with a planner of its own.
Result<ImportReport> importMapped(Database &db, const Table &table, const Mapping &mapping,
                                  const ImportOptions &options, Table *spent)
{
    if (auto s = mappingComplete(table, mapping); !s)
        return s.error();
    auto recorded = loadRecorded(db, mapping);
    if (!recorded)
        return recorded.error();
    ImportPlanner planner(std::move(*recorded), table, mapping);
    return importRows(db, planner, table, options, spent);
}

} // namespace

Result<ImportReport> importTable(Database &db, const Table &table, const Mapping &mapping,
                                 const ImportOptions &options)
{
    return importMapped(db, table, mapping, options, nullptr);
}

Result<ImportReport> importTable(Database &db, Table &&table, const Mapping &mapping,
                                 const ImportOptions &options)
{
    return importMapped(db, table, mapping, options, &table);
}

namespace {

// importFile() of a CSV file whose rows are planned and written while the rest
// are read (importpipeline.h). The header row gives the mapping; a file broken
// further down fails the import as reading it whole would, before anything is
// committed.
Result<ImportReport> importCsvWhileReading(Database &db, const QString &path,
                                           const ImportOptions &options)
{
    auto opened = openWhileLoading(db, path);
    if (!opened)
        return opened.error();
    auto head = opened->csv.head();
    if (!head)
        return head.error();
    Table table = std::move(*head);
    auto mapping =
        applyAssignments(automaticMapping(table.headers), table.headers, options.assignments);
    if (!mapping)
        return mapping.error();
    if (auto s = mappingComplete(table, *mapping); !s)
        return s.error();
    if (mapping->contains(Field::Areas)) {
        // Read here: while the rows are planned, the connection belongs to the
        // thread that writes them.
        if (auto s = opened->recorded.loadPairAreas(db); !s)
            return s.error();
    }
    ImportPlanner planner(std::move(opened->recorded), table, *mapping);
    RowFeed feed(std::move(opened->csv), table);
    return importRows(db, planner, table, options, &table, &feed);
}

} // namespace

Result<ImportReport> importFile(Database &db, const QString &path, const ImportOptions &options)
{
    Format format = Format::Csv;
    if (options.format) {
        format = *options.format;
    } else {
        auto f = formatOf(path);
        if (!f)
            return f.error();
        format = *f;
    }
    if (format == Format::Json) {
        auto restored = restoreBackupFile(db, path, options.dryRun);
        if (!restored)
            return restored.error();
        ImportReport report;
        report.fileName = path;
        report.dryRun = options.dryRun;
        report.added = restored->partnerships;
        report.partnersCreated = restored->municipalities;
        report.communitiesCreated = restored->communities;
        report.written = !options.dryRun;
        return report;
    }
    if (format == Format::Csv && writesWhilePlanning(db, options))
        return importCsvWhileReading(db, path, options);
    auto table = readTable(path, format, options.sheet);
    if (!table)
        return table.error();
    auto mapping =
        applyAssignments(automaticMapping(table->headers), table->headers, options.assignments);
    if (!mapping)
        return mapping.error();
    return importTable(db, std::move(*table), *mapping, options);
}

} // namespace tt::io
