#pragma once

#include "commands/editor.h"

class QWidget;

namespace tt::ui {

// Asks what to do when a change meets another person's change to the same
// pair: reload theirs (mine is dropped), keep mine (written over theirs), or
// cancel. The Editor calls it through its conflict handler; nothing is
// overwritten without this question.
ConflictChoice askConflict(QWidget *parent, const Conflict &conflict);

} // namespace tt::ui
