#include "conflictdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tt::ui {

namespace {

struct ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictDialog)
};

} // namespace

ConflictChoice askConflict(QWidget *parent, const Conflict &conflict)
{
    QMessageBox box(QMessageBox::Warning, ConflictText::tr("Changed by someone else"),
                    conflict.otherUser.isEmpty()
                        ? ConflictText::tr("Someone else changed this pair after you opened it.")
                        : ConflictText::tr("Someone else (%1) changed this pair after you opened "
                                           "it.")
                              .arg(conflict.otherUser),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictDialog"));
    box.setInformativeText(
        ConflictText::tr("Your change “%1” has not been saved yet. Reload their version and "
                         "drop yours, or keep yours and write it over theirs.")
            .arg(conflict.change));
    if (!conflict.error.detail.isEmpty())
        box.setDetailedText(conflict.error.detail);
    QPushButton *reload =
        box.addButton(ConflictText::tr("&Reload theirs"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadTheirs"));
    reload->setToolTip(ConflictText::tr("Drop your change and show the pair as it is saved now"));
    QPushButton *keep = box.addButton(ConflictText::tr("&Keep mine"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    keep->setToolTip(ConflictText::tr("Save your change over the other person's"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelConflict"));
    // The safe answer is the default: nothing is lost, nothing overwritten.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == reload)
        return ConflictChoice::ReloadTheirs;
    if (box.clickedButton() == keep)
        return ConflictChoice::KeepMine;
    return ConflictChoice::Cancel;
}

} // namespace tt::ui
