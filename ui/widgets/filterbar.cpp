#include "ui/widgets/filterbar.h"

#include "app/core/catalog.h"
#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"
#include "ui/widgets/multichoicebutton.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QToolButton>

namespace tt::ui {

namespace {

enum Period { AnyTime, ThisYear, Last12Months, Last5Years, Range };

// The first date a range may take stands for "open": the field then shows "…".
const QDate openEnd(1900, 1, 1);

template<class E>
QSet<QString> codes(const QSet<E> &values)
{
    QSet<QString> out;
    for (E v : values)
        out.insert(toCode(v));
    return out;
}

template<class E>
QSet<E> fromCodes(const QSet<QString> &values)
{
    QSet<E> out;
    for (const QString &code : values) {
        if (auto v = fromCode<E>(code))
            out.insert(*v);
    }
    return out;
}

} // namespace

FilterBar::FilterBar(PortfolioStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_text(new QLineEdit(this))
    , m_oblast(new MultiChoiceButton(this))
    , m_country(new MultiChoiceButton(this))
    , m_stage(new MultiChoiceButton(this))
    , m_kind(new MultiChoiceButton(this))
    , m_area(new MultiChoiceButton(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_attention(new QCheckBox(this))
    , m_hideEnded(new QCheckBox(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    for (MultiChoiceButton *b : {m_oblast, m_country, m_stage, m_kind, m_area})
        b->setMaximumWidth(250);
    m_oblast->setSearchable(true);
    m_country->setSearchable(true);
    m_area->setSearchable(true);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_period->setMinimumContentsLength(14);
    m_period->setMaximumWidth(180);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        edit->setMinimumDate(openEnd);
        edit->setSpecialValueText(QStringLiteral("…"));
    }
    m_oblast->setObjectName(QStringLiteral("filterOblast"));
    m_country->setObjectName(QStringLiteral("filterCountry"));
    m_stage->setObjectName(QStringLiteral("filterStage"));
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_area->setObjectName(QStringLiteral("filterArea"));
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_attention->setObjectName(QStringLiteral("filterAttention"));
    m_hideEnded->setObjectName(QStringLiteral("filterHideEnded"));

    // The facets on one row; a range of dates, when chosen, on a second row
    // under the period, so that the first never outgrows the window.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(6, 4, 6, 4);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_text, 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_oblast, m_country, m_stage, m_kind, m_area,
                                                       m_period, m_attention, m_hideEnded, m_clear})
        layout->addWidget(w);
    rows->addLayout(layout);
    m_range = new QWidget(this);
    m_range->setObjectName(QStringLiteral("filterRange"));
    auto *range = new QHBoxLayout(m_range);
    range->setContentsMargins(0, 0, 0, 0);
    m_fromLabel = new QLabel(m_range);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(m_range);
    m_toLabel->setBuddy(m_to);
    range->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to})
        range->addWidget(w);
    m_range->hide();
    rows->addWidget(m_range);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::apply);
    for (MultiChoiceButton *b : {m_oblast, m_country, m_stage, m_kind, m_area})
        connect(b, &MultiChoiceButton::selectionChanged, this, &FilterBar::apply);
    connect(m_period, &QComboBox::currentIndexChanged, this, &FilterBar::periodChosen);
    // A range never runs backwards: moving one end past the other moves both.
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (from != openEnd && m_to->date() != openEnd && m_to->date() < from)
            m_to->setDate(from);
        apply();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (to != openEnd && m_from->date() != openEnd && m_from->date() > to)
            m_from->setDate(to);
        apply();
    });
    connect(m_attention, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_hideEnded, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    connect(store, &PortfolioStore::filterChanged, this, &FilterBar::follow);
    connect(store, &PortfolioStore::reset, this, &FilterBar::fillChoices);
    retranslate();
}

MultiChoiceButton *FilterBar::facet(Facet facet) const
{
    switch (facet) {
    case Facet::Oblast:
        return m_oblast;
    case Facet::Country:
        return m_country;
    case Facet::Stage:
        return m_stage;
    case Facet::Kind:
        return m_kind;
    case Facet::Area:
        return m_area;
    }
    return nullptr;
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
    // The controls show their choice, not what they choose: say it to screen
    // readers and in a tooltip.
    const std::pair<QWidget *, QString> named[] = {{m_oblast, tr("Oblast")},
                                                   {m_country, tr("Partner country")},
                                                   {m_stage, tr("Stage")},
                                                   {m_kind, tr("Kind")},
                                                   {m_area, tr("Cooperation area")},
                                                   {m_period, tr("Period")},
                                                   {m_from, tr("From")},
                                                   {m_to, tr("To")}};
    for (const auto &[widget, name] : named) {
        widget->setAccessibleName(name);
        widget->setToolTip(name);
    }
    m_fromLabel->setText(tr("Period &from"));
    m_toLabel->setText(tr("t&o"));
    m_from->setToolTip(tr("The first day of the period; “…”: open"));
    m_to->setToolTip(tr("The last day of the period; “…”: open"));
    m_oblast->setTexts(tr("All oblasts"), [](int n) { return tr("%n oblast(s)", "", n); });
    m_country->setTexts(tr("All countries"), [](int n) { return tr("%n countries", "", n); });
    m_stage->setTexts(tr("All stages"), [](int n) { return tr("%n stage(s)", "", n); });
    m_kind->setTexts(tr("All kinds"), [](int n) { return tr("%n kind(s)", "", n); });
    m_area->setTexts(tr("All areas"), [](int n) { return tr("%n area(s)", "", n); });
    m_text->setAccessibleName(tr("Find"));
    fillChoices();
}

