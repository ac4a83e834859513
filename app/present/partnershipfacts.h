#pragma once

// The presentation layer (twinning_present, app/present): what the screen and
// the paper both show, written once, with no widgets. Here: a pair's facts as
// an ordered list of label and value, which the pair's overview on screen
// (ui/partnershipdetail.cpp) and its dossier on paper (app/reports) each
// render as HTML of their own, with the same words; beside it the dates of
// both. The rest of the layer: ranking.h (top N plus other), palette.h (the
// colours), money.h (amounts); the names of places and areas are core's one
// naming rule (core/names.h), the labels of kinds and stages core's toLabel.
//
// Texts follow the translator installed and names::language() when the facts
// are made; dates and money follow the locale given.

#include "app/core/database.h"
#include "app/core/entities.h"
#include "app/core/monitoring.h"
#include "app/core/officesettings.h"
#include "app/core/partialdate.h"
#include "app/core/portfolio.h"
#include "app/core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace tt::present {

// One line of a pair's facts.
struct Fact
{
    enum class Tone {
        Plain,
        Strong,  // the stage
        Alert,   // overdue: red
        Warning, // worth a look: amber
    };
    QString label;
    QString value; // plain text, never empty ("—" for what is not there yet)
    Tone tone = Tone::Plain;
};

// What a pair's facts are made of, read once.
struct PartnershipRecord
{
    PartnershipSummary summary;
    Partnership partnership;
    QList<Milestone> milestones;
    QList<Project> projects;
    QList<AgreementRecord> agreements;
    QList<Aid> aid;
    QHash<qint64, QString> areaNames; // every area's, in the language of names
    int dormancyMonths = OfficeSettings::defaultDormancyMonths;
};

Result<PartnershipRecord> readPair(Database &db, const Portfolio &portfolio, qint64 partnershipId);

// The facts, in order: the two places, kind, stage, the dates of the stages,
// the end, the initiative, the officer, the review, the next milestone, the
// last activity, the ministry's answer, the agreements, the areas declared and
// delivered, dormancy and aid. Rows that would only say "none" for something
// rare (an end, an initiative, a review, aid) are left out.
QList<Fact> partnershipFacts(const PartnershipRecord &pair, const QDate &today,
                             const QLocale &locale);

// A date as the facts show it: the day in full without the weekday ("29
// листопада 2026 р.", "29 November 2026"), a month or a year as known
// ("квітень 2023", "2023"), "—" when there is none.
QString dateText(const QDate &date, const QLocale &locale);
QString dateText(const PartialDate &date, const QLocale &locale);

// "Overdue by 3 days", "12 days left", "Answered in time" … for the ministry's
// answer.
QString deadlineText(const monitoring::MinistryDeadline &deadline);

} // namespace tt::present
