#pragma once

// The pages of the main window, in the order of its navigation column: one
// entry each, with the name under which the page shown last is remembered, its
// title and tip, and the function that makes it. The window builds a page the
// first time it is shown. Adding a page is one value of Page and one entry in
// pages.cpp.

#include <QString>

#include <span>

class QWidget;

namespace tt {
class Editor;
class PortfolioStore;
} // namespace tt

namespace tt::ui {

class MainWindow;

enum class Page { Dashboard, Partnerships, Milestones, Places, Projects, Reports };

// What a page is made from. `window` is for wiring the page to the rest of
// the window (a pair opened from the dashboard leads to the pairs table).
struct PageContext
{
    PortfolioStore *store = nullptr;
    Editor *editor = nullptr;
    MainWindow *window = nullptr;
    QWidget *parent = nullptr;
};

struct PageEntry
{
    Page page;
    const char *key;   // remembered in the settings: "partnerships"
    const char *title; // QT_TRANSLATE_NOOP("MainWindow", …)
    const char *tip;   // QT_TRANSLATE_NOOP("MainWindow", …)
    QWidget *(*make)(const PageContext &context);

    QString translatedTitle() const;
    QString translatedTip() const;
};

// Every page, in the order of the navigation column (the order of Page).
std::span<const PageEntry> pages();
const PageEntry &pageEntry(Page page);
// The page remembered under `key`, or `fallback`.
Page pageForKey(const QString &key, Page fallback);

} // namespace tt::ui
