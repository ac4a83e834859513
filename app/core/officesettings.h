#pragma once

// What belongs to the office rather than to one person: its name, which heads
// every page of every report, and the months without activity after which a
// pair in force counts as dormant. They live in the database (office_setting,
// format 8), so that a shared server carries them for everyone; what belongs
// to a person (language, window, backups) stays in the user's settings
// (settings.h). On a server only administrators change them.

#include "app/core/result.h"

#include <QString>

namespace tt {

class Database;

struct OfficeSettings
{
    static constexpr int defaultDormancyMonths = 12;
    static constexpr int minDormancyMonths = 1;
    static constexpr int maxDormancyMonths = 120;
    static constexpr int maxNameLength = 200;
    // The database format that keeps them (office_setting).
    static constexpr int firstFormat = 8;

    QString officeName; // empty: none set (reports are headed with the program's name)
    int dormancyMonths = defaultDormancyMonths;

    bool operator==(const OfficeSettings &) const = default;
};

// Why the settings cannot be stored as they are (translated), or empty.
QString validationProblem(const OfficeSettings &settings);

class OfficeSettingsRepository
{
public:
    explicit OfficeSettingsRepository(Database &db)
        : m_db(db)
    {}

    // A database older than format 8 (opened without migrating) has the defaults.
    Result<OfficeSettings> load();
    Result<QString> officeName();
    Result<int> dormancyMonths();

    // Each writes in one transaction, with its history row; a name of only
    // spaces removes the name.
    Status save(const OfficeSettings &settings);
    Status setOfficeName(const QString &name);
    Status setDormancyMonths(int months);

private:
    Database &m_db;
};

} // namespace tt
