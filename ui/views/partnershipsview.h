#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tt {
class Editor;
class PartnershipTableModel;
class PortfolioStore;
} // namespace tt

namespace tt::ui {

class PartnershipDetail;

// A width for the kind column of a table of pairs that shows the longest kind
// of the current language ("Städtepartnerschaft") and the header whole.
int kindColumnWidth(const QTableView *table);

// The office's daily screen: the pairs that pass the filter, sortable, and the
// detail panel of the selected one.
class PartnershipsView : public QWidget
{
    Q_OBJECT
public:
    PartnershipsView(PortfolioStore *store, Editor *editor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    PartnershipTableModel *model() const { return m_model; }
    PartnershipDetail *detail() const { return m_detail; }

    void newPair();
    void editPair();
    void deletePair();

signals:
    // The pair's printed dossier was asked for (context menu).
    void dossierRequested(qint64 partnershipId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void updatePermissions();
    void followCurrent(qint64 id);

    PortfolioStore *m_store;
    Editor *m_editor;
    PartnershipTableModel *m_model;
    QTableView *m_table;
    PartnershipDetail *m_detail;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLabel *m_count;
};

} // namespace tt::ui
