#pragma once

// A column of a record as the forms name it ("planned_on": "Planned"), for the
// messages that name fields: which fields two people both changed.

#include <QString>

namespace tt::present {

QString fieldLabel(const QString &column);

} // namespace tt::present
