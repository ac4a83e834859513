#include "app/commands/editor.h"
#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/dialogs/editpartnerdialog.h"
#include "ui/dialogs/mergeduplicatesdialog.h"
#include "ui/views/municipalitiesview.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

using namespace tt;

class TestMunicipalitiesView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void selectingAPlaceListsItsPairs();
    void mergeThroughTheDialog();
    void mergeOfPairsWithOneCounterpartAsksForTheValues();
    void editPartner();

private:
    static QModelIndex find(QTableView *table, const QString &name);
    static void select(QTableView *table, const QList<QModelIndex> &rows);
    qint64 addDuplicate(qint64 communityId);
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    std::unique_ptr<Editor> m_editor;
};

void TestMunicipalitiesView::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(sample::writeDemo(*m_db, QDate(2026, 11, 29)));
    m_store = new PortfolioStore;
    m_store->setToday(QDate(2026, 11, 29));
    m_store->setDatabase(m_db.get());
    m_editor = std::make_unique<Editor>(*m_db);
}

void TestMunicipalitiesView::cleanup()
{
    m_editor.reset();
    delete m_store;
    m_db.reset();
    delete m_dir;
}

QModelIndex TestMunicipalitiesView::find(QTableView *table, const QString &name)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex i = table->model()->index(r, 0);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

void TestMunicipalitiesView::select(QTableView *table, const QList<QModelIndex> &rows)
{
    table->selectionModel()->clearSelection();
    for (const QModelIndex &i : rows)
        table->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
}

// "Karlsruhe" entered a second time, with a pair of its own.
qint64 TestMunicipalitiesView::addDuplicate(qint64 communityId)
{
    Municipality dup;
    dup.name = QStringLiteral("Karlsruhe (Baden)");
    dup.countryIso = QStringLiteral("DE");
    auto id = MunicipalityRepository(*m_db).insert(dup);
    Partnership p;
    p.communityId = communityId;
    p.municipalityId = *id;
    if (!PartnershipRepository(*m_db).insert(p))
        return 0;
    return *id;
}

void TestMunicipalitiesView::selectingAPlaceListsItsPairs()
{
    ui::MunicipalitiesView view(m_store, m_editor.get());
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *communities = view.table(MunicipalityTableModel::Side::Communities);
    QCOMPARE(communities->model()->rowCount(), 25);
    // Sorted by name; in English the names in Latin letters.
    QCOMPARE(communities->model()->index(0, 0).data().toString(), QStringLiteral("Brovary"));
    const QModelIndex lviv = find(communities, QStringLiteral("Lviv"));
    QTest::mouseClick(communities->viewport(), Qt::LeftButton, {},
                      communities->visualRect(lviv).center());
    QCOMPARE(view.pairsTable()->model()->rowCount(), 4);
    if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
        view.grab().save(QStringLiteral("/tmp/views-places.png"));

    QSignalSpy current(m_store, &PortfolioStore::currentPairChanged);
    const QModelIndex firstPair = view.pairsTable()->model()->index(0, 0);
    const QPoint at = view.pairsTable()->visualRect(firstPair).center();
    QTest::mouseClick(view.pairsTable()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view.pairsTable()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(current.count(), 1);
    QVERIFY(m_store->currentPair() > 0);

    view.setCurrentSide(MunicipalityTableModel::Side::Partners);
    QTableView *partners = view.table(MunicipalityTableModel::Side::Partners);
    QCOMPARE(partners->model()->rowCount(), 37);
    select(partners, {find(partners, QStringLiteral("Karlsruhe"))});
    QCOMPARE(view.pairsTable()->model()->rowCount(), 1);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("editPartner"))->isEnabled());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("merge"))->isEnabled());
    if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
        view.grab().save(QStringLiteral("/tmp/views-partners.png"));
}

