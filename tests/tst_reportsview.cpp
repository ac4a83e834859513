// The Reports view as a user works it: choose the report, see the preview,
// export the PDF, which poppler's pdftotext reads back.

#include "app/models/portfoliostore.h"
#include "app/reports/catalogue.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/views/partnershipsview.h"
#include "ui/views/reportsview.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>

using namespace tt;

class TestReportsView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void summaryPreviewAndPdf_data();
    void summaryPreviewAndPdf();
    void summaryObeysTheFilter();
    void dossierOfAPair();
    void agendaOfAPeriod();
    void unwritableFileIsReported();
    void monitoringWorkbook();
    void dossierFromThePartnershipsView();
    void offersEveryReportOfTheCatalogue();

private:
    static QString text(const QString &pdf);
    QString pdf(const QString &name) const { return m_dir->filePath(name); }
    void choose(QComboBox *box, const QVariant &data);
    const QDate m_today{2026, 11, 29};
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    qint64 m_vinnytsia = 0;
};

QString TestReportsView::text(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReportsView::choose(QComboBox *box, const QVariant &data)
{
    // As a user does: open the box, then keys down or up to the item, Enter.
    const int target = box->findData(data);
    QVERIFY(target >= 0);
    box->setFocus();
    while (box->currentIndex() != target) {
        const int before = box->currentIndex();
        QTest::keyClick(box, before < target ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(box->currentIndex() != before);
    }
}

void TestReportsView::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    m_store = new PortfolioStore;
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    for (const PartnershipSummary &p : m_store->portfolio().pairs()) {
        if (p.communityLatn == u"Vinnytsia" && p.partnerName == u"Karlsruhe")
            m_vinnytsia = p.id;
    }
    QVERIFY(m_vinnytsia > 0);
}

void TestReportsView::cleanup()
{
    delete m_store;
    m_db.reset();
    delete m_dir;
}

void TestReportsView::summaryPreviewAndPdf_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Portfolio summary"),
                                       QStringLiteral("Vinnytsia"), QStringLiteral("Karlsruhe")};
    QTest::newRow("uk") << QStringLiteral("uk")
                        << QStringList{QStringLiteral("Зведення партнерств"),
                                       QStringLiteral("Вінниця"), QStringLiteral("Карлсруе")};
}

void TestReportsView::summaryPreviewAndPdf()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    ui::ReportsView view(m_store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *type = view.findChild<QComboBox *>(QStringLiteral("typeBox"));
    auto *language = view.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(type && language);
    choose(language, lang);
    choose(type, static_cast<int>(reports::Type::Dossier));
    choose(type, static_cast<int>(reports::Type::Summary));
    QCOMPARE(view.type(), reports::Type::Summary);
    QTRY_VERIFY(view.previewShown());
    QVERIFY(view.previewPageCount() >= 2);
    auto *pages = view.findChild<QLabel *>(QStringLiteral("pagesLabel"));
    QVERIFY(pages && !pages->text().isEmpty());
    if (qEnvironmentVariableIsSet("TT_VIEWS_PNG"))
        view.grab().save(QStringLiteral("/tmp/views-reports-%1.png").arg(lang));

    const QString out = pdf(QStringLiteral("summary-%1.pdf").arg(lang));
    const Status written = view.exportPdf(out);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    for (const QString &e : expected)
        QVERIFY2(t.contains(e), qPrintable(e));
    // The preview shows the pages the PDF gets.
    const QString last =
        lang == u"uk" ? QStringLiteral("Сторінка %1 з %1") : QStringLiteral("Page %1 of %1");
    QVERIFY(t.contains(last.arg(view.previewPageCount())));
}

void TestReportsView::summaryObeysTheFilter()
{
    ui::ReportsView view(m_store);
    view.setLanguage(QStringLiteral("en"));
    view.setType(reports::Type::Summary);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Filter filter;
    filter.oblasts = {QStringLiteral("UA-05")}; // Vinnytsia Oblast
    m_store->setFilter(filter);
    const int shown = static_cast<int>(m_store->filtered().size());
    QVERIFY(shown > 0 && shown < m_store->portfolio().pairs().size());
    QTRY_VERIFY(view.previewShown());
    const QString out = pdf(QStringLiteral("filtered.pdf"));
    QVERIFY(view.exportPdf(out));
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    // (pdftotext prints the "fi" of "filter" as a ligature.)
    QVERIFY2(t.contains(QStringLiteral("%1 of %2 pairs pass the ")
                            .arg(shown)
                            .arg(m_store->portfolio().pairs().size())),
             qPrintable(t.left(400)));
    QVERIFY(t.contains(QStringLiteral("Karlsruhe")));
    QVERIFY(!t.contains(QStringLiteral("Lviv")));
}

