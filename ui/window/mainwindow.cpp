#include "ui/window/mainwindow.h"

#include "app/commands/editor.h"
#include "app/core/access.h"
#include "app/core/externalchangewatcher.h"
#include "app/core/maintenance.h"
#include "app/core/settings.h"
#include "app/io/exporters.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "ui/dialogs/conflictdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/serverdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/views/partnershipsview.h"
#include "ui/views/reportsview.h"
#include "ui/views/welcomepage.h"
#include "ui/widgets/filterbar.h"
#include "ui/window/backupactions.h"
#include "ui/window/databaselock.h"
#include "ui/window/helpwindow.h"
#include "ui/window/languagemenu.h"
#include "ui/window/permissiongate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace tt::ui {

namespace {

constexpr int maxRecentFiles = 8;

QString fileFilter()
{
    return MainWindow::tr("Twinning Tracker databases (*.twinning *.sqlite);;All files (*)");
}

} // namespace

QString demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.twinning");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_store(new PortfolioStore(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createActions();
    createLayout();
    createPages();
    connect(m_store, &PortfolioStore::reset, this, &MainWindow::updateStatus);
    connect(m_store, &PortfolioStore::filterChanged, this, &MainWindow::updateStatus);
    // A colleague's save of a hundred pairs tells a hundred changes in one
    // turn: the counts (a pass over every pair) are made once, after them.
    connect(m_store, &PortfolioStore::pairChanged, this, [this] {
        if (!std::exchange(m_statusQueued, true))
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_statusQueued = false;
                    updateStatus();
                },
                Qt::QueuedConnection);
    });
    connect(m_store, &PortfolioStore::milestonesLoaded, this, &MainWindow::updateStatus);
    connect(m_store, &PortfolioStore::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Twinning Tracker"), message);
    });
    m_statusDatabase = new QLabel(this);
    m_statusCounts = new QLabel(this);
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    retranslate();
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1360, available.width() * 9 / 10),
               std::min(860, available.height() * 9 / 10));
    }
    restoreGeometry(settings::mainWindowGeometry.value());
    restoreState(settings::mainWindowState.value());
    updateRecentMenu();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    clearPages();
    m_store->setDatabase(nullptr);
    m_editor.reset();
    m_db.reset();
    m_lock.reset();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setToolTipsVisible(true);
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDatabase);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabaseDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_serverAction = m_fileMenu->addAction(QString(), this, [this] { connectToServer(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeDatabase);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, [this] { importFile(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportFile);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_restoreAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_db && restoreBackupInteractively(this, *m_db)) {
            const QString path = m_db->path();
            openDatabase(path); // everything reloads from the restored content
        }
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_fileMenu->insertSeparator(m_quitAction);
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false); // until a database is open
    connect(m_printAction, &QAction::triggered, this, &MainWindow::print);
    m_fileMenu->insertAction(m_quitAction, m_printAction);
    m_fileMenu->insertSeparator(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    m_redoAction->setShortcuts(redoKeys);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_newPairAction = m_editMenu->addAction(QString(), this, [this] {
        setCurrentPage(Page::Partnerships);
        if (PartnershipsView *view = partnershipsView())
            view->newPair();
    });
    m_newPairAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_findAction = m_editMenu->addAction(QString(), this, [this] { m_filterBar->focusText(); });
    m_findAction->setShortcut(QKeySequence::Find);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = new LanguageMenu(m_settingsMenu);
    m_settingsMenu->addMenu(m_languageMenu);
    m_settingsAction = m_settingsMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    // Labels held by the models (names of countries, stages…) follow the language.
    connect(m_languageMenu, &LanguageMenu::languageChanged, m_store, &PortfolioStore::reload);

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showGuide);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createLayout()
{
    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(260);
    m_navigation->setMinimumWidth(200);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(3);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    for (std::size_t i = 0; i < pages().size(); ++i)
        m_navigation->addItem(QString());
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_filterBar = new FilterBar(m_store, right);
    m_pages = new QStackedWidget(right);
    rightLayout->addWidget(m_filterBar);
    rightLayout->addWidget(m_pages, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 1000});
    m_welcome = new WelcomePage(this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(splitter);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomePage::newDatabaseRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, [this](const QString &path) {
        if (path.isEmpty())
            openDatabaseDialog();
        else
            openDatabase(path);
    });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::serverRequested, this, [this] { connectToServer(); });
    connect(m_welcome, &WelcomePage::importRequested, this, [this] { importFile(); });
    // A page is built when first shown.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        buildPage(row);
        m_pages->setCurrentIndex(row);
    });
}

