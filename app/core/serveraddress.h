#pragma once

// Where a server database is: the parts of postgresql://USER@HOST:PORT/DB. It
// never holds a password, so that it can be remembered (File › Open recent)
// and shown; the password is asked each time, or taken by libpq from its usual
// places (~/.pgpass, PGPASSWORD).

#include <QString>

#include <optional>

namespace tt {

struct ServerAddress
{
    static constexpr int defaultPort = 5432;

    QString host;
    int port = defaultPort;
    QString database;
    QString user;

    // postgresql://USER@HOST:PORT/DB, with what needs it percent-encoded.
    QString url() const;
    // "twinning on db.example.org:5432 as olena", for lists and titles.
    QString label() const;

    // Parses a URL of that form (postgres:// too); none for anything else,
    // and for one that carries a password (it is not ours to remember).
    static std::optional<ServerAddress> fromUrl(const QString &url);
    static bool isServerUrl(const QString &text);
};

} // namespace tt
