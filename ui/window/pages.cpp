#include "ui/window/pages.h"

#include "app/commands/editor.h"
#include "ui/views/dashboard/dashboardview.h"
#include "ui/views/milestonesview.h"
#include "ui/views/municipalitiesview.h"
#include "ui/views/partnershipsview.h"
#include "ui/views/projectsview.h"
#include "ui/views/reportsview.h"
#include "ui/window/mainwindow.h"

#include <QCoreApplication>

#include <array>

namespace tt::ui {

namespace {

QWidget *makeDashboard(const PageContext &c)
{
    auto *dashboard = new DashboardView(c.store, c.parent);
    QObject::connect(dashboard, &DashboardView::pairOpened, c.window,
                     [window = c.window] { window->setCurrentPage(Page::Partnerships); });
    QObject::connect(c.editor, &Editor::officeSettingsChanged, dashboard, &DashboardView::refresh);
    return dashboard;
}

QWidget *makePartnerships(const PageContext &c)
{
    auto *view = new PartnershipsView(c.store, c.editor, c.parent);
    QObject::connect(view, &PartnershipsView::dossierRequested, c.window,
                     [window = c.window](qint64 id) { window->showDossier(id); });
    return view;
}

QWidget *makeMilestones(const PageContext &c)
{
    return new MilestonesView(c.store, c.editor, c.parent);
}

QWidget *makePlaces(const PageContext &c)
{
    return new MunicipalitiesView(c.store, c.editor, c.parent);
}

QWidget *makeProjects(const PageContext &c)
{
    return new ProjectsView(c.store, c.editor, c.parent);
}

QWidget *makeReports(const PageContext &c)
{
    auto *view = new ReportsView(c.store, c.parent);
    QObject::connect(c.editor, &Editor::officeSettingsChanged, view, &ReportsView::invalidate);
    return view;
}

constexpr std::array<PageEntry, 6> entries{{
    {Page::Dashboard, "dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
     QT_TRANSLATE_NOOP("MainWindow", "Key figures, the map and the charts of the pairs that pass "
                                     "the filter"),
     makeDashboard},
    {Page::Partnerships, "partnerships", QT_TRANSLATE_NOOP("MainWindow", "Partnerships"),
     QT_TRANSLATE_NOOP("MainWindow", "The pairs in a table, with the details of the selected one"),
     makePartnerships},
    {Page::Milestones, "milestones", QT_TRANSLATE_NOOP("MainWindow", "Milestones"),
     QT_TRANSLATE_NOOP("MainWindow", "The milestones of all pairs, overdue first, then by month"),
     makeMilestones},
    {Page::Places, "places", QT_TRANSLATE_NOOP("MainWindow", "Communities & partners"),
     QT_TRANSLATE_NOOP("MainWindow", "Ukrainian communities and partner places with their pairs"),
     makePlaces},
    {Page::Projects, "projects", QT_TRANSLATE_NOOP("MainWindow", "Projects"),
     QT_TRANSLATE_NOOP("MainWindow", "Joint projects with their budgets"), makeProjects},
    {Page::Reports, "reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"),
     QT_TRANSLATE_NOOP("MainWindow", "Dossiers, summaries and agendas to print or save as PDF"),
     makeReports},
}};

// The table is in the order of Page, which the window's indices rely on.
constexpr bool inOrder()
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (static_cast<std::size_t>(entries[i].page) != i)
            return false;
    }
    return true;
}

} // namespace

QString PageEntry::translatedTitle() const
{
    return QCoreApplication::translate("MainWindow", title);
}

QString PageEntry::translatedTip() const
{
    return QCoreApplication::translate("MainWindow", tip);
}

std::span<const PageEntry> pages()
{
    static_assert(inOrder(), "the pages are listed in the order of Page");
    return entries;
}

const PageEntry &pageEntry(Page page)
{
    return entries[static_cast<std::size_t>(page)];
}

Page pageForKey(const QString &key, Page fallback)
{
    for (const PageEntry &entry : entries) {
        if (key == QLatin1String(entry.key))
            return entry.page;
    }
    return fallback;
}

} // namespace tt::ui
