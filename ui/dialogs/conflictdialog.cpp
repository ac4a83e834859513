#include "ui/dialogs/conflictdialog.h"

#include "app/present/fieldlabels.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tt::ui {

namespace {

struct ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictDialog)
};

// The first line of the question, by the record's table: whole sentences, so
// that each language can decline the noun as it must.
struct Headline
{
    Entity entity;
    const char *anonymous; // QT_TRANSLATE_NOOP("ConflictDialog", …)
    const char *named;     // with %1, who saved
};

const Headline headlines[] = {
    {Entity::Partnership,
     QT_TRANSLATE_NOOP("ConflictDialog", "Someone else changed this pair after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this pair after you opened it.")},
    {Entity::Milestone,
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else changed this milestone after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this milestone after you opened it.")},
    {Entity::Contact,
     QT_TRANSLATE_NOOP("ConflictDialog", "Someone else changed this contact after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this contact after you opened it.")},
    {Entity::Project,
     QT_TRANSLATE_NOOP("ConflictDialog", "Someone else changed this project after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this project after you opened it.")},
    {Entity::Document,
     QT_TRANSLATE_NOOP("ConflictDialog", "Someone else changed this document after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this document after you opened it.")},
    {Entity::Agreement,
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else changed this agreement after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this agreement after you opened it.")},
    {Entity::Aid,
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else changed this aid record after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this aid record after you opened it.")},
    {Entity::PartnershipArea,
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else changed this area of cooperation after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this area of cooperation after you opened it.")},
};

QString headline(const Conflict &conflict)
{
    for (const Headline &h : headlines) {
        if (conflict.entity == h.entity)
            return conflict.otherUser.isEmpty() ? ConflictText::tr(h.anonymous)
                                                : ConflictText::tr(h.named).arg(conflict.otherUser);
    }
    return conflict.otherUser.isEmpty()
               ? ConflictText::tr("Someone else changed this record after you opened it.")
               : ConflictText::tr("Someone else (%1) changed this record after you opened it.")
                     .arg(conflict.otherUser);
}

} // namespace

QString conflictFields(const Conflict &conflict)
{
    QStringList names;
    for (const QString &column : conflict.clashing)
        names << present::fieldLabel(column);
    return names.join(QStringLiteral(", "));
}

ConflictChoice askConflict(QWidget *parent, const Conflict &conflict)
{
    QMessageBox box(QMessageBox::Warning, ConflictText::tr("Changed by someone else"),
                    headline(conflict), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictDialog"));
    QString informative =
        ConflictText::tr("Your change “%1” has not been saved yet. Reload their version and "
                         "drop yours, or keep yours: only the fields you changed are written "
                         "over theirs.")
            .arg(conflict.change);
    if (!conflict.clashing.isEmpty())
        informative += QStringLiteral("\n\n") +
                       ConflictText::tr("You both changed: %1.").arg(conflictFields(conflict));
    box.setInformativeText(informative);
    if (!conflict.error.detail.isEmpty())
        box.setDetailedText(conflict.error.detail);
    QPushButton *reload =
        box.addButton(ConflictText::tr("&Reload theirs"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadTheirs"));
    reload->setToolTip(ConflictText::tr("Drop your change and show the pair as it is saved now"));
    QPushButton *keep = box.addButton(ConflictText::tr("&Keep mine"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    keep->setToolTip(ConflictText::tr("Save the fields you changed over the other person's; "
                                      "their changes to the other fields stay"));
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
