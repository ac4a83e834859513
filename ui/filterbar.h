#pragma once

#include "core/portfolio.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace tt {
class PortfolioStore;
}

namespace tt::ui {

// The filter every view obeys: free text and facets. It writes the store's
// filter as the user types and follows it when something else (a chart click)
// changes it.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(PortfolioStore *store, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
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

    PortfolioStore *m_store;
    QLineEdit *m_text;
    QComboBox *m_oblast;
    QComboBox *m_country;
    QComboBox *m_stage;
    QComboBox *m_kind;
    QComboBox *m_area;
    QComboBox *m_period;
    QCheckBox *m_attention;
    QCheckBox *m_hideEnded;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace tt::ui
