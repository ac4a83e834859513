// The sub-commands that count and print: `stats`, `report` and `settings`.

#include "app/cli/reportcommands.h"

#include "app/cli/common.h"
#include "app/cli/filteroptions.h"
#include "app/core/database.h"
#include "app/core/names.h"
#include "app/core/officesettings.h"
#include "app/core/portfolio.h"
#include "app/core/repositories.h"
#include "app/core/statistics.h"
#include "app/present/charts.h"
#include "app/present/money.h"
#include "app/reports/catalogue.h"
#include "app/reports/monitoring.h"
#include "app/reports/pagedprinter.h"
#include "app/reports/reports.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <functional>

namespace tt::cli {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The monitoring indicators as text, each with the change since the end of the
// previous quarter (`stats --monitoring`).
void printMonitoring(const monitoring::MonitoringReport &r, int dormancyMonths)
{
    const monitoring::MonitoringFigures &now = r.current;
    const monitoring::MonitoringFigures &was = r.previous;
    const auto line = [](const QString &label, const QString &value, qint64 change) {
        out() << "  " << label.leftJustified(44) << ' ' << value << "  ("
              << (change > 0 ? QStringLiteral("+") : QString()) << change << ")\n";
    };
    out() << CliText::tr("Monitoring as of %1, compared with %2")
                 .arg(now.asOf.toString(Qt::ISODate), was.asOf.toString(Qt::ISODate))
          << '\n';
    line(CliText::tr("Communities with international agreements"),
         CliText::tr("%1 of %2").arg(now.communitiesWithAgreements).arg(now.communitiesTotal),
         now.communitiesWithAgreements - was.communitiesWithAgreements);
    if (now.communitiesApart > 0 || was.communitiesApart > 0)
        line(CliText::tr("… of them in Crimea and Sevastopol"),
             QString::number(now.communitiesApart), now.communitiesApart - was.communitiesApart);
    line(CliText::tr("Agreements in force"), QString::number(now.agreements),
         now.agreements - was.agreements);
    line(CliText::tr("Partner countries"), QString::number(now.partnerCountries),
         now.partnerCountries - was.partnerCountries);
    line(CliText::tr("New agreements in the quarter"), QString::number(now.newAgreements),
         now.newAgreements - was.newAgreements);
    if (now.agreementsDatedByYear > 0 || was.agreementsDatedByYear > 0)
        line(CliText::tr("… dated only by the year, not counted by quarter"),
             QString::number(now.agreementsDatedByYear),
             now.agreementsDatedByYear - was.agreementsDatedByYear);
    for (auto it = now.aidReceived.cbegin(); it != now.aidReceived.cend(); ++it) {
        const qint64 change = it.value() - was.aidReceived.value(it.key());
        out() << "  " << CliText::tr("Aid received").leftJustified(44) << ' '
              << present::formatMoney(it.value(), it.key()) << "  ("
              << (change > 0 ? QStringLiteral("+") : QString())
              << present::formatMoney(change, it.key()) << ")\n";
    }
    out() << "  "
          << CliText::tr("Pairs in force with no activity for %n month(s)", "", dormancyMonths)
                 .leftJustified(44)
          << ' ' << r.dormantPairs << '\n';
    out() << "  " << CliText::tr("Pairs in force with no activity recorded").leftJustified(44)
          << ' ' << r.pairsWithoutActivity << '\n';
    out() << CliText::tr("Oblasts by agreements:") << '\n';
    for (const auto &[oblast, n] : r.oblastsRanked)
        line(oblast + u' ' + names::oblast(oblast), QString::number(n),
             n - was.agreementsByOblast.value(oblast));
    out() << CliText::tr("Partner countries by agreements:") << '\n';
    for (const auto &[country, n] : r.countriesRanked)
        line(country + u' ' + names::country(country), QString::number(n),
             n - was.agreementsByCountry.value(country));
}

void printStatistics(const Statistics &s, const QList<CooperationArea> &areas)
{
    const QLocale c = QLocale::c();
    const auto line = [&](const QString &label, const QString &value) {
        out() << "  " << label.leftJustified(44, u' ') << ' ' << value << '\n';
    };
    const auto num = [&](int n) { return c.toString(n); };
    out() << CliText::tr("Figures as of %1").arg(s.today.toString(Qt::ISODate)) << '\n';
    out() << CliText::tr("Totals:") << '\n';
    line(CliText::tr("Pairs (all)"), num(s.pairsAll));
    line(CliText::tr("Pairs (within the filter)"), num(s.pairs));
    line(CliText::tr("Active pairs"), num(s.activePairs));
    line(CliText::tr("Communities with an active pair"),
         CliText::tr("%1 of %2").arg(num(s.communitiesActive), num(s.communitiesTotal)));
    line(CliText::tr("… of them in Crimea and Sevastopol"), num(s.communitiesActiveOccupied));
    line(CliText::tr("Communities with any pair"), num(s.communitiesWithPairs));
    if (s.agreements) {
        line(CliText::tr("Agreements in force"), num(s.agreements->agreements));
        line(CliText::tr("Communities with international agreements"),
             CliText::tr("%1 of %2")
                 .arg(num(s.agreements->communitiesWithAgreements),
                      num(s.agreements->communitiesTotal)));
        line(CliText::tr("… of them in Crimea and Sevastopol"),
             num(s.agreements->communitiesApart));
        line(CliText::tr("Partner countries of agreements in force"),
             num(s.agreements->partnerCountries));
    }
    line(CliText::tr("Partner places"), num(s.partnerPlaces));
    line(CliText::tr("Partner countries"), num(s.partnerCountries));
    line(CliText::tr("Agreements signed in %1").arg(s.today.year()), num(s.signedThisYear));
    line(CliText::tr("Milestones overdue"), num(s.milestonesOverdue));
    line(CliText::tr("Milestones due within 30 days"), num(s.milestonesDueSoon));
    out() << CliText::tr("By stage:") << '\n';
    for (auto it = s.byStage.cbegin(); it != s.byStage.cend(); ++it)
        line(toLabel(it.key()), num(it.value()));
    out() << CliText::tr("By kind:") << '\n';
    for (auto it = s.byKind.cbegin(); it != s.byKind.cend(); ++it)
        line(toLabel(it.key()), num(it.value()));
    out() << CliText::tr("By partner country:") << '\n';
    for (const auto &[iso, n] : s.countriesRanked())
        line(iso, num(n));
    out() << CliText::tr("By cooperation area:") << '\n';
    for (const CooperationArea &a : areas) {
        if (s.byArea.value(a.id) > 0)
            line(a.nameEn.isEmpty() ? a.code : a.nameEn, num(s.byArea.value(a.id)));
    }
    out() << CliText::tr(
                 "By oblast (pairs, active, overdue milestones, communities active of all):")
          << '\n';
    for (auto it = s.byOblast.cbegin(); it != s.byOblast.cend(); ++it) {
        const OblastFigures &f = it.value();
        if (f.pairs == 0)
            continue;
        line(it.key(), QStringLiteral("%1 %2 %3 %4/%5")
                           .arg(num(f.pairs), 6)
                           .arg(num(f.activePairs), 6)
                           .arg(num(f.milestonesOverdue), 6)
                           .arg(num(f.communitiesActive))
                           .arg(num(f.communitiesTotal)));
    }
    out() << CliText::tr("Agreements signed per year:") << '\n';
    for (auto it = s.bySignedYear.cbegin(); it != s.bySignedYear.cend(); ++it)
        line(QString::number(it.key()), num(it.value()));
    out() << CliText::tr("Milestones per month (done, due, overdue):") << '\n';
    for (const MonthFigures &m : s.months) {
        line(m.month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("%1 %2 %3")
                                                              .arg(num(m.done), 6)
                                                              .arg(num(m.due), 6)
                                                              .arg(num(m.overdue), 6));
    }
}

// One chart of the dashboard as text (`stats --chart KEY`): its title, then a
// line per category with its value in each series, under the series' names
// when there are several.
void printChart(const present::ChartData &chart)
{
    const QLocale c = QLocale::c();
    out() << chart.title << '\n';
    if (chart.series.size() > 1) {
        QString header = QString().leftJustified(46, u' ');
        for (const present::ChartValues &series : chart.series)
            header += u' ' + series.name.rightJustified(10, u' ');
        out() << header << '\n';
    }
    for (qsizetype i = 0; i < chart.categories.size(); ++i) {
        QString line = QStringLiteral("  ") + chart.categories[i].label.leftJustified(44, u' ');
        for (const present::ChartValues &series : chart.series)
            line += u' ' + c.toString(series.values.value(i)).rightJustified(10, u' ');
        out() << line << '\n';
    }
}

void printOfficeSettings(const OfficeSettings &s)
{
    out() << CliText::tr("Office name: %1")
                 .arg(s.officeName.isEmpty() ? CliText::tr("(not set; reports are headed "
                                                           "“Twinning Tracker”)")
                                             : s.officeName)
          << '\n'
          << CliText::tr("Dormant after: %n month(s) without activity", "", s.dormancyMonths)
          << '\n';
}

} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOptions({db});
    parser.addOptions(filterOptions());
    parser.addOptions({
        {QStringLiteral("today"),
         CliText::tr("Count overdue and due milestones as of this date (default: today)."),
         CliText::tr("DATE")},
        {QStringLiteral("json"), CliText::tr("Print JSON instead of text.")},
        {QStringLiteral("monitoring"),
         CliText::tr("Print the ministry's monitoring indicators as of --today instead, for the "
                     "pairs that pass the filter (its period aside).")},
        {QStringLiteral("chart"),
         CliText::tr("Print the data of one chart of the dashboard instead: %1.")
             .arg(present::chartKeys().join(QStringLiteral(", "))),
         CliText::tr("KEY")},
    });
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Prints the figures of the dashboard for the pairs that pass the "
                              "filter: totals, pairs by stage, kind, partner country, cooperation "
                              "area, oblast and year of signing, and milestones per month."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    const present::ChartDefinition *chart = nullptr;
    if (parser.isSet(QStringLiteral("chart"))) {
        chart = present::chartDefinition(parser.value(QStringLiteral("chart")));
        if (!chart) {
            err() << CliText::tr("--chart takes one of: %1.")
                         .arg(present::chartKeys().join(QStringLiteral(", ")))
                  << '\n';
            return Usage;
        }
        if (parser.isSet(QStringLiteral("monitoring"))) {
            err() << CliText::tr("--chart and --monitoring cannot be given together.") << '\n';
            return Usage;
        }
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err() << CliText::tr("--today takes a date as YYYY-MM-DD.") << '\n';
            return Usage;
        }
    }
    Selection selection;
    if (int code = openSelection(parser, db, selection); code >= 0)
        return code;
    const QList<CooperationArea> *areas = &selection.areas;
    auto portfolio = Portfolio::load(*selection.database, today);
    if (!portfolio) {
        err() << portfolio.error().fullText() << '\n';
        return Failure;
    }
    auto input = reports::monitoringInput(*selection.database, *portfolio, today,
                                          parser.isSet(QStringLiteral("monitoring"))
                                              ? reports::Activity::Read
                                              : reports::Activity::Skip);
    if (!input) {
        err() << input.error().fullText() << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("monitoring"))) {
        auto months = OfficeSettingsRepository(*selection.database).dormancyMonths();
        if (!months) {
            err() << months.error().fullText() << '\n';
            return Failure;
        }
        const Filter filter = reports::monitoringFilter(selection.filter);
        if (!filter.isEmpty())
            *input =
                monitoring::restrictedTo(*input, pairIds(*portfolio, portfolio->select(filter)));
        printMonitoring(monitoring::monitoringReport(*input, today, *months), *months);
        return Success;
    }
    const QList<qsizetype> chosen = portfolio->select(selection.filter);
    Statistics stats = computeStatistics(*portfolio, chosen, today);
    stats.agreements = agreementFigures(*portfolio, chosen, *input, today);
    if (chart) {
        const present::ChartData data = present::chartData(*chart, {stats, *areas});
        if (parser.isSet(QStringLiteral("json")))
            out() << QString::fromUtf8(
                QJsonDocument(present::chartToJson(data)).toJson(QJsonDocument::Indented));
        else
            printChart(data);
        return Success;
    }
    if (parser.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(
            QJsonDocument(statisticsToJson(stats, *areas)).toJson(QJsonDocument::Indented));
    else
        printStatistics(stats, *areas);
    return Success;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption type(
        QStringLiteral("type"),
        CliText::tr("The report: %1.").arg(reports::reportKeys().join(QStringLiteral(", "))),
        CliText::tr("TYPE"));
    const QCommandLineOption pair(QStringLiteral("partnership"),
                                  CliText::tr("The pair of the dossier (its id)."),
                                  CliText::tr("ID"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        CliText::tr("Count overdue milestones as of this date (default: today)."),
        CliText::tr("DATE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("The PDF file to write."), CliText::tr("FILE"));
    const QCommandLineOption asOf(QStringLiteral("date"),
                                  CliText::tr("The monitoring's date (default: today)."),
                                  CliText::tr("DATE"));
    const QCommandLineOption pdfA(QStringLiteral("pdfa"),
                                  CliText::tr("Write PDF/A-1b, the archival form of PDF."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CliText::tr("pdf (default), or xlsx for the monitoring's tables as a workbook."),
        CliText::tr("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption officeOption(
        QStringLiteral("office"),
        CliText::tr("The name that heads every page, for this report only (default: the "
                    "office's name stored in the database)."),
        CliText::tr("NAME"));
    parser.addOptions({db, type, pair, today, output, asOf, pdfA, format, officeOption});
    // --from and --to of the filter are also the agenda's period.
    parser.addOptions(filterOptions());
    if (int code =
            parse(parser, arguments,
                  CliText::tr("Writes a report as PDF (A4): the dossier of one pair, a summary of "
                              "the pairs that pass the filter, or the milestone agenda of the "
                              "pairs that pass the filter in the period --from … --to (default: "
                              "the next three months). The first page names the filter."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    const reports::ReportKind *kind = reports::reportKindForKey(parser.value(type));
    if (!kind) {
        err() << CliText::tr("--type takes one of: %1.")
                     .arg(reports::reportKeys().join(QStringLiteral(", ")))
              << '\n';
        return Usage;
    }
    const bool workbook = parser.value(format) == u"xlsx";
    if (!workbook && parser.value(format) != u"pdf") {
        err() << CliText::tr("--format takes pdf or xlsx.") << '\n';
        return Usage;
    }
    if (workbook && !kind->writeWorkbook) {
        err() << CliText::tr("Only the monitoring report is written as a workbook (--format xlsx).")
              << '\n';
        return Usage;
    }
    if (parser.value(output).isEmpty()) {
        err() << (workbook ? CliText::tr("Name the workbook with -o FILE.")
                           : CliText::tr("Name the PDF file with -o FILE."))
              << '\n';
        return Usage;
    }
    const QString language = names::language(); // --lang, applied by main()
    bool idOk = false;
    const qint64 pairId = parser.value(pair).toLongLong(&idOk);
    if ((kind->inputs & reports::PartnershipInput) && (!idOk || pairId <= 0)) {
        err() << CliText::tr("A dossier needs --partnership ID.") << '\n';
        return Usage;
    }
    reports::Context context;
    context.today = QDate::currentDate();
    if (parser.isSet(today)) {
        context.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!context.today.isValid()) {
            err() << CliText::tr("--today takes a date as YYYY-MM-DD.") << '\n';
            return Usage;
        }
    }
    QDate monitoringDate = context.today;
    if (parser.isSet(asOf)) {
        monitoringDate = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!monitoringDate.isValid()) {
            err() << CliText::tr("--date takes a date as YYYY-MM-DD.") << '\n';
            return Usage;
        }
    }
    if (auto early = filterFromOptions(parser); !early) {
        err() << early.error().message << '\n';
        return Usage;
    }
    if (parser.isSet(officeOption)) {
        OfficeSettings chosen;
        chosen.officeName = parser.value(officeOption);
        if (QString why = validationProblem(chosen); !why.isEmpty()) {
            err() << why << '\n';
            return Usage;
        }
    }
    names::setLanguage(language);
    context.locale = reports::localeFor(language);
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.migrate = false;
    auto database = openOrReport(parser.value(db), options);
    if (!database)
        return Failure;
    auto areas = CooperationAreaRepository(*database).all();
    if (!areas) {
        err() << areas.error().fullText() << '\n';
        return Failure;
    }
    const auto filter = filterFromOptions(parser, &*areas);
    if (!filter) {
        err() << filter.error().message << '\n';
        return Usage;
    }
    auto portfolio = Portfolio::load(*database, context.today);
    if (!portfolio) {
        err() << portfolio.error().fullText() << '\n';
        return Failure;
    }
    reports::Request request;
    request.partnershipId = pairId;
    request.from = filter->from; // the agenda's period; unset: its own default
    request.to = filter->to;
    request.asOf = monitoringDate;
    request.filter = *filter;
    request.context = context;
    if (workbook) {
        const Status written =
            kind->writeWorkbook(*database, *portfolio, request, parser.value(output));
        if (!written) {
            err() << written.error().fullText() << '\n';
            return Failure;
        }
        out() << CliText::tr("Written to %1.").arg(parser.value(output)) << '\n';
        return Success;
    }
    const Result<reports::Report> report = kind->build(*database, *portfolio, request);
    if (!report) {
        err() << report.error().fullText() << '\n';
        return Failure;
    }
    const QString office = reports::officeHeading(*database, parser.value(officeOption));
    const reports::PageDecor decor{office, report->title,
                                   context.locale.toString(context.today, QLocale::LongFormat)};
    reports::PdfOptions pdfOptions;
    pdfOptions.pdfA = parser.isSet(pdfA);
    auto pages = reports::writePdf(*report, decor, parser.value(output), pdfOptions);
    if (!pages) {
        err() << pages.error().fullText() << '\n';
        return Failure;
    }
    out() << CliText::tr("Written %n page(s) to %1.", "", *pages).arg(parser.value(output)) << '\n';
    return Success;
}

int runSettings(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption office(
        QStringLiteral("office"),
        CliText::tr("Set the office's name, which heads every page of every report (an empty "
                    "name removes it)."),
        CliText::tr("NAME"));
    const QCommandLineOption months(
        QStringLiteral("dormancy-months"),
        CliText::tr("Set the months without activity after which a pair in force counts as "
                    "dormant (%1 to %2; default %3).")
            .arg(OfficeSettings::minDormancyMonths)
            .arg(OfficeSettings::maxDormancyMonths)
            .arg(OfficeSettings::defaultDormancyMonths),
        CliText::tr("N"));
    parser.addOptions({db, office, months});
    if (int code = parse(parser, arguments,
                         CliText::tr("Prints the office's settings kept in the database, or "
                                     "sets them: its name and the dormancy rule. On a server "
                                     "only an administrator sets them."));
        code >= 0)
        return code;
    if (int code = requireDb(parser, db); code >= 0)
        return code;
    const bool changing = parser.isSet(office) || parser.isSet(months);
    int newMonths = 0;
    if (parser.isSet(months)) {
        bool ok = false;
        newMonths = parser.value(months).toInt(&ok);
        if (!ok || newMonths < OfficeSettings::minDormancyMonths ||
            newMonths > OfficeSettings::maxDormancyMonths) {
            err() << CliText::tr("--dormancy-months takes a number from %1 to %2.")
                         .arg(OfficeSettings::minDormancyMonths)
                         .arg(OfficeSettings::maxDormancyMonths)
                  << '\n';
            return Usage;
        }
    }
    OpenOptions options;
    options.create = false;
    options.readOnly = !changing;
    options.migrate = changing;
    auto database = openOrReport(parser.value(db), options);
    if (!database)
        return Failure;
    OfficeSettingsRepository repository(*database);
    auto settings = repository.load();
    if (!settings) {
        err() << settings.error().fullText() << '\n';
        return Failure;
    }
    if (changing) {
        if (parser.isSet(office))
            settings->officeName = parser.value(office);
        if (parser.isSet(months))
            settings->dormancyMonths = newMonths;
        if (QString why = validationProblem(*settings); !why.isEmpty()) {
            err() << why << '\n';
            return Usage;
        }
        if (auto s = repository.save(*settings); !s) {
            err() << s.error().fullText() << '\n';
            return Failure;
        }
        auto saved = repository.load();
        if (!saved) {
            err() << saved.error().fullText() << '\n';
            return Failure;
        }
        settings = std::move(saved);
    }
    printOfficeSettings(*settings);
    return Success;
}

} // namespace tt::cli
