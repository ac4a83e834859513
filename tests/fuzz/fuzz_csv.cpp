// CSV: any bytes are read into a table or refused with an error; nothing else.
#include "app/io/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto table = tt::io::parseCsv(bytes, QStringLiteral("fuzz.csv"));
    if (table) {
        // Every row the reader returns has its line.
        if (table->rows.size() != table->lines.size())
            __builtin_trap();
    }
    return 0;
}
