// The partnerships workspace as an office would use it: find a pair by typing,
// create one, add an area and a milestone, undo all three and redo them.

#include "app/commands/editor.h"
#include "app/core/language.h"
#include "app/core/maintenance.h"
#include "app/core/repositories.h"
#include "app/models/partnershipdetailmodels.h"
#include "app/models/partnershiptablemodel.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "tests/widgettest.h"
#include "ui/dialogs/cooperationareadialog.h"
#include "ui/dialogs/milestonedialog.h"
#include "ui/dialogs/partnershipdialog.h"
#include "ui/views/partnershipdetail.h"
#include "ui/views/partnershipsview.h"
#include "ui/widgets/dateedit.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/recordtab.h"
#include "ui/window/languagemenu.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace tt;

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findByTyping_data();
    void findByTyping();
    void createAreaMilestoneUndoRedo();
    void deleteAsksAndUndoes();
    void deleteFromTheTableMeetsAConflict();
    void duplicatePairIsRefusedInTheDialog();
    void yearOnlyDateSurvivesTheDialog();
    void partnerTypedInUkrainian();
    void selectionFollowsTheStore();
    void countSaysThePairsAreLoading();
    void markDoneFromTheDetailPanel();
    void namesFollowTheLanguage();

private:
    qint64 count(const QString &table)
    {
        return countRows(*m_window->database(), table).valueOr(-1);
    }
    static void clickSave(QDialog *dialog);
    QTemporaryDir *m_dir = nullptr;
    ui::MainWindow *m_window = nullptr;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
}

void TestWorkspace::init()
{
    m_dir = new QTemporaryDir;
    const QString path = m_dir->filePath(QStringLiteral("demo.twinning"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(sample::writeDemo(**db));
    }
    m_window = new ui::MainWindow;
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->openDatabase(path));
    QVERIFY(m_window->partnershipsView());
}

void TestWorkspace::cleanup()
{
    delete m_window;
    delete m_dir;
    language::apply(QStringLiteral("en"));
}

void TestWorkspace::clickSave(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestWorkspace::findByTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("Ukrainian") << QStringLiteral("Карлсруе");
    QTest::newRow("Latin") << QStringLiteral("karlsruhe");
}

void TestWorkspace::findByTyping()
{
    QFETCH(QString, typed);
    QLineEdit *field = m_window->filterBar()->textField();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier); // Find
    QVERIFY(field->hasFocus());
    test::typeText(field, typed);
    QTableView *table = m_window->partnershipsView()->table();
    QCOMPARE(table->model()->rowCount(), 1);
    // The program speaks English here: the community by its Latin name.
    QCOMPARE(table->model()->index(0, PartnershipTableModel::CommunityColumn).data().toString(),
             QStringLiteral("Vinnytsia"));
    // Choosing the row shows the pair in the detail panel.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QVERIFY(m_window->store()->currentPair() > 0);
    auto *title =
        m_window->partnershipsView()->detail()->findChild<QLabel *>(QStringLiteral("pairTitle"));
    QCOMPARE(title->text(), QStringLiteral("Vinnytsia – Karlsruhe"));
    auto *overview = m_window->partnershipsView()->detail()->findChild<QTextBrowser *>(
        QStringLiteral("overview"));
    QVERIFY(overview->toPlainText().contains(QStringLiteral("Twinning agreement")));
    // Clearing the field shows every pair again.
    field->clear();
    QCOMPARE(table->model()->rowCount(),
             static_cast<int>(m_window->store()->portfolio().pairs().size()));
}

