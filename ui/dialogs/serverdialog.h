#pragma once

#include "app/core/result.h"
#include "app/core/serveraddress.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ServerDialog;
}

namespace tt::ui {

// File › Connect to server: where the database is and who you are there. The
// password is asked every time and goes no further than the opener; it is
// never written to the settings. When the server cannot be reached or refuses,
// the reason is shown here and the dialog stays open to try again.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens the database at `address` with `password` (may be empty: libpq
    // then looks in ~/.pgpass and PGPASSWORD).
    using Opener = std::function<Status(const ServerAddress &address, const QString &password)>;

    explicit ServerDialog(Opener opener, QWidget *parent = nullptr);
    ~ServerDialog() override;

    void setAddress(const ServerAddress &address);
    ServerAddress address() const;
    QString errorText() const;

    void accept() override;

private:
    void showError(const QString &message);

    std::unique_ptr<Ui::ServerDialog> m_ui;
    Opener m_opener;
};

} // namespace tt::ui
