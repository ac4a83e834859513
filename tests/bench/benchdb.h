#pragma once

// The database a benchmark measures: the one named by TT_BENCH_DB (a national
// database made with `twinning-tracker generate`, or a server database
// postgresql://USER@HOST:PORT/DB filled from one with `twinning-tracker copy`),
// or a generated one of 10,000 pairs in `dir`.

#include "app/core/database.h"
#include "app/sample/sampledata.h"

#include <QTemporaryDir>

namespace tt::bench {

inline QString databasePath(const QTemporaryDir &dir)
{
    QString path = qEnvironmentVariable("TT_BENCH_DB");
    if (!path.isEmpty())
        return path;
    path = dir.filePath(QStringLiteral("bench.twinning"));
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    sample::GenerateOptions options;
    options.partnerships = 10000;
    if (auto generated = sample::generate(**db, options); !generated)
        qFatal("%s", qPrintable(generated.error().fullText()));
    return path;
}

} // namespace tt::bench