void TestWorkspace::createAreaMilestoneUndoRedo()
{
    Editor &editor = *m_window->editor();
    const qint64 pairs = count(QStringLiteral("partnership"));
    const qint64 areas = count(QStringLiteral("partnership_area"));
    const qint64 milestones = count(QStringLiteral("milestone"));
    QSignalSpy changed(m_window->store(), &PortfolioStore::pairChanged);

    // 1. A new pair: Вінниця – Gdynia (a place the database does not have yet).
    ui::PartnershipDialog pairDialog(editor, 0, m_window);
    auto *community = pairDialog.findChild<QComboBox *>(QStringLiteral("community"));
    auto vinnytsia =
        CommunityRepository(editor.database()).byKatottg(QStringLiteral("UA05020030000031457"));
    community->setCurrentIndex(community->findData((*vinnytsia)->id));
    QTest::keyClicks(pairDialog.findChild<QLineEdit *>(QStringLiteral("partner")),
                     QStringLiteral("Gdynia"));
    test::typeText(pairDialog.findChild<QLineEdit *>(QStringLiteral("partnerUk")),
                   QStringLiteral("Гдиня"));
    auto *country = pairDialog.findChild<QComboBox *>(QStringLiteral("country"));
    country->setCurrentIndex(country->findData(QStringLiteral("PL")));
    clickSave(&pairDialog);
    QCOMPARE(pairDialog.result(), int(QDialog::Accepted));
    const qint64 pair = pairDialog.pairId();
    QVERIFY(pair > 0);
    QCOMPARE(count(QStringLiteral("partnership")), pairs + 1);
    auto gdynia = MunicipalityRepository(editor.database())
                      .get(PartnershipRepository(editor.database()).get(pair)->municipalityId);
    QVERIFY(gdynia->lat.has_value()); // coordinates from the gazetteer
    QCOMPARE(gdynia->nameUk, QStringLiteral("Гдиня"));

    // 2. An area.
    ui::CooperationAreaDialog areaDialog(editor, pair, 0, m_window);
    clickSave(&areaDialog);
    QCOMPARE(count(QStringLiteral("partnership_area")), areas + 1);

    // 3. A milestone.
    ui::MilestoneDialog milestoneDialog(editor, pair, 0, m_window);
    test::typeText(milestoneDialog.findChild<QLineEdit *>(QStringLiteral("title")),
                   QStringLiteral("Перший візит"));
    clickSave(&milestoneDialog);
    QCOMPARE(milestoneDialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(QStringLiteral("milestone")), milestones + 1);

    // The table and the detail panel followed each step, row by row.
    QVERIFY(changed.count() >= 3);
    m_window->store()->setCurrentPair(pair);
    auto *detail = m_window->partnershipsView()->detail();
    QCOMPARE(detail->tab(ui::PartnershipDetail::MilestonesTab)->table()->model()->rowCount(), 1);
    QCOMPARE(detail->findChild<QTableView *>(QStringLiteral("history"))->model()->rowCount(), 3);

    // Undo all three with Ctrl+Z, checking the database after each.
    QUndoStack *stack = editor.undoStack();
    QCOMPARE(stack->count(), 3);
    // As the user would: back in the table (a text field keeps Ctrl+Z for its own text).
    m_window->partnershipsView()->table()->setFocus();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(count(QStringLiteral("milestone")), milestones);
    QCOMPARE(detail->tab(ui::PartnershipDetail::MilestonesTab)->table()->model()->rowCount(), 0);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(count(QStringLiteral("partnership_area")), areas);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(count(QStringLiteral("partnership")), pairs);
    QCOMPARE(MunicipalityRepository(editor.database())
                 .byName(QStringLiteral("Gdynia"), QStringLiteral("PL"))
                 ->size(),
             0);
    QCOMPARE(m_window->partnershipsView()->model()->rowOf(pair), -1);

    // Redo them, also after switching views.
    m_window->setCurrentPage(ui::MainWindow::Page::Milestones);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(count(QStringLiteral("partnership")), pairs + 1);
    m_window->setCurrentPage(ui::MainWindow::Page::Partnerships);
    QTest::keyClick(m_window, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(count(QStringLiteral("partnership_area")), areas + 1);
    QTest::keyClick(m_window, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(count(QStringLiteral("milestone")), milestones + 1);
    QVERIFY(m_window->partnershipsView()->model()->rowOf(pair) >= 0);
}

void TestWorkspace::deleteAsksAndUndoes()
{
    auto *view = m_window->partnershipsView();
    const qint64 pairs = count(QStringLiteral("partnership"));
    m_window->store()->setCurrentPair(view->model()->pairAt(0));
    QTimer::singleShot(100, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("deletePair")), Qt::LeftButton);
    QCOMPARE(count(QStringLiteral("partnership")), pairs - 1);
    m_window->editor()->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("partnership")), pairs);
}

