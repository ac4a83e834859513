#include "app/commands/duplicatemerge.h"

#include "app/commands/editor.h"
#include "app/core/text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <type_traits>

namespace tt {

namespace {

struct MergeText
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateMerge)
};

// Calls f with the pointer to the member that holds the field, so that the
// same field is read from and written to any pair.
template<class F>
decltype(auto) withMember(PartnershipField field, F &&f)
{
    switch (field) {
    case PartnershipField::Kind:
        return f(&Partnership::kind);
    case PartnershipField::Stage:
        return f(&Partnership::stage);
    case PartnershipField::FirstContactOn:
        return f(&Partnership::firstContactOn);
    case PartnershipField::MemorandumOn:
        return f(&Partnership::memorandumOn);
    case PartnershipField::AgreementOn:
        return f(&Partnership::agreementOn);
    case PartnershipField::TwinningOn:
        return f(&Partnership::twinningOn);
    case PartnershipField::EndedOn:
        return f(&Partnership::endedOn);
    case PartnershipField::EndReason:
        return f(&Partnership::endReason);
    case PartnershipField::Initiative:
        return f(&Partnership::initiative);
    case PartnershipField::Officer:
        return f(&Partnership::officer);
    case PartnershipField::ReviewedOn:
        return f(&Partnership::reviewedOn);
    case PartnershipField::ReviewedBy:
        return f(&Partnership::reviewedBy);
    case PartnershipField::Notes:
        return f(&Partnership::notes);
    case PartnershipField::Sources:
        break;
    }
    return f(&Partnership::sources);
}

template<class M>
bool isEmptyValue(const M &value)
{
    if constexpr (std::is_same_v<M, QString>)
        return value.trimmed().isEmpty();
    else if constexpr (std::is_same_v<M, PartialDate> || std::is_same_v<M, QDate>)
        return !value.isValid();
    else
        return false; // a kind or a stage always has a value
}

template<class M>
bool sameValue(const M &a, const M &b)
{
    if constexpr (std::is_same_v<M, QString>)
        return a.trimmed() == b.trimmed();
    else
        return a == b;
}

// Two texts as one, without saying the same thing twice.
QString joined(const QString &first, const QString &second)
{
    const QString a = first.trimmed();
    const QString b = second.trimmed();
    if (a.isEmpty() || b.contains(a))
        return b;
    if (b.isEmpty() || a.contains(b))
        return a;
    return a + u'\n' + b;
}

// The names of a record, one per entry of a "; "-separated list.
QStringList listEntries(const QString &list)
{
    QStringList out;
    for (const QString &entry : list.split(u';', Qt::SkipEmptyParts)) {
        if (!entry.trimmed().isEmpty())
            out << entry.trimmed();
    }
    return out;
}

// Fills what is empty in `kept` from `dropped`, field by field, and joins notes.
template<class Place>
void fillEmpty(Place &kept, const Place &dropped)
{
    std::vector<const void *> theirs;
    Place::visit(dropped, [&](const char *, const auto &member) { theirs.push_back(&member); });
    std::size_t i = 0;
    Place::visit(kept, [&](const char *column, auto &member) {
        using M = std::remove_cvref_t<decltype(member)>;
        const M &other = *static_cast<const M *>(theirs[i++]);
        if constexpr (std::is_same_v<M, QString>) {
            if (qstrcmp(column, "notes") == 0) {
                member = joined(member, other);
                return;
            }
            if (member.trimmed().isEmpty())
                member = other;
        } else if constexpr (std::is_same_v<M, std::optional<double>> ||
                             std::is_same_v<M, std::optional<qint64>>) {
            if (!member)
                member = other;
        }
    });
    // A position comes whole or not at all.
    if (!kept.lat || !kept.lon) {
        kept.lat = dropped.lat;
        kept.lon = dropped.lon;
    }
}

bool hasLatinLetter(const QString &name)
{
    for (QChar c : name) {
        if (c.isLetter() && c.script() == QChar::Script_Latin)
            return true;
    }
    return false;
}

} // namespace

const QList<PartnershipField> &pairFields()
{
    static const QList<PartnershipField> all = {
        PartnershipField::Kind,           PartnershipField::Stage,
        PartnershipField::FirstContactOn, PartnershipField::MemorandumOn,
        PartnershipField::AgreementOn,    PartnershipField::TwinningOn,
        PartnershipField::EndedOn,        PartnershipField::EndReason,
        PartnershipField::Initiative,     PartnershipField::Officer,
        PartnershipField::ReviewedOn,     PartnershipField::ReviewedBy,
        PartnershipField::Notes,          PartnershipField::Sources,
    };
    return all;
}

