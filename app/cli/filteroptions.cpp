#include "app/cli/filteroptions.h"

#include "app/io/fields.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace tt::cli {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Error usage(const QString &message)
{
    return Error::make(Error::Code::Invalid, message);
}

} // namespace

QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("oblast"),
         CliText::tr("Only pairs of this region (UA-05, or a name); repeatable."),
         CliText::tr("OBLAST")},
        {QStringLiteral("country"),
         CliText::tr("Only partners in this country (DE, or a name); repeatable."),
         CliText::tr("COUNTRY")},
        {QStringLiteral("stage"),
         CliText::tr("Only pairs at this stage (e.g. twinning_agreement); repeatable."),
         CliText::tr("STAGE")},
        {QStringLiteral("kind"),
         CliText::tr("Only pairs of this kind (twinning, partnership, friendship, cooperation); "
                     "repeatable."),
         CliText::tr("KIND")},
        {QStringLiteral("area"),
         CliText::tr("Only pairs working in this cooperation area (its code, e.g. healthcare); "
                     "repeatable."),
         CliText::tr("CODE")},
        {QStringLiteral("text"), CliText::tr("Only pairs whose places match all these words."),
         CliText::tr("WORDS")},
        {QStringLiteral("hide-ended"), CliText::tr("Leave out suspended and terminated pairs.")},
        {QStringLiteral("from"),
         CliText::tr("Only pairs that existed on or after this date (YYYY-MM-DD)."),
         CliText::tr("DATE")},
        {QStringLiteral("to"), CliText::tr("Only pairs begun on or before this date (YYYY-MM-DD)."),
         CliText::tr("DATE")},
    };
}

Result<Filter> filterFromOptions(const QCommandLineParser &parser,
                                 const QList<CooperationArea> *areas)
{
    Filter f;
    f.text = parser.value(QStringLiteral("text"));
    f.hideEnded = parser.isSet(QStringLiteral("hide-ended"));
    for (const QString &o : parser.values(QStringLiteral("oblast"))) {
        const auto iso = io::readOblast(o);
        if (!iso)
            return usage(CliText::tr("“%1” is not an oblast.").arg(o));
        f.oblasts.insert(*iso);
    }
    for (const QString &c : parser.values(QStringLiteral("country"))) {
        const auto iso = io::readCountry(c);
        if (!iso)
            return usage(CliText::tr("“%1” is not a country.").arg(c));
        f.countries.insert(*iso);
    }
    for (const QString &s : parser.values(QStringLiteral("stage"))) {
        const auto stage = io::readStage(s);
        if (!stage)
            return usage(CliText::tr("“%1” is not a stage.").arg(s));
        f.stages.insert(*stage);
    }
    for (const QString &k : parser.values(QStringLiteral("kind"))) {
        const auto kind = io::readKind(k);
        if (!kind)
            return usage(CliText::tr("“%1” is not a kind of partnership.").arg(k));
        f.kinds.insert(*kind);
    }
    for (const QString &code : areas ? parser.values(QStringLiteral("area")) : QStringList()) {
        const auto it = std::find_if(areas->cbegin(), areas->cend(),
                                     [&](const CooperationArea &a) { return a.code == code; });
        if (it == areas->cend())
            return usage(CliText::tr("“%1” is not the code of a cooperation area.").arg(code));
        f.areas.insert(it->id);
    }
    for (const auto &[name, date] :
         {std::pair{QStringLiteral("from"), &f.from}, std::pair{QStringLiteral("to"), &f.to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return usage(CliText::tr("--%1 takes a date as YYYY-MM-DD.").arg(name));
    }
    return f;
}

} // namespace tt::cli
