#pragma once

#include "app/core/database.h"

namespace tt {

// Lets a bulk insert write each page of the file once. In WAL mode SQLite
// writes every page twice, to the log and again when the log is copied into
// the file; in rollback-journal mode it writes the new pages once, and only
// pages that held something before go to the journal first. While no other
// connection has the file open, the file is switched to rollback-journal mode
// (DELETE) for the transaction and back to WAL when the switch is destroyed.
// When another connection has it open, SQLite refuses the switch at once and
// nothing changes: the transaction runs in WAL mode. Created and destroyed
// outside any transaction; does nothing on a server.
class JournalSwitch
{
public:
    explicit JournalSwitch(Database &db);
    ~JournalSwitch();
    JournalSwitch(const JournalSwitch &) = delete;
    JournalSwitch &operator=(const JournalSwitch &) = delete;

private:
    Database &m_db;
    bool m_switched = false;
};

} // namespace tt
