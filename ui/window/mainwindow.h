#pragma once

#include "app/core/database.h"
#include "app/core/serveraddress.h"
#include "ui/window/pages.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace tt {
class Editor;
class ExternalChangeWatcher;
class PortfolioStore;
} // namespace tt

namespace tt::ui {

class DatabaseLock;
class FilterBar;
class HelpWindow;
class LanguageMenu;
class PartnershipsView;
class ReportsView;
class WelcomePage;

// Where "Try the demo" writes the demo database.
QString demoDatabasePath();

// The main window: the navigation column, the current view and the status bar.
// It owns the open database; views get it through setDatabase().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Page = ui::Page;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database and shows it; on failure the current one
    // stays open and the reason is shown. Returns whether it opened. A file
    // another window holds is opened read-only when the user agrees.
    bool openDatabase(const QString &path);
    // Opens the database once the window has painted, so that a large file
    // never keeps the screen empty: until then the window shows its frame
    // and "Opening …". For the file given at start.
    void openAfterFirstPaint(const QString &path);
    // Asks for the password (and the rest, if `url` lacks it) and opens a
    // server database; the dialog stays open while the server refuses.
    bool connectToServer(const QString &url = {});
    // Opens a server database with this password; the error otherwise.
    Status openServer(const ServerAddress &address, const QString &password);
    // Closes the database and shows the welcome page.
    void closeDatabase();
    WelcomePage *welcomePage() const { return m_welcome; }
    Database *database() const { return m_db.get(); }
    PortfolioStore *store() const { return m_store; }
    Editor *editor() const { return m_editor.get(); }
    FilterBar *filterBar() const { return m_filterBar; }
    // The page, built now if it has not been shown yet; null without a database.
    QWidget *page(Page page);
    PartnershipsView *partnershipsView();
    ReportsView *reportsView();
    QAction *printAction() const { return m_printAction; }
    Page currentPage() const;
    void setCurrentPage(Page page);
    // Leads to the Reports view with the dossier of this pair.
    void showDossier(qint64 partnershipId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createLayout();
    void createPages();
    void clearPages();
    // Puts the made page in place of the placeholder at `index`.
    QWidget *buildPage(int index);
    void retranslate();
    void newDatabase();
    bool createDatabase(const QString &path, const QString &title);
    void openDemo();
    void showWorkspace();
    void updateActions();
    // Takes over a database just opened: pages, editor, watcher, recent list.
    void adopt(std::unique_ptr<Database> db, std::unique_ptr<DatabaseLock> lock,
               const QString &recentEntry);
    void applyAccess();
    void importFile(const QString &path = {});
    void exportFile();
    void openDatabaseDialog();
    void updateRecentMenu();
    void updateStatus();
    void showAbout();
    void print();
    void showGuide();
    void showSettings();

    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    std::unique_ptr<Editor> m_editor;
    // Reloads the store when another process commits to the file.
    std::unique_ptr<ExternalChangeWatcher> m_watcher;
    QUndoGroup *m_undoGroup = nullptr;
    FilterBar *m_filterBar = nullptr;
    std::vector<bool> m_built; // of the pages of the open database, by index
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_central = nullptr; // the welcome page or the workspace
    WelcomePage *m_welcome = nullptr;
    HelpWindow *m_help = nullptr; // made when first asked for
    QString m_opening;            // the file to open after the first paint
    QString m_serverLabel;        // "twinning on db:5432 as olena"; empty for a file
    QLabel *m_statusDatabase = nullptr;
    QLabel *m_statusCounts = nullptr;
    bool m_statusQueued = false; // an update of the counts is on its way
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newPairAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_serverAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
};

} // namespace tt::ui
