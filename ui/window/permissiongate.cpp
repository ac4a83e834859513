#include "ui/window/permissiongate.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace tt::ui {

namespace {

constexpr const char *ownTip = "tt_ownToolTip";
constexpr const char *shownReason = "tt_shownReason";

// Works for QWidget and QAction alike: both have toolTip and statusTip.
template<class T>
void apply(T *control, const QString &whyNot, bool otherwise)
{
    // A tooltip that is not the reason we put there was set by the control's
    // owner (a retranslation): it is the one to bring back later.
    const QString reason = control->property(shownReason).toString();
    if (reason.isEmpty() || control->toolTip() != reason)
        control->setProperty(ownTip, control->toolTip());
    if (whyNot.isEmpty()) {
        if (!reason.isEmpty()) {
            control->setToolTip(control->property(ownTip).toString());
            control->setStatusTip(QString());
            control->setProperty(shownReason, QString());
        }
        control->setEnabled(otherwise);
        return;
    }
    control->setToolTip(whyNot);
    control->setStatusTip(whyNot);
    control->setProperty(shownReason, whyNot);
    control->setEnabled(false);
}

} // namespace

void gate(QWidget *widget, const QString &whyNot, bool otherwise)
{
    apply(widget, whyNot, otherwise);
}

void gate(QAction *action, const QString &whyNot, bool otherwise)
{
    apply(action, whyNot, otherwise);
}

} // namespace tt::ui
