// The window offers only the changes the user's role allows, and says why
// not: a viewer changes nothing, an editor of Vinnytsia Oblast (UA-05) changes
// the pairs of Vinnytsia and not those of Lviv (UA-46). The roles are faked on
// an SQLite file; on a server readAccess() fills in the same Access.

#include "app/commands/editor.h"
#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/dialogs/erasepersondialog.h"
#include "ui/views/partnershipdetail.h"
#include "ui/views/partnershipsview.h"
#include "ui/widgets/recordtab.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace tt;

namespace {

Access fakeAccess(Role role, QStringList oblasts = {})
{
    Access a;
    a.role = role;
    a.user = QStringLiteral("olena");
    a.oblasts = QSet<QString>(oblasts.begin(), oblasts.end());
    return a;
}

qint64 pairIn(const PortfolioStore &store, const QString &oblast)
{
    for (const PartnershipSummary &p : store.portfolio().pairs()) {
        if (p.oblastIso == oblast)
            return p.id;
    }
    return 0;
}

QAction *menuAction(QMainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

} // namespace

class TestRoleGating : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void administratorMayChangeEverything();
    void viewerChangesNothing();
    void editorChangesOwnOblastOnly_data();
    void editorChangesOwnOblastOnly();
    void editorCannotMergePlaces();
    void onlyAdministratorErasesPerson();
    void erasureAsksForTheName();

private:
    QPushButton *button(const char *name) const;
    void select(qint64 pair);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestRoleGating::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
    auto db = test::openFresh(m_dir, QStringLiteral("demo.twinning"));
    QVERIFY(db);
    QVERIFY(sample::writeDemo(*db));
}

void TestRoleGating::init()
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("demo.twinning"))));
    m_window->setCurrentPage(ui::MainWindow::Page::Partnerships);
    QVERIFY(pairIn(*m_window->store(), QStringLiteral("UA-05")) > 0);
    QVERIFY(pairIn(*m_window->store(), QStringLiteral("UA-46")) > 0);
}

void TestRoleGating::cleanup()
{
    m_window.reset();
}

QPushButton *TestRoleGating::button(const char *name) const
{
    return m_window->findChild<QPushButton *>(QLatin1String(name));
}

void TestRoleGating::select(qint64 pair)
{
    m_window->store()->setCurrentPair(pair);
    QCOMPARE(m_window->partnershipsView()->detail()->pairId(), pair);
}

void TestRoleGating::administratorMayChangeEverything()
{
    // An SQLite file opened for writing belongs to whoever opened it.
    QCOMPARE(m_window->editor()->permissions().access().role, Role::Administrator);
    select(pairIn(*m_window->store(), QStringLiteral("UA-46")));
    QVERIFY(button("newPair")->isEnabled());
    QVERIFY(button("deletePair")->isEnabled());
    QVERIFY(m_window->partnershipsView()
                ->detail()
                ->tab(ui::PartnershipDetail::MilestonesTab)
                ->addButton()
                ->isEnabled());
}

void TestRoleGating::viewerChangesNothing()
{
    m_window->editor()->permissions().setAccess(fakeAccess(Role::Viewer));
    select(pairIn(*m_window->store(), QStringLiteral("UA-05")));
    const QString why = QStringLiteral("Your role on the server is viewer: you can read but not "
                                       "change");
    for (const char *name : {"newPair", "deletePair"}) {
        QVERIFY2(!button(name)->isEnabled(), name);
        QCOMPARE(button(name)->toolTip(), why);
    }
    ui::PartnershipDetail *detail = m_window->partnershipsView()->detail();
    for (auto tab : {ui::PartnershipDetail::AreasTab, ui::PartnershipDetail::MilestonesTab,
                     ui::PartnershipDetail::ContactsTab, ui::PartnershipDetail::ProjectsTab,
                     ui::PartnershipDetail::DocumentsTab, ui::PartnershipDetail::AgreementsTab,
                     ui::PartnershipDetail::AidTab}) {
        QVERIFY(!detail->tab(tab)->addButton()->isEnabled());
        QCOMPARE(detail->tab(tab)->addButton()->toolTip(), why);
    }
    QAction *newPair = menuAction(*m_window, QStringLiteral("New &partnership…"));
    QVERIFY(newPair);
    QVERIFY(!newPair->isEnabled());
    QCOMPARE(newPair->statusTip(), why);
    QAction *import = menuAction(*m_window, QStringLiteral("&Import spreadsheet…"));
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    // Its text follows the undo stack ("Undo …"): found by its key instead.
    QAction *undo = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        }
    }
    QVERIFY(undo);
    QCOMPARE(undo->statusTip(), why);
    QVERIFY(!undo->isEnabled());
    // Whatever gets past the greyed-out controls is refused before the database.
    const Status s = m_window->editor()->setMilestoneDone(1, true);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Forbidden);

    // Back to full rights: the controls and their own tooltips return.
    m_window->editor()->permissions().setAccess(fakeAccess(Role::Administrator));
    QVERIFY(button("newPair")->isEnabled());
    QVERIFY(button("newPair")->toolTip().startsWith(QStringLiteral("Add a pair")));
}

