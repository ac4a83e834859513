#include "app/io/exporters.h"

#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/io/backup.h"
#include "app/io/fields.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <xlsxwriter.h>

namespace tt::io {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Code::Io, ExportText::tr("%1 could not be written.").arg(path),
                           file.errorString());
    return {};
}

// With a decimal comma where a spreadsheet in Ukrainian or German settings
// expects one (their CSV is separated by ";").
QString number(double v, bool decimalComma)
{
    if (std::isnan(v))
        return {};
    QString text = QString::number(v, 'f', 6);
    if (decimalComma)
        text.replace(u'.', u',');
    return text;
}

// To the precision it is known to: 2023, 2023-04 or 2023-04-22.
QString date(const PartialDate &d)
{
    return d.toIso();
}

// The date the pair's stage was reached by, as the importer reads "signed".
PartialDate stageDate(const Partnership &p)
{
    switch (p.stage) {
    case Stage::FirstContact:
    case Stage::Negotiation:
        return {};
    case Stage::Memorandum:
        return p.memorandumOn;
    case Stage::CooperationAgreement:
        return p.agreementOn;
    case Stage::TwinningAgreement:
        return p.twinningOn;
    case Stage::Suspended:
    case Stage::Terminated:
        return p.kind == PartnershipKind::Twinning ? p.twinningOn : p.agreementOn;
    }
    return {};
}

struct Selection
{
    Portfolio portfolio;
    QList<qsizetype> rows;
};

Result<Selection> select(Database &db, const Filter &filter)
{
    auto portfolio = Portfolio::load(db);
    if (!portfolio)
        return portfolio.error();
    Selection s{std::move(*portfolio), {}};
    s.rows = s.portfolio.select(filter);
    return s;
}

template<class T>
Result<QHash<qint64, T>> byId(Database &db)
{
    auto rows = Repository<T>(db).all();
    if (!rows)
        return rows.error();
    QHash<qint64, T> out;
    out.reserve(rows->size());
    for (const T &r : std::as_const(*rows))
        out.insert(r.id, r);
    return out;
}

} // namespace

QList<Field> exportFields(const ExportOptions &options)
{
    QList<Field> fields = allFields();
    if (options.codes)
        return fields;
    auto swap = [&](Field a, Field b) { fields.swapItemsAt(fields.indexOf(a), fields.indexOf(b)); };
    if (names::language() == u"uk")
        swap(Field::Partner, Field::PartnerUk);
    else
        swap(Field::Community, Field::CommunityLatin);
    return fields;
}

