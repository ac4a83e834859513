#pragma once

// The dashboard's dormant pairs: pairs in force, among those of the filter,
// with no recorded activity (a milestone done, a project running, aid
// received, an agreement recorded) for the office's dormancy months, by the
// rule of core/monitoring.h that the monitoring report counts with. The tile
// shows how many; DormantPartnershipsDialog lists the very same pairs.

#include "app/core/monitoring.h"

#include <QDate>
#include <QList>

#include <optional>

namespace tt {
class PortfolioStore;
}

namespace tt::ui {

struct DormantPartnershipsFigures
{
    int months = 0; // the office's dormancy months
    QList<qint64> dormant;
    QList<qint64> withoutActivity; // in force, no activity recorded at all
    QHash<qint64, QDate> lastActivity;
};

// The monitoring's input is read once per change of the data, and the
// dormant pairs and the agreements in force of each filter counted from it.
class DormantPartnerships
{
public:
    void invalidate() { m_input.reset(); }
    DormantPartnershipsFigures compute(PortfolioStore &store);
    // The monitoring's figures of the store's filtered pairs as of its today
    // (agreementFigures(), as `stats` and the reports count them); none when
    // the input cannot be read.
    std::optional<monitoring::MonitoringFigures> agreements(PortfolioStore &store);

private:
    const monitoring::MonitoringInput *input(PortfolioStore &store);

    std::optional<monitoring::MonitoringInput> m_input;
};

} // namespace tt::ui
