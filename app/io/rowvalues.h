#pragma once

// The cells of a table read by field, as the importer reads them: the column
// the mapping gives the field, the cell trimmed and unprotected (a leading
// apostrophe that kept a spreadsheet from reading it as a formula), and an empty
// text for a field the file has no column for. The rows may still be arriving
// (importpipeline.h): each is read when it is there.

#include "app/io/fields.h"
#include "app/io/table.h"

#include <array>

namespace tt::io {

class RowValues
{
public:
    RowValues(const Table &table, const Mapping &mapping)
        : m_table(table)
    {
        m_columns.fill(-1);
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            m_columns[static_cast<int>(it.key())] = it.value();
    }

    QString value(qsizetype row, Field field) const
    {
        const int column = m_columns[static_cast<int>(field)];
        if (column < 0)
            return {};
        const QStringList &cells = m_table.rows.at(row);
        if (column >= cells.size())
            return {};
        const QString &cell = cells.at(column);
        // Most cells need neither trimming nor unprotecting: no copy is made.
        if (cell.isEmpty() ||
            (!maybeSpace(cell.front()) && !maybeSpace(cell.back()) && cell.front() != u'\''))
            return cell;
        return unprotectCell(cell.trimmed());
    }
    // The line (CSV) or sheet row (XLSX) of a row, for messages.
    int line(qsizetype row) const { return m_table.lines.value(row); }
    const QString &fileName() const { return m_table.fileName; }

private:
    // QChar::isSpace() without its table for the letters of most names: no
    // space lies between U+0021 and U+167F but U+0085 and U+00A0.
    static bool maybeSpace(QChar c)
    {
        const char16_t u = c.unicode();
        return (u <= 0x20 || u >= 0x1680 || u == 0x85 || u == 0xA0) && c.isSpace();
    }

    const Table &m_table;
    std::array<int, static_cast<int>(Field::PartnerLon) + 1> m_columns; // field → column or -1
};

} // namespace tt::io
