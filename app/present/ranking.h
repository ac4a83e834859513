#pragma once

// "Top N plus other": the first N of a ranking by name and the rest as one
// entry, as the dashboard's chart of partner countries and the summary
// report's figure show them.

#include <QList>
#include <QPair>
#include <QString>

namespace tt::present {

struct TopN
{
    QList<QPair<QString, int>> shown; // the first ones, in the ranking's order
    int otherCount = 0;               // how many entries the rest holds
    int otherValue = 0;               // the sum of their values
};

// The first `n` entries of `ranked` (already in order; ties keep that order)
// and the rest summed. A rest of a single entry is shown by name instead: an
// "Other (1)" would hide a name and save no room.
TopN topN(const QList<QPair<QString, int>> &ranked, int n);

// "Other countries (12)".
QString otherCountries(int count);

} // namespace tt::present
