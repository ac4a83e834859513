#include "app/core/serveraddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace tt {

namespace {

struct ServerText
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
};

} // namespace

QString ServerAddress::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setHost(host);
    u.setPort(port);
    u.setPath(u'/' + database);
    return u.toString(QUrl::FullyEncoded);
}

QString ServerAddress::label() const
{
    return user.isEmpty()
               ? ServerText::tr("%1 on %2:%3").arg(database, host).arg(port)
               : ServerText::tr("%1 on %2:%3 as %4").arg(database, host).arg(port).arg(user);
}

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::fromUrl(const QString &text)
{
    if (!isServerUrl(text))
        return std::nullopt;
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() || !u.password().isEmpty())
        return std::nullopt;
    ServerAddress a;
    a.host = u.host();
    a.port = u.port(defaultPort);
    a.user = u.userName();
    a.database = u.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return std::nullopt;
    return a;
}

} // namespace tt