bool isTextField(PartnershipField field)
{
    return withMember(field, [](auto member) {
        return std::is_same_v<std::remove_cvref_t<decltype(Partnership().*member)>, QString>;
    });
}

QString pairFieldLabel(PartnershipField field)
{
    switch (field) {
    case PartnershipField::Kind:
        return MergeText::tr("Kind");
    case PartnershipField::Stage:
        return MergeText::tr("Stage");
    case PartnershipField::FirstContactOn:
        return MergeText::tr("First contact");
    case PartnershipField::MemorandumOn:
        return MergeText::tr("Memorandum of intent");
    case PartnershipField::AgreementOn:
        return MergeText::tr("Cooperation agreement");
    case PartnershipField::TwinningOn:
        return MergeText::tr("Twinning agreement");
    case PartnershipField::EndedOn:
        return MergeText::tr("Ended");
    case PartnershipField::EndReason:
        return MergeText::tr("Reason for ending");
    case PartnershipField::Initiative:
        return MergeText::tr("Initiative");
    case PartnershipField::Officer:
        return MergeText::tr("Responsible officer");
    case PartnershipField::ReviewedOn:
        return MergeText::tr("Last reviewed");
    case PartnershipField::ReviewedBy:
        return MergeText::tr("Reviewed by");
    case PartnershipField::Notes:
        return MergeText::tr("Notes");
    case PartnershipField::Sources:
        break;
    }
    return MergeText::tr("Sources");
}

QString pairFieldText(const Partnership &pair, PartnershipField field)
{
    return withMember(field, [&](auto member) -> QString {
        const auto &value = pair.*member;
        using M = std::remove_cvref_t<decltype(value)>;
        if constexpr (std::is_same_v<M, QString>)
            return value.trimmed();
        else if constexpr (std::is_same_v<M, PartialDate>)
            return value.isValid() ? value.toString(QLocale()) : QString();
        else if constexpr (std::is_same_v<M, QDate>)
            return value.isValid() ? QLocale().toString(value, QLocale::ShortFormat) : QString();
        else
            return toLabel(value);
    });
}

void takeField(Partnership &into, const Partnership &kept, const Partnership &merged,
               PartnershipField field, FieldSource source)
{
    withMember(field, [&](auto member) {
        using M = std::remove_cvref_t<decltype(into.*member)>;
        if constexpr (std::is_same_v<M, QString>) {
            if (source == FieldSource::Both) {
                into.*member = joined(kept.*member, merged.*member);
                return;
            }
        }
        into.*member = (source == FieldSource::Merged ? merged : kept).*member;
    });
}

Partnership PartnershipClash::result() const
{
    Partnership out = kept;
    for (auto it = choices.begin(); it != choices.end(); ++it)
        takeField(out, kept, merged, it.key(), it.value());
    return out;
}

Community mergedPlace(const Community &kept, const Community &dropped)
{
    Community out = kept;
    fillEmpty(out, dropped);
    // Дніпропетровськ merged into Дніпро stays findable under its old name.
    QStringList aliases = listEntries(kept.aliases);
    for (const QString &name :
         QStringList{dropped.nameUk, dropped.nameLatn} + listEntries(dropped.aliases)) {
        const QString n = name.trimmed();
        if (!n.isEmpty() && n != out.nameUk && n != out.nameLatn && !aliases.contains(n))
            aliases << n;
    }
    out.aliases = aliases.join(QStringLiteral("; "));
    return out;
}

Municipality mergedPlace(const Municipality &kept, const Municipality &dropped)
{
    Municipality out = kept;
    fillEmpty(out, dropped);
    // A partner recorded as written in a Ukrainian letter ("Карлсруе" with no
    // Latin name) lends that spelling as the Ukrainian name.
    if (out.nameUk.trimmed().isEmpty() && !hasLatinLetter(dropped.name))
        out.nameUk = dropped.name.trimmed();
    return out;
}

