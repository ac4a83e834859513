#pragma once

#include "app/core/portfolio.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;

namespace tt {
class PortfolioStore;
}

namespace tt::ui {

class MultiChoiceButton;

// The filter every view obeys: free text, facets that each take any number of
// values (oblasts, partner countries, stages, kinds, cooperation areas), and a
// period: a preset or a range of dates. It writes the store's filter as the
// user types and follows it when something else (a chart click) changes it.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Facet { Oblast, Country, Stage, Kind, Area };

    explicit FilterBar(PortfolioStore *store, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    MultiChoiceButton *facet(Facet facet) const;
    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    // Puts the cursor into the text field (Find).
    void focusText();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void retranslate();
    void apply();
    void follow();
    void clear();
    void periodChosen();
    void showRange(bool shown);

    PortfolioStore *m_store;
    QLineEdit *m_text;
    MultiChoiceButton *m_oblast;
    MultiChoiceButton *m_country;
    MultiChoiceButton *m_stage;
    MultiChoiceButton *m_kind;
    MultiChoiceButton *m_area;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QWidget *m_range = nullptr; // the second row: the dates of a custom range
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QCheckBox *m_attention;
    QCheckBox *m_hideEnded;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace tt::ui
