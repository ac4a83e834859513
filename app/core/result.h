#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tt {

// An error a person can read. `message` is complete and translated; `detail` keeps
// the technical text (the driver's message, a file path) for logs and the
// "details" part of a message box.
struct Error
{
    enum class Code {
        Invalid,      // a value breaks a rule (dates out of order, missing field)
        NotFound,     // the record is gone
        Duplicate,    // the same pair/place exists already
        ReadOnly,     // the database is open read-only
        NewerVersion, // written by a newer Twinning Tracker
        NotADatabase, // not an SQLite file, or not one of ours
        Corrupt,      // fails the integrity check
        Busy,         // another program holds the lock
        Io,           // a file could not be read or written
        Sql,          // anything else the engine reported
        Conflict,     // someone else changed the record since it was read
        Forbidden,    // the server's role for this user does not allow it
    };

    Code code = Code::Sql;
    QString message;
    QString detail;

    static Error make(Code code, QString message, QString detail = {})
    {
        return Error{code, std::move(message), std::move(detail)};
    }
    // The message, followed by the technical detail when there is one.
    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

// Either a value or an Error. Small on purpose: the codebase returns these from
// every call that touches a file or the database, and never throws.
template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? std::get<0>(m_data) : std::move(fallback); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace tt