namespace {

// What a pair owned before it was folded into another, to give it back.
struct FoldedPartnership
{
    Partnership merged;                    // as it was, to insert again
    Partnership keptBefore;                // the fields of the kept pair before
    qint64 keptVersion = 0;                // its row version once merged
    QList<PartnershipArea> duplicateAreas; // areas both had: deleted with the pair
    QList<AgreementRecord> agreements;     // the agreements that bound it, as they were
    QList<qint64> areas, milestones, contacts, projects, documents, aid; // moved over
};

// Moves the records of type T from one pair to another; returns their ids.
template<class T>
Result<QList<qint64>> moveRecords(Database &db, qint64 from, qint64 to)
{
    typename RepositoryFor<T>::type repo(db);
    auto rows = repo.forPartnership(from);
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    for (T row : *rows) {
        row.partnershipId = to;
        if (auto s = repo.update(row); !s)
            return s.error();
        ids << row.id;
    }
    return ids;
}

// Moves the records with these ids to a pair.
template<class T>
Status moveBack(Database &db, const QList<qint64> &ids, qint64 to)
{
    typename RepositoryFor<T>::type repo(db);
    for (qint64 id : ids) {
        auto row = repo.get(id);
        if (!row)
            return row.error();
        row->partnershipId = to;
        if (auto s = repo.update(*row); !s)
            return s;
    }
    return {};
}

template<class Place>
class MergeDuplicatesCommand : public EditCommand
{
public:
    MergeDuplicatesCommand(Editor &editor, DuplicateMerge plan, Place dropped, QList<qint64> moving,
                           const QString &text)
        : EditCommand(editor, text)
        , m_plan(std::move(plan))
        , m_dropped(std::move(dropped))
        , m_moving(std::move(moving))
    {}

    Status apply() override
    {
        Database &db = database();
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        PartnershipRepository pairs(db);
        if (auto s = movePairs(m_dropped.id, m_plan.keep); !s)
            return s;
        m_folded.clear();
        for (const PartnershipClash &clash : std::as_const(m_plan.clashes)) {
            auto folded = fold(clash);
            if (!folded)
                return folded.error();
            m_folded << *folded;
        }
        typename RepositoryFor<Place>::type places(db);
        if (auto s = places.remove(m_dropped.id); !s)
            return s;
        // The kept record as stored now (a redo may come long after the plan).
        auto kept = places.get(m_plan.keep);
        if (!kept)
            return kept.error();
        m_kept = *kept;
        if (auto s = writePlace(mergedPlace(m_kept, m_dropped)); !s)
            return s;
        return tx.commit();
    }

    Status revert() override
    {
        Database &db = database();
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        if (auto s = writePlace(m_kept); !s)
            return s;
        typename RepositoryFor<Place>::type places(db);
        Place dropped = m_dropped;
        if (auto id = places.insert(dropped); !id)
            return id.error();
        for (auto it = m_folded.crbegin(); it != m_folded.crend(); ++it) {
            if (auto s = unfold(*it); !s)
                return s;
        }
        if (auto s = movePairs(m_plan.keep, m_dropped.id); !s)
            return s;
        return tx.commit();
    }

private:
    static qint64 &placeOf(Partnership &p)
    {
        if constexpr (std::is_same_v<Place, Community>)
            return p.communityId;
        else
            return p.municipalityId;
    }

    Status movePairs(qint64 from, qint64 to)
    {
        PartnershipRepository pairs(database());
        for (qint64 id : std::as_const(m_moving)) {
            auto p = pairs.get(id);
            if (!p)
                return p.error();
            if (placeOf(*p) != from)
                continue;
            placeOf(*p) = to;
            if (auto s = pairs.update(*p); !s)
                return s;
        }
        return {};
    }

    // Writes the kept record's fields over what is stored.
    Status writePlace(const Place &fields)
    {
        typename RepositoryFor<Place>::type places(database());
        auto stored = places.get(m_plan.keep);
        if (!stored)
            return stored.error();
        Place row = fields;
        row.id = stored->id;
        return places.update(row);
    }

