// JSON backup: any bytes are restored into a new database inside a transaction
// that is then rolled back, so every input meets the same empty database; the
// restore must refuse them with an error or write them, nothing else.
#include "app/io/backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {
std::unique_ptr<QCoreApplication> app;
std::unique_ptr<QTemporaryDir> dir;
std::unique_ptr<tt::Database> db;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = std::make_unique<QCoreApplication>(*argc, *argv);
    dir = std::make_unique<QTemporaryDir>();
    auto opened = tt::Database::open(dir->filePath(QStringLiteral("fuzz.twinning")));
    if (!opened)
        qFatal("%s", qPrintable(opened.error().fullText()));
    db = std::move(opened.value());
    // Closed before Qt's own globals go (registered after them, run before them).
    std::atexit([] {
        db.reset();
        dir.reset();
        app.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    tt::Transaction outer(*db);
    auto summary = tt::io::restoreBackup(*db, bytes, QStringLiteral("fuzz.json"));
    (void)summary;
    outer.rollback();
    return 0;
}
