#include "app/core/catalog.h"

#include <QFile>

namespace tt::catalog {

QList<QStringList> readTsv(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing built-in resource %s", qPrintable(resourcePath));
    const QString all = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    bool header = true;
    for (QStringView line : QStringView(all).split(u'\n')) {
        if (header) {
            header = false;
            continue;
        }
        if (line.isEmpty())
            continue;
        QStringList fields;
        for (QStringView field : line.split(u'\t'))
            fields << field.toString();
        rows << fields;
    }
    return rows;
}

const QList<Oblast> &oblasts()
{
    static const QList<Oblast> list = [] {
        QList<Oblast> out;
        for (const QStringList &f : readTsv(QStringLiteral(":/data/oblasts.tsv"))) {
            if (f.size() < 9)
                continue;
            out << Oblast{f[0],           f[1], f[2], f[3], f[4], f[5], f[6], f[7].toDouble(),
                          f[8].toDouble()};
        }
        return out;
    }();
    return list;
}

const QList<Country> &countries()
{
    static const QList<Country> list = [] {
        QList<Country> out;
        for (const QStringList &f : readTsv(QStringLiteral(":/data/countries.tsv"))) {
            if (f.size() >= 6)
                out << Country{f[0], f[1], f[2], f[3], f[4], f[5]};
        }
        return out;
    }();
    return list;
}

const QList<Hromada> &hromadas()
{
    static const QList<Hromada> list = [] {
        QList<Hromada> out;
        // katottg category name_uk center_uk center_katottg raion_uk oblast_uk
        // oblast_iso name_latn oblast_latn lat lon geonameid
        for (const QStringList &f : readTsv(QStringLiteral(":/data/hromadas.tsv"))) {
            if (f.size() < 13)
                continue;
            out << Hromada{f[0], f[1], f[2], f[3], f[5], f[7], f[8], f[10], f[11], f[12]};
        }
        return out;
    }();
    return list;
}

const QList<Area> &defaultAreas()
{
    static const QList<Area> list = {
        {QStringLiteral("healthcare"), QStringLiteral("Охорона здоров’я"),
         QStringLiteral("Healthcare"), QStringLiteral("Gesundheitswesen"),
         QStringLiteral("#e15759")},
        {QStringLiteral("utilities"), QStringLiteral("Комунальне господарство"),
         QStringLiteral("Utilities"), QStringLiteral("Kommunalwirtschaft"),
         QStringLiteral("#76b7b2")},
        {QStringLiteral("culture"), QStringLiteral("Культура"), QStringLiteral("Culture"),
         QStringLiteral("Kultur"), QStringLiteral("#b07aa1")},
        {QStringLiteral("education"), QStringLiteral("Освіта та студентські обміни"),
         QStringLiteral("Education & student exchange"),
         QStringLiteral("Bildung und Studierendenaustausch"), QStringLiteral("#4e79a7")},
        {QStringLiteral("internships"), QStringLiteral("Стажування"), QStringLiteral("Internships"),
         QStringLiteral("Praktika"), QStringLiteral("#59a14f")},
        {QStringLiteral("economy"), QStringLiteral("Економіка та інвестиції"),
         QStringLiteral("Economy & investment"), QStringLiteral("Wirtschaft und Investitionen"),
         QStringLiteral("#f28e2b")},
        {QStringLiteral("reconstruction"), QStringLiteral("Відбудова"),
         QStringLiteral("Reconstruction"), QStringLiteral("Wiederaufbau"),
         QStringLiteral("#9c755f")},
        {QStringLiteral("humanitarian"), QStringLiteral("Гуманітарна допомога"),
         QStringLiteral("Humanitarian aid"), QStringLiteral("Humanitäre Hilfe"),
         QStringLiteral("#ff9da7")},
        {QStringLiteral("energy"), QStringLiteral("Енергетика"), QStringLiteral("Energy"),
         QStringLiteral("Energie"), QStringLiteral("#edc948")},
        {QStringLiteral("environment"), QStringLiteral("Довкілля"), QStringLiteral("Environment"),
         QStringLiteral("Umwelt"), QStringLiteral("#8cd17d")},
        {QStringLiteral("youth_sport"), QStringLiteral("Молодь і спорт"),
         QStringLiteral("Youth & sport"), QStringLiteral("Jugend und Sport"),
         QStringLiteral("#86bcb6")},
        {QStringLiteral("tourism"), QStringLiteral("Туризм"), QStringLiteral("Tourism"),
         QStringLiteral("Tourismus"), QStringLiteral("#d4a6c8")},
        {QStringLiteral("governance"), QStringLiteral("Місцеве самоврядування"),
         QStringLiteral("Local governance"), QStringLiteral("Kommunalverwaltung"),
         QStringLiteral("#bab0ac")},
        {QStringLiteral("civil_protection"), QStringLiteral("Цивільний захист"),
         QStringLiteral("Civil protection"), QStringLiteral("Bevölkerungsschutz"),
         QStringLiteral("#d37295")},
    };
    return list;
}

} // namespace tt::catalog
