#include "app/present/fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace tt::present {

QString fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("community_id"), QT_TRANSLATE_NOOP("FieldLabels", "Community")},
        {QStringLiteral("municipality_id"), QT_TRANSLATE_NOOP("FieldLabels", "Partner")},
        {QStringLiteral("partnership_id"), QT_TRANSLATE_NOOP("FieldLabels", "Pair")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("FieldLabels", "Kind")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("FieldLabels", "Type")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("FieldLabels", "Stage")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("FieldLabels", "Status")},
        {QStringLiteral("first_contact_on"), QT_TRANSLATE_NOOP("FieldLabels", "First contact")},
        {QStringLiteral("memorandum_on"), QT_TRANSLATE_NOOP("FieldLabels", "Memorandum")},
        {QStringLiteral("agreement_on"), QT_TRANSLATE_NOOP("FieldLabels", "Cooperation agreement")},
        {QStringLiteral("twinning_on"), QT_TRANSLATE_NOOP("FieldLabels", "Twinning agreement")},
        {QStringLiteral("ended_on"), QT_TRANSLATE_NOOP("FieldLabels", "Ended")},
        {QStringLiteral("end_reason"), QT_TRANSLATE_NOOP("FieldLabels", "Reason for ending")},
        {QStringLiteral("initiative"), QT_TRANSLATE_NOOP("FieldLabels", "Initiative")},
        {QStringLiteral("officer"), QT_TRANSLATE_NOOP("FieldLabels", "Responsible officer")},
        {QStringLiteral("reviewed_on"), QT_TRANSLATE_NOOP("FieldLabels", "Reviewed on")},
        {QStringLiteral("reviewed_by"), QT_TRANSLATE_NOOP("FieldLabels", "Reviewed by")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("FieldLabels", "Notes")},
        {QStringLiteral("sources"), QT_TRANSLATE_NOOP("FieldLabels", "Sources")},
        {QStringLiteral("area_id"), QT_TRANSLATE_NOOP("FieldLabels", "Area of cooperation")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("FieldLabels", "Title")},
        {QStringLiteral("planned_on"), QT_TRANSLATE_NOOP("FieldLabels", "Planned")},
        {QStringLiteral("done_on"), QT_TRANSLATE_NOOP("FieldLabels", "Done")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("FieldLabels", "Responsible")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("FieldLabels", "Place")},
        {QStringLiteral("document_number"), QT_TRANSLATE_NOOP("FieldLabels", "Document number")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("FieldLabels", "Name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("FieldLabels", "Role")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("FieldLabels", "Organisation")},
        {QStringLiteral("side"), QT_TRANSLATE_NOOP("FieldLabels", "Side")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("FieldLabels", "Email")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("FieldLabels", "Phone")},
        {QStringLiteral("languages"), QT_TRANSLATE_NOOP("FieldLabels", "Languages")},
        {QStringLiteral("budget_minor"), QT_TRANSLATE_NOOP("FieldLabels", "Budget")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("FieldLabels", "Currency")},
        {QStringLiteral("funder"), QT_TRANSLATE_NOOP("FieldLabels", "Funder")},
        {QStringLiteral("start_on"), QT_TRANSLATE_NOOP("FieldLabels", "Start")},
        {QStringLiteral("end_on"), QT_TRANSLATE_NOOP("FieldLabels", "End")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("FieldLabels", "Number")},
        {QStringLiteral("signed_on"), QT_TRANSLATE_NOOP("FieldLabels", "Signed")},
        {QStringLiteral("term_years"), QT_TRANSLATE_NOOP("FieldLabels", "Term")},
        {QStringLiteral("expires_on"), QT_TRANSLATE_NOOP("FieldLabels", "Expires")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("FieldLabels", "Description")},
        {QStringLiteral("value_minor"), QT_TRANSLATE_NOOP("FieldLabels", "Value")},
        {QStringLiteral("received_on"), QT_TRANSLATE_NOOP("FieldLabels", "Received")},
        {QStringLiteral("acceptance_document"),
         QT_TRANSLATE_NOOP("FieldLabels", "Acceptance document")},
    };
    const char *label = labels.value(column);
    if (label)
        return QCoreApplication::translate("FieldLabels", label);
    QString plain = column;
    return plain.replace(u'_', u' ');
}

} // namespace tt::present
