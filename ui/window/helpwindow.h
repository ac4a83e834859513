#pragma once

// Help › User guide: the guide shipped inside the program (resources/help, one
// HTML file per language), in the language the window speaks, with the usual
// back / contents navigation. Help › About: version, licence, data sources.

#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace tt::ui {

class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // The guide's resource for "uk", "en" or "de"; English for any other.
    static QString guideSource(const QString &code);
    QTextBrowser *browser() const { return m_browser; }
    // Shows the guide at a section (an anchor such as "first-pair").
    void showSection(const QString &anchor = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();

    QTextBrowser *m_browser = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_home = nullptr;
};

// The About box's text (HTML): the version, the licence and the attributions
// the data's licences ask for.
QString aboutText();
void showAbout(QWidget *parent);

} // namespace tt::ui
