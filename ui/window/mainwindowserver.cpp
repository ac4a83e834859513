// The parts of the main window that deal with a server database: connecting,
// and reading what the user's role there allows.

#include "app/commands/editor.h"
#include "app/core/access.h"
#include "app/core/settings.h"
#include "app/models/portfoliostore.h"
#include "ui/dialogs/serverdialog.h"
#include "ui/window/databaselock.h"
#include "ui/window/mainwindow.h"

#include <QStatusBar>

namespace tt::ui {

bool MainWindow::connectToServer(const QString &url)
{
    ServerDialog dialog([this](const ServerAddress &address,
                               const QString &password) { return openServer(address, password); },
                        this);
    const QString known = url.isEmpty() ? settings::lastServer.value() : url;
    if (auto address = ServerAddress::fromUrl(known))
        dialog.setAddress(*address);
    return dialog.exec() == QDialog::Accepted;
}

Status MainWindow::openServer(const ServerAddress &address, const QString &password)
{
    OpenOptions options;
    options.password = password;
    options.create = false; // a server database is made by its administrator
    auto opened = Database::open(address.url(), options);
    if (!opened)
        return opened.error();
    adopt(std::move(opened.value()), nullptr, address.url());
    settings::lastServer.set(address.url());
    return {};
}

void MainWindow::applyAccess()
{
    Permissions &permissions = m_editor->permissions();
    // The window holds every pair in memory: no query per selection.
    permissions.setOblastOfPair([this](qint64 pairId) {
        const qsizetype i = m_store->portfolio().indexOf(pairId);
        return i < 0 ? QString() : m_store->portfolio().pairs()[i].oblastIso;
    });
    auto access = readAccess(*m_db);
    if (access) {
        permissions.setAccess(*access);
    } else {
        // Not knowing the role, offer no change: the server would decide anyway.
        Access unknown;
        unknown.user = m_db->actor();
        permissions.setAccess(unknown);
        statusBar()->showMessage(
            tr("Your role on the server could not be read: %1").arg(access.error().message), 15000);
    }
    connect(&permissions, &Permissions::changed, this, [this] {
        updateActions();
        updateStatus();
    });
}

} // namespace tt::ui
