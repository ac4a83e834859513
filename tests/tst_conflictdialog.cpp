// When a change meets another person's change (Error::Code::Conflict), the
// user is asked: reload theirs, keep mine, or cancel. Never a silent
// overwrite. The conflict is injected by a command that reports one, as the
// server's row version check does.

#include "app/commands/editor.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/dialogs/conflictdialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace tt;

namespace {

// Fails with a Conflict until rebased, as an update of a stale pair does.
class StaleCommand : public EditCommand
{
public:
    StaleCommand(Editor &editor, qint64 pairId, int *applied, int *rebased)
        : EditCommand(editor, QStringLiteral("Edit partnership"))
        , m_pairId(pairId)
        , m_applied(applied)
        , m_rebased(rebased)
    {}
    Status apply() override
    {
        ++*m_applied;
        if (!m_fresh)
            return Error::make(Error::Code::Conflict, QStringLiteral("row version moved"),
                               QStringLiteral("row_version 7, expected 6"));
        return {};
    }
    Status revert() override { return {}; }
    Status rebase() override
    {
        ++*m_rebased;
        m_fresh = true;
        return {};
    }
    std::pair<QString, qint64> record() const override
    {
        return {QStringLiteral("partnership"), m_pairId};
    }

private:
    qint64 m_pairId;
    int *m_applied;
    int *m_rebased;
    bool m_fresh = false;
};

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void withoutHandlerNothingIsOverwritten();
    void choices_data();
    void choices();

private:
    // Answers the conflict dialog with the button of this object name, and
    // keeps what it said.
    void answerWith(const QString &button);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Editor> m_editor;
    QWidget m_window;
    qint64 m_pairId = 0;
    QString m_shownText;
};

void TestConflictDialog::initTestCase()
{
    m_db = test::openFresh(m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db));
    auto pairs = PartnershipRepository(*m_db).all();
    QVERIFY(pairs && !pairs->isEmpty());
    m_pairId = pairs->constFirst().id;
}

void TestConflictDialog::init()
{
    m_editor = std::make_unique<Editor>(*m_db);
    m_shownText.clear();
}

void TestConflictDialog::answerWith(const QString &button)
{
    QTimer::singleShot(0, this, [this, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        m_shownText = box->text() + u'\n' + box->informativeText();
        auto *b = box->findChild<QPushButton *>(button);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
    });
}

void TestConflictDialog::withoutHandlerNothingIsOverwritten()
{
    int applied = 0, rebased = 0;
    const Status s = m_editor->push(new StaleCommand(*m_editor, m_pairId, &applied, &rebased));
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Conflict);
    QCOMPARE(applied, 1);
    QCOMPARE(rebased, 0);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestConflictDialog::choices_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<int>("applied");
    QTest::addColumn<int>("reloads");
    QTest::newRow("keep mine") << "keepMine" << true << 2 << 0;
    QTest::newRow("reload theirs") << "reloadTheirs" << false << 1 << 1;
    QTest::newRow("cancel") << "cancelConflict" << false << 1 << 0;
}

void TestConflictDialog::choices()
{
    QFETCH(QString, button);
    QFETCH(bool, saved);
    QFETCH(int, applied);
    QFETCH(int, reloads);
    m_editor->setConflictHandler(
        [this](const Conflict &conflict) { return ui::askConflict(&m_window, conflict); });
    QSignalSpy reloaded(m_editor.get(), &Editor::reloadRequested);
    int appliedCount = 0, rebased = 0;
    answerWith(button);
    const Status s = m_editor->push(new StaleCommand(*m_editor, m_pairId, &appliedCount, &rebased));
    // Who changed the pair last comes from the audit log.
    QVERIFY2(m_shownText.contains(QStringLiteral("Someone else (tester) changed this pair")),
             qPrintable(m_shownText));
    QVERIFY(m_shownText.contains(QStringLiteral("Edit partnership")));
    QCOMPARE(s.ok(), saved);
    QCOMPARE(appliedCount, applied);
    QCOMPARE(rebased, saved ? 1 : 0);
    QCOMPARE(reloaded.count(), reloads);
    QCOMPARE(m_editor->undoStack()->count(), saved ? 1 : 0);
    if (!saved) {
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QVERIFY(s.error().message.contains(QStringLiteral("not saved")));
    }
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
