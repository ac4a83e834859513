#pragma once

// Settings › Language: Українська / English / Deutsch. Choosing one switches
// the program at run time (language::apply), saves the choice and tells the
// window, which reloads what holds translated labels.

#include <QMenu>

class QActionGroup;

namespace tt::ui {

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The action for "uk", "en" or "de" (tests trigger it).
    QAction *action(const QString &language) const;

signals:
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QString &language);
    void retranslate();

    QActionGroup *m_group = nullptr;
};

} // namespace tt::ui