Result<Table> exportTable(Database &db, const Filter &filter, const ExportOptions &options)
{
    auto selection = select(db, filter);
    if (!selection)
        return selection.error();
    auto pairs = byId<Partnership>(db);
    auto partners = byId<Municipality>(db);
    auto communities = byId<Community>(db);
    auto areas = CooperationAreaRepository(db).all();
    if (!pairs || !partners || !communities || !areas)
        return Error::make(Error::Code::Sql, ExportText::tr("The pairs could not be read."));
    const bool words = !options.codes;
    QHash<qint64, QString> areaNames;
    for (const CooperationArea &a : std::as_const(*areas)) {
        // A name with a separator of the list would not read back as one area.
        const QString name = names::area(a);
        const bool usable = !name.isEmpty() && !name.contains(u';') && !name.contains(u',');
        areaNames.insert(a.id, words && usable ? name : a.code);
    }
    const bool decimalComma = words && options.separator != u',' && names::language() != u"en";
    auto oblast = [&](const QString &iso) {
        return words && !iso.isEmpty() ? names::oblast(iso) : iso;
    };
    auto country = [&](const QString &iso) {
        return words && !iso.isEmpty() ? names::country(iso) : iso;
    };

    const QList<Field> fields = exportFields(options);
    Table table;
    for (Field f : fields)
        table.headers << (words ? fieldLabel(f) : fieldName(f));
    for (qsizetype index : std::as_const(selection->rows)) {
        const PartnershipSummary &s = selection->portfolio.pairs().at(index);
        const Partnership p = pairs->value(s.id);
        const Municipality m = partners->value(s.municipalityId);
        const Community c = communities->value(s.communityId);
        QStringList areaList;
        for (qint64 a : s.areaIds)
            areaList << areaNames.value(a);
        const PartialDate stageOn = stageDate(p);
        QStringList row;
        for (Field f : fields) {
            switch (f) {
            case Field::Community:
                row << c.nameUk;
                break;
            case Field::CommunityLatin:
                row << c.nameLatn;
                break;
            case Field::Oblast:
                row << oblast(c.oblastIso);
                break;
            case Field::Katottg:
                row << c.katottg;
                break;
            case Field::Partner:
                row << m.name;
                break;
            case Field::PartnerUk:
                row << m.nameUk;
                break;
            case Field::PartnerRegion:
                row << m.region;
                break;
            case Field::Country:
                row << country(m.countryIso);
                break;
            case Field::Kind:
                row << (words ? toLabel(p.kind) : toCode(p.kind));
                break;
            case Field::Stage:
                row << (words ? toLabel(p.stage) : toCode(p.stage));
                break;
            case Field::Since:
                row << date(p.firstContactOn);
                break;
            case Field::Signed:
                row << date(stageOn);
                break;
            case Field::Ended:
                row << date(p.endedOn);
                break;
            case Field::Areas:
                row << areaList.join(QStringLiteral("; "));
                break;
            case Field::Notes:
                row << p.notes;
                break;
            case Field::Source:
                row << p.sources;
                break;
            case Field::CommunityLat:
                row << number(s.communityLat, decimalComma);
                break;
            case Field::CommunityLon:
                row << number(s.communityLon, decimalComma);
                break;
            case Field::PartnerLat:
                row << number(s.partnerLat, decimalComma);
                break;
            case Field::PartnerLon:
                row << number(s.partnerLon, decimalComma);
                break;
            }
        }
        table.rows << row;
        table.lines << static_cast<int>(table.rows.size()) + 1;
    }
    return table;
}

QByteArray csvBytes(const Table &table, QChar separator)
{
    auto quoted = [&](const QString &raw) -> QString {
        const QString v = protectCell(raw);
        if (v.contains(separator) || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
            (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace())))
            return u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
        return v;
    };
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList q;
        for (const QString &c : cells)
            q << quoted(c);
        out += q.join(separator) + QStringLiteral("\r\n");
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    // The byte order mark tells Excel the file is UTF-8 (Cyrillic intact).
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status exportCsv(Database &db, const Filter &filter, const QString &path,
                 const ExportOptions &options)
{
    auto table = exportTable(db, filter, options);
    if (!table)
        return table.error();
    return writeFile(path, csvBytes(*table, options.separator));
}

Status exportXlsx(Database &db, const Filter &filter, const QString &path,
                  const ExportOptions &options)
{
    auto table = exportTable(db, filter, options);
    if (!table)
        return table.error();
    const QByteArray file = path.toLocal8Bit();
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Error::make(Error::Code::Io, ExportText::tr("%1 could not be written.").arg(path));
    lxw_worksheet *sheet =
        workbook_add_worksheet(book, ExportText::tr("Partnerships").toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(book);
    // As the readers of the language write a date; ISO in English and codes.
    format_set_num_format(dateFormat, !options.codes && names::language() != u"en" ? "dd.mm.yyyy"
                                                                                   : "yyyy-mm-dd");
    const QList<Field> fields = exportFields(options);
    for (qsizetype c = 0; c < fields.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(sheet, 0, col, table->headers[c].toUtf8().constData(), bold);
        const bool wide = fields[c] == Field::Source || fields[c] == Field::Notes ||
                          (!options.codes && fields[c] == Field::Areas);
        worksheet_set_column(sheet, col, col, wide ? 40 : 16, nullptr);
    }
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const QString &v = table->rows[r][c];
            if (v.isEmpty())
                continue;
            const Field f = fields[c];
            const bool isDate = f == Field::Since || f == Field::Signed || f == Field::Ended;
            // A year or a month stays text ("2023", "2023-04"): a date cell would
            // invent a day.
            const PartialDate d = isDate ? PartialDate::fromIso(v) : PartialDate();
            if (d.isFullDate()) {
                const QDate day = d.first();
                lxw_datetime dt{day.year(), day.month(), day.day(), 0, 0, 0.0};
                worksheet_write_datetime(sheet, row, col, &dt, dateFormat);
            } else if (f == Field::CommunityLat || f == Field::CommunityLon ||
                       f == Field::PartnerLat || f == Field::PartnerLon) {
                worksheet_write_number(sheet, row, col, readNumber(v).value_or(0.0), nullptr);
            } else {
                worksheet_write_string(sheet, row, col, protectCell(v).toUtf8().constData(),
                                       nullptr);
            }
        }
    }
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table->rows.size()),
                         static_cast<lxw_col_t>(fields.size() - 1));
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR)
        return Error::make(Error::Code::Io, ExportText::tr("%1 could not be written.").arg(path),
                           QString::fromUtf8(lxw_strerror(result)));
    return {};
}

