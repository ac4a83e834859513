// The monitoring as an XLSX workbook (libxlsxwriter, as the pairs' export):
// the tables of MonitoringContent, a sheet each, with numbers as numbers and
// dates as dates, so that the ministry's staff can add them up and sort them in
// their own spreadsheets.

#include "app/core/names.h"
#include "app/reports/monitoring.h"

#include <QCoreApplication>

#include <functional>
#include <xlsxwriter.h>

namespace tt::reports {

namespace {

// The texts of the workbook share their context with the PDF's.
struct WorkbookText
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// Dates day first where the language writes them so (Ukrainian, German), ISO
// otherwise.
bool dayFirst(const QLocale &locale)
{
    return locale.language() == QLocale::Ukrainian || locale.language() == QLocale::German;
}

double major(qint64 minor)
{
    return static_cast<double>(minor) / 100.0;
}

class Workbook
{
public:
    Workbook(const QString &path, const QLocale &locale)
        : m_file(path.toLocal8Bit())
        , m_book(workbook_new(m_file.constData()))
    {
        if (!m_book)
            return;
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        format_set_text_wrap(m_bold);
        format_set_align(m_bold, LXW_ALIGN_VERTICAL_TOP);
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, dayFirst(locale) ? "dd.mm.yyyy" : "yyyy-mm-dd");
        m_money = workbook_add_format(m_book);
        format_set_num_format(m_money, "#,##0.00");
        m_percent = workbook_add_format(m_book);
        format_set_num_format(m_percent, "0.0%");
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool isOpen() const { return m_book != nullptr; }

    // A new sheet whose first row holds `headers`, frozen, with the columns'
    // widths in characters.
    void addSheet(QString name, const QStringList &headers, const QList<double> &widths)
    {
        finishSheet();
        // Sheet names: at most 31 characters, none of []:*?/\.
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        for (QChar &ch : name) {
            if (forbidden.contains(ch))
                ch = u'-';
        }
        name = name.left(31);
        m_sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!m_sheet) // a translation that breaks the rules still gets its sheet
            m_sheet = workbook_add_worksheet(m_book, nullptr);
        m_columns = static_cast<lxw_col_t>(headers.size());
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            worksheet_write_string(m_sheet, 0, col, headers[c].toUtf8().constData(), m_bold);
            worksheet_set_column(m_sheet, col, col, widths.value(c, 14), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 0;
    }

    // Starts the next row; the cells below go into it.
    void next() { ++m_row; }

    void text(int column, const QString &value)
    {
        if (!value.isEmpty())
            worksheet_write_string(m_sheet, m_row, col(column), value.toUtf8().constData(),
                                   nullptr);
    }
    void number(int column, double value)
    {
        worksheet_write_number(m_sheet, m_row, col(column), value, nullptr);
    }
    void money(int column, qint64 minor)
    {
        worksheet_write_number(m_sheet, m_row, col(column), major(minor), m_money);
    }
    void percent(int column, double share)
    {
        worksheet_write_number(m_sheet, m_row, col(column), share, m_percent);
    }
    void date(int column, const QDate &d)
    {
        if (!d.isValid())
            return;
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
        worksheet_write_datetime(m_sheet, m_row, col(column), &dt, m_date);
    }

    Status close(const QString &path)
    {
        finishSheet();
        const lxw_error result = workbook_close(m_book);
        m_book = nullptr;
        if (result != LXW_NO_ERROR)
            return Error::make(Error::Code::Io,
                               WorkbookText::tr("%1 could not be written.").arg(path),
                               QString::fromUtf8(lxw_strerror(result)));
        return {};
    }

private:
    static lxw_col_t col(int column) { return static_cast<lxw_col_t>(column); }
    void finishSheet()
    {
        if (m_sheet && m_row > 0)
            worksheet_autofilter(m_sheet, 0, 0, m_row, m_columns - 1);
        m_sheet = nullptr;
    }

