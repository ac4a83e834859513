#pragma once

// Conversions between record fields and the values bound to and read from SQL.
// Empty text, invalid dates and empty optionals are stored as NULL; enums as
// their stable codes; dates as ISO 8601 text, which sorts and compares correctly
// on every engine.

#include "app/core/domain.h"
#include "app/core/partialdate.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace tt::sqlvalue {

inline QVariant null()
{
    return QVariant(QMetaType::fromType<QString>());
}

inline QVariant toDb(const QString &v)
{
    return v.isEmpty() ? null() : QVariant(v);
}
inline QVariant toDb(const QDate &v)
{
    return v.isValid() ? QVariant(v.toString(Qt::ISODate)) : null();
}
inline QVariant toDb(const PartialDate &v)
{
    return v.isValid() ? QVariant(v.toIso()) : null();
}
inline QVariant toDb(const QDateTime &v)
{
    return v.isValid() ? QVariant(v.toUTC().toString(Qt::ISODateWithMs)) : null();
}
inline QVariant toDb(qint64 v)
{
    return QVariant(v);
}
inline QVariant toDb(int v)
{
    return QVariant(v);
}
inline QVariant toDb(bool v)
{
    return QVariant(v ? 1 : 0);
}
inline QVariant toDb(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
inline QVariant toDb(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}
template<class E>
requires std::is_enum_v<E> QVariant toDb(E v)
{
    return QVariant(toCode(v));
}

inline void fromDb(const QVariant &in, QString &out)
{
    out = in.isNull() ? QString() : in.toString();
}
inline void fromDb(const QVariant &in, QDate &out)
{
    out = in.isNull() ? QDate() : QDate::fromString(in.toString(), Qt::ISODate);
}
inline void fromDb(const QVariant &in, PartialDate &out)
{
    out = in.isNull() ? PartialDate() : PartialDate::fromIso(in.toString());
}
inline void fromDb(const QVariant &in, QDateTime &out)
{
    out = in.isNull() ? QDateTime() : QDateTime::fromString(in.toString(), Qt::ISODateWithMs);
}
inline void fromDb(const QVariant &in, qint64 &out)
{
    out = in.toLongLong();
}
inline void fromDb(const QVariant &in, int &out)
{
    out = in.toInt();
}
inline void fromDb(const QVariant &in, bool &out)
{
    out = in.toInt() != 0;
}
inline void fromDb(const QVariant &in, std::optional<double> &out)
{
    out = in.isNull() ? std::nullopt : std::optional<double>(in.toDouble());
}
inline void fromDb(const QVariant &in, std::optional<qint64> &out)
{
    out = in.isNull() ? std::nullopt : std::optional<qint64>(in.toLongLong());
}
template<class E>
requires std::is_enum_v<E>
void fromDb(const QVariant &in, E &out)
{
    if (auto value = fromCode<E>(in.toString()))
        out = *value;
}

} // namespace tt::sqlvalue