    // Folds the clash's merged pair into its kept pair.
    Result<FoldedPartnership> fold(const PartnershipClash &clash)
    {
        Database &db = database();
        PartnershipRepository pairs(db);
        const qint64 keep = clash.kept.id;
        const qint64 drop = clash.merged.id;
        FoldedPartnership f;
        auto merged = pairs.get(drop);
        auto kept = pairs.get(keep);
        if (!merged)
            return merged.error();
        if (!kept)
            return kept.error();
        f.merged = *merged;
        f.keptBefore = *kept;

        // Areas both pairs have stay as the kept pair has them.
        auto keptAreas = PartnershipAreaRepository(db).forPartnership(keep);
        auto mergedAreas = PartnershipAreaRepository(db).forPartnership(drop);
        if (!keptAreas)
            return keptAreas.error();
        if (!mergedAreas)
            return mergedAreas.error();
        QSet<qint64> present;
        for (const PartnershipArea &a : *keptAreas)
            present.insert(a.areaId);
        PartnershipAreaRepository areaLinks(db);
        for (PartnershipArea a : *mergedAreas) {
            if (present.contains(a.areaId)) {
                f.duplicateAreas << a;
                continue;
            }
            a.partnershipId = keep;
            if (auto s = areaLinks.update(a); !s)
                return s.error();
            f.areas << a.id;
        }
        for (auto [ids, moved] : {std::pair{&f.milestones, moveRecords<Milestone>(db, drop, keep)},
                                  std::pair{&f.contacts, moveRecords<Contact>(db, drop, keep)},
                                  std::pair{&f.projects, moveRecords<Project>(db, drop, keep)},
                                  std::pair{&f.documents, moveRecords<Document>(db, drop, keep)},
                                  std::pair{&f.aid, moveRecords<Aid>(db, drop, keep)}}) {
            if (!moved)
                return moved.error();
            *ids = *moved;
        }

        // An agreement that bound the merged pair binds the kept one.
        AgreementRepository agreements(db);
        auto bound = agreements.forPartnership(drop);
        if (!bound)
            return bound.error();
        f.agreements = *bound;
        for (AgreementRecord record : *bound) {
            record.partnershipIds.removeAll(drop);
            if (!record.partnershipIds.contains(keep))
                record.partnershipIds << keep;
            if (auto id = agreements.save(record); !id)
                return id.error();
        }

        if (auto s = pairs.remove(drop); !s)
            return s.error();
        // The pairs as stored now (a redo may come long after the plan): only
        // the fields chosen from the other pair change.
        Partnership result = *kept;
        for (auto it = clash.choices.begin(); it != clash.choices.end(); ++it) {
            if (it.value() != FieldSource::Kept)
                takeField(result, *kept, *merged, it.key(), it.value());
        }
        if (auto s = pairs.update(result); !s)
            return s.error();
        auto written = pairs.get(keep);
        if (!written)
            return written.error();
        f.keptVersion = written->rowVersion;
        return f;
    }

    Status unfold(const FoldedPartnership &f)
    {
        Database &db = database();
        PartnershipRepository pairs(db);
        const qint64 drop = f.merged.id;
        // Someone else's change to the merged pair since is a conflict, as
        // for any undo of a pair.
        Partnership before = f.keptBefore;
        before.rowVersion = f.keptVersion;
        if (auto s = pairs.update(before); !s)
            return s;
        Partnership merged = f.merged;
        if (auto id = pairs.insert(merged); !id)
            return id.error();
        for (Status s :
             {moveBack<PartnershipArea>(db, f.areas, drop),
              moveBack<Milestone>(db, f.milestones, drop), moveBack<Contact>(db, f.contacts, drop),
              moveBack<Project>(db, f.projects, drop), moveBack<Document>(db, f.documents, drop),
              moveBack<Aid>(db, f.aid, drop)}) {
            if (!s)
                return s;
        }
        PartnershipAreaRepository areaLinks(db);
        for (PartnershipArea a : f.duplicateAreas) {
            if (auto id = areaLinks.insert(a); !id)
                return id.error();
        }
        AgreementRepository agreements(db);
        for (AgreementRecord record : f.agreements) {
            if (auto id = agreements.save(record); !id)
                return id.error();
        }
        return {};
    }

