#pragma once

#include "app/models/municipalitytablemodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tt {
class CollatingProxyModel;
class Editor;
class PartnershipSubsetProxyModel;
class PartnershipTableModel;
class PortfolioStore;
} // namespace tt

namespace tt::ui {

// "Communities & partners": the Ukrainian communities and the foreign partner
// places of the pairs that pass the filter, each with its pairs listed below.
// Two records of one place (Vinnytsia / Вінниця / Vinnitsa) are merged here,
// and a partner's names, country, region and coordinates edited.
class MunicipalitiesView : public QWidget
{
    Q_OBJECT
public:
    MunicipalitiesView(PortfolioStore *store, Editor *editor, QWidget *parent = nullptr);

    void setEditor(Editor *editor);
    MunicipalityTableModel *communities() const { return m_models[0]; }
    MunicipalityTableModel *partners() const { return m_models[1]; }
    // The table of one side, and which side is shown.
    QTableView *table(MunicipalityTableModel::Side side) const;
    MunicipalityTableModel::Side currentSide() const;
    void setCurrentSide(MunicipalityTableModel::Side side);
    QTableView *pairsTable() const { return m_pairs; }

    // Asks which of the two selected records to keep and merges them; false
    // when cancelled or refused (the editor's reason is shown).
    bool mergeSelected();
    // Opens the selected partner in the edit dialog and saves it.
    bool editSelectedPartner();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void showPairsOfCurrent();
    QList<qint64> selectedPlaces() const;
    QString describe(MunicipalityTableModel::Side side, qint64 place) const;

    PortfolioStore *m_store;
    Editor *m_editor;
    MunicipalityTableModel *m_models[2];
    CollatingProxyModel *m_proxies[2];
    QTableView *m_tables[2];
    QTabWidget *m_tabs;
    QPushButton *m_merge;
    QPushButton *m_edit;
    QLabel *m_summary;
    QLabel *m_pairsTitle;
    PartnershipTableModel *m_pairModel;
    PartnershipSubsetProxyModel *m_pairProxy;
    QTableView *m_pairs;
};

} // namespace tt::ui
