// The presentation layer (app/present) holds the screen and the paper
// together: a pair's overview on screen and its dossier list the same facts,
// row by row, with the same labels and values, in Ukrainian and English; top N
// plus other and the names of areas are written once and tested here.

#include "app/commands/editor.h"
#include "app/core/entities.h"
#include "app/core/language.h"
#include "app/core/names.h"
#include "app/models/partnershipdetailmodels.h"
#include "app/models/portfoliostore.h"
#include "app/present/fieldlabels.h"
#include "app/present/partnershipfacts.h"
#include "app/present/ranking.h"
#include "app/reports/reports.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/views/partnershipdetail.h"

#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace tt;

namespace {

using Rows = QList<QPair<QString, QString>>;

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText().trimmed();
}

// The label–value rows of the first two-column table of `document` whose
// first cell is `firstLabel`.
Rows factRows(QTextDocument *document, const QString &firstLabel)
{
    QList<QTextFrame *> frames{document->rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeFirst();
        auto *table = qobject_cast<QTextTable *>(frame);
        if (table && table->columns() == 2 && cellText(table, 0, 0) == firstLabel) {
            Rows rows;
            for (int r = 0; r < table->rows(); ++r)
                rows.append({cellText(table, r, 0), cellText(table, r, 1)});
            return rows;
        }
        frames += frame->childFrames();
    }
    return {};
}

Rows asRows(const QList<present::Fact> &facts)
{
    Rows rows;
    for (const present::Fact &f : facts)
        rows.append({f.label, f.value});
    return rows;
}

QString describe(const Rows &rows)
{
    QStringList lines;
    for (const auto &[label, value] : rows)
        lines << label + QStringLiteral(": ") + value;
    return lines.join(u'\n');
}

using Ranking = QList<QPair<QString, int>>;

// Keys A, B, C … with the values given.
Ranking ranking(std::initializer_list<int> values)
{
    Ranking out;
    for (int v : values)
        out.append({QString(QChar(char16_t(u'A' + out.size()))), v});
    return out;
}

// "ABC" → {"A", "B", "C"}.
QStringList keys(const QString &letters)
{
    QStringList out;
    for (QChar c : letters)
        out << QString(c);
    return out;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void topN_data();
    void topN();
    void otherCountries();
    void areaNames_data();
    void areaNames();
    void datesWithoutWeekday();
    void screenAndPaperAgree_data();
    void screenAndPaperAgree();
    void historyNamesFieldsAsTheConflictDoes_data();
    void historyNamesFieldsAsTheConflictDoes();

private:
    const QDate m_today{2026, 11, 29};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    PortfolioStore *m_store = nullptr;
    Editor *m_editor = nullptr;
    qint64 m_pair = 0;
};

void TestPresentation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openFresh(m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    auto extra = sample::writeMonitoringDemo(*m_db, m_today);
    QVERIFY2(extra, extra ? "" : qPrintable(extra.error().fullText()));
    m_store = new PortfolioStore;
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    m_editor = new Editor(*m_db);
    // The pair with the most to say: agreements, declared areas and aid.
    qsizetype most = 0;
    for (const PartnershipSummary &p : m_store->portfolio().pairs()) {
        auto record = present::readPair(*m_db, m_store->portfolio(), p.id);
        QVERIFY(record);
        if (record->agreements.isEmpty() || record->aid.isEmpty())
            continue;
        const qsizetype n = present::partnershipFacts(*record, m_today, QLocale()).size();
        if (n > most) {
            most = n;
            m_pair = p.id;
        }
    }
    QVERIFY2(m_pair > 0, "the demo has a pair with agreements and aid");
}

void TestPresentation::cleanupTestCase()
{
    language::apply(QStringLiteral("en"));
    delete m_editor;
    delete m_store;
    m_db.reset();
}

