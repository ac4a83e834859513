// The main window's pages: made from the table of ui/pages.h, each when it is
// first shown, and the file given at start opened after the first paint.

#include "app/commands/editor.h"
#include "app/core/settings.h"
#include "app/models/portfoliostore.h"
#include "ui/views/partnershipsview.h"
#include "ui/views/reportsview.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTimer>

namespace tt::ui {

namespace {

int rememberedPage()
{
    return static_cast<int>(
        pageForKey(settings::mainWindowPage.value(), MainWindow::Page::Partnerships));
}

} // namespace

void MainWindow::clearPages()
{
    m_built.clear();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
}

void MainWindow::createPages()
{
    // The pages work on one database: they are made anew for each one opened,
    // each when it is first shown; until then an empty widget holds its place.
    // The first database opened shows the page the window was last closed on.
    const int current =
        m_navigation->currentRow() < 0 ? rememberedPage() : m_navigation->currentRow();
    clearPages();
    for (const PageEntry &entry : pages()) {
        QWidget *page = nullptr;
        if (m_editor && entry.page != static_cast<Page>(current)) {
            page = new QWidget(m_pages);
        } else {
            QString text = tr("No database open");
            if (m_editor)
                text = tr("Opening %1…").arg(QDir::toNativeSeparators(m_db->path()));
            else if (!m_opening.isEmpty())
                text = tr("Opening %1…").arg(QDir::toNativeSeparators(m_opening));
            auto *placeholder = new QLabel(text, m_pages);
            placeholder->setAlignment(Qt::AlignCenter);
            page = placeholder;
        }
        page->setObjectName(QStringLiteral("page%1").arg(static_cast<int>(entry.page)));
        m_pages->addWidget(page);
    }
    m_built.assign(pages().size(), !m_editor);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(current);
    m_pages->setCurrentIndex(current);
    if (m_editor) {
        // Made right after the database is opened, not in the same turn of
        // the event loop: each is some 40 ms at 100,000 pairs, and the window
        // stays responsive between them. A timer rather than a posted call,
        // which would come before the events queued meanwhile. Whoever asks
        // for the page sooner has it made then (page()).
        QTimer::singleShot(1, this, [this, current] { buildPage(current); });
    } else {
        buildPage(current);
    }
    m_printAction->setEnabled(m_editor != nullptr);
}

QWidget *MainWindow::buildPage(int index)
{
    if (index < 0 || index >= m_pages->count())
        return nullptr;
    if (m_built[index])
        return m_editor ? m_pages->widget(index) : nullptr;
    m_built[index] = true;
    const PageEntry &entry = pages()[index];
    QWidget *page = entry.make({m_store, m_editor.get(), this, m_pages});
    if (page->objectName().isEmpty())
        page->setObjectName(QStringLiteral("page%1").arg(index));
    QWidget *placeholder = m_pages->widget(index);
    const bool shown = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    if (shown)
        m_pages->setCurrentIndex(index);
    return page;
}

QWidget *MainWindow::page(Page page)
{
    return buildPage(static_cast<int>(page));
}

PartnershipsView *MainWindow::partnershipsView()
{
    return qobject_cast<PartnershipsView *>(page(Page::Partnerships));
}

ReportsView *MainWindow::reportsView()
{
    return qobject_cast<ReportsView *>(page(Page::Reports));
}

void MainWindow::showDossier(qint64 partnershipId)
{
    setCurrentPage(Page::Reports);
    if (ReportsView *view = reportsView())
        view->showDossier(partnershipId);
}

void MainWindow::openAfterFirstPaint(const QString &path)
{
    m_opening = path;
    createPages();
    m_central->setCurrentIndex(1);
    updateStatus();
    installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The first paint of the window is on its way to the screen when its
    // paint event comes: the file is opened right after.
    if (watched == this && event->type() == QEvent::Paint && !m_opening.isEmpty()) {
        removeEventFilter(this);
        // A timer rather than a posted call: the window's events queued
        // behind the paint (a key, a resize) come first, not after the file.
        QTimer::singleShot(1, this, [this] {
            const QString path = std::exchange(m_opening, QString());
            if (!openDatabase(path)) {
                createPages();
                showWorkspace();
            }
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace tt::ui
