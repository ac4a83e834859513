#pragma once

// A column of a record as the forms name it ("planned_on": "Planned"), for the
// messages that name fields: which fields two people both changed (the
// conflict question), what a change in a pair's history changed. A column
// without a label is named by itself, its underscores as spaces.

#include <QString>

namespace tt::present {

QString fieldLabel(const QString &column);

} // namespace tt::present
