#include "mainwindow.h"

#include "core/maintenance.h"
#include "core/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace tt::ui {

namespace {

constexpr int maxRecentFiles = 8;

const char *const pageTitles[] = {
    QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    QT_TRANSLATE_NOOP("MainWindow", "Partnerships"),
    QT_TRANSLATE_NOOP("MainWindow", "Milestones"),
    QT_TRANSLATE_NOOP("MainWindow", "Communities & partners"),
    QT_TRANSLATE_NOOP("MainWindow", "Projects"),
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
};

QString fileFilter()
{
    return MainWindow::tr("Twinning Tracker databases (*.twinning *.sqlite);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    createActions();
    createPages();
    m_statusDatabase = new QLabel(this);
    m_statusCounts = new QLabel(this);
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    retranslate();
    resize(1200, 780);
    restoreGeometry(settings::mainWindowGeometry.value());
    restoreState(settings::mainWindowState.value());
    updateRecentMenu();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDatabase);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabaseDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createPages()
{
    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(260);
    m_navigation->setMinimumWidth(170);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(splitter);
    for (int i = 0; i < 6; ++i) {
        m_navigation->addItem(QString());
        auto *placeholder = new QLabel(m_pages);
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setObjectName(QStringLiteral("page%1").arg(i));
        m_pages->addWidget(placeholder);
    }
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(static_cast<int>(Page::Partnerships));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Twinning Tracker"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        m_navigation->item(i)->setText(tr(pageTitles[i]));
        if (auto *label = qobject_cast<QLabel *>(m_pages->widget(i)))
            label->setText(tr(pageTitles[i]));
    }
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                        opened.error().message, QMessageBox::Ok, this);
        box.setDetailedText(opened.error().detail);
        box.exec();
        return false;
    }
    m_db = std::move(opened.value());
    connect(&m_db->notifier(), &ChangeNotifier::changed, this, &MainWindow::updateStatus);
    settings::lastDatabase.set(m_db->path());
    QStringList recent = settings::recentDatabases.value();
    recent.removeAll(m_db->path());
    recent.prepend(m_db->path());
    settings::recentDatabases.set(recent.mid(0, maxRecentFiles));
    updateRecentMenu();
    setWindowFilePath(m_db->path());
    updateStatus();
    if (m_db->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(m_db->readOnlyReason()), 10000);
    return true;
}

void MainWindow::newDatabase()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New database"),
            tr("“%1” exists already. Choose a new name, or open it with File › Open.")
                .arg(QDir::toNativeSeparators(path)));
        return;
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
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!m_statusDatabase)
        return;
    if (!m_db) {
        m_statusDatabase->setText(tr("No database open"));
        m_statusCounts->clear();
        return;
    }
    QString text = QDir::toNativeSeparators(m_db->path());
    if (m_db->isReadOnly())
        text += QStringLiteral(" — ") + tr("read-only");
    m_statusDatabase->setText(text);
    const qint64 pairs = countRows(*m_db, QStringLiteral("partnership")).valueOr(0);
    const qint64 milestones = countRows(*m_db, QStringLiteral("milestone")).valueOr(0);
    m_statusCounts->setText(tr("%n partnership(s)", "", static_cast<int>(pairs)) +
                            QStringLiteral(" · ") +
                            tr("%n milestone(s)", "", static_cast<int>(milestones)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Twinning Tracker"),
        tr("<h3>Twinning Tracker %1</h3>"
           "<p>Keeps the international partnerships of Ukrainian communities: city pairs, "
           "cooperation areas, milestones, contacts, projects and documents.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Place names and populations: GeoNames, geonames.org — licensed under CC BY 4.0 "
           "(creativecommons.org/licenses/by/4.0). Data selected and modified.<br>"
           "Map data: made with Natural Earth (naturalearthdata.com), public domain.<br>"
           "Territorial communities: the codifier of administrative-territorial units (KATOTTG) "
           "of the Ministry for Communities and Territories Development of Ukraine.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::mainWindowGeometry.set(saveGeometry());
    settings::mainWindowState.set(saveState());
    event->accept();
}

} // namespace tt::ui