void TestReportsView::dossierOfAPair()
{
    ui::ReportsView view(m_store);
    view.setLanguage(QStringLiteral("uk"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDossier(m_vinnytsia);
    QCOMPARE(view.type(), reports::Type::Dossier);
    QVERIFY(view.previewShown());
    QVERIFY(view.previewPageCount() > 0);
    auto *pair = view.findChild<QComboBox *>(QStringLiteral("pairBox"));
    QVERIFY(pair && pair->isVisible());
    QCOMPARE(pair->currentData().toLongLong(), m_vinnytsia);
    const QString out = pdf(QStringLiteral("dossier.pdf"));
    QVERIFY(view.exportPdf(out));
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    QVERIFY(t.contains(QStringLiteral("Вінниця – Карлсруе")));
    QVERIFY(t.contains(QStringLiteral("Досьє партнерства")));
}

void TestReportsView::agendaOfAPeriod()
{
    ui::ReportsView view(m_store);
    view.setLanguage(QStringLiteral("en"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setType(reports::Type::Agenda);
    auto *from = view.findChild<QDateEdit *>(QStringLiteral("fromEdit"));
    QVERIFY(from && from->isVisible());
    view.setPeriod(QDate(2026, 9, 1), QDate(2027, 2, 28));
    QTRY_VERIFY(view.previewShown());
    QVERIFY(view.previewPageCount() > 0);
    const QString out = pdf(QStringLiteral("agenda.pdf"));
    QVERIFY(view.exportPdf(out));
    TT_REQUIRE_HOST_TOOL("pdftotext");
    const QString t = text(out);
    QVERIFY(t.contains(QStringLiteral("Milestone agenda")));
    QVERIFY(t.contains(QStringLiteral("December 2026")));
}

// Where the monitoring is chosen, its tables can also go to a workbook.
void TestReportsView::monitoringWorkbook()
{
    ui::ReportsView view(m_store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *type = view.findChild<QComboBox *>(QStringLiteral("typeBox"));
    auto *button = view.findChild<QPushButton *>(QStringLiteral("workbookButton"));
    QVERIFY(type && button);
    choose(type, static_cast<int>(reports::Type::Summary));
    QVERIFY(!button->isVisible());
    choose(type, static_cast<int>(reports::Type::Monitoring));
    QVERIFY(button->isVisible());
    const QString out = pdf(QStringLiteral("monitoring.xlsx"));
    const Status written = view.exportWorkbook(out);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("PK")); // a zip: the names of its parts are stored plainly
    QVERIFY(bytes.contains("xl/worksheets/sheet8.xml"));
    auto *pages = view.findChild<QLabel *>(QStringLiteral("pagesLabel"));
    QVERIFY(pages->text().contains(QDir::toNativeSeparators(out)));
}

void TestReportsView::unwritableFileIsReported()
{
    ui::ReportsView view(m_store);
    view.setType(reports::Type::Summary);
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/summary.pdf"));
    const Status written = view.exportPdf(path);
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestReportsView::dossierFromThePartnershipsView()
{
    const QString path = m_db->path();
    m_store->setDatabase(nullptr);
    m_db.reset();
    ui::MainWindow window;
    QVERIFY(!window.printAction()->isEnabled());
    QVERIFY(window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.printAction()->isEnabled());
    window.setCurrentPage(ui::MainWindow::Page::Partnerships);
    // Ctrl+P elsewhere leads to the Reports view.
    window.printAction()->trigger();
    QCOMPARE(window.currentPage(), ui::MainWindow::Page::Reports);
    window.setCurrentPage(ui::MainWindow::Page::Partnerships);
    qint64 id = 0;
    for (const PartnershipSummary &p : window.store()->portfolio().pairs()) {
        if (p.communityLatn == u"Vinnytsia" && p.partnerName == u"Karlsruhe")
            id = p.id;
    }
    QVERIFY(id > 0);
    emit window.partnershipsView()->dossierRequested(id); // what "Dossier…" does
    QCOMPARE(window.currentPage(), ui::MainWindow::Page::Reports);
    QCOMPARE(window.reportsView()->type(), reports::Type::Dossier);
    QVERIFY(window.reportsView()->previewPageCount() > 0);
}

void TestReportsView::offersEveryReportOfTheCatalogue()
{
    // The view's choice is the catalogue, in its order; each report, chosen
    // as a user does, asks for its own fields and previews.
    ui::ReportsView view(m_store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *type = view.findChild<QComboBox *>(QStringLiteral("typeBox"));
    QVERIFY(type);
    const auto kinds = reports::reportKinds();
    QCOMPARE(type->count(), int(kinds.size()));
    QStringList keys;
    for (const reports::ReportKind &kind : kinds) {
        const int row = int(&kind - kinds.data());
        QCOMPARE(type->itemData(row).toInt(), int(kind.type));
        QCOMPARE(type->itemText(row), kind.translatedTitle());
        QVERIFY(!keys.contains(QLatin1String(kind.key)));
        keys << QLatin1String(kind.key);
        choose(type, int(kind.type));
        QCOMPARE(&reports::reportKind(view.type()), &kind);
        QCOMPARE(reports::reportKindForKey(QLatin1String(kind.key)), &kind);
        QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("pairBox"))->isVisible(),
                 bool(kind.inputs & reports::PartnershipInput));
        QCOMPARE(view.findChild<QDateEdit *>(QStringLiteral("fromEdit"))->isVisible(),
                 bool(kind.inputs & reports::PeriodInput));
        QCOMPARE(view.findChild<QPushButton *>(QStringLiteral("workbookButton"))->isVisible(),
                 kind.writeWorkbook != nullptr);
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("scopeLabel"))->text().isEmpty());
        view.updatePreview();
        QVERIFY2(view.previewShown(), kind.key);
        QVERIFY(view.previewPageCount() > 0);
    }
    QCOMPARE(keys, reports::reportKeys());
    QVERIFY(!reports::reportKindForKey(QStringLiteral("nothing")));
}

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
