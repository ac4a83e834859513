#pragma once

// What another process changed, read from the history it wrote. Every edit of
// a record writes a history row (by the repository on a file, by trigger on a
// server) naming the record, its pair and whether it was inserted, updated or
// deleted; those rows become the same ChangeSets that the window's own edits
// announce, so that the views update the records concerned only.
//
// A row that names no single record (an import, a restore, office settings,
// an erasure) cannot be told as records: then there is no answer, and the
// caller reads everything again.

#include "app/core/changenotifier.h"
#include "app/core/entities.h"

#include <optional>

namespace tt {

std::optional<QList<ChangeSet>> changeSetsFromHistory(const QList<AuditEntry> &entries);

} // namespace tt
