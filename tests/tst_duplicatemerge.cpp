#include "app/commands/editor.h"
#include "app/core/maintenance.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"

using namespace tt;

// Two records of one place, each with a pair with the same counterpart: the
// duplicate a list written in Ukrainian letters left ("Карлсруе" for Вінниця)
// beside the demo's Вінниця – Karlsruhe.
class TestDuplicateMerge : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void planNamesTheDifferingFields();
    void foldsThePairsWithEverythingOnThem();
    void oneUndoBringsEverythingBack();
    void redoKeepsWhatChangedSince();
    void choicesAreWritten();
    void anAgreementBindingBothPairsBindsTheOneLeft();
    void aChoiceThatBreaksTheRulesChangesNothing();
    void mergingCommunitiesKeepsTheOldName();
    void pairsWithoutClashOnlyMove();

private:
    qint64 count(const QString &table) { return countRows(*m_db, table).valueOr(-1); }
    QMap<QString, qint64> counts();
    // Adds "Карлсруе" with a pair to Вінниця that owns one of everything.
    void addDuplicate();
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Editor> m_editor;
    qint64 m_vinnytsia = 0;
    qint64 m_karlsruhe = 0; // the place kept
    qint64 m_pair = 0;      // Вінниця – Karlsruhe
    qint64 m_dup = 0;       // "Карлсруе", the place merged into it
    qint64 m_dupPair = 0;   // Вінниця – Карлсруе
    qint64 m_sharedArea = 0;
    qint64 m_newArea = 0;
    qint64 m_agreement = 0;
};

void TestDuplicateMerge::init()
{
    if (test::onServer())
        TT_REQUIRE_SERVER();
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, QDate(2026, 11, 29)));
    m_editor = std::make_unique<Editor>(*m_db);
    auto pairs = PartnershipRepository(*m_db).byNames(QStringLiteral("Вінниця"),
                                                      QStringLiteral("Karlsruhe"));
    QVERIFY(pairs && pairs->size() == 1);
    m_pair = pairs->first().id;
    m_vinnytsia = pairs->first().communityId;
    m_karlsruhe = pairs->first().municipalityId;
    addDuplicate();
}

void TestDuplicateMerge::cleanup()
{
    m_editor.reset();
    m_db.reset();
    delete m_dir;
}

QMap<QString, qint64> TestDuplicateMerge::counts()
{
    QMap<QString, qint64> out;
    for (const char *table :
         {"municipality", "partnership", "partnership_area", "milestone", "contact", "project",
          "document", "aid", "agreement", "agreement_party"})
        out.insert(QLatin1String(table), count(QLatin1String(table)));
    return out;
}

