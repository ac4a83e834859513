#pragma once

// The state every view of one window shares: the open database, the portfolio
// read model, the filter of the filter bar and the selected pair. Edits reach
// it through the database's ChangeNotifier; it refreshes only the pairs a change
// touched and says which, so that no view reloads everything for one edit.

#include "core/database.h"
#include "core/portfolio.h"

#include <QObject>

namespace tt {

class PortfolioStore : public QObject
{
    Q_OBJECT
public:
    explicit PortfolioStore(QObject *parent = nullptr);
    ~PortfolioStore() override;

    // Takes the database to show (nullptr: none); reloads everything.
    void setDatabase(Database *db);
    Database *database() const { return m_db; }
    const Portfolio &portfolio() const { return m_portfolio; }

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    // Indexes into portfolio().pairs() that pass the filter (cached).
    const QList<qsizetype> &filtered() const;

    qint64 currentPair() const { return m_currentPair; }
    void setCurrentPair(qint64 id);

    // Re-reads everything (after an import, or when another program changed
    // the file).
    void reload();
    // The date "overdue" and "due" are counted from; today unless set (tests).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    QString lastError() const { return m_lastError; }

signals:
    void reset();
    // A pair was added, changed or removed (exists is false) by an edit.
    void pairChanged(qint64 id, bool exists);
    void filterChanged();
    void currentPairChanged(qint64 id);
    void errorOccurred(const QString &message);

private:
    void onChange(const ChangeSet &change);
    void refreshPair(qint64 id);

    Database *m_db = nullptr;
    Portfolio m_portfolio;
    Filter m_filter;
    mutable QList<qsizetype> m_filtered;
    mutable bool m_filteredValid = false;
    qint64 m_currentPair = 0;
    QDate m_today;
    QString m_lastError;
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_committed;
    bool m_reloadPending = false;
};

} // namespace tt
