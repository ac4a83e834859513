#include "app/models/municipalitytablemodel.h"

#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace tt {

MunicipalityTableModel::MunicipalityTableModel(PortfolioStore *store, Side side, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_side(side)
{
    connect(store, &PortfolioStore::reset, this, &MunicipalityTableModel::reload);
    connect(store, &PortfolioStore::filterChanged, this, &MunicipalityTableModel::rebuild);
    connect(store, &PortfolioStore::pairChanged, this, &MunicipalityTableModel::onPairChanged);
    reload();
}

void MunicipalityTableModel::loadRegions()
{
    m_regions.clear();
    if (m_side != Side::Partners || !m_store->database())
        return;
    if (auto places = MunicipalityRepository(*m_store->database()).all()) {
        for (const Municipality &m : *places) {
            if (!m.region.isEmpty())
                m_regions.insert(m.id, m.region);
        }
    }
}

void MunicipalityTableModel::reload()
{
    loadRegions();
    rebuild();
}

void MunicipalityTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_placeOfPair.clear();
    QHash<qint64, int> rowOf;
    const auto &pairs = m_store->portfolio().pairs();
    for (qsizetype i : m_store->filtered()) {
        const PartnershipSummary &p = pairs[i];
        const qint64 place = m_side == Side::Communities ? p.communityId : p.municipalityId;
        auto it = rowOf.find(place);
        if (it == rowOf.end()) {
            it = rowOf.insert(place, int(m_rows.size()));
            m_rows << Place{place, {}};
        }
        m_rows[*it].pairs << p.id;
        m_placeOfPair.insert(p.id, place);
    }
    m_rowOf = std::move(rowOf);
    endResetModel();
}

void MunicipalityTableModel::reindex()
{
    m_rowOf.clear();
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows[r].id, r);
}

qint64 MunicipalityTableModel::placeOf(qint64 pairId) const
{
    const Portfolio &portfolio = m_store->portfolio();
    const qsizetype i = portfolio.indexOf(pairId);
    if (i < 0)
        return 0;
    const PartnershipSummary &p = portfolio.pairs()[i];
    return m_side == Side::Communities ? p.communityId : p.municipalityId;
}

void MunicipalityTableModel::onPairChanged(qint64 id, bool exists)
{
    const qint64 before = m_placeOfPair.value(id, 0);
    qint64 after = 0;
    if (exists) {
        const Portfolio &portfolio = m_store->portfolio();
        const qsizetype i = portfolio.indexOf(id);
        if (i >= 0 && portfolio.matches(portfolio.pairs()[i], m_store->filter()))
            after = placeOf(id);
    }
    if (after && m_side == Side::Partners && m_store->database()) {
        // The region is not part of the read model; re-read the one place.
        if (auto m = MunicipalityRepository(*m_store->database()).get(after)) {
            if (m->region.isEmpty())
                m_regions.remove(after);
            else
                m_regions.insert(after, m->region);
        }
    }
    if (before) {
        const int row = rowOf(before);
        m_placeOfPair.remove(id);
        if (row >= 0) {
            m_rows[row].pairs.removeOne(id);
            if (m_rows[row].pairs.isEmpty() && before != after) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                reindex();
                endRemoveRows();
            } else if (before != after) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
    if (after) {
        m_placeOfPair.insert(id, after);
        int row = rowOf(after);
        if (row < 0) {
            row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows << Place{after, {id}};
            m_rowOf.insert(after, row);
            endInsertRows();
        } else {
            if (!m_rows[row].pairs.contains(id))
                m_rows[row].pairs << id;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int MunicipalityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MunicipalityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 MunicipalityTableModel::placeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

QList<qint64> MunicipalityTableModel::pairsAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].pairs : QList<qint64>();
}

int MunicipalityTableModel::totalPairs(qint64 placeId) const
{
    int n = 0;
    for (const PartnershipSummary &p : m_store->portfolio().pairs()) {
        if ((m_side == Side::Communities ? p.communityId : p.municipalityId) == placeId)
            ++n;
    }
    return n;
}

QVariant MunicipalityTableModel::display(const Place &place, int column) const
{
    const Portfolio &portfolio = m_store->portfolio();
    const qsizetype first = place.pairs.isEmpty() ? -1 : portfolio.indexOf(place.pairs.first());
    if (first < 0)
        return {};
    const PartnershipSummary &p = portfolio.pairs()[first];
    if (column == PartnershipsColumn)
        return int(place.pairs.size());
    if (m_side == Side::Communities) {
        switch (column) {
        case NameColumn:
            return names::community(p);
        case HromadaColumn:
            return names::hromada(p);
        case OblastColumn:
            return names::oblast(p.oblastIso);
        case CountriesColumn: {
            QSet<QString> seen;
            QStringList countries;
            for (qint64 pair : place.pairs) {
                const qsizetype i = portfolio.indexOf(pair);
                if (i < 0)
                    continue;
                const QString iso = portfolio.pairs()[i].countryIso;
                if (!seen.contains(iso)) {
                    seen.insert(iso);
                    countries << names::country(iso);
                }
            }
            std::sort(countries.begin(), countries.end(), [](const QString &a, const QString &b) {
                return QString::localeAwareCompare(a, b) < 0;
            });
            return countries.join(QStringLiteral(", "));
        }
        }
    } else {
        switch (column) {
        case NameColumn:
            return names::partner(p);
        case OtherNameColumn:
            // The name of the other script, empty where none is known.
            return names::language() == QLatin1String("uk") ? p.partnerName : p.partnerNameUk;
        case CountryColumn:
            return names::country(p.countryIso);
        case RegionColumn:
            return m_regions.value(place.id);
        }
    }
    return {};
}

QVariant MunicipalityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Place &place = m_rows[index.row()];
    switch (role) {
    case MunicipalityIdRole:
        return place.id;
    case PartnershipIdsRole:
        return QVariant::fromValue(place.pairs);
    case SortRole:
    case Qt::DisplayRole:
        return display(place, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            const Portfolio &portfolio = m_store->portfolio();
            const qsizetype i = portfolio.indexOf(place.pairs.value(0));
            if (i < 0)
                return {};
            const PartnershipSummary &p = portfolio.pairs()[i];
            return (m_side == Side::Communities ? names::communitySpellings(p)
                                                : names::partnerSpellings(p))
                .join(QStringLiteral(" · "));
        }
        if (index.column() == CountriesColumn && m_side == Side::Communities)
            return display(place, index.column());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PartnershipsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant MunicipalityTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return m_side == Side::Communities ? tr("Community") : tr("Partner");
    if (section == PartnershipsColumn)
        return tr("Pairs");
    if (m_side == Side::Communities) {
        switch (section) {
        case HromadaColumn:
            return tr("Hromada");
        case OblastColumn:
            return tr("Oblast");
        case CountriesColumn:
            return tr("Partner countries");
        }
    } else {
        switch (section) {
        case OtherNameColumn:
            return names::language() == QLatin1String("uk") ? tr("Latin name")
                                                            : tr("Ukrainian name");
        case CountryColumn:
            return tr("Country");
        case RegionColumn:
            return tr("Region");
        }
    }
    return {};
}

} // namespace tt
