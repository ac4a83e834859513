#pragma once

// The ministry's monitoring report as of a date: the indicators of
// core/monitoring.h with the change since the end of the previous quarter, the
// oblasts ranked by agreements, new agreements per quarter, aid received,
// overdue answers of the ministry, and the anniversaries and expiries of the
// next 90 days. Read through the repositories and the read model, never SQL.

#include "core/monitoring.h"
#include "reports.h"

namespace tt::reports {

// The monitoring's input from the database: every pair of the read model with
// its latest recorded activity up to `asOf`, every agreement and every aid
// record.
Result<monitoring::MonitoringInput> monitoringInput(Database &db, const Portfolio &portfolio,
                                                    const QDate &asOf);

Result<Report> monitoringReport(Database &db, const Portfolio &portfolio, const QDate &asOf,
                                const Context &context);

} // namespace tt::reports
