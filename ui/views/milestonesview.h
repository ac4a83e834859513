#pragma once

#include "app/models/agendamodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace tt {
class Editor;
class PortfolioStore;
} // namespace tt

namespace tt::ui {

// "Milestones": the agenda of every pair that passes the filter, overdue first,
// then month by month over the chosen period. Marks milestones done (button,
// context menu, Space) through the Editor, so that Undo brings them back.
class MilestonesView : public QWidget
{
    Q_OBJECT
public:
    MilestonesView(PortfolioStore *store, Editor *editor, QWidget *parent = nullptr);

    // The editor of the open database; nullptr when none is open (read only).
    void setEditor(Editor *editor);
    AgendaModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Marks the selected planned milestones done today; false if nothing was
    // changed (no selection, no editor, or the editor refused).
    bool markSelectedDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void updateSummary();
    void prepareGroups(int first, int last);
    void showContextMenu(const QPoint &pos);
    void openPair(const QModelIndex &index);
    QList<qint64> selectedPlanned() const;
    // The pairs of those milestones, which the user must be allowed to change.
    QList<qint64> selectedPlannedPairs() const;

    PortfolioStore *m_store;
    Editor *m_editor;
    AgendaModel *m_model;
    QTreeView *m_view;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QCheckBox *m_showDone;
    QLabel *m_summary;
    QPushButton *m_markDone;
};

} // namespace tt::ui