void TestRoleGating::editorChangesOwnOblastOnly_data()
{
    QTest::addColumn<QString>("oblast");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("own oblast, UA-05") << QStringLiteral("UA-05") << true;
    QTest::newRow("other oblast, UA-46") << QStringLiteral("UA-46") << false;
}

void TestRoleGating::editorChangesOwnOblastOnly()
{
    QFETCH(QString, oblast);
    QFETCH(bool, allowed);
    Permissions &permissions = m_window->editor()->permissions();
    permissions.setAccess(fakeAccess(Role::Editor, {QStringLiteral("UA-05")}));
    const qint64 pair = pairIn(*m_window->store(), oblast);
    select(pair);
    QCOMPARE(permissions.mayEditPair(pair), allowed);
    // A new pair is allowed: the dialog and the server keep it to UA-05.
    QVERIFY(button("newPair")->isEnabled());
    QCOMPARE(button("deletePair")->isEnabled(), allowed);
    ui::PartnershipDetail *detail = m_window->partnershipsView()->detail();
    auto *edit = detail->findChildren<QPushButton *>().constFirst();
    for (QPushButton *b : detail->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("&Edit partnership…"))
            edit = b;
    }
    QCOMPARE(edit->isEnabled(), allowed);
    ui::RecordTab *milestones = detail->tab(ui::PartnershipDetail::MilestonesTab);
    QCOMPARE(milestones->addButton()->isEnabled(), allowed);
    if (!allowed) {
        QVERIFY2(button("deletePair")->toolTip().contains(QStringLiteral("editor for")),
                 qPrintable(button("deletePair")->toolTip()));
        QVERIFY(milestones->addButton()->toolTip().contains(names::oblast(oblast)));
        QVERIFY(edit->toolTip().contains(names::oblast(QStringLiteral("UA-05"))));
    }
}

void TestRoleGating::editorCannotMergePlaces()
{
    Permissions &permissions = m_window->editor()->permissions();
    permissions.setAccess(fakeAccess(Role::Editor, {QStringLiteral("UA-05")}));
    QVERIFY(!permissions.whyNotEditShared().isEmpty());
    QAction *restore = menuAction(*m_window, QStringLiteral("Restore &backup…"));
    QVERIFY(restore);
    QVERIFY(!restore->isEnabled());
    QCOMPARE(restore->toolTip(), permissions.whyNotEditShared());
}

void TestRoleGating::onlyAdministratorErasesPerson()
{
    // A pair of Vinnytsia Oblast with a contact, selected.
    ui::PartnershipDetail *detail = m_window->partnershipsView()->detail();
    ui::RecordTab *contacts = detail->tab(ui::PartnershipDetail::ContactsTab);
    qint64 pair = 0;
    for (const PartnershipSummary &p : m_window->store()->portfolio().pairs()) {
        if (p.oblastIso != QLatin1String("UA-05"))
            continue;
        select(p.id);
        if (contacts->table()->model()->rowCount() > 0) {
            pair = p.id;
            break;
        }
    }
    QVERIFY(pair);
    contacts->table()->selectRow(0);
    QVERIFY(contacts->currentId() > 0);
    QPushButton *erase = button("erasePerson");
    QVERIFY(erase);
    // On a file: whoever may change it.
    QVERIFY(erase->isEnabled());

    Permissions &permissions = m_window->editor()->permissions();
    permissions.setAccess(fakeAccess(Role::Editor, {QStringLiteral("UA-05")}));
    QVERIFY(contacts->addButton()->isEnabled()); // the editor's own pair …
    QVERIFY(!erase->isEnabled());                // … but not the erasure
    QCOMPARE(erase->toolTip(),
             QStringLiteral("Only an administrator of the server erases a person's details"));
    const Status refused = m_window->editor()->erasePerson(contacts->currentId());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);

    permissions.setAccess(fakeAccess(Role::Viewer));
    QVERIFY(!erase->isEnabled());
    QVERIFY(erase->toolTip().contains(QStringLiteral("viewer")));

    permissions.setAccess(fakeAccess(Role::Administrator));
    QVERIFY(erase->isEnabled());
    QVERIFY(erase->toolTip().startsWith(QStringLiteral("Erase this person")));

    // The erasure empties the undo stack: its commands may hold the details.
    const qint64 contact = contacts->currentId();
    Contact changed = ContactRepository(m_window->editor()->database()).get(contact).value();
    changed.notes = QStringLiteral("Met in Karlsruhe");
    QVERIFY(m_window->editor()->update(changed, QStringLiteral("Edit contact")));
    QVERIFY(m_window->editor()->undoStack()->count() > 0);
    QVERIFY(m_window->editor()->erasePerson(contact));
    QCOMPARE(m_window->editor()->undoStack()->count(), 0);
}

void TestRoleGating::erasureAsksForTheName()
{
    ui::ErasePersonDialog dialog(QStringLiteral("Olena Kovalenko"));
    dialog.show();
    QPushButton *erase = dialog.findChild<QPushButton *>(QStringLiteral("erase"));
    QVERIFY(erase);
    QVERIFY(!erase->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Olena"));
    QVERIFY(!erase->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral(" Kovalenko"));
    QVERIFY(erase->isEnabled());
    QTest::mouseClick(erase, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestRoleGating)
#include "tst_rolegating.moc"
