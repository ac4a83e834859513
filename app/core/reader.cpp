#include "app/core/reader.h"

namespace tt {

ReaderAddress readerAddress(Database &db)
{
    // The password stays in this process, as it does in the window's connection.
    return {db.path(), db.isServer() ? db.connection().password() : QString()};
}

Result<std::unique_ptr<Database>> openReader(const ReaderAddress &address)
{
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    options.migrate = false;
    options.integrity = OpenOptions::Integrity::None;
    options.cache = OpenOptions::Cache::Scan;
    options.password = address.password;
    return Database::open(address.location, options);
}

} // namespace tt
