#pragma once

#include "app/commands/editor.h"

class QWidget;

namespace tt::ui {

// Asks what to do when a change meets another person's change to the same
// record (a pair, a milestone …), naming the record and the fields both
// changed: reload theirs (mine is dropped), keep mine (the fields I changed
// written over theirs), or
// cancel. The Editor calls it through its conflict handler; nothing is
// overwritten without this question.
ConflictChoice askConflict(QWidget *parent, const Conflict &conflict);

// The fields both people changed, as the forms name them: "Planned, Notes".
QString conflictFields(const Conflict &conflict);

} // namespace tt::ui
