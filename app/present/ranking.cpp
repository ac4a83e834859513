#include "app/present/ranking.h"

#include <QCoreApplication>

#include <algorithm>

namespace tt::present {

namespace {

struct RankingText
{
    Q_DECLARE_TR_FUNCTIONS(Ranking)
};

} // namespace

TopN topN(const QList<QPair<QString, int>> &ranked, int n)
{
    TopN out;
    const qsizetype shown =
        ranked.size() <= qsizetype(n) + 1 ? ranked.size() : std::max<qsizetype>(n, 0);
    out.shown = ranked.first(shown);
    for (qsizetype i = shown; i < ranked.size(); ++i) {
        ++out.otherCount;
        out.otherValue += ranked[i].second;
    }
    return out;
}

QString otherCountries(int count)
{
    return RankingText::tr("Other countries (%n)", "", count);
}

} // namespace tt::present
