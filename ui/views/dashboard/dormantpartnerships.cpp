#include "ui/views/dashboard/dormantpartnerships.h"

#include "app/core/names.h"
#include "app/core/officesettings.h"
#include "app/core/statistics.h"
#include "app/models/portfoliostore.h"
#include "app/reports/monitoring.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tt::ui {

const monitoring::MonitoringInput *DormantPartnerships::input(PortfolioStore &store)
{
    if (!m_input && store.database()) {
        auto input = reports::monitoringInput(*store.database(), store.portfolio(), store.today());
        store.database()->releaseCache(); // the pages of the tables read whole
        if (!input)
            return nullptr;
        m_input = std::move(*input);
    }
    return m_input ? &*m_input : nullptr;
}

std::optional<monitoring::MonitoringFigures> DormantPartnerships::agreements(PortfolioStore &store)
{
    const monitoring::MonitoringInput *all = input(store);
    if (!all)
        return std::nullopt;
    return agreementFigures(store.portfolio(), store.filtered(), *all, store.today());
}

DormantPartnershipsFigures DormantPartnerships::compute(PortfolioStore &store)
{
    DormantPartnershipsFigures out;
    if (!store.database())
        return out;
    auto months = OfficeSettingsRepository(*store.database()).dormancyMonths();
    out.months = months ? *months : OfficeSettings::defaultDormancyMonths;
    const QDate today = store.today();
    if (!input(store))
        return out;
    // The pairs of the filter, in the read model's order (that of the input).
    const Portfolio &portfolio = store.portfolio();
    QSet<qint64> shown;
    shown.reserve(store.filtered().size());
    for (qsizetype i : store.filtered())
        shown.insert(portfolio.pairs()[i].id);
    QList<monitoring::MonitoringPartnership> pairs;
    pairs.reserve(shown.size());
    for (const monitoring::MonitoringPartnership &p : std::as_const(m_input->pairs)) {
        if (shown.contains(p.id))
            pairs << p;
    }
    const monitoring::Dormancy idle = monitoring::dormancy(pairs, today, out.months);
    for (const monitoring::MonitoringPartnership *p : idle.dormant) {
        out.dormant << p->id;
        out.lastActivity.insert(p->id, p->lastActivityOn);
    }
    for (const monitoring::MonitoringPartnership *p : idle.withoutActivity)
        out.withoutActivity << p->id;
    return out;
}

} // namespace tt::ui
