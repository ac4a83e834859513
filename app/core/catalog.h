#pragma once

// Reference data shipped inside the program (resources/data): the oblasts, the
// countries with their uk/en/de names, the territorial communities of the
// codifier, and the default catalogue of cooperation areas. Loaded once, on
// first use; new databases are seeded from it.

#include <QList>
#include <QString>

namespace tt::catalog {

struct Oblast
{
    QString iso;     // UA-05
    QString shortUk; // Вінницька (as the codifier writes it)
    QString nameUk;  // Вінницька область
    QString nameEn;  // Vinnytsia Oblast
    QString nameDe;  // Oblast Winnyzja
    QString kind;    // oblast, city, republic
    QString geonamesAdmin1;
    double labelLat = 0;
    double labelLon = 0;
};

struct Country
{
    QString iso2;
    QString iso3;
    QString numeric;
    QString nameEn;
    QString nameUk;
    QString nameDe;
};

struct Hromada
{
    QString katottg;
    QString category;
    QString nameUk;   // Вінницька
    QString centerUk; // Вінниця
    QString raionUk;
    QString oblastIso;
    QString nameLatn;
    QString lat;
    QString lon;
    QString geonameId;
};

struct Area
{
    QString code;
    QString nameUk;
    QString nameEn;
    QString nameDe;
    QString color;
};

const QList<Oblast> &oblasts();
const QList<Country> &countries();
const QList<Hromada> &hromadas();
const QList<Area> &defaultAreas();

// Splits a shipped TSV resource into rows of fields (no quoting, header dropped).
QList<QStringList> readTsv(const QString &resourcePath);

} // namespace tt::catalog
