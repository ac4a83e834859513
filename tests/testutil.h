#pragma once

// Helpers shared by the tests: a fresh database in a temporary folder.

#include "core/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tt::test {

inline std::unique_ptr<Database> openFresh(const QTemporaryDir &dir,
                                           const QString &name = QStringLiteral("t.twinning"))
{
    auto db = Database::open(dir.filePath(name));
    if (!db) {
        qWarning("open failed: %s", qPrintable(db.error().fullText()));
        return nullptr;
    }
    return std::move(db.value());
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace tt::test