QString escapeIcsText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldIcsLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75; // the first line; continuation lines begin with a space
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        // Step back to the start of a UTF-8 sequence.
        while (cut > start && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += bytes.mid(start) + "\r\n";
    return out;
}

Result<QByteArray> icsBytes(Database &db, const Filter &filter, const QDateTime &stamp)
{
    auto selection = select(db, filter);
    if (!selection)
        return selection.error();
    QHash<qint64, const PartnershipSummary *> chosen;
    for (qsizetype i : std::as_const(selection->rows))
        chosen.insert(selection->portfolio.pairs()[i].id, &selection->portfolio.pairs()[i]);
    auto milestones = MilestoneRepository(db).allByPartnership();
    if (!milestones)
        return milestones.error();
    // UIDs stay the same when a file is exported again, so that a calendar
    // updates its events instead of adding them twice.
    const QString domain =
        QString::fromLatin1(QCryptographicHash::hash(db.path().toUtf8(), QCryptographicHash::Sha1)
                                .toHex()
                                .left(12)) +
        QStringLiteral(".twinning-tracker");
    const QString dtstamp = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc())
                                .toUTC()
                                .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    auto line = [&](const QString &l) { out += foldIcsLine(l); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Twinning Tracker//Twinning Tracker %1//EN")
             .arg(QStringLiteral(TWINNING_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeIcsText(ExportText::tr("Partnership milestones")));
    for (const Milestone &m : std::as_const(*milestones)) {
        const PartnershipSummary *pair = chosen.value(m.partnershipId);
        if (!pair)
            continue;
        const QDate on = m.doneOn.isValid() ? m.doneOn : m.plannedOn;
        if (!on.isValid())
            continue;
        const QString pairName = names::pair(*pair);
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:milestone-%1@%2").arg(m.id).arg(domain));
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + on.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("DTEND;VALUE=DATE:") +
             on.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("SUMMARY:") +
             escapeIcsText(m.title + QStringLiteral(" (") + pairName + u')'));
        QStringList description{pairName, toLabel(m.kind), toLabel(m.status)};
        if (!m.responsible.isEmpty())
            description << m.responsible;
        if (!m.notes.isEmpty())
            description << m.notes;
        line(QStringLiteral("DESCRIPTION:") + escapeIcsText(description.join(u'\n')));
        if (!m.location.isEmpty())
            line(QStringLiteral("LOCATION:") + escapeIcsText(m.location));
        line(QStringLiteral("CATEGORIES:") + escapeIcsText(toLabel(m.kind)));
        line(QStringLiteral("STATUS:") +
             (m.status == MilestoneStatus::Done        ? QStringLiteral("CONFIRMED")
              : m.status == MilestoneStatus::Cancelled ? QStringLiteral("CANCELLED")
                                                       : QStringLiteral("TENTATIVE")));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

Status exportIcs(Database &db, const Filter &filter, const QString &path,
                 const ExportOptions &options)
{
    auto bytes = icsBytes(db, filter, options.stamp);
    if (!bytes)
        return bytes.error();
    return writeFile(path, *bytes);
}

Result<QByteArray> geoJsonBytes(Database &db, const Filter &filter)
{
    auto selection = select(db, filter);
    if (!selection)
        return selection.error();
    auto point = [](double lon, double lat) {
        // RFC 7946: longitude first; six decimals are about 10 cm.
        return QJsonArray{std::round(lon * 1e6) / 1e6, std::round(lat * 1e6) / 1e6};
    };
    auto located = [](double lat, double lon) { return !std::isnan(lat) && !std::isnan(lon); };
    QJsonArray features;
    QSet<qint64> communities, partners;
    for (qsizetype i : std::as_const(selection->rows)) {
        const PartnershipSummary &s = selection->portfolio.pairs()[i];
        const bool communityHere = located(s.communityLat, s.communityLon);
        const bool partnerHere = located(s.partnerLat, s.partnerLon);
        if (communityHere && !communities.contains(s.communityId)) {
            communities.insert(s.communityId);
            features << QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Feature")},
                {QStringLiteral("id"), QStringLiteral("community-%1").arg(s.communityId)},
                {QStringLiteral("geometry"),
                 QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("Point")},
                     {QStringLiteral("coordinates"), point(s.communityLon, s.communityLat)}}},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("role"), QStringLiteral("community")},
                             {QStringLiteral("name"), s.communityName},
                             {QStringLiteral("name_latn"), s.communityLatn},
                             {QStringLiteral("oblast"), s.oblastIso}}}};
        }
        if (partnerHere && !partners.contains(s.municipalityId)) {
            partners.insert(s.municipalityId);
            features << QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Feature")},
                {QStringLiteral("id"), QStringLiteral("partner-%1").arg(s.municipalityId)},
                {QStringLiteral("geometry"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                             {QStringLiteral("coordinates"), point(s.partnerLon, s.partnerLat)}}},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("role"), QStringLiteral("partner")},
                             {QStringLiteral("name"), s.partnerName},
                             {QStringLiteral("name_uk"), s.partnerNameUk},
                             {QStringLiteral("country"), s.countryIso}}}};
        }
        if (communityHere && partnerHere) {
            features << QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Feature")},
                {QStringLiteral("id"), QStringLiteral("pair-%1").arg(s.id)},
                {QStringLiteral("geometry"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("LineString")},
                             {QStringLiteral("coordinates"),
                              QJsonArray{point(s.communityLon, s.communityLat),
                                         point(s.partnerLon, s.partnerLat)}}}},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("role"), QStringLiteral("pair")},
                             // A label as the language shows the pair; the
                             // two names below stay as stored.
                             {QStringLiteral("name"), names::pair(s)},
                             {QStringLiteral("community"), s.communityName},
                             {QStringLiteral("partner"), s.partnerName},
                             {QStringLiteral("country"), s.countryIso},
                             {QStringLiteral("kind"), toCode(s.kind)},
                             {QStringLiteral("stage"), toCode(s.stage)},
                             {QStringLiteral("stage_label"), toLabel(s.stage)}}}};
        }
    }
    const QJsonObject root{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                           {QStringLiteral("features"), features}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status exportGeoJson(Database &db, const Filter &filter, const QString &path)
{
    auto bytes = geoJsonBytes(db, filter);
    if (!bytes)
        return bytes.error();
    return writeFile(path, *bytes);
}

Status exportFile(Database &db, Format format, const Filter &filter, const QString &path,
                  const ExportOptions &options)
{
    switch (format) {
    case Format::Csv:
        return exportCsv(db, filter, path, options);
    case Format::Xlsx:
        return exportXlsx(db, filter, path, options);
    case Format::Json:
        return writeBackup(db, path);
    case Format::Ics:
        return exportIcs(db, filter, path, options);
    case Format::GeoJson:
        return exportGeoJson(db, filter, path);
    }
    return {};
}

} // namespace tt::io
