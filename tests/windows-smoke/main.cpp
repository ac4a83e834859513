// Proves the Windows toolchain: Qt Widgets paint off screen, the SQLite driver
// plugin loads and reports the SQLite it was built with, and a Cyrillic path
// holds a database. Prints one line per check; exit status 0 when all pass.
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStyle>
#include <QTemporaryDir>

#include <cstdio>

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "FAIL %s\n", qUtf8Printable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::printf("Qt %s, platform %s, style %s\n", qVersion(),
                qUtf8Printable(QApplication::platformName()),
                qUtf8Printable(QApplication::style()->name()));

    QLabel label(QStringLiteral("Побратимство громад"));
    label.resize(320, 40);
    const QImage image = label.grab().toImage();
    if (image.isNull())
        return fail(QStringLiteral("the label did not paint"));
    std::printf("label painted: %dx%d\n", image.width(), image.height());

    if (!QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")))
        return fail(QStringLiteral("no QSQLITE driver; drivers: ") +
                    QSqlDatabase::drivers().join(u' '));

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/Користувач-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QString file = dir.filePath(QStringLiteral("громади.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(file);
        if (!db.open())
            return fail(QStringLiteral("open: ") + db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE TABLE t(name TEXT)")) ||
            !query.exec(QStringLiteral("INSERT INTO t VALUES ('Житомир')")) ||
            !query.exec(QStringLiteral("SELECT sqlite_version(), (SELECT name FROM t)")) ||
            !query.next())
            return fail(QStringLiteral("query: ") + query.lastError().text());
        std::printf("SQLite %s\n", qUtf8Printable(query.value(0).toString()));
        if (query.value(1).toString() != QStringLiteral("Житомир"))
            return fail(QStringLiteral("Cyrillic text did not come back"));
        std::printf("database at %s\n", qUtf8Printable(QDir::toNativeSeparators(file)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QSqlDatabase::defaultConnection);
    if (!QFile::exists(file))
        return fail(QStringLiteral("the database file is not there"));
    std::printf("OK\n");
    return 0;
}
