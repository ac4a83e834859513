#include "conflictdialog.h"

#include <QCoreApplication>
#include <QHash>
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
    const char *table;
    const char *anonymous; // QT_TRANSLATE_NOOP("ConflictDialog", …)
    const char *named;     // with %1, who saved
};

const Headline headlines[] = {
    {"partnership",
     QT_TRANSLATE_NOOP("ConflictDialog", "Someone else changed this pair after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this pair after you opened it.")},
    {"milestone",
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else changed this milestone after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this milestone after you opened it.")},
    {"contact",
     QT_TRANSLATE_NOOP("ConflictDialog", "Someone else changed this contact after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this contact after you opened it.")},
    {"project",
     QT_TRANSLATE_NOOP("ConflictDialog", "Someone else changed this project after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this project after you opened it.")},
    {"document",
     QT_TRANSLATE_NOOP("ConflictDialog", "Someone else changed this document after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this document after you opened it.")},
    {"agreement",
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else changed this agreement after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this agreement after you opened it.")},
    {"aid",
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else changed this aid record after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this aid record after you opened it.")},
    {"partnership_area",
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else changed this area of cooperation after you opened it."),
     QT_TRANSLATE_NOOP("ConflictDialog",
                       "Someone else (%1) changed this area of cooperation after you opened it.")},
};

QString headline(const Conflict &conflict)
{
    for (const Headline &h : headlines) {
        if (conflict.table == QLatin1String(h.table))
            return conflict.otherUser.isEmpty() ? ConflictText::tr(h.anonymous)
                                                : ConflictText::tr(h.named).arg(conflict.otherUser);
    }
    return conflict.otherUser.isEmpty()
               ? ConflictText::tr("Someone else changed this record after you opened it.")
               : ConflictText::tr("Someone else (%1) changed this record after you opened it.")
                     .arg(conflict.otherUser);
}

// A column as the forms name it.
QString fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("community_id"), QT_TRANSLATE_NOOP("ConflictDialog", "Community")},
        {QStringLiteral("municipality_id"), QT_TRANSLATE_NOOP("ConflictDialog", "Partner")},
        {QStringLiteral("partnership_id"), QT_TRANSLATE_NOOP("ConflictDialog", "Pair")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ConflictDialog", "Kind")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("ConflictDialog", "Type")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("ConflictDialog", "Stage")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictDialog", "Status")},
        {QStringLiteral("first_contact_on"), QT_TRANSLATE_NOOP("ConflictDialog", "First contact")},
        {QStringLiteral("memorandum_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Memorandum")},
        {QStringLiteral("agreement_on"),
         QT_TRANSLATE_NOOP("ConflictDialog", "Cooperation agreement")},
        {QStringLiteral("twinning_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Twinning agreement")},
        {QStringLiteral("ended_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Ended")},
        {QStringLiteral("end_reason"), QT_TRANSLATE_NOOP("ConflictDialog", "Reason for ending")},
        {QStringLiteral("initiative"), QT_TRANSLATE_NOOP("ConflictDialog", "Initiative")},
        {QStringLiteral("officer"), QT_TRANSLATE_NOOP("ConflictDialog", "Responsible officer")},
        {QStringLiteral("reviewed_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Reviewed on")},
        {QStringLiteral("reviewed_by"), QT_TRANSLATE_NOOP("ConflictDialog", "Reviewed by")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ConflictDialog", "Notes")},
        {QStringLiteral("sources"), QT_TRANSLATE_NOOP("ConflictDialog", "Sources")},
        {QStringLiteral("area_id"), QT_TRANSLATE_NOOP("ConflictDialog", "Area of cooperation")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ConflictDialog", "Title")},
        {QStringLiteral("planned_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Planned")},
        {QStringLiteral("done_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Done")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("ConflictDialog", "Responsible")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("ConflictDialog", "Place")},
        {QStringLiteral("document_number"), QT_TRANSLATE_NOOP("ConflictDialog", "Document number")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictDialog", "Name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("ConflictDialog", "Role")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("ConflictDialog", "Organisation")},
        {QStringLiteral("side"), QT_TRANSLATE_NOOP("ConflictDialog", "Side")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ConflictDialog", "Email")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ConflictDialog", "Phone")},
        {QStringLiteral("languages"), QT_TRANSLATE_NOOP("ConflictDialog", "Languages")},
        {QStringLiteral("budget_minor"), QT_TRANSLATE_NOOP("ConflictDialog", "Budget")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("ConflictDialog", "Currency")},
        {QStringLiteral("funder"), QT_TRANSLATE_NOOP("ConflictDialog", "Funder")},
        {QStringLiteral("start_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Start")},
        {QStringLiteral("end_on"), QT_TRANSLATE_NOOP("ConflictDialog", "End")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("ConflictDialog", "Number")},
        {QStringLiteral("signed_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Signed")},
        {QStringLiteral("term_years"), QT_TRANSLATE_NOOP("ConflictDialog", "Term")},
        {QStringLiteral("expires_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Expires")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ConflictDialog", "Description")},
        {QStringLiteral("value_minor"), QT_TRANSLATE_NOOP("ConflictDialog", "Value")},
        {QStringLiteral("received_on"), QT_TRANSLATE_NOOP("ConflictDialog", "Received")},
        {QStringLiteral("acceptance_document"),
         QT_TRANSLATE_NOOP("ConflictDialog", "Acceptance document")},
    };
    const char *label = labels.value(column);
    if (label)
        return ConflictText::tr(label);
    QString plain = column;
    return plain.replace(u'_', u' ');
}

} // namespace

QString conflictFields(const Conflict &conflict)
{
    QStringList names;
    for (const QString &column : conflict.clashing)
        names << fieldLabel(column);
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
