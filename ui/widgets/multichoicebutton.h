#pragma once

#include <QSet>
#include <QString>
#include <QToolButton>

#include <functional>

class QFrame;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace tt::ui {

// A button that chooses any number of values from a list: it opens a popup of
// check boxes (with a search field for long lists, and "All" to clear the
// choice) and names the choice on its face: "All oblasts" when none is
// chosen, the names when one or two are ("Вінницька, Львівська"), else a count
// ("3 oblasts"). Keyboard: Space, Enter, F4 or Alt+Down open it; in the popup
// the arrows move, Space or Enter ticks, typing searches, Escape closes.
// Each tick emits selectionChanged at once; setSelected() emits nothing, so
// that the button can follow a choice made elsewhere.
class MultiChoiceButton : public QToolButton
{
    Q_OBJECT
public:
    struct Choice
    {
        QString text;
        QString value;
    };

    explicit MultiChoiceButton(QWidget *parent = nullptr);

    // The values offered, in this order; values chosen that are no longer
    // offered stay chosen (a choice made elsewhere is never lost silently).
    void setChoices(const QList<Choice> &choices);
    void setSearchable(bool searchable);
    // The face with nothing chosen ("All oblasts"), and with more than two
    // ("%n oblasts").
    void setTexts(const QString &all, const std::function<QString(int)> &count);

    QSet<QString> selected() const { return m_selected; }
    void setSelected(const QSet<QString> &values);

    // The popup's parts, for tests and for screen readers' names.
    QFrame *popup() const { return m_popup; }
    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *allButton() const { return m_all; }
    void showPopup();
    void hidePopup();

    // As wide as the whole face; narrower when the bar is short of room, the
    // face then cut with "…" (its tooltip says all).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggle(int row);
    void clearChoice();
    void search(const QString &text);
    void updateChecks();
    void updateFace();
    void fitFace();
    int firstShownRow() const;

    QFrame *m_popup;
    QLineEdit *m_search;
    QListView *m_list;
    QPushButton *m_all;
    QStandardItemModel *m_model;
    QList<Choice> m_choices;
    QSet<QString> m_selected;
    QString m_allText;
    QString m_face; // whole, without the arrow
    std::function<QString(int)> m_countText;
};

} // namespace tt::ui