void TestDuplicateMerge::addDuplicate()
{
    // The kept record has lost its Ukrainian name, so that the merge gives it back.
    auto karlsruhe = MunicipalityRepository(*m_db).get(m_karlsruhe);
    QVERIFY(karlsruhe);
    karlsruhe->nameUk.clear();
    QVERIFY(MunicipalityRepository(*m_db).update(*karlsruhe));

    Municipality dup;
    dup.name = QStringLiteral("Карлсруе");
    dup.countryIso = QStringLiteral("DE");
    dup.notes = QStringLiteral("From the 2019 list");
    auto dupId = MunicipalityRepository(*m_db).insert(dup);
    QVERIFY(dupId);
    m_dup = *dupId;

    auto kept = PartnershipRepository(*m_db).get(m_pair);
    QVERIFY(kept);
    Partnership p;
    p.communityId = m_vinnytsia;
    p.municipalityId = m_dup;
    p.kind = kept->kind;
    p.stage = kept->stage;
    p.twinningOn = kept->twinningOn;
    p.firstContactOn = kept->firstContactOn;
    p.memorandumOn = kept->memorandumOn;
    p.agreementOn = kept->agreementOn;
    p.officer = kept->officer.isEmpty() ? QStringLiteral("О. Коваль") : QString();
    p.notes = QStringLiteral("Fire engines delivered in 2022.");
    p.sources = kept->sources;
    auto pairId = PartnershipRepository(*m_db).insert(p);
    QVERIFY2(pairId, pairId ? "" : qPrintable(pairId.error().fullText()));
    m_dupPair = *pairId;

    // One area both pairs have, one only the duplicate has.
    auto keptAreas = PartnershipAreaRepository(*m_db).forPartnership(m_pair);
    QVERIFY(keptAreas && !keptAreas->isEmpty());
    m_sharedArea = keptAreas->first().areaId;
    QSet<qint64> present;
    for (const PartnershipArea &a : *keptAreas)
        present.insert(a.areaId);
    const auto areas = CooperationAreaRepository(*m_db).all();
    QVERIFY(areas);
    for (const CooperationArea &area : *areas) {
        if (!present.contains(area.id)) {
            m_newArea = area.id;
            break;
        }
    }
    QVERIFY(m_newArea);
    for (qint64 area : {m_sharedArea, m_newArea}) {
        PartnershipArea link;
        link.partnershipId = m_dupPair;
        link.areaId = area;
        link.status = PartnershipAreaStatus::Active;
        QVERIFY(PartnershipAreaRepository(*m_db).insert(link));
    }

    Milestone m;
    m.partnershipId = m_dupPair;
    m.title = QStringLiteral("Handover of two fire engines");
    m.plannedOn = QDate(2022, 6, 1);
    QVERIFY(MilestoneRepository(*m_db).insert(m));
    Contact c;
    c.partnershipId = m_dupPair;
    c.name = QStringLiteral("Anna Weber");
    c.side = ContactSide::Partner;
    QVERIFY(ContactRepository(*m_db).insert(c));
    Project pr;
    pr.partnershipId = m_dupPair;
    pr.title = QStringLiteral("Fire brigade exchange");
    QVERIFY(ProjectRepository(*m_db).insert(pr));
    Document d;
    d.partnershipId = m_dupPair;
    d.name = QStringLiteral("handover.pdf");
    QVERIFY(DocumentRepository(*m_db).attach(d, QByteArray("%PDF-1.4 handover")));
    Aid aid;
    aid.partnershipId = m_dupPair;
    aid.description = QStringLiteral("Two fire engines");
    aid.receivedOn = QDate(2022, 6, 1);
    QVERIFY(AidRepository(*m_db).insert(aid));
    AgreementRecord agreement;
    agreement.agreement.kind = AgreementKind::Cooperation;
    agreement.agreement.number = QStringLiteral("17/2022");
    agreement.agreement.signedOn = QDate(2022, 5, 20);
    agreement.partnershipIds = {m_dupPair};
    auto agreementId = AgreementRepository(*m_db).save(agreement);
    QVERIFY2(agreementId, agreementId ? "" : qPrintable(agreementId.error().fullText()));
    m_agreement = *agreementId;
}

void TestDuplicateMerge::planNamesTheDifferingFields()
{
    auto plan = m_editor->planMerge(DuplicateMerge::Side::Partners, m_karlsruhe, m_dup);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().fullText()));
    QCOMPARE(plan->clashes.size(), 1);
    const PartnershipClash &clash = plan->clashes.first();
    QCOMPARE(clash.kept.id, m_pair);
    QCOMPARE(clash.merged.id, m_dupPair);
    // Equal fields are not asked about; differing notes are kept both.
    QVERIFY(!clash.choices.contains(PartnershipField::Stage));
    QVERIFY(!clash.choices.contains(PartnershipField::Kind));
    QVERIFY(clash.choices.contains(PartnershipField::Notes));
    const Partnership kept = *PartnershipRepository(*m_db).get(m_pair);
    QCOMPARE(clash.choices.value(PartnershipField::Notes),
             kept.notes.isEmpty() ? FieldSource::Merged : FieldSource::Both);
    // The officer is on one side only: the one there is, is taken.
    QCOMPARE(clash.choices.value(PartnershipField::Officer),
             kept.officer.isEmpty() ? FieldSource::Merged : FieldSource::Kept);
    QVERIFY(clash.result().notes.contains(QStringLiteral("Fire engines delivered in 2022.")));
    QCOMPARE(pairFieldText(clash.merged, PartnershipField::Notes),
             QStringLiteral("Fire engines delivered in 2022."));
    QVERIFY(!pairFieldLabel(PartnershipField::MemorandumOn).isEmpty());
    QVERIFY(isTextField(PartnershipField::Notes));
    QVERIFY(!isTextField(PartnershipField::Stage));
    // Planning changes nothing.
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(MunicipalityRepository(*m_db).get(m_dup));
}

