#pragma once

#include "ui/views/dashboard/dashboardfigures.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tt {
class PortfolioStore;
}

namespace tt::ui {

// The list behind the dashboard's tile of dormant pairs: each pair with its oblast, partner
// country, stage and last activity, the longest idle first; Open (or a double click, or Enter)
// makes a pair the current one and closes the list.
class DormantPartnershipsDialog : public QDialog
{
    Q_OBJECT
public:
    DormantPartnershipsDialog(PortfolioStore *store, const DormantPartnershipsFigures &figures,
                              QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QCheckBox *withoutActivityBox() const { return m_withoutActivity; }
    // The pair chosen with Open, or 0.
    qint64 chosenPair() const { return m_chosen; }

private:
    void fill();
    void openChosen();

    PortfolioStore *m_store;
    DormantPartnershipsFigures m_figures;
    QLabel *m_summary;
    QCheckBox *m_withoutActivity;
    QTreeWidget *m_list;
    QPushButton *m_open;
    qint64 m_chosen = 0;
};

} // namespace tt::ui