void TestWorkspace::deleteFromTheTableMeetsAConflict()
{
    // A colleague changes the pair while the question "Delete …?" is open: the
    // deletion meets the conflict, as a save does. Cancel keeps the pair.
    auto *view = m_window->partnershipsView();
    const qint64 id = view->model()->pairAt(0);
    m_window->store()->setCurrentPair(id);
    const qint64 pairs = count(QStringLiteral("partnership"));
    Editor &editor = *m_window->editor();
    QList<Conflict> asked;
    ConflictChoice choice = ConflictChoice::Cancel;
    editor.setConflictHandler([&](const Conflict &conflict) {
        asked << conflict;
        return choice;
    });
    const auto deleteWithAChangeMeanwhile = [&](const QString &notes) {
        QTimer::singleShot(100, [&, notes] {
            QVERIFY(m_window->database()->exec(
                QStringLiteral("UPDATE partnership SET notes = '%1', "
                               "row_version = row_version + 1 WHERE id = %2")
                    .arg(notes)
                    .arg(id)));
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        // "The partnership was not deleted", after Cancel.
        QTimer::singleShot(400, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("deletePair")),
                          Qt::LeftButton);
    };
    deleteWithAChangeMeanwhile(QStringLiteral("changed by a colleague"));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().entity == Entity::Partnership);
    QCOMPARE(count(QStringLiteral("partnership")), pairs);

    // Keep mine deletes it all the same; undo brings back the colleague's version.
    choice = ConflictChoice::KeepMine;
    deleteWithAChangeMeanwhile(QStringLiteral("changed again"));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(count(QStringLiteral("partnership")), pairs - 1);
    editor.undoStack()->undo();
    QCOMPARE(count(QStringLiteral("partnership")), pairs);
    auto back = PartnershipRepository(*m_window->database()).get(id);
    QVERIFY(back);
    QCOMPARE(back->notes, QStringLiteral("changed again"));
    editor.setConflictHandler({});
}

void TestWorkspace::duplicatePairIsRefusedInTheDialog()
{
    Editor &editor = *m_window->editor();
    ui::PartnershipDialog dialog(editor, 0, m_window);
    auto *community = dialog.findChild<QComboBox *>(QStringLiteral("community"));
    auto vinnytsia =
        CommunityRepository(editor.database()).byKatottg(QStringLiteral("UA05020030000031457"));
    community->setCurrentIndex(community->findData((*vinnytsia)->id));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("partner")),
                     QStringLiteral("karlsruhe"));
    auto *country = dialog.findChild<QComboBox *>(QStringLiteral("country"));
    country->setCurrentIndex(country->findData(QStringLiteral("DE")));
    const qint64 pairs = count(QStringLiteral("partnership"));
    clickSave(&dialog);
    QVERIFY(dialog.result() != QDialog::Accepted);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QCOMPARE(error->text(),
             QStringLiteral("The partnership Vinnytsia – Karlsruhe is already recorded."));
    QCOMPARE(count(QStringLiteral("partnership")), pairs);
    QCOMPARE(editor.undoStack()->count(), 0);
}

