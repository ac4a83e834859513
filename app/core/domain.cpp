#include "app/core/domain.h"

#include "app/core/domainlabels.h"

#include <QCoreApplication>

namespace tt {

namespace {

template<class E>
struct Entry
{
    E value;
    const char *code;
    const char *label;
};

template<class E, size_t N>
QList<E> valuesOf(const Entry<E> (&table)[N])
{
    QList<E> list;
    for (const auto &e : table)
        list << e.value;
    return list;
}

template<class E, size_t N>
const Entry<E> &entryOf(const Entry<E> (&table)[N], E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return e;
    }
    return table[0];
}

const Entry<PartnershipKind> kinds[] = {
    {PartnershipKind::Twinning, "twinning", QT_TRANSLATE_NOOP("Domain", "Twinning")},
    {PartnershipKind::Partnership, "partnership", QT_TRANSLATE_NOOP("Domain", "Partnership")},
    {PartnershipKind::Friendship, "friendship", QT_TRANSLATE_NOOP("Domain", "Friendship")},
    {PartnershipKind::Cooperation, "cooperation", QT_TRANSLATE_NOOP("Domain", "Cooperation")},
};

const Entry<Stage> stages[] = {
    {Stage::FirstContact, "first_contact", QT_TRANSLATE_NOOP("Domain", "First contact")},
    {Stage::Negotiation, "negotiation", QT_TRANSLATE_NOOP("Domain", "Negotiation")},
    {Stage::Memorandum, "memorandum", QT_TRANSLATE_NOOP("Domain", "Memorandum of intent")},
    {Stage::CooperationAgreement, "cooperation_agreement",
     QT_TRANSLATE_NOOP("Domain", "Cooperation agreement")},
    {Stage::TwinningAgreement, "twinning_agreement",
     QT_TRANSLATE_NOOP("Domain", "Twinning agreement")},
    {Stage::Suspended, "suspended", QT_TRANSLATE_NOOP("Domain", "Suspended")},
    {Stage::Terminated, "terminated", QT_TRANSLATE_NOOP("Domain", "Terminated")},
};

const Entry<PartnershipAreaStatus> areaStatuses[] = {
    {PartnershipAreaStatus::Planned, "planned", QT_TRANSLATE_NOOP("Domain", "Planned")},
    {PartnershipAreaStatus::Active, "active", QT_TRANSLATE_NOOP("Domain", "Active")},
    {PartnershipAreaStatus::Completed, "completed", QT_TRANSLATE_NOOP("Domain", "Completed")},
    {PartnershipAreaStatus::Paused, "paused", QT_TRANSLATE_NOOP("Domain", "Paused")},
};

const Entry<MilestoneKind> milestoneKinds[] = {
    {MilestoneKind::Visit, "visit", QT_TRANSLATE_NOOP("Domain", "Visit")},
    {MilestoneKind::Meeting, "meeting", QT_TRANSLATE_NOOP("Domain", "Meeting")},
    {MilestoneKind::DocumentSigned, "document_signed",
     QT_TRANSLATE_NOOP("Domain", "Document signed")},
    {MilestoneKind::CouncilDecision, "council_decision",
     QT_TRANSLATE_NOOP("Domain", "Council decision")},
    {MilestoneKind::Exchange, "exchange", QT_TRANSLATE_NOOP("Domain", "Exchange")},
    {MilestoneKind::AidDelivery, "aid_delivery", QT_TRANSLATE_NOOP("Domain", "Aid delivery")},
    {MilestoneKind::Event, "event", QT_TRANSLATE_NOOP("Domain", "Event")},
    {MilestoneKind::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other")},
    {MilestoneKind::MinistrySubmission, "ministry_submission",
     QT_TRANSLATE_NOOP("Domain", "Submission to the ministry")},
    {MilestoneKind::MinistryAnswer, "ministry_answer",
     QT_TRANSLATE_NOOP("Domain", "Answer of the ministry")},
    {MilestoneKind::JusticeCheck, "justice_check",
     QT_TRANSLATE_NOOP("Domain", "Check by the Ministry of Justice")},
    {MilestoneKind::ForeignAffairsCheck, "mfa_check",
     QT_TRANSLATE_NOOP("Domain", "Check by the Ministry of Foreign Affairs")},
    {MilestoneKind::MinistryOrder, "ministry_order",
     QT_TRANSLATE_NOOP("Domain", "Order of the ministry")},
    {MilestoneKind::AgreementSigning, "agreement_signing",
     QT_TRANSLATE_NOOP("Domain", "Signing of the agreement")},
    {MilestoneKind::RegisterEntry, "register_entry",
     QT_TRANSLATE_NOOP("Domain", "Entry in the register")},
};

const Entry<MilestoneStatus> milestoneStatuses[] = {
    {MilestoneStatus::Planned, "planned", QT_TRANSLATE_NOOP("Domain", "Planned")},
    {MilestoneStatus::Done, "done", QT_TRANSLATE_NOOP("Domain", "Done")},
    {MilestoneStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Domain", "Cancelled")},
};

const Entry<ProjectStatus> projectStatuses[] = {
    {ProjectStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("Domain", "Proposed")},
    {ProjectStatus::Active, "active", QT_TRANSLATE_NOOP("Domain", "Active")},
    {ProjectStatus::Completed, "completed", QT_TRANSLATE_NOOP("Domain", "Completed")},
    {ProjectStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Domain", "Cancelled")},
};

const Entry<ContactSide> contactSides[] = {
    {ContactSide::Ukrainian, "ua", QT_TRANSLATE_NOOP("Domain", "Ukrainian side")},
    {ContactSide::Partner, "partner", QT_TRANSLATE_NOOP("Domain", "Partner side")},
};

const Entry<DocumentType> documentTypes[] = {
    {DocumentType::Agreement, "agreement", QT_TRANSLATE_NOOP("Domain", "Agreement")},
    {DocumentType::Memorandum, "memorandum", QT_TRANSLATE_NOOP("Domain", "Memorandum")},
    {DocumentType::Letter, "letter", QT_TRANSLATE_NOOP("Domain", "Letter")},
    {DocumentType::Decision, "decision", QT_TRANSLATE_NOOP("Domain", "Decision")},
    {DocumentType::Photo, "photo", QT_TRANSLATE_NOOP("Domain", "Photo")},
    {DocumentType::Report, "report", QT_TRANSLATE_NOOP("Domain", "Report")},
    {DocumentType::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other")},
};

const Entry<AgreementKind> agreementKinds[] = {
    {AgreementKind::MemorandumOfIntent, "memorandum",
     QT_TRANSLATE_NOOP("Domain", "Memorandum of intent")},
    {AgreementKind::Cooperation, "cooperation",
     QT_TRANSLATE_NOOP("Domain", "Cooperation agreement")},
    {AgreementKind::Twinning, "twinning", QT_TRANSLATE_NOOP("Domain", "Twinning agreement")},
    {AgreementKind::Supplementary, "supplementary",
     QT_TRANSLATE_NOOP("Domain", "Supplementary agreement")},
};

const Entry<SignatoryOffice> signatoryOffices[] = {
    {SignatoryOffice::Mayor, "mayor", QT_TRANSLATE_NOOP("Domain", "Mayor")},
    {SignatoryOffice::ActingMayor, "acting_mayor", QT_TRANSLATE_NOOP("Domain", "Acting mayor")},
    {SignatoryOffice::MilitaryAdministrationHead, "military_administration_head",
     QT_TRANSLATE_NOOP("Domain", "Head of the military administration")},
    {SignatoryOffice::CouncilSecretary, "council_secretary",
     QT_TRANSLATE_NOOP("Domain", "Secretary of the council")},
    {SignatoryOffice::DeputyMayor, "deputy_mayor", QT_TRANSLATE_NOOP("Domain", "Deputy mayor")},
    {SignatoryOffice::OblastHead, "oblast_head",
     QT_TRANSLATE_NOOP("Domain", "Head of the oblast administration")},
    {SignatoryOffice::Other, "other", QT_TRANSLATE_NOOP("Domain", "Other office")},
};

} // namespace

#define TT_DEFINE_ENUM(E, table)                                                                   \
    const QList<E> &EnumTraits<E>::values()                                                        \
    {                                                                                              \
        static const QList<E> list = valuesOf(table);                                              \
        return list;                                                                               \
    }                                                                                              \
    QString EnumTraits<E>::code(E value)                                                           \
    {                                                                                              \
        return QLatin1String(entryOf(table, value).code);                                          \
    }                                                                                              \
    const char *EnumTraits<E>::rawCode(E value)                                                    \
    {                                                                                              \
        return entryOf(table, value).code;                                                         \
    }                                                                                              \
    QString EnumTraits<E>::label(E value)                                                          \
    {                                                                                              \
        return QCoreApplication::translate("Domain", entryOf(table, value).label);                 \
    }

TT_DEFINE_ENUM(PartnershipKind, kinds)
TT_DEFINE_ENUM(Stage, stages)
TT_DEFINE_ENUM(PartnershipAreaStatus, areaStatuses)
TT_DEFINE_ENUM(MilestoneKind, milestoneKinds)
TT_DEFINE_ENUM(MilestoneStatus, milestoneStatuses)
TT_DEFINE_ENUM(ProjectStatus, projectStatuses)
TT_DEFINE_ENUM(ContactSide, contactSides)
TT_DEFINE_ENUM(DocumentType, documentTypes)
TT_DEFINE_ENUM(AgreementKind, agreementKinds)
TT_DEFINE_ENUM(SignatoryOffice, signatoryOffices)
#undef TT_DEFINE_ENUM

const char *labelSource(PartnershipKind value)
{
    return entryOf(kinds, value).label;
}

const char *labelSource(Stage value)
{
    return entryOf(stages, value).label;
}

bool isActiveStage(Stage stage)
{
    return stage != Stage::Suspended && stage != Stage::Terminated;
}

const QList<MilestoneKind> &approvalSteps()
{
    static const QList<MilestoneKind> steps = {
        MilestoneKind::MinistrySubmission, MilestoneKind::MinistryAnswer,
        MilestoneKind::JusticeCheck,       MilestoneKind::ForeignAffairsCheck,
        MilestoneKind::MinistryOrder,      MilestoneKind::CouncilDecision,
        MilestoneKind::AgreementSigning,   MilestoneKind::RegisterEntry,
    };
    return steps;
}

bool isApprovalStep(MilestoneKind kind)
{
    return approvalSteps().contains(kind);
}

} // namespace tt