void TestPresentation::topN_data()
{
    QTest::addColumn<Ranking>("ranked");
    QTest::addColumn<int>("n");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<int>("otherCount");
    QTest::addColumn<int>("otherValue");
    QTest::newRow("rest summed") << ranking({9, 7, 5, 3, 2, 1}) << 3 << keys(QStringLiteral("ABC"))
                                 << 3 << 6;
    // Ties keep the ranking's order, and the cut falls where N says.
    QTest::newRow("ties at the cut")
        << ranking({4, 4, 4, 4}) << 2 << keys(QStringLiteral("AB")) << 2 << 8;
    QTest::newRow("n equals count")
        << ranking({3, 2, 1}) << 3 << keys(QStringLiteral("ABC")) << 0 << 0;
    QTest::newRow("n above count") << ranking({3, 2}) << 15 << keys(QStringLiteral("AB")) << 0 << 0;
    // A rest of one is shown by its name.
    QTest::newRow("rest of one") << ranking({3, 2, 1}) << 2 << keys(QStringLiteral("ABC")) << 0
                                 << 0;
    QTest::newRow("empty") << ranking({}) << 10 << QStringList() << 0 << 0;
}

void TestPresentation::topN()
{
    QFETCH(Ranking, ranked);
    QFETCH(int, n);
    QFETCH(QStringList, shown);
    QFETCH(int, otherCount);
    QFETCH(int, otherValue);
    const present::TopN top = present::topN(ranked, n);
    QStringList got;
    for (const auto &[key, value] : top.shown) {
        got << key;
        QCOMPARE(value, ranked[got.size() - 1].second);
    }
    QCOMPARE(got, shown);
    QCOMPARE(top.otherCount, otherCount);
    QCOMPARE(top.otherValue, otherValue);
}

void TestPresentation::otherCountries()
{
    QVERIFY(language::apply(QStringLiteral("en")));
    QCOMPARE(present::otherCountries(12), QStringLiteral("Other countries (12)"));
    QVERIFY(language::apply(QStringLiteral("uk")));
    QCOMPARE(present::otherCountries(12), QStringLiteral("Інші країни (12)"));
    language::apply(QStringLiteral("en"));
}

void TestPresentation::areaNames_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("nameDe");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("Bildung")
                        << QStringLiteral("Освіта");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Bildung")
                        << QStringLiteral("Education");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Bildung")
                        << QStringLiteral("Bildung");
    QTest::newRow("de missing") << QStringLiteral("de") << QString() << QStringLiteral("Education");
}

void TestPresentation::areaNames()
{
    QFETCH(QString, lang);
    QFETCH(QString, nameDe);
    QFETCH(QString, expected);
    CooperationArea a;
    a.id = 7;
    a.nameUk = QStringLiteral("Освіта");
    a.nameEn = QStringLiteral("Education");
    a.nameDe = nameDe;
    names::setLanguage(lang);
    QCOMPARE(names::area(a), expected);
    QCOMPARE(names::areas({a}).value(7), expected);
    names::setLanguage(QStringLiteral("en"));
}

void TestPresentation::datesWithoutWeekday()
{
    const QDate d(2026, 11, 29);
    QCOMPARE(present::dateText(d, reports::localeFor(QStringLiteral("en"))),
             QStringLiteral("29 November 2026"));
    QVERIFY(present::dateText(d, reports::localeFor(QStringLiteral("uk")))
                .startsWith(QStringLiteral("29 листопада 2026")));
    QCOMPARE(present::dateText(QDate(), QLocale()), QStringLiteral("—"));
    QCOMPARE(present::dateText(PartialDate::ofYear(2023), QLocale()), QStringLiteral("2023"));
}

void TestPresentation::screenAndPaperAgree_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("memorandum");
    QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("Меморандум про наміри");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Memorandum of intent");
}

