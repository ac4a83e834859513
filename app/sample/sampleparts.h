#pragma once

// What the demo writers (sampledata.cpp, monitoringdemo.cpp) and the generator
// (generate.cpp) share: the places and areas they look up or add, the people
// they name, and the records of the monitoring they build (recorded agreements,
// approval tracks, aid), so that the demo and the generated data look alike.

#include "app/core/database.h"
#include "app/core/entities.h"
#include "app/core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tt::sample::detail {

// The catalogue's community of that Ukrainian name in that oblast (ISO code).
Result<qint64> findCommunity(Database &db, const QString &name, const QString &oblast);
// A new partner place, with coordinates from the gazetteer where it knows it.
Result<qint64> addMunicipality(Database &db, const QString &name, const QString &nameUk,
                               const QString &country);
// Area ids by their code.
QHash<QString, qint64> areaIds(Database &db);

// Officers of the Ukrainian side, and contacts of the partners.
extern const char *const officers[6];
extern const char *const partnerContacts[6];

// The agreement recorded for a pair, of the kind of its strongest document
// (twinning, cooperation, memorandum of intent), signed on that document's date
// and numbered "serial/year", binding the pair alone; none for a pair without a
// date of signing. The caller adds areas and signatories.
std::optional<AgreementRecord> agreementOf(const Partnership &pair, int serial);

// One step of the approval of an agreement (MilestoneKind::MinistrySubmission …
// RegisterEntry) as a milestone of `pair`, titled by its kind.
Milestone approvalStep(qint64 pair, MilestoneKind kind, const QDate &on, bool done,
                       const QString &responsible, const QString &number = {});

// An approval waiting for the ministry: the submission, done on `submittedOn`
// with its outgoing number, and the ministry's answer, planned on its due date.
QList<Milestone> pendingApproval(qint64 pair, const QDate &submittedOn, const QString &number,
                                 const QString &responsible);

// The whole approval track of an agreement signed on `signedOn`, from the
// submission 120 days before to the entry in the register 20 days after, with
// document numbers made from `serial`; a step after `today` is planned.
QList<Milestone> completeApproval(qint64 pair, const QDate &signedOn, int serial,
                                  const QDate &today, const QString &responsible);

// Aid received by `pair` on `on`, with the act of acceptance numbered `act`.
Aid aidReceived(qint64 pair, const QString &what, std::optional<qint64> value,
                const QString &currency, const QDate &on, int act);

} // namespace tt::sample::detail
