#pragma once

// Shows the answer of tt::Permissions on a control: enabled when the change is
// allowed (and `otherwise` holds: a selection, say), disabled with the reason
// as its tooltip and status tip when it is not. The control's own tooltip
// comes back once the change is allowed again, also after a retranslation.

#include <QString>

class QAction;
class QWidget;

namespace tt::ui {

void gate(QWidget *widget, const QString &whyNot, bool otherwise = true);
void gate(QAction *action, const QString &whyNot, bool otherwise = true);

} // namespace tt::ui
