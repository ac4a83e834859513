#include "filterbar.h"

#include "core/catalog.h"
#include "core/names.h"
#include "core/repositories.h"
#include "models/portfoliostore.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QToolButton>

namespace tt::ui {

namespace {

enum Period { AnyTime, ThisYear, Last12Months, Last5Years, Custom = -1 };

void setCurrentData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

FilterBar::FilterBar(PortfolioStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_text(new QLineEdit(this))
    , m_oblast(new QComboBox(this))
    , m_country(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_attention(new QCheckBox(this))
    , m_hideEnded(new QCheckBox(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    for (QComboBox *c : {m_oblast, m_country, m_stage, m_kind, m_area, m_period}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(6);
        c->setMaximumWidth(180);
    }
    m_oblast->setObjectName(QStringLiteral("filterOblast"));
    m_country->setObjectName(QStringLiteral("filterCountry"));
    m_stage->setObjectName(QStringLiteral("filterStage"));
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_area->setObjectName(QStringLiteral("filterArea"));
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_attention->setObjectName(QStringLiteral("filterAttention"));
    m_hideEnded->setObjectName(QStringLiteral("filterHideEnded"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_oblast, m_country, m_stage, m_kind, m_area,
                                                       m_period, m_attention, m_hideEnded, m_clear})
        layout->addWidget(w);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::apply);
    for (QComboBox *c : {m_oblast, m_country, m_stage, m_kind, m_area, m_period})
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_attention, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_hideEnded, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    connect(store, &PortfolioStore::filterChanged, this, &FilterBar::follow);
    connect(store, &PortfolioStore::reset, this, &FilterBar::fillChoices);
    retranslate();
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_text->setPlaceholderText(tr("Find a community or partner (Ukrainian or Latin)…"));
    m_text->setToolTip(
        tr("Matches the names of both sides in any spelling, ignoring case and accents (Ctrl+F)"));
    m_attention->setText(tr("Needs attention"));
    m_attention->setToolTip(tr("Pairs with overdue milestones or without activity for 6 months"));
    m_hideEnded->setText(tr("Hide ended"));
    m_hideEnded->setToolTip(tr("Hide suspended and terminated pairs"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show all pairs"));
    // The lists show their choice, not what they choose: say it to screen
    // readers and in a tooltip.
    const std::pair<QComboBox *, QString> lists[] = {
        {m_oblast, tr("Oblast")}, {m_country, tr("Partner country")}, {m_stage, tr("Stage")},
        {m_kind, tr("Kind")},     {m_area, tr("Cooperation area")},   {m_period, tr("Period")}};
    for (const auto &[box, name] : lists) {
        box->setAccessibleName(name);
        box->setToolTip(name);
    }
    m_text->setAccessibleName(tr("Find"));
    fillChoices();
}

void FilterBar::fillChoices()
{
    m_updating = true;
    const QCollator collator(QLocale(QLocale::Ukrainian));
    auto fill = [](QComboBox *combo, const QString &all,
                   QList<std::pair<QString, QVariant>> items) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(all);
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        setCurrentData(combo, current);
    };

    QList<std::pair<QString, QVariant>> oblasts;
    for (const catalog::Oblast &o : catalog::oblasts())
        oblasts.append({names::oblast(o.iso), o.iso});
    std::sort(oblasts.begin(), oblasts.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    fill(m_oblast, tr("All oblasts"), oblasts);

    // Only the countries that have partners, so the list stays short.
    QSet<QString> present;
    for (const PairSummary &p : m_store->portfolio().pairs())
        present.insert(p.countryIso);
    QList<std::pair<QString, QVariant>> countries;
    for (const QString &iso : std::as_const(present))
        countries.append({names::country(iso), iso});
    std::sort(countries.begin(), countries.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    fill(m_country, tr("All countries"), countries);

    QList<std::pair<QString, QVariant>> stages;
    for (Stage s : EnumTraits<Stage>::values())
        stages.append({toLabel(s), toCode(s)});
    fill(m_stage, tr("All stages"), stages);

    QList<std::pair<QString, QVariant>> kinds;
    for (PartnershipKind k : EnumTraits<PartnershipKind>::values())
        kinds.append({toLabel(k), toCode(k)});
    fill(m_kind, tr("All kinds"), kinds);

    QList<std::pair<QString, QVariant>> areas;
    if (m_store->database()) {
        if (auto all = AreaRepository(*m_store->database()).all()) {
            for (const CooperationArea &a : *all)
                areas.append({names::pick(a.nameUk, a.nameEn, a.nameDe), a.id});
        }
    }
    fill(m_area, tr("All areas"), areas);

    fill(m_period, tr("Any time"),
         {{tr("Active this year"), ThisYear},
          {tr("Active in the last 12 months"), Last12Months},
          {tr("Active in the last 5 years"), Last5Years}});
    m_updating = false;
    follow();
}

void FilterBar::apply()
{
    if (m_updating)
        return;
    Filter f = m_store->filter();
    f.text = m_text->text();
    auto single = [](QComboBox *combo) {
        QSet<QString> set;
        if (combo->currentIndex() > 0)
            set.insert(combo->currentData().toString());
        return set;
    };
    f.oblasts = single(m_oblast);
    f.countries = single(m_country);
    f.stages.clear();
    if (auto s = fromCode<Stage>(m_stage->currentData().toString());
        s && m_stage->currentIndex() > 0)
        f.stages.insert(*s);
    f.kinds.clear();
    if (auto k = fromCode<PartnershipKind>(m_kind->currentData().toString());
        k && m_kind->currentIndex() > 0)
        f.kinds.insert(*k);
    f.areas.clear();
    if (m_area->currentIndex() > 0)
        f.areas.insert(m_area->currentData().toLongLong());
    const QDate today = m_store->today();
    const QVariant period = m_period->currentData();
    switch (period.isValid() ? period.toInt() : int(AnyTime)) {
    case ThisYear:
        f.from = QDate(today.year(), 1, 1);
        f.to = today;
        break;
    case Last12Months:
        f.from = today.addMonths(-12);
        f.to = today;
        break;
    case Last5Years:
        f.from = today.addYears(-5);
        f.to = today;
        break;
    case Custom: // set elsewhere (a chart of years): kept as it is
        break;
    default:
        f.from = {};
        f.to = {};
    }
    f.needsAttention = m_attention->isChecked();
    f.hideEnded = m_hideEnded->isChecked();
    m_store->setFilter(f);
}

void FilterBar::follow()
{
    // Show what the store filters by, whoever set it.
    m_updating = true;
    const Filter &f = m_store->filter();
    if (m_text->text() != f.text)
        m_text->setText(f.text);
    setCurrentData(m_oblast, f.oblasts.size() == 1 ? QVariant(*f.oblasts.cbegin()) : QVariant());
    setCurrentData(m_country,
                   f.countries.size() == 1 ? QVariant(*f.countries.cbegin()) : QVariant());
    setCurrentData(m_stage,
                   f.stages.size() == 1 ? QVariant(toCode(*f.stages.cbegin())) : QVariant());
    setCurrentData(m_kind, f.kinds.size() == 1 ? QVariant(toCode(*f.kinds.cbegin())) : QVariant());
    setCurrentData(m_area, f.areas.size() == 1 ? QVariant(*f.areas.cbegin()) : QVariant());
    const int custom = m_period->findData(int(Custom));
    if (custom >= 0)
        m_period->removeItem(custom);
    if (!f.from.isValid() && !f.to.isValid()) {
        m_period->setCurrentIndex(0);
    } else {
        const QDate today = m_store->today();
        const QList<std::pair<Period, QDate>> presets = {{ThisYear, QDate(today.year(), 1, 1)},
                                                         {Last12Months, today.addMonths(-12)},
                                                         {Last5Years, today.addYears(-5)}};
        int found = -1;
        for (const auto &[preset, from] : presets) {
            if (f.from == from && f.to == today)
                found = m_period->findData(int(preset));
        }
        if (found < 0) {
            const QLocale locale;
            m_period->addItem(
                tr("%1 – %2").arg(
                    f.from.isValid() ? locale.toString(f.from, QLocale::ShortFormat) : QString(),
                    f.to.isValid() ? locale.toString(f.to, QLocale::ShortFormat) : QString()),
                int(Custom));
            found = m_period->count() - 1;
        }
        m_period->setCurrentIndex(found);
    }
    m_attention->setChecked(f.needsAttention);
    m_hideEnded->setChecked(f.hideEnded);
    m_clear->setEnabled(!f.isEmpty());
    m_updating = false;
}

void FilterBar::clear()
{
    m_store->setFilter(Filter{});
}

} // namespace tt::ui
