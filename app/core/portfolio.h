#pragma once

// The read model every view shares: one row per pair with the names, places and
// derived figures the tables, the map, the charts and the reports show, loaded
// with a few set-wise queries instead of one per pair. The filter of the filter
// bar (Filter) is applied to these rows in memory, so that typing in it never
// waits for the database.
//
// It loads in one go (load) or in two phases: the pairs with their places and
// areas (loadPairs), then the milestones (readMilestones, which may run on a
// worker thread with a connection of its own) merged in with mergeMilestones.
// A national database has ten milestones per pair, so the table can show its
// rows long before the milestones are read.

#include "app/core/database.h"
#include "app/core/domain.h"
#include "app/core/partialdate.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <cmath>
#include <limits>
#include <vector>

namespace tt {

// One milestone, as compact as the dashboard's per-month figures need: a
// national database holds a million of them, at 12 bytes each (two QDates and
// the status would take 24). The days are Julian days, which 32 bits hold for
// any date of a document.
class MilestoneFact
{
public:
    MilestoneFact() = default;
    MilestoneFact(const QDate &plannedOn, const QDate &doneOn, MilestoneStatus status)
        : m_planned(pack(plannedOn))
        , m_done(pack(doneOn))
        , m_status(status)
    {}

    QDate plannedOn() const { return unpack(m_planned); }
    QDate doneOn() const { return unpack(m_done); }
    MilestoneStatus status() const { return m_status; }

private:
    static constexpr qint32 noDay = std::numeric_limits<qint32>::min();
    static qint32 pack(const QDate &date)
    {
        const qint64 day = date.isValid() ? date.toJulianDay() : noDay;
        return day > noDay && day <= std::numeric_limits<qint32>::max() ? qint32(day) : noDay;
    }
    static QDate unpack(qint32 day) { return day == noDay ? QDate() : QDate::fromJulianDay(day); }

    qint32 m_planned = noDay;
    qint32 m_done = noDay;
    MilestoneStatus m_status = MilestoneStatus::Planned;
};
static_assert(sizeof(MilestoneFact) <= 12);

struct PartnershipSummary
{
    qint64 id = 0;
    qint64 communityId = 0;
    qint64 municipalityId = 0;
    QString communityName; // Вінниця
    QString communityLatn; // Vinnytsia
    QString hromadaName;   // Вінницька
    QString oblastIso;     // UA-05
    double communityLat = NAN;
    double communityLon = NAN;
    QString partnerName;   // Karlsruhe
    QString partnerNameUk; // Карлсруе
    QString partnerLocal;
    QString countryIso; // DE
    double partnerLat = NAN;
    double partnerLon = NAN;
    PartnershipKind kind = PartnershipKind::Twinning;
    Stage stage = Stage::FirstContact;
    PartialDate firstContactOn;
    PartialDate memorandumOn;
    PartialDate agreementOn;
    PartialDate twinningOn;
    PartialDate endedOn;
    QString officer;
    // As read: a deletion from the table meets a conflict when someone else
    // changed the pair since (Editor::removePartnership).
    qint64 rowVersion = 0;
    QList<qint64> areaIds;
    QList<MilestoneFact> milestones;
    // From the milestones:
    QDate nextMilestoneOn; // earliest planned and not done (overdue ones included)
    QString nextMilestoneTitle;
    QDate lastActivityOn; // latest milestone done, or the latest date of the pair
    int milestonesOverdue = 0;
    int milestonesDue30 = 0; // planned within the next 30 days

    // The date the pair's strongest agreement was signed, if any.
    PartialDate signedOn() const;
    bool isEnded() const { return endedOn.isValid() || !isActiveStage(stage); }
};

// What a pair's milestones add to it, read apart from the pair.
struct PartnershipMilestones
{
    QList<MilestoneFact> milestones;
    QDate nextOn;
    QString nextTitle;
    QDate lastDoneOn;
    int overdue = 0;
    int due30 = 0;
};
using MilestonesByPartnership = QHash<qint64, PartnershipMilestones>;

struct Filter
{
    QString text;            // words, all of which must match a name of either side
    QSet<QString> oblasts;   // ISO 3166-2
    QSet<QString> countries; // ISO 3166-1 alpha-2
    QSet<Stage> stages;
    QSet<PartnershipKind> kinds;
    QSet<qint64> areas; // a pair matches when it works in any of them
    QDate from; // the pair existed within [from, to]: begun by `to`, not ended before `from`
    QDate to;
    bool needsAttention = false; // overdue milestones, or no activity for inactiveMonths
    int inactiveMonths = 6;
    bool hideEnded = false;

