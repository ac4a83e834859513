#pragma once

// The language of the program: which one to use (command line, settings,
// system locale) and switching to it at run time. Applying a language installs
// the program's and Qt's own translators (QEvent::LanguageChange then reaches
// every widget), sets the default QLocale for dates and numbers and the
// language of data names (names::setLanguage). The compiled translations live
// in the twinning_translations library under :/i18n/.

#include <QString>
#include <QStringList>

namespace tt::language {

// "uk", "en", "de".
QStringList available();
// "uk" for "uk", "uk_UA", "uk-UA"…; empty when not one of ours.
QString normalized(const QString &code);
// The language of the system locale if we have it, else "en".
QString systemLanguage();
// The first usable of: the requested code, the saved setting, the system.
QString choose(const QString &requested, const QString &saved);
// The locale for dates and numbers: uk_UA, de_DE, en_GB.
QString localeName(const QString &language);
// Installs the translators for `language` (replacing earlier ones), sets the
// default locale and the names' language. Returns false when the program's
// own translation was not found (English needs none beyond plurals).
bool apply(const QString &language);
// The language applied last ("en" before any).
QString current();
// The translation of `source` (under `context`) into `language`, whatever
// language is applied: the importer reads the words of all three. The source
// text when that language has none for it (English, or a program built without
// the translations).
QString translate(const QString &language, const char *context, const char *source);

// X of `--lang X` / `--lang=X` in argv (the last one given), or an empty
// string. argv is left as it is: on Windows Qt reads the arguments from the
// system in UTF-16 only while argv is unchanged, and a path in Cyrillic would
// otherwise arrive as "????".
QString languageOption(int argc, char **argv);
// The first argument after the program's name that is not `--lang X` or
// `--lang=X` (the command), or null.
const char *firstArgument(int argc, char **argv);
// `arguments` without any `--lang X` / `--lang=X`.
QStringList withoutLanguageOption(const QStringList &arguments);

} // namespace tt::language
