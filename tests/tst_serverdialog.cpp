// File › Connect to server: the fields make the URL, a refusal keeps the
// dialog open with the reason, and the password never reaches the settings.

#include "app/core/serveraddress.h"
#include "app/core/settings.h"
#include "ui/dialogs/serverdialog.h"
#include "ui/window/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace tt;

namespace {

const QString secret = QStringLiteral("s3cret-Passw0rd");

void fill(ui::ServerDialog &dialog, const QString &host, int port, const QString &database,
          const QString &user, const QString &password)
{
    auto field = [&dialog](const char *name) {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    };
    for (const char *name : {"host", "database", "user", "password"})
        field(name)->clear();
    QTest::keyClicks(field("host"), host);
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
    spin->setValue(port);
    QTest::keyClicks(field("database"), database);
    QTest::keyClicks(field("user"), user);
    QTest::keyClicks(field("password"), password);
}

QPushButton *connectButton(QDialog &dialog)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("&Connect"))
            return b;
    }
    return nullptr;
}

// Every value stored in the settings, flattened to text.
QString allSettings()
{
    QSettings settings;
    QString all;
    for (const QString &key : settings.allKeys())
        all += key + u'=' + settings.value(key).toString() + u' ' +
               settings.value(key).toStringList().join(u' ') + u'\n';
    return all;
}

} // namespace

class TestServerDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addressRoundTrip_data();
    void addressRoundTrip();
    void refusesUrlsItShouldNotRemember_data();
    void refusesUrlsItShouldNotRemember();
    void fieldsMakeTheUrl();
    void refusalKeepsTheDialogOpen();
    void missingFieldsAreNamed();
    void passwordIsNotWrittenToSettings();
};

void TestServerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
    QSettings().clear();
}

void TestServerDialog::addressRoundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::newRow("plain") << "postgresql://olena@db.example.org:5432/twinning"
                           << "db.example.org" << 5432 << "twinning"
                           << "olena";
    QTest::newRow("other port") << "postgresql://reviewer@10.0.0.7:6543/ministry"
                                << "10.0.0.7" << 6543 << "ministry"
                                << "reviewer";
    QTest::newRow("encoded user") << "postgresql://o%20k@localhost:5432/db"
                                  << "localhost" << 5432 << "db"
                                  << "o k";
}

void TestServerDialog::addressRoundTrip()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    const auto a = ServerAddress::fromUrl(url);
    QVERIFY(a);
    QCOMPARE(a->host, host);
    QCOMPARE(a->port, port);
    QCOMPARE(a->database, database);
    QCOMPARE(a->user, user);
    QCOMPARE(a->url(), url);
}

void TestServerDialog::refusesUrlsItShouldNotRemember_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("a file") << "/home/olena/partnerships.twinning";
    QTest::newRow("with a password") << "postgresql://olena:secret@db:5432/twinning";
    QTest::newRow("no database") << "postgresql://olena@db:5432/";
    QTest::newRow("no host") << "postgresql:///twinning";
}

void TestServerDialog::refusesUrlsItShouldNotRemember()
{
    QFETCH(QString, url);
    QVERIFY(!ServerAddress::fromUrl(url));
}

void TestServerDialog::fieldsMakeTheUrl()
{
    ServerAddress given;
    QString givenPassword;
    ui::ServerDialog dialog([&](const ServerAddress &a, const QString &password) -> Status {
        given = a;
        givenPassword = password;
        return {};
    });
    dialog.show();
    fill(dialog, QStringLiteral("db.example.org"), 5433, QStringLiteral("twinning"),
         QStringLiteral("olena"), secret);
    QCOMPARE(dialog.address().url(),
             QStringLiteral("postgresql://olena@db.example.org:5433/twinning"));
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(given.url(), QStringLiteral("postgresql://olena@db.example.org:5433/twinning"));
    QCOMPARE(givenPassword, secret);
    // Gone from the form once used.
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
}

void TestServerDialog::refusalKeepsTheDialogOpen()
{
    int attempts = 0;
    ui::ServerDialog dialog([&](const ServerAddress &, const QString &password) -> Status {
        ++attempts;
        if (password != secret)
            return Error::make(Error::Code::Forbidden,
                               QStringLiteral("The server refused the user name or password."));
        return {};
    });
    dialog.show();
    fill(dialog, QStringLiteral("db"), 5432, QStringLiteral("twinning"), QStringLiteral("olena"),
         QStringLiteral("wrong"));
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QCOMPARE(attempts, 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("refused")));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(password, secret); // the wrong one is selected: typing replaces it
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QCOMPARE(attempts, 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestServerDialog::missingFieldsAreNamed()
{
    int attempts = 0;
    ui::ServerDialog dialog([&](const ServerAddress &, const QString &) -> Status {
        ++attempts;
        return {};
    });
    dialog.show();
    fill(dialog, QString(), 5432, QStringLiteral("twinning"), QStringLiteral("olena"), secret);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.errorText().contains(QStringLiteral("server")));
    fill(dialog, QStringLiteral("db"), 5432, QString(), QStringLiteral("olena"), secret);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.errorText().contains(QStringLiteral("database")));
    QCOMPARE(attempts, 0);
    QVERIFY(dialog.isVisible());
}

void TestServerDialog::passwordIsNotWrittenToSettings()
{
    ui::MainWindow window;
    window.show();
    QString shownError;
    // The server on port 1 of this machine does not answer: the dialog stays.
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<ui::ServerDialog *>();
        QVERIFY(dialog);
        fill(*dialog, QStringLiteral("127.0.0.1"), 1, QStringLiteral("twinning"),
             QStringLiteral("olena"), secret);
        QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        shownError = dialog->errorText();
        dialog->reject();
    });
    QVERIFY(!window.connectToServer());
    QVERIFY(!shownError.isEmpty());
    QVERIFY(!window.database());
    const QString stored = allSettings();
    QVERIFY2(!stored.contains(secret), qPrintable(stored));
}

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