    bool isEmpty() const;
    bool operator==(const Filter &other) const = default;
};

// Where each pair is in the portfolio's list, by id. Ids are dense (SQLite
// hands them out from 1), so a vector does what a hash would, several times
// faster at 100,000 pairs; ids far beyond go to a hash.
class PartnershipIndex
{
public:
    qsizetype value(qint64 id, qsizetype fallback = -1) const
    {
        if (id >= 0 && id < qint64(m_dense.size()))
            return m_dense[id] < 0 ? fallback : m_dense[id];
        return id < denseLimit ? fallback : m_sparse.value(id, fallback);
    }
    void insert(qint64 id, qsizetype index);
    void reserve(qsizetype pairs) { m_dense.reserve(pairs + 1); }
    void clear()
    {
        m_dense.clear();
        m_sparse.clear();
    }

private:
    static constexpr qint64 denseLimit = qint64(1) << 24;
    std::vector<qint32> m_dense; // -1: no pair of that id
    QHash<qint64, qsizetype> m_sparse;
};

class Portfolio
{
public:
    // Everything, milestones included.
    static Result<Portfolio> load(Database &db, const QDate &today = QDate::currentDate());
    // The pairs with their places and areas, without milestones: hasMilestones()
    // is false, and the figures from milestones are missing, until
    // mergeMilestones() brings them.
    static Result<Portfolio> loadPairs(Database &db, const QDate &today = QDate::currentDate());
    // The milestones of every pair. Touches nothing but `db`, so it may run on a
    // worker thread with a connection of its own; setting `stop` ends it early
    // with an error.
    static Result<MilestonesByPartnership> readMilestones(Database &db, const QDate &today,
                                                          const std::atomic_bool *stop = nullptr);
    // Completes a portfolio from loadPairs(). Pairs re-read by refresh() since
    // then are whole already and keep what they have (their milestones may be
    // newer than those read in the background).
    void mergeMilestones(MilestonesByPartnership milestones);
    // True while a copy of this portfolio elsewhere (a worker counting it)
    // shares its pairs: changing them then copies them all first.
    bool sharesPairs() const { return !m_pairs.isDetached(); }
    bool hasMilestones() const { return m_hasMilestones; }
    // True when this pair's milestones are in, even if not every pair's are.
    bool isComplete(qint64 id) const { return m_hasMilestones || m_complete.contains(id); }

    const QList<PartnershipSummary> &pairs() const { return m_pairs; }
    QDate today() const { return m_today; }

    // Index of the pair with this id in pairs(), or -1.
    qsizetype indexOf(qint64 id) const { return m_index.value(id, -1); }

    // Re-reads one pair (after an edit) or removes it when it is gone; returns
    // its index afterwards, or -1 when it was removed.
    Result<qsizetype> refresh(Database &db, qint64 id);

    bool matches(const PartnershipSummary &pair, const Filter &filter) const;
    // Indexes of the pairs that pass the filter, in pairs() order.
    QList<qsizetype> select(const Filter &filter) const;

private:
    // The pairs matching `where` (all when empty); `index` gets their index by id.
    Result<QList<PartnershipSummary>> readPairs(Database &db, const QString &where,
                                                const QVariantList &binds,
                                                PartnershipIndex *index = nullptr);
    void reindex();
    bool matchesFacets(const PartnershipSummary &pair, const Filter &filter) const;

    QList<PartnershipSummary> m_pairs;
    PartnershipIndex m_index;
    // Folded spellings of every place ("вінниця|vinnytsia|вінницька"), for the
    // text filter: a word is looked up among a few thousand places, not in
    // every pair.
    QHash<qint64, QString> m_communityKeys;
    QHash<qint64, QString> m_partnerKeys;
    // The phonetic keys of the partners' Latin names as their country's
    // language reads them (transcription.h), joined by '|': a word typed in
    // Cyrillic ("Вроцлав") finds a place that has no Ukrainian name stored.
    QHash<qint64, QByteArray> m_partnerSounds;
    QDate m_today;
    bool m_hasMilestones = false;
    QSet<qint64> m_complete; // pairs read whole while the milestones were missing
};

// The words of a text query, folded; shared by Filter and the views' highlight.
QStringList searchWords(const QString &text);

} // namespace tt