void FilterBar::fillChoices()
{
    m_updating = true;
    const QCollator collator(QLocale(QLocale::Ukrainian));
    const auto sorted = [&](QList<MultiChoiceButton::Choice> items) {
        std::sort(items.begin(), items.end(), [&](const auto &a, const auto &b) {
            return collator.compare(a.text, b.text) < 0;
        });
        return items;
    };

    QList<MultiChoiceButton::Choice> oblasts;
    for (const catalog::Oblast &o : catalog::oblasts())
        oblasts.append({names::oblastShort(o.iso), o.iso});
    m_oblast->setChoices(sorted(oblasts));

    // Only the countries that have partners, so the list stays short.
    QSet<QString> present;
    for (const PartnershipSummary &p : m_store->portfolio().pairs())
        present.insert(p.countryIso);
    QList<MultiChoiceButton::Choice> countries;
    for (const QString &iso : std::as_const(present))
        countries.append({names::country(iso), iso});
    m_country->setChoices(sorted(countries));

    QList<MultiChoiceButton::Choice> stages;
    for (Stage s : EnumTraits<Stage>::values())
        stages.append({toLabel(s), toCode(s)});
    m_stage->setChoices(stages);

    QList<MultiChoiceButton::Choice> kinds;
    for (PartnershipKind k : EnumTraits<PartnershipKind>::values())
        kinds.append({toLabel(k), toCode(k)});
    m_kind->setChoices(kinds);

    QList<MultiChoiceButton::Choice> areas;
    if (m_store->database()) {
        if (auto all = CooperationAreaRepository(*m_store->database()).all()) {
            for (const CooperationArea &a : *all)
                areas.append({names::area(a), QString::number(a.id)});
        }
    }
    m_area->setChoices(areas);

    const int period = m_period->currentIndex();
    m_period->clear();
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Active this year"), ThisYear);
    m_period->addItem(tr("Active in the last 12 months"), Last12Months);
    m_period->addItem(tr("Active in the last 5 years"), Last5Years);
    m_period->addItem(tr("Custom range…"), Range);
    m_period->setCurrentIndex(std::max(period, 0));
    m_updating = false;
    follow();
}

void FilterBar::showRange(bool shown)
{
    m_range->setVisible(shown);
}

void FilterBar::periodChosen()
{
    if (m_updating)
        return;
    const bool range = m_period->currentData().toInt() == Range;
    if (range) {
        // The range starts from what is filtered now, or the last year.
        const Filter &f = m_store->filter();
        const QDate today = m_store->today().isValid() ? m_store->today() : QDate::currentDate();
        const QSignalBlocker fromBlocker(m_from), toBlocker(m_to);
        m_from->setDate(f.from.isValid() || f.to.isValid() ? (f.from.isValid() ? f.from : openEnd)
                                                           : today.addYears(-1));
        m_to->setDate(f.to.isValid() || f.from.isValid() ? (f.to.isValid() ? f.to : openEnd)
                                                         : today);
    }
    showRange(range);
    apply();
    if (range)
        m_from->setFocus(Qt::OtherFocusReason);
}

void FilterBar::apply()
{
    if (m_updating)
        return;
    Filter f = m_store->filter();
    f.text = m_text->text();
    f.oblasts = m_oblast->selected();
    f.countries = m_country->selected();
    f.stages = fromCodes<Stage>(m_stage->selected());
    f.kinds = fromCodes<PartnershipKind>(m_kind->selected());
    f.areas.clear();
    for (const QString &id : m_area->selected())
        f.areas.insert(id.toLongLong());
    const QDate today = m_store->today();
    switch (m_period->currentData().toInt()) {
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
    case Range:
        f.from = m_from->date() == openEnd ? QDate() : m_from->date();
        f.to = m_to->date() == openEnd ? QDate() : m_to->date();
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
    m_oblast->setSelected(f.oblasts);
    m_country->setSelected(f.countries);
    m_stage->setSelected(codes(f.stages));
    m_kind->setSelected(codes(f.kinds));
    QSet<QString> areas;
    for (qint64 id : f.areas)
        areas.insert(QString::number(id));
    m_area->setSelected(areas);
    Period period = Range;
    if (!f.from.isValid() && !f.to.isValid()) {
        period = AnyTime;
    } else if (m_period->currentData().toInt() != Range) {
        // A preset is shown as such unless the user chose to give dates.
        const QDate today = m_store->today();
        const QList<std::pair<Period, QDate>> presets = {{ThisYear, QDate(today.year(), 1, 1)},
                                                         {Last12Months, today.addMonths(-12)},
                                                         {Last5Years, today.addYears(-5)}};
        for (const auto &[preset, from] : presets) {
            if (f.from == from && f.to == today)
                period = preset;
        }
    }
    m_period->setCurrentIndex(m_period->findData(int(period)));
    if (period == Range) {
        m_from->setDate(f.from.isValid() ? f.from : openEnd);
        m_to->setDate(f.to.isValid() ? f.to : openEnd);
    }
    showRange(period == Range);
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