void TestDuplicateMerge::foldsThePairsWithEverythingOnThem()
{
    const auto before = counts();
    const qint64 keptMilestones = MilestoneRepository(*m_db).forPartnership(m_pair)->size();
    const qint64 keptAreas = PartnershipAreaRepository(*m_db).forPartnership(m_pair)->size();
    QVERIFY(m_editor->mergeMunicipalities(m_karlsruhe, m_dup));
    QCOMPARE(m_editor->undoStack()->count(), 1);

    // One place and one pair, with everything on it.
    QCOMPARE(MunicipalityRepository(*m_db).get(m_dup).error().code, Error::Code::NotFound);
    QCOMPARE(PartnershipRepository(*m_db).get(m_dupPair).error().code, Error::Code::NotFound);
    auto pairs = PartnershipRepository(*m_db).ofMunicipality(m_karlsruhe);
    QCOMPARE(pairs->size(), 1);
    QCOMPARE(pairs->first().id, m_pair);
    QCOMPARE(MilestoneRepository(*m_db).forPartnership(m_pair)->size(), keptMilestones + 1);
    // The shared area once, the new one added.
    QCOMPARE(PartnershipAreaRepository(*m_db).forPartnership(m_pair)->size(), keptAreas + 1);
    const auto contacts = ContactRepository(*m_db).forPartnership(m_pair);
    QVERIFY(std::any_of(contacts->cbegin(), contacts->cend(),
                        [](const Contact &c) { return c.name == QStringLiteral("Anna Weber"); }));
    bool project = false;
    const auto projects = ProjectRepository(*m_db).forPartnership(m_pair);
    for (const Project &p : *projects)
        project = project || p.title == QStringLiteral("Fire brigade exchange");
    QVERIFY(project);
    auto docs = DocumentRepository(*m_db).forPartnership(m_pair);
    const auto handover = std::find_if(docs->cbegin(), docs->cend(), [](const Document &d) {
        return d.name == QStringLiteral("handover.pdf");
    });
    QVERIFY(handover != docs->cend());
    QCOMPARE(*DocumentRepository(*m_db).content(handover->id), QByteArray("%PDF-1.4 handover"));
    QCOMPARE(AidRepository(*m_db).forPartnership(m_pair)->size(), 1);
    QCOMPARE(AgreementRepository(*m_db).record(m_agreement)->partnershipIds, QList<qint64>{m_pair});
    QVERIFY(PartnershipRepository(*m_db).get(m_pair)->notes.contains(
        QStringLiteral("Fire engines delivered in 2022.")));

    // The kept place takes the Ukrainian spelling and the other's notes.
    auto karlsruhe = MunicipalityRepository(*m_db).get(m_karlsruhe);
    QCOMPARE(karlsruhe->name, QStringLiteral("Karlsruhe"));
    QCOMPARE(karlsruhe->nameUk, QStringLiteral("Карлсруе"));
    QVERIFY(karlsruhe->notes.contains(QStringLiteral("From the 2019 list")));

    const auto after = counts();
    QCOMPARE(after.value(QStringLiteral("municipality")),
             before.value(QStringLiteral("municipality")) - 1);
    QCOMPARE(after.value(QStringLiteral("partnership")),
             before.value(QStringLiteral("partnership")) - 1);
    QCOMPARE(after.value(QStringLiteral("partnership_area")),
             before.value(QStringLiteral("partnership_area")) - 1);
    for (const char *table :
         {"milestone", "contact", "project", "document", "aid", "agreement", "agreement_party"})
        QCOMPARE(after.value(QLatin1String(table)), before.value(QLatin1String(table)));
}

