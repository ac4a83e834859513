#pragma once

// A second connection to the database a window shows, for a large read on a
// worker thread: the pairs, their milestones and the dashboard's records are
// read beside the window's thread rather than on it, from a file or from a
// server alike. What the connection needs is taken on the window's thread
// (readerAddress); it is opened, used and closed on the worker.

#include "app/core/database.h"

#include <memory>

namespace tt {

struct ReaderAddress
{
    QString location; // the file, or the server URL (without a password)
    QString password; // the server's, as the window's connection was given it
};

ReaderAddress readerAddress(Database &db);

// Read-only, without the checks and the migration the window's connection made
// when it opened the same database a moment ago.
Result<std::unique_ptr<Database>> openReader(const ReaderAddress &address);

} // namespace tt
