#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;

namespace tt::ui {

// A tab of the detail panel: a table of a pair's records with Add, Edit and
// Delete (Insert, Enter and Delete keys do the same), and room for more
// buttons. It only asks; the panel carries the request out through the Editor.
class RecordTab : public QWidget
{
    Q_OBJECT
public:
    RecordTab(QAbstractItemModel *model, int idRole, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    // Adds a button that acts on the selected record; one that only reads it
    // (`changes` false) stays enabled when the tab is not editable.
    QPushButton *addAction(const QString &text, const std::function<void(qint64)> &onRecord,
                           bool changes = true);
    // A button that changes the selected record under a rule of its own
    // (`whyNot`, asked again whenever the buttons are updated) rather than
    // the tab's.
    QPushButton *addGatedAction(const QString &text, const std::function<void(qint64)> &onRecord,
                                const std::function<QString()> &whyNot);
    qint64 currentId() const;
    // `whyNot` is shown on the disabled buttons (see Permissions).
    void setEditable(bool editable, const QString &whyNot = {});
    void setTexts(const QString &add, const QString &edit, const QString &remove);

signals:
    void addRequested();
    void editRequested(qint64 id);
    void removeRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Asks the buttons' rules again (the selection, the records or the role
    // changed).
    void updateButtons();

    QTableView *m_table;
    QHBoxLayout *m_buttons;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QList<QPushButton *> m_recordButtons;
    QList<QPushButton *> m_readingButtons;
    QList<std::pair<QPushButton *, std::function<QString()>>> m_gatedButtons;
    QString m_whyNot;
    int m_idRole;
    bool m_editable = true;
};

} // namespace tt::ui