    QByteArray m_file;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_row_t m_row = 0;
    lxw_col_t m_columns = 0;
};

// Name, code, agreements and change: the breakdowns by oblast, country and area.
template<class Key>
void breakdown(Workbook &book, const QString &sheet, const QString &column,
               const QList<QPair<Key, int>> &ranked, const QMap<Key, int> &before,
               const std::function<QPair<QString, QString>(const Key &)> &nameAndCode)
{
    book.addSheet(sheet,
                  {column, WorkbookText::tr("Code"), WorkbookText::tr("Agreements"),
                   WorkbookText::tr("Change")},
                  {40, 10, 12, 10});
    for (const auto &[key, n] : ranked) {
        const auto [name, code] = nameAndCode(key);
        book.next();
        book.text(0, name);
        book.text(1, code);
        book.number(2, n);
        book.number(3, n - before.value(key));
    }
}

} // namespace

Status writeMonitoringWorkbook(const MonitoringContent &content, const Context &c,
                               const QString &path)
{
    Workbook book(path, c.locale);
    if (!book.isOpen())
        return Error::make(Error::Code::Io, WorkbookText::tr("%1 could not be written.").arg(path));
    const monitoring::MonitoringReport &r = content.figures;
    const monitoring::MonitoringFigures &now = r.current;
    const monitoring::MonitoringFigures &before = r.previous;
    // The headers' dates as the cells show theirs.
    const auto shortDate = [&c](const QDate &d) {
        return d.toString(dayFirst(c.locale) ? QStringLiteral("dd.MM.yyyy")
                                             : QStringLiteral("yyyy-MM-dd"));
    };

    book.addSheet(
        WorkbookText::tr("Indicators"),
        {WorkbookText::tr("Indicator"), WorkbookText::tr("As of %1").arg(shortDate(content.asOf)),
         WorkbookText::tr("As of %1").arg(shortDate(before.asOf)), WorkbookText::tr("Change")},
        {58, 16, 16, 14});
    const auto count = [&book](const QString &label, int a, int b) {
        book.next();
        book.text(0, label);
        book.number(1, a);
        book.number(2, b);
        book.number(3, a - b);
    };
    count(WorkbookText::tr("Communities with international agreements"),
          now.communitiesWithAgreements, before.communitiesWithAgreements);
    count(WorkbookText::tr("Communities counted (outside Crimea and Sevastopol)"),
          now.communitiesTotal, before.communitiesTotal);
    book.next();
    book.text(0, WorkbookText::tr("Share of the communities with international agreements"));
    book.percent(1, now.communityShare());
    book.percent(2, before.communityShare());
    book.percent(3, now.communityShare() - before.communityShare());
    count(WorkbookText::tr("… of them in Crimea and Sevastopol"), now.communitiesApart,
          before.communitiesApart);
    count(WorkbookText::tr("Agreements in force"), now.agreements, before.agreements);
    count(WorkbookText::tr("Agreements in force recorded as documents"), now.recordedAgreements,
          before.recordedAgreements);
    count(WorkbookText::tr("Partner countries"), now.partnerCountries, before.partnerCountries);
    count(WorkbookText::tr("New agreements in the quarter"), now.newAgreements,
          before.newAgreements);
    count(WorkbookText::tr("Agreements in force dated only by the year (not counted by "
                           "quarter)"),
          now.agreementsDatedByYear, before.agreementsDatedByYear);
    QStringList currencies = now.aidReceived.keys();
    for (const QString &cur : before.aidReceived.keys()) {
        if (!currencies.contains(cur))
            currencies << cur;
    }
    std::sort(currencies.begin(), currencies.end());
    for (const QString &cur : std::as_const(currencies)) {
        const qint64 a = now.aidReceived.value(cur), b = before.aidReceived.value(cur);
        book.next();
        book.text(0, WorkbookText::tr("Aid received (%1)").arg(cur));
        book.money(1, a);
        book.money(2, b);
        book.money(3, a - b);
    }
    // Dormancy is measured as of the date only.
    book.next();
    book.text(0, WorkbookText::tr("Pairs in force with no activity for %n month(s)", "",
                                  content.dormancyMonths));
    book.number(1, r.dormantPairs);
    book.next();
    book.text(0, WorkbookText::tr("Pairs in force with no activity recorded"));
    book.number(1, r.pairsWithoutActivity);
    // The pairs counted, as the PDF names them on its first page.
    book.next();
    book.text(0, filterLine(content.filter, content.areaRecords, c.locale));

    breakdown<QString>(book, WorkbookText::tr("Oblasts"), WorkbookText::tr("Oblast"),
                       r.oblastsRanked, before.agreementsByOblast, [](const QString &iso) {
                           return QPair<QString, QString>(names::oblast(iso), iso);
                       });
    breakdown<QString>(book, WorkbookText::tr("Partner countries"), WorkbookText::tr("Country"),
                       r.countriesRanked, before.agreementsByCountry, [](const QString &iso) {
                           return QPair<QString, QString>(names::country(iso), iso);
                       });
    breakdown<qint64>(book, WorkbookText::tr("Cooperation areas"), WorkbookText::tr("Area"),
                      r.areasRanked, before.agreementsByArea, [&content](qint64 id) {
                          const MonitoringContent::Area a = content.areas.value(id);
                          return QPair<QString, QString>(a.name, a.code);
                      });

    book.addSheet(WorkbookText::tr("New agreements per quarter"),
                  {WorkbookText::tr("Quarter"), WorkbookText::tr("From"), WorkbookText::tr("To"),
                   WorkbookText::tr("New agreements")},
                  {12, 12, 12, 16});
    for (const monitoring::QuarterCount &q : r.newPerQuarter) {
        book.next();
        book.text(0, quarterName(q.start));
        book.date(1, q.start);
        const QDate end = q.start.addMonths(3).addDays(-1);
        book.date(2, end < content.asOf ? end : content.asOf);
        book.number(3, q.agreements);
    }

    // Aid: one row per breakdown, name and currency, so that a filter on the
    // first and the fourth column gives any table of the PDF.
    book.addSheet(WorkbookText::tr("Aid received"),
                  {WorkbookText::tr("Breakdown"),
                   WorkbookText::tr("Oblast, country, community or year"), WorkbookText::tr("Code"),
                   WorkbookText::tr("Currency"), WorkbookText::tr("Amount")},
                  {18, 40, 10, 10, 18});
    const auto aidRows = [&book](const QString &breakdownName, const QString &name,
                                 const QString &code, const monitoring::Money &money) {
        for (auto it = money.cbegin(); it != money.cend(); ++it) {
            book.next();
            book.text(0, breakdownName);
            book.text(1, name);
            book.text(2, code);
            book.text(3, it.key());
            book.money(4, it.value());
        }
    };
    aidRows(WorkbookText::tr("Total"), WorkbookText::tr("All pairs in force"), QString(),
            r.aid.total);
    for (auto it = r.aid.byOblast.cbegin(); it != r.aid.byOblast.cend(); ++it)
        aidRows(WorkbookText::tr("Oblast"), names::oblast(it.key()), it.key(), it.value());
    for (auto it = r.aid.byCountry.cbegin(); it != r.aid.byCountry.cend(); ++it)
        aidRows(WorkbookText::tr("Partner country"), names::country(it.key()), it.key(),
                it.value());
    QList<qint64> communities = r.aid.byCommunity.keys();
    std::sort(communities.begin(), communities.end(), [&content](qint64 a, qint64 b) {
        return QString::localeAwareCompare(content.communities.value(a),
                                           content.communities.value(b)) < 0;
    });
    for (qint64 id : std::as_const(communities))
        aidRows(WorkbookText::tr("Community"), content.communities.value(id), QString(),
                r.aid.byCommunity.value(id));
    for (auto it = r.aid.byYear.cbegin(); it != r.aid.byYear.cend(); ++it)
        aidRows(WorkbookText::tr("Year"), QString::number(it.key()), QString(), it.value());

    book.addSheet(WorkbookText::tr("Overdue answers"),
                  {WorkbookText::tr("Pair"), WorkbookText::tr("Submitted"),
                   WorkbookText::tr("Answer due"), WorkbookText::tr("Days overdue")},
                  {50, 12, 12, 14});
    for (const MonitoringContent::OverdueAnswer &o : content.overdueAnswers) {
        book.next();
        book.text(0, o.pair);
        book.date(1, o.submittedOn);
        book.date(2, o.dueOn);
        book.number(3, o.daysOverdue);
    }

    book.addSheet(WorkbookText::tr("Anniversaries and expiries"),
                  {WorkbookText::tr("Date"), WorkbookText::tr("Event"), WorkbookText::tr("Years"),
                   WorkbookText::tr("Agreement")},
                  {12, 26, 8, 70});
    for (const MonitoringContent::AgreementEvent &a : content.anniversaries) {
        book.next();
        book.date(0, a.date);
        book.text(1, WorkbookText::tr("%n years since signing", "", a.years));
        book.number(2, a.years);
        book.text(3, a.agreement);
    }
    for (const MonitoringContent::AgreementEvent &e : content.expiries) {
        book.next();
        book.date(0, e.date);
        book.text(1, WorkbookText::tr("Expires"));
        book.text(3, e.agreement);
    }
    return book.close(path);
}

} // namespace tt::reports
