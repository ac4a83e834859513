#include "app/present/fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace tt::present {

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
        return QCoreApplication::translate("ConflictDialog", label);
    QString plain = column;
    return plain.replace(u'_', u' ');
}

} // namespace tt::present