void TestPresentation::screenAndPaperAgree()
{
    QFETCH(QString, lang);
    QFETCH(QString, memorandum);
    QVERIFY(language::apply(lang));
    const QLocale locale = reports::localeFor(lang);
    QCOMPARE(QLocale().name(), locale.name()); // the screen's locale is the report's

    auto record = present::readPair(*m_db, m_store->portfolio(), m_pair);
    QVERIFY(record);
    const Rows facts = asRows(present::partnershipFacts(*record, m_today, locale));
    QVERIFY(facts.size() >= 16);
    const QString firstLabel = facts.first().first;

    // The screen.
    ui::PartnershipDetail detail(m_store, m_editor);
    m_store->setCurrentPair(m_pair);
    auto *overview = detail.findChild<QTextBrowser *>(QStringLiteral("overview"));
    QVERIFY(overview);
    const Rows screen = factRows(overview->document(), firstLabel);

    // The paper.
    auto dossier = reports::dossier(*m_db, m_store->portfolio(), m_pair, {m_today, locale});
    QVERIFY2(dossier, dossier ? "" : qPrintable(dossier.error().fullText()));
    QTextDocument paperDocument;
    paperDocument.setHtml(dossier->html);
    const Rows paper = factRows(&paperDocument, firstLabel);

    QVERIFY2(screen == facts, qPrintable(describe(screen) + u"\n---\n" + describe(facts)));
    QVERIFY2(paper == facts, qPrintable(describe(paper) + u"\n---\n" + describe(facts)));

    // The words that had drifted apart, and the facts that matter, are there.
    const auto valueOf = [&facts](const QString &label) {
        for (const auto &[l, v] : facts) {
            if (l == label)
                return v;
        }
        return QString();
    };
    QVERIFY(!valueOf(memorandum).isEmpty());
    for (const QString &label :
         lang == u"uk" ? QStringList{QStringLiteral("Угоди"), QStringLiteral("Заявлені напрями"),
                                     QStringLiteral("Отримана допомога")}
                       : QStringList{QStringLiteral("Agreements"), QStringLiteral("Declared areas"),
                                     QStringLiteral("Aid received")}) {
        const QString value = valueOf(label);
        QVERIFY2(!value.isEmpty() && value != u"—", qPrintable(label + u": " + value));
    }
    const QString partner =
        valueOf(lang == u"uk" ? QStringLiteral("Партнер") : QStringLiteral("Partner"));
    QVERIFY2(partner.contains(names::country(record->summary.countryIso)), qPrintable(partner));
}

void TestPresentation::historyNamesFieldsAsTheConflictDoes_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("uk") << QStringLiteral("uk");
    QTest::newRow("en") << QStringLiteral("en");
}

// A change in the pair's history names each field with the one label of that
// field (present::fieldLabel), which the conflict question uses too; a field
// the labels do not know is still named readably.
void TestPresentation::historyNamesFieldsAsTheConflictDoes()
{
    QFETCH(QString, lang);
    QVERIFY(language::apply(lang) || lang == u"en");
    AuditEntry entry;
    entry.entity = QStringLiteral("partnership");
    entry.action = QStringLiteral("update");
    entry.changes = QStringLiteral(
        R"({"officer": ["Ivanenko", "Petrenko"], "reviewed_by": [null, "Kovalenko"],)"
        R"( "memorandum_on": ["2024-03-01", "2024-03-02"], "some_new_field": [1, 2]})");
    const QString text = HistoryModel::describe(entry);
    for (const QString &field : {QStringLiteral("officer"), QStringLiteral("reviewed_by"),
                                 QStringLiteral("memorandum_on")}) {
        const QString label = present::fieldLabel(field);
        QVERIFY2(label != field, qPrintable(field));
        QVERIFY2(text.contains(label + QStringLiteral(": ")), qPrintable(text));
    }
    QVERIFY2(text.contains(QStringLiteral("Petrenko")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("some new field: 1 → 2")), qPrintable(text));
    if (lang == u"uk")
        QVERIFY2(text.contains(QStringLiteral("Відповідальна особа: ")), qPrintable(text));
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