void TestMunicipalitiesView::mergeThroughTheDialog()
{
    auto lviv = CommunityRepository(*m_db).byName(QStringLiteral("Львів"));
    const qint64 dup = addDuplicate(lviv->first().id);
    QVERIFY(dup);
    m_store->reload();
    ui::MunicipalitiesView view(m_store, m_editor.get());
    view.show();
    view.setCurrentSide(MunicipalityTableModel::Side::Partners);
    QTableView *partners = view.table(MunicipalityTableModel::Side::Partners);
    QCOMPARE(partners->model()->rowCount(), 38);
    const QModelIndex karlsruhe = find(partners, QStringLiteral("Karlsruhe"));
    const qint64 kept = karlsruhe.data(MunicipalityTableModel::MunicipalityIdRole).toLongLong();
    // The duplicate first, so that the dialog must be told to keep the second.
    select(partners, {find(partners, QStringLiteral("Karlsruhe (Baden)")), karlsruhe});
    auto *merge = view.findChild<QPushButton *>(QStringLiteral("merge"));
    QVERIFY(merge->isEnabled());

    QString first, second;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::MergeDuplicatesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *keepFirst = dialog->findChild<QRadioButton *>(QStringLiteral("keepFirst"));
        auto *keepSecond = dialog->findChild<QRadioButton *>(QStringLiteral("keepSecond"));
        first = keepFirst->text();
        second = keepSecond->text();
        QTest::mouseClick(keepSecond, Qt::LeftButton);
        if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
            dialog->grab().save(QStringLiteral("/tmp/views-merge.png"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(merge, Qt::LeftButton);
    QVERIFY(first.contains(QStringLiteral("Karlsruhe (Baden)")));
    QVERIFY(first.contains(QStringLiteral("1 pair")));
    QVERIFY(second.contains(QStringLiteral("Карлсруе")));
    QVERIFY(second.contains(QStringLiteral("Germany")));

    // Lviv's pair moved to the kept record; the other record is gone.
    auto pairs = PartnershipRepository(*m_db).ofMunicipality(kept);
    QCOMPARE(pairs->size(), 2);
    QCOMPARE(MunicipalityRepository(*m_db).get(dup).error().code, Error::Code::NotFound);
    QCOMPARE(partners->model()->rowCount(), 37);
    QCOMPARE(find(partners, QStringLiteral("Karlsruhe"))
                 .siblingAtColumn(MunicipalityTableModel::PartnershipsColumn)
                 .data()
                 .toInt(),
             2);
    m_editor->undoStack()->undo();
    QCOMPARE(partners->model()->rowCount(), 38);
    QVERIFY(MunicipalityRepository(*m_db).get(dup));
}

void TestMunicipalitiesView::mergeOfPairsWithOneCounterpartAsksForTheValues()
{
    // The duplicate is paired with Vinnytsia, which Karlsruhe is paired with:
    // the two pairs become one.
    auto vinnytsia = CommunityRepository(*m_db).byName(QStringLiteral("Вінниця"));
    const qint64 dup = addDuplicate(vinnytsia->first().id);
    QVERIFY(dup);
    const qint64 dupPair = PartnershipRepository(*m_db).ofMunicipality(dup)->first().id;
    auto dupRecord = PartnershipRepository(*m_db).get(dupPair);
    dupRecord->notes = QStringLiteral("Recorded from the 2019 list");
    QVERIFY(PartnershipRepository(*m_db).update(*dupRecord));
    m_store->reload();
    ui::MunicipalitiesView view(m_store, m_editor.get());
    view.show();
    view.setCurrentSide(MunicipalityTableModel::Side::Partners);
    QTableView *partners = view.table(MunicipalityTableModel::Side::Partners);
    const QModelIndex karlsruhe = find(partners, QStringLiteral("Karlsruhe"));
    const qint64 kept = karlsruhe.data(MunicipalityTableModel::MunicipalityIdRole).toLongLong();
    const qint64 pair = PartnershipRepository(*m_db).ofMunicipality(kept)->first().id;
    const Partnership before = *PartnershipRepository(*m_db).get(pair);
    QVERIFY(!before.notes.isEmpty());
    select(partners, {karlsruhe, find(partners, QStringLiteral("Karlsruhe (Baden)"))});

    QStringList rows;
    bool exclusive = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::MergeDuplicatesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("clashes"));
        QVERIFY(tree && tree->isVisible());
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *top = tree->topLevelItem(0);
        // The pair named in the language of the program (English here).
        QCOMPARE(top->text(0), QStringLiteral("Vinnytsia – Karlsruhe"));
        QTreeWidgetItem *stage = nullptr;
        QTreeWidgetItem *notes = nullptr;
        for (int i = 0; i < top->childCount(); ++i) {
            QTreeWidgetItem *row = top->child(i);
            rows << row->text(0);
            if (row->text(0) == pairFieldLabel(PartnershipField::Stage))
                stage = row;
            if (row->text(0) == pairFieldLabel(PartnershipField::Notes))
                notes = row;
        }
        QVERIFY(stage && notes);
        // The kept record's stage is ticked; ticking the other's unticks it.
        QCOMPARE(stage->checkState(1), Qt::Checked);
        QCOMPARE(stage->checkState(2), Qt::Unchecked);
        QCOMPARE(stage->text(2), toLabel(Stage::FirstContact));
        stage->setCheckState(2, Qt::Checked);
        exclusive = stage->checkState(1) == Qt::Unchecked;
        stage->setCheckState(1, Qt::Checked);
        // Both notes are kept unless one is unticked.
        QCOMPARE(notes->checkState(1), Qt::Checked);
        QCOMPARE(notes->checkState(2), Qt::Checked);
        notes->setCheckState(1, Qt::Unchecked);
        if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
            dialog->grab().save(QStringLiteral("/tmp/views-merge-pairs.png"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QVERIFY(view.mergeSelected());
    QVERIFY(exclusive);
    QVERIFY(rows.contains(pairFieldLabel(PartnershipField::Stage)));

    // One place, one pair: the kept pair's stage, the duplicate's notes.
    QCOMPARE(MunicipalityRepository(*m_db).get(dup).error().code, Error::Code::NotFound);
    QCOMPARE(PartnershipRepository(*m_db).get(dupPair).error().code, Error::Code::NotFound);
    const Partnership merged = *PartnershipRepository(*m_db).get(pair);
    QCOMPARE(merged.stage, before.stage);
    QCOMPARE(merged.notes, QStringLiteral("Recorded from the 2019 list"));
    QCOMPARE(partners->model()->rowCount(), 37);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(partners->model()->rowCount(), 38);
    QCOMPARE(PartnershipRepository(*m_db).get(pair)->notes, before.notes);
    QCOMPARE(PartnershipRepository(*m_db).get(dupPair)->municipalityId, dup);
}

void TestMunicipalitiesView::editPartner()
{
    ui::MunicipalitiesView view(m_store, m_editor.get());
    view.show();
    view.setCurrentSide(MunicipalityTableModel::Side::Partners);
    QTableView *partners = view.table(MunicipalityTableModel::Side::Partners);
    const QModelIndex karlsruhe = find(partners, QStringLiteral("Karlsruhe"));
    const qint64 id = karlsruhe.data(MunicipalityTableModel::MunicipalityIdRole).toLongLong();
    select(partners, {karlsruhe});
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::EditPartnerDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *region = dialog->findChild<QLineEdit *>(QStringLiteral("region"));
        auto *latitude = dialog->findChild<QLineEdit *>(QStringLiteral("latitude"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        region->clear();
        QTest::keyClicks(region, QStringLiteral("Regierungsbezirk Karlsruhe"));
        latitude->clear();
        QTest::keyClicks(latitude, QStringLiteral("123"));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // out of range
        if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
            dialog->grab().save(QStringLiteral("/tmp/views-editpartner.png"));
        latitude->clear();
        QTest::keyClicks(latitude, QStringLiteral("49.0094"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("editPartner")), Qt::LeftButton);
    auto stored = MunicipalityRepository(*m_db).get(id);
    QCOMPARE(stored->region, QStringLiteral("Regierungsbezirk Karlsruhe"));
    QVERIFY(stored->lat);
    QCOMPARE(*stored->lat, 49.0094);
    QCOMPARE(stored->name, QStringLiteral("Karlsruhe"));
    QCOMPARE(stored->countryIso, QStringLiteral("DE"));
    QCOMPARE(find(partners, QStringLiteral("Karlsruhe"))
                 .siblingAtColumn(MunicipalityTableModel::RegionColumn)
                 .data()
                 .toString(),
             QStringLiteral("Regierungsbezirk Karlsruhe"));
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Edit partner"));
    m_editor->undoStack()->undo();
    QCOMPARE(MunicipalityRepository(*m_db).get(id)->region, QStringLiteral("Baden-Württemberg"));
}

QTEST_MAIN(TestMunicipalitiesView)
#include "tst_municipalitiesview.moc"
