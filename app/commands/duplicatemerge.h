#pragma once

// Merging two records of one place. The pairs of the record that goes move to
// the one kept; where both records have a pair with the same counterpart, the
// two pairs become one: the areas, milestones, contacts, projects, documents,
// aid and agreements of the one move to the other, and the fields in which
// they differ take the value the person chose. Editor::mergeDuplicates() makes it
// one undo step.

#include "app/core/entities.h"

#include <QList>
#include <QMap>

namespace tt {

// The fields of a pair a person chooses between when two pairs become one.
enum class PartnershipField {
    Kind,
    Stage,
    FirstContactOn,
    MemorandumOn,
    AgreementOn,
    TwinningOn,
    EndedOn,
    EndReason,
    Initiative,
    Officer,
    ReviewedOn,
    ReviewedBy,
    Notes,
    Sources,
};

// Whose value a field of the merged pair takes.
enum class FieldSource {
    Kept,   // the pair of the record kept
    Merged, // the pair folded into it
    Both,   // free text only: the two joined, the kept pair's first
};

const QList<PartnershipField> &pairFields();
// Free text, which may take both values joined.
bool isTextField(PartnershipField field);
// "Memorandum of intent", in the user's language.
QString pairFieldLabel(PartnershipField field);
// The field's value as the person reads it; empty when there is none.
QString pairFieldText(const Partnership &pair, PartnershipField field);
// The field of `into` set from the source chosen.
void takeField(Partnership &into, const Partnership &kept, const Partnership &merged,
               PartnershipField field, FieldSource source);

// Two pairs with the same counterpart, one on each record.
struct PartnershipClash
{
    QString label; // "Вінниця – Karlsruhe"
    Partnership kept;
    Partnership merged;
    // The fields in which they differ, each with the value to take. Planning
    // fills in what keeps most: the kept pair's value, the other's where the
    // kept pair has none, both texts where each has its own.
    QMap<PartnershipField, FieldSource> choices;

    // The kept pair as it will be written.
    Partnership result() const;
};

struct DuplicateMerge
{
    enum class Side { Communities, Partners };
    Side side = Side::Partners;
    qint64 keep = 0;
    qint64 drop = 0;
    QList<PartnershipClash> clashes;
};

// Fills the empty fields of the kept record from the other, keeps both notes,
// and keeps the other's names findable: a Ukrainian community's as an alias, a
// partner's Cyrillic name as its Ukrainian name.
Community mergedPlace(const Community &kept, const Community &dropped);
Municipality mergedPlace(const Municipality &kept, const Municipality &dropped);

} // namespace tt
