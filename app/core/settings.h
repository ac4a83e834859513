#pragma once

// Typed settings, each declared once with its key and default:
//   settings::lastDatabase.value(), settings::lastDatabase.set(path)
// No other code names a settings key.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tt::settings {

template<class T>
class Preference
{
public:
    constexpr Preference(const char *key, T fallback = T())
        : m_key(key)
        , m_fallback(std::move(fallback))
    {}

    T value() const
    {
        const QVariant v = QSettings().value(QLatin1String(m_key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_fallback;
    }
    void set(const T &value) const
    {
        QSettings().setValue(QLatin1String(m_key), QVariant::fromValue(value));
    }
    void reset() const { QSettings().remove(QLatin1String(m_key)); }
    QString key() const { return QLatin1String(m_key); }

private:
    const char *m_key;
    T m_fallback;
};

inline const Preference<QByteArray> mainWindowGeometry{"mainwindow/geometry"};
inline const Preference<QByteArray> mainWindowState{"mainwindow/state"};
// The page shown when the window was last closed: dashboard, partnerships,
// milestones, places, projects or reports (empty or unknown: partnerships).
inline const Preference<QString> mainWindowPage{"mainwindow/page"};
inline const Preference<QString> lastDatabase{"files/lastDatabase"};
// Files, and server databases as postgresql://USER@HOST:PORT/DB (no password).
inline const Preference<QStringList> recentDatabases{"files/recent"};
inline const Preference<QString> lastServer{"files/lastServer"}; // the same form
inline const Preference<QString> language{"ui/language"};        // empty: follow the system
// The office's name as earlier versions kept it, per user. The office's name is
// now the database's (officesettings.h); the settings dialog offers this one
// when the database has none.
inline const Preference<QString> officeName{"reports/officeName"};
// The language the Reports page starts with: uk, en or de; empty: the window's.
inline const Preference<QString> reportLanguage{"reports/language"};

} // namespace tt::settings