void TestDuplicateMerge::oneUndoBringsEverythingBack()
{
    const auto before = counts();
    const Partnership keptBefore = *PartnershipRepository(*m_db).get(m_pair);
    const QList<Milestone> dupMilestones = *MilestoneRepository(*m_db).forPartnership(m_dupPair);
    QVERIFY(m_editor->mergeMunicipalities(m_karlsruhe, m_dup));
    m_editor->undoStack()->undo();

    QCOMPARE(counts(), before);
    QCOMPARE(MunicipalityRepository(*m_db).get(m_dup)->name, QStringLiteral("Карлсруе"));
    QVERIFY(MunicipalityRepository(*m_db).get(m_karlsruhe)->nameUk.isEmpty());
    auto dupPair = PartnershipRepository(*m_db).get(m_dupPair);
    QVERIFY(dupPair);
    QCOMPARE(dupPair->municipalityId, m_dup);
    QCOMPARE(dupPair->notes, QStringLiteral("Fire engines delivered in 2022."));
    const Partnership kept = *PartnershipRepository(*m_db).get(m_pair);
    QCOMPARE(kept.notes, keptBefore.notes);
    QCOMPARE(kept.officer, keptBefore.officer);
    QCOMPARE(MilestoneRepository(*m_db).forPartnership(m_dupPair)->size(), dupMilestones.size());
    QCOMPARE(MilestoneRepository(*m_db).forPartnership(m_dupPair)->first().id,
             dupMilestones.first().id);
    QCOMPARE(PartnershipAreaRepository(*m_db).forPartnership(m_dupPair)->size(), 2);
    QCOMPARE(DocumentRepository(*m_db).forPartnership(m_dupPair)->size(), 1);
    QCOMPARE(AidRepository(*m_db).forPartnership(m_dupPair)->size(), 1);
    QCOMPARE(AgreementRepository(*m_db).record(m_agreement)->partnershipIds,
             QList<qint64>{m_dupPair});

    // And redo makes the merge again.
    m_editor->undoStack()->redo();
    QCOMPARE(PartnershipRepository(*m_db).ofMunicipality(m_karlsruhe)->size(), 1);
    QCOMPARE(PartnershipRepository(*m_db).get(m_dupPair).error().code, Error::Code::NotFound);
    QCOMPARE(AgreementRepository(*m_db).record(m_agreement)->partnershipIds, QList<qint64>{m_pair});
}

void TestDuplicateMerge::redoKeepsWhatChangedSince()
{
    QVERIFY(m_editor->mergeMunicipalities(m_karlsruhe, m_dup));
    m_editor->undoStack()->undo();
    // The kept pair is edited between undo and redo: the redo merges into
    // the pair as it is now, and changes only the fields taken from the other.
    auto kept = PartnershipRepository(*m_db).get(m_pair);
    kept->initiative = QStringLiteral("Marathon of Local Self-Government");
    QVERIFY(PartnershipRepository(*m_db).update(*kept));
    m_editor->undoStack()->redo();
    const Partnership merged = *PartnershipRepository(*m_db).get(m_pair);
    QCOMPARE(merged.initiative, QStringLiteral("Marathon of Local Self-Government"));
    QVERIFY(merged.notes.contains(QStringLiteral("Fire engines delivered in 2022.")));
    QCOMPARE(PartnershipRepository(*m_db).get(m_dupPair).error().code, Error::Code::NotFound);
}

