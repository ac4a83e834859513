#include "app/core/officesettings.h"

#include "app/core/database.h"
#include "app/core/repository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tt {

namespace {

struct OfficeSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)
};

constexpr int firstFormat = OfficeSettings::firstFormat;
const QLatin1String officeNameKey("office_name");
const QLatin1String dormancyMonthsKey("dormancy_months");

OfficeSettings normalized(OfficeSettings s)
{
    s.officeName = s.officeName.trimmed();
    return s;
}

} // namespace

QString validationProblem(const OfficeSettings &settings)
{
    const QString name = settings.officeName.trimmed();
    if (name.size() > OfficeSettings::maxNameLength)
        return OfficeSettingsText::tr("The office's name is longer than %n characters.", nullptr,
                                      OfficeSettings::maxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return OfficeSettingsText::tr("The office's name must be one line of text.");
    }
    if (settings.dormancyMonths < OfficeSettings::minDormancyMonths ||
        settings.dormancyMonths > OfficeSettings::maxDormancyMonths)
        return OfficeSettingsText::tr("The months without activity after which a pair is dormant "
                                      "must be a number from %1 to %2.")
            .arg(OfficeSettings::minDormancyMonths)
            .arg(OfficeSettings::maxDormancyMonths);
    return {};
}

Result<OfficeSettings> OfficeSettingsRepository::load()
{
    OfficeSettings s;
    if (m_db.schemaVersion() < firstFormat)
        return s;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT key, value FROM office_setting"));
    if (!q.exec())
        return m_db.sqlError(q, OfficeSettingsText::tr("The office's settings could not be read."));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == officeNameKey) {
            s.officeName = value;
        } else if (key == dormancyMonthsKey) {
            bool ok = false;
            const int months = value.toInt(&ok);
            if (ok && months >= OfficeSettings::minDormancyMonths &&
                months <= OfficeSettings::maxDormancyMonths)
                s.dormancyMonths = months;
        }
    }
    return s;
}

Result<QString> OfficeSettingsRepository::officeName()
{
    auto s = load();
    if (!s)
        return s.error();
    return s->officeName;
}

Result<int> OfficeSettingsRepository::dormancyMonths()
{
    auto s = load();
    if (!s)
        return s.error();
    return s->dormancyMonths;
}

Status OfficeSettingsRepository::save(const OfficeSettings &wanted)
{
    const OfficeSettings after = normalized(wanted);
    if (QString why = validationProblem(after); !why.isEmpty())
        return Error::make(Error::Code::Invalid, why);
    if (m_db.schemaVersion() < firstFormat)
        return Error::make(Error::Code::ReadOnly,
                           OfficeSettingsText::tr("This database is of an older format; open it "
                                                  "writable once to upgrade it before changing "
                                                  "the office's settings."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = load();
    if (!before)
        return before.error();

    const auto write = [&](const QString &key, const QString &old, const QString &now,
                           bool remove) -> Status {
        if (old == now && !remove)
            return {};
        QSqlQuery q = m_db.prepare(
            remove ? QStringLiteral("DELETE FROM office_setting WHERE key = ?")
                   : QStringLiteral("INSERT INTO office_setting (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        if (!remove)
            q.addBindValue(now);
        if (!q.exec())
            return m_db.sqlError(
                q, OfficeSettingsText::tr("The office's settings could not be saved."));
        QJsonObject changes;
        changes.insert(QStringLiteral("key"), key);
        changes.insert(QStringLiteral("value"),
                       QJsonArray{old.isEmpty() ? QJsonValue() : QJsonValue(old),
                                  remove ? QJsonValue() : QJsonValue(now)});
        return writeAudit(m_db, QStringLiteral("office_setting"), 0, 0, QStringLiteral("update"),
                          changes);
    };

    if (after.officeName != before->officeName) {
        if (auto s = write(officeNameKey, before->officeName, after.officeName,
                           after.officeName.isEmpty());
            !s)
            return s;
    }
    if (after.dormancyMonths != before->dormancyMonths) {
        if (auto s = write(dormancyMonthsKey, QString::number(before->dormancyMonths),
                           QString::number(after.dormancyMonths), false);
            !s)
            return s;
    }
    // Other windows on a server read the settings again (their watcher hears
    // it and reads everything, as the history cannot tell settings as records).
    tx.announceToOthers();
    return tx.commit();
}

Status OfficeSettingsRepository::setOfficeName(const QString &name)
{
    auto s = load();
    if (!s)
        return s.error();
    s->officeName = name;
    return save(*s);
}

Status OfficeSettingsRepository::setDormancyMonths(int months)
{
    auto s = load();
    if (!s)
        return s.error();
    s->dormancyMonths = months;
    return save(*s);
}

} // namespace tt