void MainWindow::print()
{
    // Prints the report of the Reports view; from elsewhere, it leads there
    // first, so that the report to print is chosen with its preview in sight.
    ReportsView *view = reportsView();
    if (!view)
        return;
    if (currentPage() == Page::Reports)
        view->print();
    else
        setCurrentPage(Page::Reports);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_serverAction->setText(tr("Connect to &server…"));
    m_serverAction->setToolTip(
        tr("Open a shared database on a PostgreSQL server, such as the ministry's"));
    m_closeAction->setText(tr("&Close database"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_settingsAction->setText(tr("&Office and preferences…"));
    m_settingsAction->setToolTip(tr("The office's name on every report page, the dormancy rule, "
                                    "backups and the report language"));
    m_aboutAction->setText(tr("&About Twinning Tracker"));
    m_guideAction->setText(tr("User &guide"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_newPairAction->setText(tr("New &partnership…"));
    m_importAction->setText(tr("&Import spreadsheet…"));
    m_importAction->setToolTip(
        tr("Bring in pairs from a CSV or XLSX file; you see what would change first"));
    m_exportAction->setText(tr("&Export…"));
    m_restoreAction->setText(tr("Restore &backup…"));
    m_exportAction->setToolTip(
        tr("Write the pairs that pass the filter as CSV, XLSX, iCalendar or GeoJSON, or the "
           "whole database as a JSON backup"));
    m_findAction->setText(tr("&Find…"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the report of the Reports view"));
    for (const PageEntry &entry : pages()) {
        QListWidgetItem *item = m_navigation->item(static_cast<int>(entry.page));
        item->setText(entry.translatedTitle());
        item->setToolTip(entry.translatedTip());
    }
    m_newAction->setToolTip(tr("Create an empty database file for your office's partnerships"));
    m_openAction->setToolTip(tr("Open a database file made earlier or sent by a colleague"));
    m_closeAction->setToolTip(tr("Close the database and return to the welcome page"));
    m_guideAction->setToolTip(
        tr("How to record a first pair, read the dashboard and print (%1)")
            .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    m_navigation->setAccessibleName(tr("Views"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

bool MainWindow::openDatabase(const QString &path)
{
    if (ServerAddress::isServerUrl(path))
        return connectToServer(path);
    if (m_db && QFileInfo(path).absoluteFilePath() == QFileInfo(m_db->path()).absoluteFilePath())
        return true;
    // The lock is taken before the file is opened, so that no window migrates
    // or writes a file that another one is showing.
    auto lock = std::make_unique<DatabaseLock>(path);
    OpenOptions options;
    bool heldElsewhere = false;
    if (lock->tryLock() == DatabaseLock::State::HeldElsewhere) {
        QMessageBox box(
            QMessageBox::Warning, tr("Database already open"),
            tr("“%1” is already open in another window.").arg(QDir::toNativeSeparators(path)),
            QMessageBox::NoButton, this);
        box.setInformativeText(
            tr("Two windows that change one file would overwrite each other's view of it. "
               "You can open it read-only here, or switch to the other window."));
        if (const QString owner = lock->owner(); !owner.isEmpty())
            box.setDetailedText(
                tr("Held by: %1\nLock file: %2")
                    .arg(owner, QDir::toNativeSeparators(DatabaseLock::lockPathFor(path))));
        QPushButton *readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("openReadOnly"));
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != readOnly)
            return false;
        options.readOnly = true;
        options.create = false;
        lock.reset();
        heldElsewhere = true;
    } else if (!lock->isLocked()) {
        lock.reset(); // a read-only medium: nobody can lock, nobody can write
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::open(path, options);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                        opened.error().message, QMessageBox::Ok, this);
        box.setDetailedText(opened.error().detail);
        box.exec();
        return false;
    }
    adopt(std::move(opened.value()), std::move(lock), QString());
    if (heldElsewhere)
        statusBar()->showMessage(tr("Opened read-only: another window has the file open."), 10000);
    else if (m_db->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(m_db->readOnlyReason()), 10000);
    return true;
}

void MainWindow::adopt(std::unique_ptr<Database> db, std::unique_ptr<DatabaseLock> lock,
                       const QString &recentEntry)
{
    // Everything that refers to the old database goes before it does.
    clearPages();
    waitForDailyBackups();
    if (m_editor)
        m_undoGroup->removeStack(m_editor->undoStack());
    m_editor.reset();
    m_watcher.reset();
    m_store->setDatabase(nullptr);
    m_db = std::move(db);
    m_lock = std::move(lock);
    m_editor = std::make_unique<Editor>(*m_db);
    m_undoGroup->addStack(m_editor->undoStack());
    m_undoGroup->setActiveStack(m_editor->undoStack());
    m_editor->setConflictHandler(
        [this](const Conflict &conflict) { return askConflict(this, conflict); });
    connect(m_editor.get(), &Editor::reloadRequested, m_store, &PortfolioStore::reload);
    connect(m_editor.get(), &Editor::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); });
    m_store->setDatabase(m_db.get());
    applyAccess();
    m_watcher = std::make_unique<ExternalChangeWatcher>(*m_db);
    connect(m_watcher.get(), &ExternalChangeWatcher::needsReload, m_store, &PortfolioStore::reload);
    // Told record by record through the notifier; the status bar says so.
    connect(m_watcher.get(), &ExternalChangeWatcher::recordsChangedExternally, this,
            [this](int records) {
                statusBar()->showMessage(tr("%n change(s) saved by others shown.", "", records),
                                         5000);
            });
    createPages();
    // A server keeps its own backups; the password never goes into the list.
    const bool file = m_db->dialect().isSqlite();
    if (file)
        makeDailyBackup(this, *m_db);
    const QString entry = recentEntry.isEmpty() ? m_db->path() : recentEntry;
    settings::lastDatabase.set(entry);
    QStringList recent = settings::recentDatabases.value();
    recent.removeAll(entry);
    recent.prepend(entry);
    settings::recentDatabases.set(recent.mid(0, maxRecentFiles));
    updateRecentMenu();
    const auto server = ServerAddress::fromUrl(entry);
    m_serverLabel = server ? server->label() : QString();
    setWindowTitle(server ? server->label() + QStringLiteral(" — ") +
                                QApplication::applicationDisplayName()
                          : QString());
    setWindowFilePath(server ? QString() : m_db->path());
    showWorkspace();
}

void MainWindow::closeDatabase()
{
    if (!m_db)
        return;
    clearPages();
    if (m_editor)
        m_undoGroup->removeStack(m_editor->undoStack());
    m_editor.reset();
    m_watcher.reset();
    m_store->setDatabase(nullptr);
    waitForDailyBackups();
    m_db.reset();
    m_lock.reset();
    createPages();
    // The window reopens what was open when it was closed: nothing, now.
    settings::lastDatabase.reset();
    setWindowTitle(QString());
    setWindowFilePath(QString());
    showWorkspace();
}

void MainWindow::showWorkspace()
{
    if (!m_db)
        m_welcome->refresh();
    m_central->setCurrentWidget(m_db ? m_central->widget(1) : m_welcome);
    updateActions();
    updateStatus();
}

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    for (QAction *a : {m_closeAction, m_exportAction, m_findAction})
        a->setEnabled(open);
    // What the role allows, with the reason on the disabled ones.
    const Permissions *permissions = m_editor ? &m_editor->permissions() : nullptr;
    const QString whyNot = permissions ? permissions->whyNotEdit() : QString();
    gate(m_newPairAction, whyNot, open);
    gate(m_importAction, whyNot);
    QString whyNotRestore = permissions ? permissions->whyNotEditShared() : QString();
    if (m_db && !m_db->dialect().isSqlite() && whyNotRestore.isEmpty())
        whyNotRestore = tr("A server database is backed up on the server, not by this program");
    gate(m_restoreAction, whyNotRestore);
    // A viewer has nothing to undo; the reason says why the commands stay grey.
    gate(m_undoAction, whyNot, m_undoGroup->canUndo());
    gate(m_redoAction, whyNot, m_undoGroup->canRedo());
}

bool MainWindow::createDatabase(const QString &path, const QString &title)
{
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, title,
            tr("“%1” exists already. Choose a new name, or open it with File › Open.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openDatabase(path);
}

void MainWindow::newDatabase()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          u'/' + tr("partnerships") + QStringLiteral(".twinning");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), start, fileFilter());
    if (!path.isEmpty())
        createDatabase(path, tr("New database"));
}

void MainWindow::openDemo()
{
    const QString path = demoDatabasePath();
    if (!QFileInfo::exists(path)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Status written = [&]() -> Status {
            auto db = Database::open(path);
            if (!db)
                return db.error();
            auto demo = sample::writeDemo(**db);
            if (!demo)
                return demo.error();
            return {};
        }();
        QApplication::restoreOverrideCursor();
        if (!written) {
            // Half a demo is no demo: the next attempt starts afresh.
            QFile::remove(path);
            QMessageBox::warning(this, tr("Demo"), written.error().message);
            return;
        }
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), start, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = settings::recentDatabases.value();
    for (const QString &path : recent) {
        const auto server = ServerAddress::fromUrl(path);
        QAction *action =
            m_recentMenu->addAction(server ? server->label() : QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!m_statusDatabase)
        return;
    if (!m_db) {
        m_statusDatabase->setText(m_opening.isEmpty()
                                      ? tr("No database open")
                                      : tr("Opening %1…").arg(QDir::toNativeSeparators(m_opening)));
        m_statusCounts->clear();
        return;
    }
    QString text = QDir::toNativeSeparators(m_db->path());
    if (!m_db->dialect().isSqlite() && m_editor) {
        // On a shared database, who you are there is what decides what you may
        // do; the label names the user already.
        text = tr("%1 — role: %2").arg(m_serverLabel, m_editor->permissions().roleLabel());
    }
    if (m_db->isReadOnly())
        text += QStringLiteral(" — ") + tr("read-only");
    m_statusDatabase->setText(text);
    if (m_store->isLoadingPairs()) {
        m_statusCounts->setText(tr("reading pairs…"));
        return;
    }
    const auto &pairs = m_store->portfolio().pairs();
    int milestones = 0, overdue = 0;
    for (const PartnershipSummary &p : pairs) {
        milestones += static_cast<int>(p.milestones.size());
        overdue += p.milestonesOverdue;
    }
    QString counts = tr("%n partnership(s)", "", static_cast<int>(pairs.size()));
    const int shown = static_cast<int>(m_store->filtered().size());
    if (shown != static_cast<int>(pairs.size()))
        counts += QStringLiteral(" (") + tr("%n shown", "", shown) + u')';
    // A large database shows its pairs before their milestones are read.
    if (!m_store->hasMilestones()) {
        counts += QStringLiteral(" · ") + tr("loading milestones…");
    } else {
        counts += QStringLiteral(" · ") + tr("%n milestone(s)", "", milestones);
        if (overdue > 0)
            counts += QStringLiteral(" · ") + tr("%n overdue", "", overdue);
    }
    m_statusCounts->setText(counts);
}

void MainWindow::showAbout()
{
    ui::showAbout(this);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_editor.get(), this);
    dialog.exec();
}

void MainWindow::showGuide()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::importFile(const QString &given)
{
    if (m_db && m_db->isReadOnly()) {
        QMessageBox::information(
            this, tr("Import"),
            tr("The database is open read-only; nothing can be imported into it."));
        return;
    }
    QString path = given;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(
            this, tr("Import a spreadsheet"), QDir::homePath(),
            tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!m_db) {
        // The pairs need a database to go into: a new one, named after the list.
        const QFileInfo source(path);
        const QString target = QFileDialog::getSaveFileName(
            this, tr("New database for the imported pairs"),
            source.absolutePath() + u'/' + source.completeBaseName() + QStringLiteral(".twinning"),
            fileFilter());
        if (target.isEmpty() || !createDatabase(target, tr("Import")))
            return;
    }
    ImportDialog::run(this, *m_db, path);
}

void MainWindow::exportFile()
{
    if (!m_db)
        return;
    const QString csv = tr("CSV for Excel (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString ics = tr("Milestones as a calendar (*.ics)");
    const QString geojson = tr("Map data, GeoJSON (*.geojson)");
    const QString json = tr("Backup of the whole database (*.json)");
    QString chosen = xlsx;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir::homePath(),
        QStringList{xlsx, csv, ics, geojson, json}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    const std::pair<QString, const char *> suffixes[] = {
        {csv, ".csv"}, {xlsx, ".xlsx"}, {ics, ".ics"}, {geojson, ".geojson"}, {json, ".json"}};
    for (const auto &[filter, suffix] : suffixes) {
        if (chosen == filter && !path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            path += QLatin1String(suffix);
    }
    auto format = io::formatOf(path);
    if (!format) {
        QMessageBox::warning(this, tr("Export"), format.error().message);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written =
        io::exportFile(*m_db, *format, m_store->filter(), path, io::ExportOptions{});
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Export"), written.error().message);
    else
        statusBar()->showMessage(tr("Written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    event->acceptProposedAction();
    // A database opens; a spreadsheet is imported into the open one.
    if (suffix == QLatin1String("twinning") || suffix == QLatin1String("sqlite") ||
        suffix == QLatin1String("db"))
        openDatabase(path);
    else
        importFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_navigation->currentRow() >= 0)
        settings::mainWindowPage.set(QLatin1String(pages()[m_navigation->currentRow()].key));
    clearPages();
    waitForDailyBackups();
    settings::mainWindowGeometry.set(saveGeometry());
    settings::mainWindowState.set(saveState());
    event->accept();
}

} // namespace tt::ui
