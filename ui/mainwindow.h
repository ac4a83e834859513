#pragma once

#include "core/database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tt::ui {

QString defaultDatabasePath();

// The main window: the navigation column, the current view and the status bar.
// It owns the open database; views get it through setDatabase().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Dashboard, Partnerships, Milestones, Places, Projects, Reports };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database and shows it; on failure the current one
    // stays open and the reason is shown. Returns whether it opened.
    bool openDatabase(const QString &path);
    Database *database() const { return m_db.get(); }
    Page currentPage() const;
    void setCurrentPage(Page page);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createPages();
    void retranslate();
    void newDatabase();
    void openDatabaseDialog();
    void updateRecentMenu();
    void updateStatus();
    void showAbout();

    std::unique_ptr<Database> m_db;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_statusDatabase = nullptr;
    QLabel *m_statusCounts = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace tt::ui