// A partner typed in Ukrainian: the completion offers the gazetteer's place
// by its sound, a pair saved without picking records the place under its
// Latin name with the Ukrainian spelling kept, and a place already recorded
// is used again rather than added a second time.
void TestWorkspace::partnerTypedInUkrainian()
{
    Editor &editor = *m_window->editor();
    const auto chooseCommunity = [](ui::PartnershipDialog &dialog, const QString &name) {
        auto *community = dialog.findChild<QComboBox *>(QStringLiteral("community"));
        for (int i = 0; i < community->count(); ++i) {
            if (community->itemText(i).startsWith(name)) {
                community->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    };
    const auto places = [&editor] {
        auto all = MunicipalityRepository(editor.database()).all();
        return all ? all->size() : -1;
    };
    const qsizetype before = places();
    {
        ui::PartnershipDialog dialog(editor, 0, m_window);
        QVERIFY(chooseCommunity(dialog, QStringLiteral("Vinnytsia — Vinnytsia Oblast")));
        auto *partner = dialog.findChild<QLineEdit *>(QStringLiteral("partner"));
        test::typeText(partner, QStringLiteral("Гайдельб"));
        const QAbstractItemModel *offered = partner->completer()->model();
        QStringList texts;
        for (int row = 0; row < offered->rowCount(); ++row)
            texts << offered->index(row, 0).data().toString();
        QVERIFY2(!texts.isEmpty() && texts.first().startsWith(QStringLiteral("Heidelberg")),
                 qPrintable(texts.join(u'\n')));
        test::typeText(partner, QStringLiteral("ерг"));
        partner->completer()->popup()->hide();
        auto *country = dialog.findChild<QComboBox *>(QStringLiteral("country"));
        country->setCurrentIndex(country->findData(QStringLiteral("DE")));
        clickSave(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto pair = PartnershipRepository(editor.database()).get(dialog.pairId());
        QVERIFY(pair);
        auto place = MunicipalityRepository(editor.database()).get(pair->municipalityId);
        QVERIFY(place);
        QCOMPARE(place->name, QStringLiteral("Heidelberg"));
        QCOMPARE(place->nameUk, QStringLiteral("Гайдельберг"));
        QVERIFY(place->lat.has_value());
        QCOMPARE(places(), before + 1);
    }
    {
        // Heidelberg again, now written in Latin, for another community: the
        // same place.
        ui::PartnershipDialog dialog(editor, 0, m_window);
        QVERIFY(chooseCommunity(dialog, QStringLiteral("Lviv — Lviv Oblast")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("partner")),
                         QStringLiteral("Heidelberg"));
        auto *country = dialog.findChild<QComboBox *>(QStringLiteral("country"));
        country->setCurrentIndex(country->findData(QStringLiteral("DE")));
        clickSave(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(places(), before + 1);
    }
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(places(), before);
}

// A pair whose agreement is known only to the year: the dialog shows "2023"
// with "Year only", saves it unchanged as the year, and a choice of the month
// stores the month.
void TestWorkspace::yearOnlyDateSurvivesTheDialog()
{
    Editor &editor = *m_window->editor();
    PartnershipRepository pairs(editor.database());
    auto all = pairs.all();
    QVERIFY(all);
    auto it = std::find_if(all->cbegin(), all->cend(), [](const Partnership &p) {
        return p.stage == Stage::TwinningAgreement && !p.endedOn.isValid();
    });
    QVERIFY(it != all->cend());
    Partnership pair = *it;
    pair.firstContactOn = {};
    pair.memorandumOn = {};
    pair.agreementOn = {};
    pair.twinningOn = PartialDate::ofYear(2023);
    QVERIFY(pairs.update(pair));

    ui::PartnershipDialog dialog(editor, pair.id, m_window);
    auto *twinning = dialog.findChild<ui::OptionalDateEdit *>(QStringLiteral("twinning"));
    QVERIFY(twinning);
    QVERIFY(twinning->precisionField()->isVisibleTo(twinning));
    QCOMPARE(twinning->precisionField()->currentData().toInt(), int(DatePrecision::Year));
    QCOMPARE(twinning->dateField()->text(), QStringLiteral("2023"));
    QCOMPARE(twinning->partialDate(), PartialDate::ofYear(2023));
    clickSave(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(pairs.get(pair.id)->twinningOn.toIso(), QStringLiteral("2023"));

    ui::PartnershipDialog again(editor, pair.id, m_window);
    auto *field = again.findChild<ui::OptionalDateEdit *>(QStringLiteral("twinning"));
    field->precisionField()->setCurrentIndex(
        field->precisionField()->findData(int(DatePrecision::Month)));
    field->dateField()->setDate(QDate(2023, 4, 1));
    QCOMPARE(field->dateField()->text(), QStringLiteral("04.2023"));
    clickSave(&again);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(pairs.get(pair.id)->twinningOn.toIso(), QStringLiteral("2023-04"));
    // Both changes are undone, each in one step.
    editor.undoStack()->undo();
    QCOMPARE(pairs.get(pair.id)->twinningOn.toIso(), QStringLiteral("2023"));
}

void TestWorkspace::selectionFollowsTheStore()
{
    auto *view = m_window->partnershipsView();
    const qint64 id = view->model()->pairAt(5);
    m_window->store()->setCurrentPair(id); // as a click on the map does
    QCOMPARE(view->table()->selectionModel()->currentIndex().row(), 5);
}

void TestWorkspace::countSaysThePairsAreLoading()
{
    // A national database's pairs are read on a worker: the count above the
    // table and the status bar say so rather than "0 partnerships".
    PortfolioStore *store = m_window->store();
    store->setPairsBackgroundThreshold(0);
    store->reload();
    QVERIFY(store->isLoadingPairs());
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("partnershipCount"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Reading the pairs…"));
    QCOMPARE(m_window->partnershipsView()->model()->rowCount(), 0);
    store->waitForMilestones();
    const qint64 pairs = count(QStringLiteral("partnership"));
    QVERIFY(pairs > 0);
    QCOMPARE(label->text(), QStringLiteral("%1 partnerships").arg(pairs));
    QCOMPARE(m_window->partnershipsView()->model()->rowCount(), pairs);
}

void TestWorkspace::markDoneFromTheDetailPanel()
{
    // Find Vinnytsia – Karlsruhe by its Ukrainian name, then mark its overdue
    // meeting done from the Milestones tab, and undo.
    test::typeText(m_window->filterBar()->textField(), QStringLiteral("Карлсруе"));
    auto *view = m_window->partnershipsView();
    QCOMPARE(view->model()->rowCount(), 1);
    const qint64 pair = view->model()->pairAt(0);
    m_window->store()->setCurrentPair(pair);
    auto *detail = view->detail();
    ui::RecordTab *tab = detail->tab(ui::PartnershipDetail::MilestonesTab);
    QTableView *milestones = tab->table();
    int overdueRow = -1;
    for (int r = 0; r < milestones->model()->rowCount(); ++r) {
        if (milestones->model()->index(r, 4).data().toString() == QStringLiteral("Overdue"))
            overdueRow = r;
    }
    QVERIFY(overdueRow >= 0);
    const qint64 id =
        milestones->model()->index(overdueRow, 0).data(AreaListModel::RecordIdRole).toLongLong();
    milestones->selectRow(overdueRow);
    const int historyBefore =
        detail->findChild<QTableView *>(QStringLiteral("history"))->model()->rowCount();
    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("markDone")), Qt::LeftButton);
    QCOMPARE(MilestoneRepository(*m_window->database()).get(id)->status, MilestoneStatus::Done);
    // The table (no longer overdue), the detail panel and the history follow.
    QVERIFY(!view->model()->index(0, 0).data(PartnershipTableModel::OverdueRole).toBool());
    QCOMPARE(milestones->model()
                 ->index(milestones->model()->rowCount() > overdueRow ? overdueRow : 0, 4)
                 .data()
                 .isValid(),
             true);
    QCOMPARE(detail->findChild<QTableView *>(QStringLiteral("history"))->model()->rowCount(),
             historyBefore + 1);
    m_window->editor()->undoStack()->undo();
    QCOMPARE(MilestoneRepository(*m_window->database()).get(id)->status, MilestoneStatus::Planned);
    QVERIFY(view->model()->index(0, 0).data(PartnershipTableModel::OverdueRole).toBool());
    QCOMPARE(detail->findChild<QTableView *>(QStringLiteral("history"))->model()->rowCount(),
             historyBefore + 2);
}

// Settings › Language: the table, the detail panel and the map's names of
// places change script with the language, without reopening anything.
void TestWorkspace::namesFollowTheLanguage()
{
    test::typeText(m_window->filterBar()->textField(), QStringLiteral("karlsruhe"));
    QTableView *table = m_window->partnershipsView()->table();
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    auto *title =
        m_window->partnershipsView()->detail()->findChild<QLabel *>(QStringLiteral("pairTitle"));
    QCOMPARE(title->text(), QStringLiteral("Vinnytsia – Karlsruhe"));
    auto *menu = m_window->findChild<ui::LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    const struct
    {
        const char *language;
        QString community, partner;
    } steps[] = {{"uk", QStringLiteral("Вінниця"), QStringLiteral("Карлсруе")},
                 {"de", QStringLiteral("Vinnytsia"), QStringLiteral("Karlsruhe")},
                 {"en", QStringLiteral("Vinnytsia"), QStringLiteral("Karlsruhe")}};
    for (const auto &step : steps) {
        menu->action(QLatin1String(step.language))->trigger();
        QCOMPARE(language::current(), QLatin1String(step.language));
        // The filter stays, and finds the pair in either script.
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, PartnershipTableModel::CommunityColumn).data().toString(),
                 step.community);
        QCOMPARE(table->model()->index(0, PartnershipTableModel::PartnerColumn).data().toString(),
                 step.partner);
        QTRY_COMPARE(title->text(), step.community + QStringLiteral(" – ") + step.partner);
    }
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
