#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace tt {
class CollatingProxyModel;
class Editor;
class PortfolioStore;
class ProjectTableModel;
} // namespace tt

namespace tt::ui {

// "Projects": the joint projects of the pairs that pass the filter, sortable,
// with the budget totals per currency of the rows shown. Double-click (or
// Enter) opens the project's pair.
class ProjectsView : public QWidget
{
    Q_OBJECT
public:
    ProjectsView(PortfolioStore *store, Editor *editor, QWidget *parent = nullptr);

    void setEditor(Editor *editor);
    ProjectTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTotals();

    PortfolioStore *m_store;
    Editor *m_editor;
    ProjectTableModel *m_model;
    CollatingProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_totals;
};

} // namespace tt::ui
