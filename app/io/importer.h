#pragma once

// Reads pairs from a table (CSV or XLSX) into the database. Every row is first
// planned in memory: its places are matched against the database (a community
// by codifier code, centre name in Cyrillic or Latin letters, former names, then
// community name; a partner by name and country, accents and case aside), its
// values read, and it is marked to be added, to update a pair that lacks what the
// row brings, to be left as it is, or rejected with the reason. Then, unless it
// is a dry run, the plan is written in one transaction: rejected rows are
// skipped (or, with allOrNothing, stop the whole import), and any failure while
// writing undoes everything.

#include "app/core/database.h"
#include "app/io/fields.h"
#include "app/io/table.h"

#include <optional>

namespace tt::io {

struct ImportOptions
{
    std::optional<Format> format; // from the file name when not given
    QString sheet;                // of a workbook; the first when empty
    QStringList assignments;      // FIELD=COLUMN, on top of the automatic mapping
    bool dryRun = false;
    bool allOrNothing = false; // a rejected row stops the import
};

struct RowOutcome
{
    enum class Action { Added, Updated, Unchanged, Rejected };
    int line = 0;
    Action action = Action::Added;
    // The pair as the row names it, in parts until it is shown (pair()).
    QString community, partner, country;
    QString message; // why rejected, what was updated or created
    // An added row worth a look: its community was added by hand, or chosen
    // among several of one name.
    bool notable = false;

    // Вінниця – Karlsruhe (DE)
    QString pair() const
    {
        return community + QStringLiteral(" – ") + partner +
               (country.isEmpty() ? QString() : QStringLiteral(" (") + country + u')');
    }
};

struct ImportReport
{
    QString fileName;
    QList<RowOutcome> rows;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int communitiesCreated = 0;
    int partnersCreated = 0;
    bool dryRun = false;
    bool written = false; // the changes were committed

    // "1,178 pairs added, 0 updated, 0 unchanged, 3 rejected …", translated.
    QString summary() const;
    // One line per row that is not plainly added (or per row): "line 12:
    // rejected: …".
    QStringList details(bool includeAdded = false) const;
};

// Fields without which no row can be read, missing from `mapping`; empty when
// the mapping is complete enough.
QStringList missingFields(const Mapping &mapping);

Result<ImportReport> importTable(Database &db, const Table &table, const Mapping &mapping,
                                 const ImportOptions &options);
// The same for a table read for this import alone: its rows are freed once
// they are planned, while the last of them are still being written.
Result<ImportReport> importTable(Database &db, Table &&table, const Mapping &mapping,
                                 const ImportOptions &options);

// Reads the file, maps its columns (automatically, then options.assignments) and
// imports it; a JSON backup is restored instead (backup.h).
Result<ImportReport> importFile(Database &db, const QString &path, const ImportOptions &options);

} // namespace tt::io
