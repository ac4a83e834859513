#include "app/io/importplanner.h"

#include "app/core/repositories.h"
#include "app/core/text.h"

namespace tt::io {

namespace {

using Action = RowOutcome::Action;

// The order the repository demands of a pair's dates, checked before a row
// fills in the dates of a recorded pair.
bool datesInOrder(const Partnership &p)
{
    return bool(checkDateOrder(p));
}

} // namespace

Result<Recorded> Recorded::load(Database &db)
{
    auto places = MunicipalityFinder::load(db);
    if (!places)
        return places.error();
    Recorded recorded{std::move(*places), {}, {}, {}};
    auto pairs = Repository<Partnership>(db).all();
    if (!pairs)
        return pairs.error();
    for (const Partnership &p : std::as_const(*pairs))
        recorded.pairs.insert({p.communityId, p.municipalityId}, p);
    auto areas = CooperationAreaRepository(db).all();
    if (!areas)
        return areas.error();
    for (const CooperationArea &a : std::as_const(*areas)) {
        for (const QString &name : {a.code, a.nameUk, a.nameEn, a.nameDe})
            recorded.areas.insert(text::searchKey(name), a.id);
    }
    return recorded;
}

Status Recorded::loadPairAreas(Database &db)
{
    if (pairs.isEmpty() || !pairAreas.isEmpty())
        return {};
    auto rows = Repository<PartnershipArea>(db).all();
    if (!rows)
        return rows.error();
    for (const PartnershipArea &a : std::as_const(*rows))
        pairAreas[a.partnershipId] << a.areaId;
    return {};
}

ImportPlanner::ImportPlanner(Recorded &&recorded, const Table &table, const Mapping &mapping)
    : m_row(table, mapping)
    , m_sinceIsAgreement(!mapping.contains(Field::Signed))
    , m_places(std::move(recorded.places))
    , m_existing(std::move(recorded.pairs))
    , m_existingAreas(std::move(recorded.pairAreas))
    , m_areas(std::move(recorded.areas))
{}

void ImportPlanner::planRow(qsizetype row, ImportReport &report)
{
    RowOutcome outcome;
    outcome.line = m_row.line(row);
    const QString countryText = m_row.value(row, Field::Country);
    QString partnerText = m_row.value(row, Field::Partner);
    if (partnerText.isEmpty())
        partnerText = m_row.value(row, Field::PartnerUk);
    auto reject = [&](const QString &reason) {
        if (outcome.community.isEmpty() && outcome.partner.isEmpty()) {
            outcome.community = m_row.value(row, Field::Community).isEmpty()
                                    ? m_row.value(row, Field::CommunityLatin)
                                    : m_row.value(row, Field::Community);
            outcome.partner = partnerText;
            outcome.country = countryText;
        }
        outcome.action = Action::Rejected;
        outcome.message = reason;
        ++report.rejected;
        report.rows << outcome;
    };

    // Values first, so that a row with a bad value adds no place.
    if (partnerText.isEmpty())
        return reject(ImportText::tr("the partner is missing"));
    if (countryText.isEmpty())
        return reject(ImportText::tr("the partner's country is missing"));
    const auto country = cached(m_countryCache, countryText, readCountry);
    if (!country)
        return reject(ImportText::tr("“%1” is not a country").arg(countryText));
    Partnership p;
    const QString kindText = m_row.value(row, Field::Kind);
    if (!kindText.isEmpty()) {
        const auto kind = cached(m_kindCache, kindText, readKind);
        if (!kind)
            return reject(
                ImportText::tr("“%1” is not a kind of partnership (twinning, partnership, "
                               "friendship, cooperation)")
                    .arg(kindText));
        p.kind = *kind;
    }
    const QString stageText = m_row.value(row, Field::Stage);
    if (!stageText.isEmpty()) {
        const auto stage = cached(m_stageCache, stageText, readStage);
        if (!stage)
            return reject(ImportText::tr("“%1” is not a stage").arg(stageText));
        p.stage = *stage;
    } else {
        p.stage = p.kind == PartnershipKind::Twinning ? Stage::TwinningAgreement
                                                      : Stage::CooperationAgreement;
    }
    PartialDate dates[3];
    const Field dateFields[3] = {Field::Since, Field::Signed, Field::Ended};
    for (int i = 0; i < 3; ++i) {
        const QString text = m_row.value(row, dateFields[i]);
        if (text.isEmpty())
            continue;
        const auto date = cached(m_dateCache, text, readDate);
        if (!date)
            return reject(ImportText::tr("%1: “%2” is not a date (2023, 04.2023, 2023-04-22 or "
                                         "22.04.2023)")
                              .arg(fieldName(dateFields[i]), text));
        dates[i] = *date;
    }
    const auto &[since, signedOn, ended] = dates;
    // Lists of twin towns give one year, that of the agreement; a file with a
    // "signed" column (ours) keeps "since" for the first contact.
    const bool sinceIsAgreement = m_sinceIsAgreement;
    const PartialDate agreement = sinceIsAgreement ? since : signedOn;
    if (!sinceIsAgreement)
        p.firstContactOn = since;
    switch (p.stage) {
    case Stage::FirstContact:
    case Stage::Negotiation:
        if (agreement.isValid())
            p.firstContactOn = agreement;
        break;
    case Stage::Memorandum:
        p.memorandumOn = agreement;
        break;
    case Stage::CooperationAgreement:
        p.agreementOn = agreement;
        break;
    case Stage::TwinningAgreement:
        p.twinningOn = agreement;
        break;
    case Stage::Suspended:
    case Stage::Terminated:
        (p.kind == PartnershipKind::Twinning ? p.twinningOn : p.agreementOn) = agreement;
        break;
    }
    if (ended.isValid()) {
        if (stageText.isEmpty())
            p.stage = Stage::Terminated;
        else if (p.stage != Stage::Terminated && p.stage != Stage::Suspended)
            return reject(
                ImportText::tr("a partnership with an end date must be suspended or terminated"));
        p.endedOn = ended;
    }
    if (p.stage == Stage::Terminated && !p.endedOn.isValid())
        return reject(ImportText::tr("a terminated partnership needs the date it ended"));
    if (p.firstContactOn.isValid() && agreement.isValid() &&
        !p.firstContactOn.mayPrecede(agreement))
        return reject(ImportText::tr("the agreement is dated before the relation began"));
    if (ended.isValid() && agreement.isValid() && !agreement.mayPrecede(ended))
        return reject(ImportText::tr("the end is dated before the agreement"));
    QList<qint64> areaIds;
    // Most rows name no areas: an empty text is not split.
    QString areasText = m_row.value(row, Field::Areas);
    const QStringList areaNames =
        areasText.isEmpty() ? QStringList()
                            : areasText.replace(u',', u';').split(u';', Qt::SkipEmptyParts);
    for (const QString &a : areaNames) {
        const qint64 id = m_areas.value(m_places.key(a.trimmed()), 0);
        if (id == 0)
            return reject(ImportText::tr("“%1” is not a cooperation area").arg(a.trimmed()));
        if (!areaIds.contains(id))
            areaIds << id;
    }
    p.notes = m_row.value(row, Field::Notes);
    p.sources = m_row.value(row, Field::Source);

    QString reason, communityNote, partnerNote;
    const auto communityId = m_places.community(m_row, row, &reason, &communityNote);
    if (!communityId)
        return reject(reason);
    QString partnerName;
    const auto partnerId =
        m_places.partner(m_row, row, *country, &reason, &partnerNote, &partnerName);
    if (!partnerId)
        return reject(reason);
    p.communityId = *communityId;
    p.municipalityId = *partnerId;
    // The label is put together only when shown: 100,000 strings fewer.
    outcome.community = m_places.communityName(*communityId);
    outcome.partner = partnerName;
    outcome.country = *country;
    QStringList notes;
    for (const QString &n : {communityNote, partnerNote}) {
        if (!n.isEmpty())
            notes << n;
    }

    const QPair<MunicipalityId, MunicipalityId> key{*communityId, *partnerId};
    // One lookup both finds a pair seen before and records a new one.
    qsizetype &seen = m_seen[key]; // the first row of the pair, plus one; 0: none yet
    if (seen > 0) {
        const qsizetype first = seen - 1;
        outcome.action = Action::Unchanged;
        outcome.message = m_messages.samePair.arg(m_row.line(first));
        ++report.unchanged;
        report.rows << outcome;
        return;
    }
    seen = row + 1;
    PlannedPartnership planned{outcome.line, std::move(p), areaIds, true, {}};
    if (auto it = m_existing.constFind(key); it != m_existing.constEnd()) {
        // A pair we hold: the row fills what is empty, and never overwrites.
        const Partnership &fromRow = planned.pair;
        Partnership merged = it.value();
        auto fill = [&](PartialDate &have, const PartialDate &given, const char *name) {
            if (!have.isValid() && given.isValid()) {
                have = given;
                planned.updatedFields << QLatin1String(name);
            }
        };
        fill(merged.firstContactOn, fromRow.firstContactOn, "first_contact_on");
        fill(merged.memorandumOn, fromRow.memorandumOn, "memorandum_on");
        fill(merged.agreementOn, fromRow.agreementOn, "agreement_on");
        fill(merged.twinningOn, fromRow.twinningOn, "twinning_on");
        if (merged.notes.isEmpty() && !fromRow.notes.isEmpty()) {
            merged.notes = fromRow.notes;
            planned.updatedFields << QStringLiteral("notes");
        }
        if (merged.sources.isEmpty() && !fromRow.sources.isEmpty()) {
            merged.sources = fromRow.sources;
            planned.updatedFields << QStringLiteral("sources");
        }
        if (!areaIds.isEmpty()) {
            const QList<qint64> have = m_existingAreas.value(merged.id);
            QList<qint64> added;
            for (qint64 a : std::as_const(areaIds)) {
                if (!have.contains(a))
                    added << a;
            }
            planned.areaIds = added;
            if (!added.isEmpty())
                planned.updatedFields << QStringLiteral("areas");
        }
        if (!datesInOrder(merged)) {
            outcome.action = Action::Unchanged;
            outcome.message =
                ImportText::tr("its dates conflict with those recorded; left as recorded");
            ++report.unchanged;
            report.rows << outcome;
            return;
        }
        planned.pair = merged;
        planned.isNew = false;
        if (planned.updatedFields.isEmpty()) {
            outcome.action = Action::Unchanged;
            outcome.message = m_messages.alreadyRecorded;
            ++report.unchanged;
            report.rows << outcome;
            return;
        }
        outcome.action = Action::Updated;
        notes.prepend(
            ImportText::tr("fills in %1").arg(planned.updatedFields.join(QStringLiteral(", "))));
        ++report.updated;
    } else {
        outcome.action = Action::Added;
        outcome.notable = !communityNote.isEmpty();
        ++report.added;
    }
    outcome.message = notes.join(QStringLiteral("; "));
    report.rows << std::move(outcome);
    m_planned << std::move(planned);
}

Batch ImportPlanner::takeBatch()
{
    Batch batch;
    batch.communities = m_places.takeNewCommunities();
    batch.partners = m_places.takeNewPartners();
    batch.pairs = std::exchange(m_planned, {});
    m_planned.reserve(batch.pairs.size()); // the next batch is as long
    return batch;
}

void ImportPlanner::releaseLookups()
{
    m_places.release();
    m_existing = {};
    m_existingAreas = {};
    m_seen = {};
}

} // namespace tt::io
