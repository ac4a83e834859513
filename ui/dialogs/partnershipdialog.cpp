#include "ui/dialogs/partnershipdialog.h"

#include "app/commands/editor.h"
#include "app/core/catalog.h"
#include "app/core/names.h"
#include "app/core/text.h"
#include "app/core/transcription.h"
#include "app/geo/gazetteer.h"
#include "app/geo/placematcher.h"
#include "ui_partnershipdialog.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QCompleter>
#include <QPushButton>
#include <QStandardItemModel>

namespace tt::ui {

namespace {

enum ChoiceRole {
    MunicipalityIdRole = Qt::UserRole + 1,
    GeonameRole,
    CountryRole,
    LatRole,
    LonRole,
    NameRole
};

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

PartnershipDialog::PartnershipDialog(Editor &editor, qint64 pairId, QWidget *parent,
                                     qint64 communityId)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnershipDialog>())
    , m_editor(editor)
    , m_pairId(pairId)
    , m_partnerChoices(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("PartnershipDialog"));
    // Lists of twin towns often know only the year of an agreement.
    for (OptionalDateEdit *d :
         {m_ui->firstContact, m_ui->memorandum, m_ui->agreement, m_ui->twinning, m_ui->ended})
        d->setPrecisionChoice(true);
    fillChoices();

    auto *completer = new QCompleter(m_partnerChoices, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->partner->setCompleter(completer);
    connect(m_ui->partner, &QLineEdit::textEdited, this, &PartnershipDialog::completePartner);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &PartnershipDialog::partnerChosen);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PartnershipDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (pairId > 0) {
        setWindowTitle(tr("Edit partnership"));
        if (auto pair = PartnershipRepository(editor.database()).get(pairId)) {
            m_original = *pair;
            load(*pair);
        }
        // The two sides of a pair stay what they are; a place is edited in
        // "Communities & partners", another pair is a new pair.
        m_ui->placesGroup->setEnabled(false);
        m_ui->kind->setFocus();
    } else {
        setWindowTitle(tr("New partnership"));
        if (communityId > 0)
            selectData(m_ui->community, communityId);
        else
            m_ui->community->setCurrentIndex(-1);
        m_ui->community->setFocus();
    }
}

PartnershipDialog::~PartnershipDialog() = default;