void TestDuplicateMerge::choicesAreWritten()
{
    // The duplicate says the pair was reviewed and ended differently.
    auto dup = PartnershipRepository(*m_db).get(m_dupPair);
    dup->stage = Stage::Suspended;
    dup->endedOn = PartialDate::ofYear(2026);
    dup->endReason = QStringLiteral("War");
    const Status suspended = PartnershipRepository(*m_db).update(*dup);
    QVERIFY2(suspended, suspended ? "" : qPrintable(suspended.error().fullText()));
    const Partnership keptBefore = *PartnershipRepository(*m_db).get(m_pair);

    auto plan = m_editor->planMerge(DuplicateMerge::Side::Partners, m_karlsruhe, m_dup);
    QVERIFY(plan);
    PartnershipClash &clash = plan->clashes.first();
    QCOMPARE(clash.choices.value(PartnershipField::Stage), FieldSource::Kept);
    QCOMPARE(clash.choices.value(PartnershipField::EndedOn), FieldSource::Merged);
    // The person keeps the kept pair's stage and end, and only its notes.
    clash.choices[PartnershipField::EndedOn] = FieldSource::Kept;
    clash.choices[PartnershipField::EndReason] = FieldSource::Kept;
    clash.choices[PartnershipField::Notes] = FieldSource::Kept;
    QVERIFY(m_editor->mergeDuplicates(*plan));
    const Partnership kept = *PartnershipRepository(*m_db).get(m_pair);
    QCOMPARE(kept.stage, keptBefore.stage);
    QVERIFY(!kept.endedOn.isValid());
    QCOMPARE(kept.notes, keptBefore.notes);

    // Undone, and taken the other way: the duplicate's stage and end.
    m_editor->undoStack()->undo();
    plan = m_editor->planMerge(DuplicateMerge::Side::Partners, m_karlsruhe, m_dup);
    QVERIFY(plan);
    plan->clashes.first().choices[PartnershipField::Stage] = FieldSource::Merged;
    QVERIFY(m_editor->mergeDuplicates(*plan));
    const Partnership ended = *PartnershipRepository(*m_db).get(m_pair);
    QCOMPARE(ended.stage, Stage::Suspended);
    QCOMPARE(ended.endedOn, PartialDate::ofYear(2026));
    QCOMPARE(ended.endReason, QStringLiteral("War"));
}

void TestDuplicateMerge::anAgreementBindingBothPairsBindsTheOneLeft()
{
    auto record = AgreementRepository(*m_db).record(m_agreement);
    record->partnershipIds = {m_pair, m_dupPair};
    QVERIFY(AgreementRepository(*m_db).save(*record));
    const qint64 parties = count(QStringLiteral("agreement_party"));
    QVERIFY(m_editor->mergeMunicipalities(m_karlsruhe, m_dup));
    QCOMPARE(AgreementRepository(*m_db).record(m_agreement)->partnershipIds, QList<qint64>{m_pair});
    QCOMPARE(count(QStringLiteral("agreement_party")), parties - 1);
    m_editor->undoStack()->undo();
    QCOMPARE(AgreementRepository(*m_db).record(m_agreement)->partnershipIds.size(), 2);
    QCOMPARE(count(QStringLiteral("agreement_party")), parties);
}

void TestDuplicateMerge::aChoiceThatBreaksTheRulesChangesNothing()
{
    auto dup = PartnershipRepository(*m_db).get(m_dupPair);
    dup->stage = Stage::Terminated;
    dup->endedOn = PartialDate::ofYear(2023);
    QVERIFY(PartnershipRepository(*m_db).update(*dup));
    const auto before = counts();
    auto plan = m_editor->planMerge(DuplicateMerge::Side::Partners, m_karlsruhe, m_dup);
    QVERIFY(plan);
    // A terminated pair without the date it ended.
    plan->clashes.first().choices[PartnershipField::Stage] = FieldSource::Merged;
    plan->clashes.first().choices[PartnershipField::EndedOn] = FieldSource::Kept;
    const Status s = m_editor->mergeDuplicates(*plan);
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QStringLiteral("ended")));
    QCOMPARE(counts(), before);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(PartnershipRepository(*m_db).get(m_dupPair));
}

