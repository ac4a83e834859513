#include "app/models/agreementmodels.h"

#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/present/money.h"
#include "app/present/partnershipfacts.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace tt {

namespace {

struct AgreementText
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipRecords)
};

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QVariant overdueBrush()
{
    return QBrush(QColor(0xc6, 0x28, 0x28));
}

template<class T>
using Col = typename RecordListModel<T>::Column;

} // namespace

AgreementListModel *makeAgreementListModel(Database &db, QObject *parent)
{
    QHash<qint64, QString> areaNames;
    if (auto areas = CooperationAreaRepository(db).all())
        areaNames = names::areas(*areas);
    QList<Col<AgreementRow>> columns = {
        {[] { return AgreementText::tr("Kind"); },
         [](const AgreementRow &a, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(toLabel(a.agreement.kind)) : QVariant();
         }},
        {[] { return AgreementText::tr("Number"); },
         [](const AgreementRow &a, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(a.agreement.number) : QVariant();
         }},
        {[] { return AgreementText::tr("Signed"); },
         [](const AgreementRow &a, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(shortDate(a.agreement.signedOn))
                                            : QVariant();
         }},
        {[] { return AgreementText::tr("In force until"); },
         [](const AgreementRow &a, int role) -> QVariant {
             if (role != Qt::DisplayRole)
                 return {};
             return a.agreement.expiresOn.isValid() ? shortDate(a.agreement.expiresOn)
                                                    : AgreementText::tr("indefinite");
         }},
        {[] { return AgreementText::tr("Parties"); },
         [](const AgreementRow &a, int role) -> QVariant {
             return role == Qt::DisplayRole || role == Qt::ToolTipRole
                        ? QVariant(a.partyLabels.join(QStringLiteral("; ")))
                        : QVariant();
         }},
        {[] { return AgreementText::tr("Declared areas"); },
         [areaNames](const AgreementRow &a, int role) -> QVariant {
             if (role != Qt::DisplayRole)
                 return {};
             QStringList names;
             for (qint64 id : a.areaIds)
                 names << areaNames.value(id);
             return names.join(QStringLiteral(", "));
         }},
        {[] { return AgreementText::tr("Signatories"); },
         [](const AgreementRow &a, int role) -> QVariant {
             if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                 return {};
             QStringList names;
             for (const Signatory &s : a.signatories)
                 names << QStringLiteral("%1 (%2)").arg(s.name, toLabel(s.office));
             return names.join(QStringLiteral("; "));
         }},
    };
    return new AgreementListModel(
        db, columns,
        [](Database &d, qint64 id) -> Result<QList<AgreementRow>> {
            auto records = AgreementRepository(d).forPartnership(id);
            if (!records)
                return records.error();
            PartnershipRepository pairs(d);
            QList<AgreementRow> rows;
            for (const AgreementRecord &r : std::as_const(*records)) {
                AgreementRow row;
                static_cast<AgreementRecord &>(row) = r;
                row.id = r.agreement.id;
                for (qint64 pair : r.partnershipIds) {
                    if (auto p = pairs.get(pair))
                        row.partyLabels << pairs.pairLabel(p->communityId, p->municipalityId);
                }
                rows << row;
            }
            return rows;
        },
        parent);
}

ApprovalTrackModel *makeApprovalTrackModel(Database &db, const QDate &today, QObject *parent)
{
    const auto state = [](const ApprovalRow &r, int role) -> QVariant {
        const bool overdue = r.deadline && r.deadline->overdue;
        if (role == Qt::ForegroundRole && overdue)
            return overdueBrush();
        if (role == Qt::FontRole && overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role != Qt::DisplayRole)
            return {};
        if (r.deadline)
            return present::deadlineText(*r.deadline);
        if (!r.milestone)
            return QString();
        return toLabel(r.milestone->status);
    };
    QList<Col<ApprovalRow>> columns = {
        {[] { return AgreementText::tr("Step"); },
         [state](const ApprovalRow &r, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return toLabel(r.kind);
             if (role == Qt::ForegroundRole && !r.milestone)
                 return QBrush(QColor(0x80, 0x80, 0x80));
             return role == Qt::DisplayRole ? QVariant() : state(r, role);
         }},
        {[] { return AgreementText::tr("Date"); },
         [](const ApprovalRow &r, int role) -> QVariant {
             if (role != Qt::DisplayRole || !r.milestone)
                 return {};
             return shortDate(r.milestone->doneOn.isValid() ? r.milestone->doneOn
                                                            : r.milestone->plannedOn);
         }},
        {[] { return AgreementText::tr("Document number"); },
         [](const ApprovalRow &r, int role) -> QVariant {
             return role == Qt::DisplayRole && r.milestone ? QVariant(r.milestone->documentNumber)
                                                           : QVariant();
         }},
        {[] { return AgreementText::tr("Due"); },
         [](const ApprovalRow &r, int role) -> QVariant {
             return role == Qt::DisplayRole && r.deadline ? QVariant(shortDate(r.deadline->dueOn))
                                                          : QVariant();
         }},
        {[] { return AgreementText::tr("State"); }, state},
    };
    return new ApprovalTrackModel(
        db, columns,
        [today](Database &d, qint64 id) -> Result<QList<ApprovalRow>> {
            auto milestones = MilestoneRepository(d).forPartnership(id);
            if (!milestones)
                return milestones.error();
            const auto deadline = monitoring::ministryDeadline(*milestones, today);
            QList<ApprovalRow> rows;
            for (const monitoring::ApprovalStep &s : monitoring::approvalTrack(*milestones)) {
                ApprovalRow row;
                row.kind = s.kind;
                row.milestone = s.milestone;
                row.id = s.milestone ? s.milestone->id : 0;
                if (s.kind == MilestoneKind::MinistryAnswer)
                    row.deadline = deadline;
                rows << row;
            }
            return rows;
        },
        parent);
}

AidListModel *makeAidListModel(Database &db, QObject *parent)
{
    QList<Col<Aid>> columns = {
        {[] { return AgreementText::tr("Received"); },
         [](const Aid &a, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(shortDate(a.receivedOn)) : QVariant();
         }},
        {[] { return AgreementText::tr("What"); },
         [](const Aid &a, int role) -> QVariant {
             return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(a.description)
                                                                       : QVariant();
         }},
        {[] { return AgreementText::tr("Value"); },
         [](const Aid &a, int role) -> QVariant {
             if (role == Qt::TextAlignmentRole)
                 return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
             return role == Qt::DisplayRole && a.valueMinor
                        ? QVariant(present::formatMoney(*a.valueMinor, a.currency))
                        : QVariant();
         }},
        {[] { return AgreementText::tr("Acceptance document"); },
         [](const Aid &a, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(a.acceptanceDocument) : QVariant();
         }},
    };
    return new AidListModel(
        db, columns, [](Database &d, qint64 id) { return AidRepository(d).forPartnership(id); },
        parent);
}

} // namespace tt
