#pragma once

// The page the window shows while no database is open: the four ways to begin
// (a new database, a file, the demo, a spreadsheet) and the recent databases.
// It only asks; the main window does the opening.

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QCommandLinkButton;

namespace tt::ui {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Fills the recent list from settings::recentDatabases.
    void refresh();
    // A line under the title, e.g. why the last database did not open.
    void setMessage(const QString &message);

    QListWidget *recentList() const { return m_recent; }

signals:
    void newDatabaseRequested();
    void openRequested(const QString &path); // empty: ask for a file
    void serverRequested();
    void demoRequested();
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(QListWidgetItem *item);

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_recentLabel = nullptr;
    QCommandLinkButton *m_new = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_import = nullptr;
    QCommandLinkButton *m_server = nullptr;
    QListWidget *m_recent = nullptr;
};

} // namespace tt::ui