    DuplicateMerge m_plan;
    Place m_kept; // as it was before the merge (read by apply), for undo
    Place m_dropped;
    QList<qint64> m_moving;
    QList<FoldedPartnership> m_folded;
};

// A plan with what carrying it out needs besides: the record that goes, and
// its pairs that only change place.
template<class Place>
struct Planned
{
    DuplicateMerge merge;
    Place dropped;
    QList<qint64> moving;
};

template<class Place>
Result<Planned<Place>> plan(Database &db, DuplicateMerge::Side side, qint64 keep, qint64 drop)
{
    if (keep == drop)
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("DuplicateMerge",
                                                       "Choose two different records to merge."));
    typename RepositoryFor<Place>::type places(db);
    if (auto kept = places.get(keep); !kept)
        return kept.error();
    auto dropped = places.get(drop);
    if (!dropped)
        return dropped.error();
    // A pair names its community and its partner; merging two places moves
    // the pairs of one side, and two pairs clash when they share the other.
    constexpr bool communities = std::is_same_v<Place, Community>;
    constexpr qint64 Partnership::*other =
        communities ? &Partnership::municipalityId : &Partnership::communityId;
    PartnershipRepository pairs(db);
    auto pairsOf = [&](qint64 place) {
        return communities ? pairs.ofCommunity(place) : pairs.ofMunicipality(place);
    };
    auto moving = pairsOf(drop);
    auto staying = pairsOf(keep);
    if (!moving)
        return moving.error();
    if (!staying)
        return staying.error();
    Planned<Place> out{{side, keep, drop, {}}, *dropped, {}};
    for (const Partnership &m : *moving) {
        bool clashes = false;
        for (const Partnership &s : *staying) {
            if (m.*other != s.*other)
                continue;
            clashes = true;
            PartnershipClash clash{pairs.pairLabel(s.communityId, s.municipalityId), s, m, {}};
            for (PartnershipField field : pairFields()) {
                withMember(field, [&](auto member) {
                    const auto &mine = s.*member;
                    const auto &theirs = m.*member;
                    if (sameValue(mine, theirs))
                        return;
                    FieldSource source = FieldSource::Kept;
                    if (isEmptyValue(mine))
                        source = FieldSource::Merged;
                    else if (isTextField(field) && !isEmptyValue(theirs))
                        source = FieldSource::Both;
                    clash.choices.insert(field, source);
                });
            }
            out.merge.clashes << clash;
        }
        if (!clashes)
            out.moving << m.id;
    }
    return out;
}

template<class Place>
Status carryOut(Editor &editor, const DuplicateMerge &chosen)
{
    Database &db = editor.database();
    // What is stored now decides; the choices made on the plan carry over.
    auto fresh = plan<Place>(db, chosen.side, chosen.keep, chosen.drop);
    if (!fresh)
        return fresh.error();
    DuplicateMerge &decided = fresh->merge;
    for (PartnershipClash &clash : decided.clashes) {
        for (const PartnershipClash &c : chosen.clashes) {
            if (c.merged.id != clash.merged.id || c.kept.id != clash.kept.id)
                continue;
            for (auto it = clash.choices.begin(); it != clash.choices.end(); ++it) {
                FieldSource source = c.choices.value(it.key(), it.value());
                if (source == FieldSource::Both && !isTextField(it.key()))
                    source = FieldSource::Kept;
                it.value() = source;
            }
        }
    }
    // lupdate loses track of the scope in these templates: their messages name
    // their context themselves.
    const int folded = static_cast<int>(decided.clashes.size());
    QString text = QCoreApplication::translate("DuplicateMerge", "Merge places");
    if (folded > 0)
        text = QCoreApplication::translate("DuplicateMerge", "Merge places and %n pair(s)", nullptr,
                                           folded);
    return editor.push(
        new MergeDuplicatesCommand<Place>(editor, decided, fresh->dropped, fresh->moving, text));
}

} // namespace

Result<DuplicateMerge> Editor::planMerge(DuplicateMerge::Side side, qint64 keep, qint64 drop) const
{
    const auto mergeOf = [](auto planned) -> Result<DuplicateMerge> {
        if (!planned)
            return planned.error();
        return planned->merge;
    };
    return side == DuplicateMerge::Side::Communities
               ? mergeOf(plan<Community>(m_db, side, keep, drop))
               : mergeOf(plan<Municipality>(m_db, side, keep, drop));
}

Status Editor::mergeDuplicates(const DuplicateMerge &chosen)
{
    return chosen.side == DuplicateMerge::Side::Communities ? carryOut<Community>(*this, chosen)
                                                            : carryOut<Municipality>(*this, chosen);
}

Status Editor::mergeCommunities(qint64 keep, qint64 drop)
{
    auto planned = planMerge(DuplicateMerge::Side::Communities, keep, drop);
    return planned ? mergeDuplicates(*planned) : Status(planned.error());
}

Status Editor::mergeMunicipalities(qint64 keep, qint64 drop)
{
    auto planned = planMerge(DuplicateMerge::Side::Partners, keep, drop);
    return planned ? mergeDuplicates(*planned) : Status(planned.error());
}

} // namespace tt