void PartnershipDialog::fillChoices()
{
    Database &db = m_editor.database();
    const QCollator collator(QLocale(QLocale::Ukrainian));
    // Communities: the whole codifier, "Вінниця — Вінницька область (Вінницька) · Vinnytsia",
    // "Vinnytsia — Vinnytsia Oblast (Vinnytska) · Вінниця": as shown everywhere,
    // with the other script last, so that typing either finds it.
    if (auto communities = CommunityRepository(db).all()) {
        QList<std::pair<QString, qint64>> labels;
        labels.reserve(communities->size());
        for (const Community &c : *communities) {
            const QString shown = names::community(c);
            const QString hromada = names::hromada(c);
            const QString other = shown == c.nameUk ? c.nameLatn : c.nameUk;
            labels.append(
                {shown + QStringLiteral(" — ") + names::oblast(c.oblastIso) +
                     (hromada.isEmpty() ? QString() : QStringLiteral(" (") + hromada + u')') +
                     (other.isEmpty() || other == shown ? QString()
                                                        : QStringLiteral(" · ") + other),
                 c.id});
        }
        std::sort(labels.begin(), labels.end(), [&](const auto &a, const auto &b) {
            return collator.compare(a.first, b.first) < 0;
        });
        for (const auto &[label, id] : std::as_const(labels))
            m_ui->community->addItem(label, id);
    }
    m_ui->community->completer()->setFilterMode(Qt::MatchContains);
    m_ui->community->completer()->setCompletionMode(QCompleter::PopupCompletion);

    QList<std::pair<QString, QString>> countries;
    for (const catalog::Country &c : catalog::countries())
        countries.append({names::country(c.iso2), c.iso2});
    std::sort(countries.begin(), countries.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    m_ui->country->addItem(QString());
    for (const auto &[name, iso] : countries)
        m_ui->country->addItem(name, iso);

    for (PartnershipKind k : EnumTraits<PartnershipKind>::values())
        m_ui->kind->addItem(toLabel(k), toCode(k));
    for (Stage s : EnumTraits<Stage>::values())
        m_ui->stage->addItem(toLabel(s), toCode(s));
}

void PartnershipDialog::load(const Partnership &pair)
{
    Database &db = m_editor.database();
    selectData(m_ui->community, pair.communityId);
    if (auto m = MunicipalityRepository(db).get(pair.municipalityId)) {
        m_ui->partner->setText(m->name);
        m_ui->partnerUk->setText(m->nameUk);
        selectData(m_ui->country, m->countryIso);
        m_ui->region->setText(m->region);
        m_chosenMunicipality = m->id;
    }
    selectData(m_ui->kind, toCode(pair.kind));
    selectData(m_ui->stage, toCode(pair.stage));
    m_ui->firstContact->setDate(pair.firstContactOn);
    m_ui->memorandum->setDate(pair.memorandumOn);
    m_ui->agreement->setDate(pair.agreementOn);
    m_ui->twinning->setDate(pair.twinningOn);
    m_ui->ended->setDate(pair.endedOn);
    m_ui->endReason->setText(pair.endReason);
    m_ui->initiative->setText(pair.initiative);
    m_ui->officer->setText(pair.officer);
    m_ui->reviewedOn->setDate(pair.reviewedOn);
    m_ui->reviewedBy->setText(pair.reviewedBy);
    m_ui->notes->setPlainText(pair.notes);
    m_ui->sources->setText(pair.sources);
}

void PartnershipDialog::completePartner(const QString &text)
{
    m_chosenMunicipality = 0;
    m_lat.reset();
    m_lon.reset();
    m_geonameId.reset();
    m_partnerChoices->clear();
    const QString key = text::searchKey(text);
    if (key.size() < 2)
        return;
    m_typed = text.trimmed();
    // Typed in Cyrillic, a name also meets Latin names by its sound in their
    // country's language (core/transcription.h): "Карлсру" finds Karlsruhe.
    const QByteArray sound =
        text::hasCyrillic(text) ? transcription::cyrillicKey(text) : QByteArray();
    const auto soundsLike = [&sound](const Municipality &m) {
        if (sound.size() < 3 || !m.nameUk.isEmpty())
            return false;
        const QList<QByteArray> keys = transcription::latinKeys(m.name, m.countryIso);
        return std::any_of(keys.cbegin(), keys.cend(),
                           [&sound](const QByteArray &k) { return k.startsWith(sound); });
    };
    // Partners already recorded first: their Ukrainian names match too.
    if (auto known = MunicipalityRepository(m_editor.database()).all()) {
        int shown = 0;
        for (const Municipality &m : *known) {
            const bool hit = text::searchKey(m.name).startsWith(key) ||
                             text::searchKey(m.nameUk).startsWith(key) ||
                             text::searchKey(m.nameLocal).startsWith(key) || soundsLike(m);
            if (!hit)
                continue;
            // As shown everywhere, then the other script.
            const QString name = names::partner(m);
            const QString other = name == m.name ? m.nameUk : m.name;
            auto *item = new QStandardItem(
                name + (other.isEmpty() ? QString() : QStringLiteral(" · ") + other) +
                QStringLiteral(" — ") + names::country(m.countryIso));
            item->setData(m.id, MunicipalityIdRole);
            item->setData(m.countryIso, CountryRole);
            item->setData(m.name, NameRole);
            m_partnerChoices->appendRow(item);
            if (++shown >= 10)
                break;
        }
    }
    const QList<const geo::Place *> places =
        sound.isEmpty() ? geo::Gazetteer::shipped().complete(text, {}, 15)
                        : geo::PlaceMatcher::shipped().complete(text, {}, 15);
    for (const geo::Place *p : places) {
        if (p->countryIso == QLatin1String("UA"))
            continue;
        auto *item =
            new QStandardItem(p->name + QStringLiteral(" — ") + names::country(p->countryIso) +
                              QStringLiteral(" (") + tr("gazetteer") + u')');
        item->setData(p->geonameId, GeonameRole);
        item->setData(p->countryIso, CountryRole);
        item->setData(p->lat, LatRole);
        item->setData(p->lon, LonRole);
        item->setData(p->name, NameRole);
        m_partnerChoices->appendRow(item);
    }
}

void PartnershipDialog::partnerChosen(const QModelIndex &index)
{
    const QString name = index.data(NameRole).toString();
    m_ui->partner->setText(name);
    selectData(m_ui->country, index.data(CountryRole));
    m_chosenMunicipality = index.data(MunicipalityIdRole).toLongLong();
    if (m_chosenMunicipality > 0) {
        if (auto m = MunicipalityRepository(m_editor.database()).get(m_chosenMunicipality)) {
            m_ui->partnerUk->setText(m->nameUk);
            m_ui->region->setText(m->region);
        }
    } else {
        m_lat = index.data(LatRole).toDouble();
        m_lon = index.data(LonRole).toDouble();
        m_geonameId = index.data(GeonameRole).toLongLong();
        // The Ukrainian spelling typed is kept when it names that very place.
        if (m_ui->partnerUk->text().trimmed().isEmpty() && text::hasCyrillic(m_typed)) {
            const geo::PlaceMatch match =
                geo::PlaceMatcher::shipped().match(m_typed, index.data(CountryRole).toString());
            if (match.place && match.place->geonameId == *m_geonameId)
                m_ui->partnerUk->setText(m_typed);
        }
    }
}

Partnership PartnershipDialog::collect() const
{
    Partnership p = m_original;
    p.communityId =
        m_ui->community->currentIndex() >= 0 ? m_ui->community->currentData().toLongLong() : 0;
    p.kind = fromCode<PartnershipKind>(m_ui->kind->currentData().toString())
                 .value_or(PartnershipKind::Twinning);
    p.stage = fromCode<Stage>(m_ui->stage->currentData().toString()).value_or(Stage::FirstContact);
    p.firstContactOn = m_ui->firstContact->partialDate();
    p.memorandumOn = m_ui->memorandum->partialDate();
    p.agreementOn = m_ui->agreement->partialDate();
    p.twinningOn = m_ui->twinning->partialDate();
    p.endedOn = m_ui->ended->partialDate();
    p.endReason = m_ui->endReason->text().trimmed();
    p.initiative = m_ui->initiative->text().trimmed();
    p.officer = m_ui->officer->text().trimmed();
    p.reviewedOn = m_ui->reviewedOn->date();
    p.reviewedBy = m_ui->reviewedBy->text().trimmed();
    p.notes = m_ui->notes->toPlainText().trimmed();
    p.sources = m_ui->sources->text().trimmed();
    return p;
}

void PartnershipDialog::accept()
{
    if (QCompleter *completer = m_ui->partner->completer())
        completer->popup()->hide();
    Partnership pair = collect();
    if (m_pairId > 0) {
        if (auto s = m_editor.update(pair, tr("Edit partnership"), std::optional(m_original)); !s) {
            m_ui->error->setText(s.error().message);
            return;
        }
        QDialog::accept();
        return;
    }
    if (pair.communityId <= 0 || m_ui->community->currentText() !=
                                     m_ui->community->itemText(m_ui->community->currentIndex())) {
        m_ui->error->setText(tr("Choose the Ukrainian community from the list."));
        m_ui->community->setFocus();
        return;
    }
    // An editor records pairs of the communities of their own oblasts only.
    if (auto community = CommunityRepository(m_editor.database()).get(pair.communityId)) {
        if (const QString whyNot = m_editor.permissions().whyNotEditOblast(community->oblastIso);
            !whyNot.isEmpty()) {
            m_ui->error->setText(whyNot);
            m_ui->community->setFocus();
            return;
        }
    }
    const QString name = m_ui->partner->text().trimmed();
    const QString country = m_ui->country->currentData().toString();
    if (name.isEmpty() || country.isEmpty()) {
        m_ui->error->setText(tr("Enter the partner municipality and choose its country."));
        (name.isEmpty() ? static_cast<QWidget *>(m_ui->partner) : m_ui->country)->setFocus();
        return;
    }
    // Typed, not picked: the gazetteer may still know it, in Latin or in
    // Ukrainian ("Карлсруе" is Karlsruhe, which keeps the Ukrainian name); a
    // name that two places fit equally stays as typed.
    const geo::Place *place = nullptr;
    if (!m_lat && m_chosenMunicipality <= 0)
        place = geo::PlaceMatcher::shipped().match(name, country).place;
    const bool typedInUkrainian = place && text::hasCyrillic(name);
    const QString latinName = typedInUkrainian ? place->name : name;
    // The same place is never recorded twice: a partner of that name and
    // country already in the database is used.
    std::optional<Municipality> newPartner;
    pair.municipalityId = 0;
    if (auto known = MunicipalityRepository(m_editor.database()).inCountry(country)) {
        for (const Municipality &m : *known) {
            if (m.id == m_chosenMunicipality ||
                text::searchKey(m.name) == text::searchKey(latinName) ||
                (!m.nameUk.isEmpty() && text::searchKey(m.nameUk) == text::searchKey(name)))
                pair.municipalityId = m.id;
        }
    }
    if (pair.municipalityId == 0) {
        Municipality m;
        m.name = latinName;
        m.nameUk = m_ui->partnerUk->text().trimmed();
        if (m.nameUk.isEmpty() && typedInUkrainian)
            m.nameUk = name;
        m.countryIso = country;
        m.region = m_ui->region->text().trimmed();
        if (place) {
            m_lat = place->lat;
            m_lon = place->lon;
            m_geonameId = place->geonameId;
        }
        m.lat = m_lat;
        m.lon = m_lon;
        m.geonameId = m_geonameId;
        newPartner = m;
    }
    auto id = m_editor.addPartnership(pair, newPartner);
    if (!id) {
        m_ui->error->setText(id.error().message);
        return;
    }
    m_pairId = *id;
    QDialog::accept();
}

} // namespace tt::ui