void TestDuplicateMerge::mergingCommunitiesKeepsTheOldName()
{
    // Вінниця entered again under an old spelling, paired with Karlsruhe too.
    auto vinnytsia = CommunityRepository(*m_db).get(m_vinnytsia);
    Community old;
    old.nameUk = QStringLiteral("Вінниця (стара)");
    old.nameLatn = QStringLiteral("Vinnitsa");
    old.oblastIso = vinnytsia->oblastIso;
    auto oldId = CommunityRepository(*m_db).insert(old);
    QVERIFY2(oldId, oldId ? "" : qPrintable(oldId.error().fullText()));
    Partnership p;
    p.communityId = *oldId;
    p.municipalityId = m_karlsruhe;
    p.notes = QStringLiteral("Old record");
    auto pairId = PartnershipRepository(*m_db).insert(p);
    QVERIFY(pairId);
    Milestone m;
    m.partnershipId = *pairId;
    m.title = QStringLiteral("Visit of 1995");
    m.plannedOn = QDate(1995, 5, 1);
    QVERIFY(MilestoneRepository(*m_db).insert(m));

    QVERIFY(m_editor->mergeCommunities(m_vinnytsia, *oldId));
    QCOMPARE(CommunityRepository(*m_db).get(*oldId).error().code, Error::Code::NotFound);
    const QString aliases = CommunityRepository(*m_db).get(m_vinnytsia)->aliases;
    QVERIFY2(aliases.contains(QStringLiteral("Vinnitsa")), qPrintable(aliases));
    QVERIFY(aliases.contains(QStringLiteral("Вінниця (стара)")));
    bool moved = false;
    const auto milestones = MilestoneRepository(*m_db).forPartnership(m_pair);
    for (const Milestone &each : *milestones)
        moved = moved || each.title == QStringLiteral("Visit of 1995");
    QVERIFY(moved);
    m_editor->undoStack()->undo();
    QCOMPARE(CommunityRepository(*m_db).get(*oldId)->nameLatn, QStringLiteral("Vinnitsa"));
    QCOMPARE(CommunityRepository(*m_db).get(m_vinnytsia)->aliases, vinnytsia->aliases);
    QCOMPARE(MilestoneRepository(*m_db).forPartnership(*pairId)->size(), 1);
}

void TestDuplicateMerge::pairsWithoutClashOnlyMove()
{
    // Lviv's pair with the duplicate has no counterpart on Karlsruhe: it moves.
    auto lviv = CommunityRepository(*m_db).byName(QStringLiteral("Львів"));
    Partnership p;
    p.communityId = lviv->first().id;
    p.municipalityId = m_dup;
    auto lvivPair = PartnershipRepository(*m_db).insert(p);
    QVERIFY(lvivPair);
    auto plan = m_editor->planMerge(DuplicateMerge::Side::Partners, m_karlsruhe, m_dup);
    QCOMPARE(plan->clashes.size(), 1); // Вінниця's only
    QVERIFY(m_editor->mergeDuplicates(*plan));
    QCOMPARE(PartnershipRepository(*m_db).get(*lvivPair)->municipalityId, m_karlsruhe);
    QCOMPARE(PartnershipRepository(*m_db).ofMunicipality(m_karlsruhe)->size(), 2);
    m_editor->undoStack()->undo();
    QCOMPARE(PartnershipRepository(*m_db).get(*lvivPair)->municipalityId, m_dup);
}

QTEST_GUILESS_MAIN(TestDuplicateMerge)
#include "tst_duplicatemerge.moc"
