#pragma once

// The vocabulary of the domain: kinds, stages, statuses. Each value has a stable
// code (stored in the database, written in files and on the command line) and a
// translated label. Codes never change; labels may.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tt {

enum class PartnershipKind { Twinning, Partnership, Friendship, Cooperation };

// The path of a pair from first contact to a twinning agreement, and the two ways
// off it.
enum class Stage {
    FirstContact,
    Negotiation,
    Memorandum,
    CooperationAgreement,
    TwinningAgreement,
    Suspended,
    Terminated,
};

enum class PartnershipAreaStatus { Planned, Active, Completed, Paused };

enum class MilestoneKind {
    Visit,
    Meeting,
    DocumentSigned,
    CouncilDecision,
    Exchange,
    AidDelivery,
    Event,
    Other,
    // The steps of the approval of an agreement under the Law of Ukraine "On
    // international territorial cooperation" (3668-IX), in their order; a
    // council decision and the signing are the older kinds above.
    MinistrySubmission,
    MinistryAnswer,
    JusticeCheck,
    ForeignAffairsCheck,
    MinistryOrder,
    AgreementSigning,
    RegisterEntry,
};

enum class MilestoneStatus { Planned, Done, Cancelled };

enum class ProjectStatus { Proposed, Active, Completed, Cancelled };

enum class ContactSide { Ukrainian, Partner };

enum class DocumentType { Agreement, Memorandum, Letter, Decision, Photo, Report, Other };

// An agreement as a record of its own (table agreement), of one of four kinds.
enum class AgreementKind { MemorandumOfIntent, Cooperation, Twinning, Supplementary };

// The office a signatory held when signing.
enum class SignatoryOffice {
    Mayor,
    ActingMayor,
    MilitaryAdministrationHead,
    CouncilSecretary,
    DeputyMayor,
    OblastHead,
    Other,
};

// Code and label of every value of an enum, in declaration order.
template<class E>
struct EnumTraits;

#define TT_DECLARE_ENUM(E)                                                                         \
    template<>                                                                                     \
    struct EnumTraits<E>                                                                           \
    {                                                                                              \
        static const QList<E> &values();                                                           \
        static QString code(E value);                                                              \
        static const char *rawCode(E value); /* the same, as it lives in the program */            \
        static QString label(E value);                                                             \
    };

TT_DECLARE_ENUM(PartnershipKind)
TT_DECLARE_ENUM(Stage)
TT_DECLARE_ENUM(PartnershipAreaStatus)
TT_DECLARE_ENUM(MilestoneKind)
TT_DECLARE_ENUM(MilestoneStatus)
TT_DECLARE_ENUM(ProjectStatus)
TT_DECLARE_ENUM(ContactSide)
TT_DECLARE_ENUM(DocumentType)
TT_DECLARE_ENUM(AgreementKind)
TT_DECLARE_ENUM(SignatoryOffice)
#undef TT_DECLARE_ENUM

template<class E>
QString toCode(E value)
{
    return EnumTraits<E>::code(value);
}

template<class E>
QString toLabel(E value)
{
    return EnumTraits<E>::label(value);
}

template<class E>
std::optional<E> fromCode(QStringView code)
{
    for (E value : EnumTraits<E>::values()) {
        if (EnumTraits<E>::code(value) == code)
            return value;
    }
    return std::nullopt;
}

// A stage at which the pair is in force (not suspended or terminated).
bool isActiveStage(Stage stage);

// The steps of the approval track, in their legal order.
const QList<MilestoneKind> &approvalSteps();
bool isApprovalStep(MilestoneKind kind);

} // namespace tt
