#include "app/core/text.h"

#include <QChar>
#include <QHash>

#include <algorithm>

namespace tt::text {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'`' || c == u'\u2018';
}

// Letters whose spelling depends on whether they open a word.
struct Initial
{
    char16_t letter;
    const char *initial;
    const char *medial;
};

const Initial initials[] = {
    {u'є', "ye", "ie"}, {u'ї', "yi", "i"}, {u'й', "y", "i"}, {u'ю', "yu", "iu"}, {u'я', "ya", "ia"},
};

const QHash<char16_t, const char *> &letters()
{
    static const QHash<char16_t, const char *> table = {
        {u'а', "a"},
        {u'б', "b"},
        {u'в', "v"},
        {u'г', "h"},
        {u'ґ', "g"},
        {u'д', "d"},
        {u'е', "e"},
        {u'ж', "zh"},
        {u'з', "z"},
        {u'и', "y"},
        {u'і', "i"},
        {u'к', "k"},
        {u'л', "l"},
        {u'м', "m"},
        {u'н', "n"},
        {u'о', "o"},
        {u'п', "p"},
        {u'р', "r"},
        {u'с', "s"},
        {u'т', "t"},
        {u'у', "u"},
        {u'ф', "f"},
        {u'х', "kh"},
        {u'ц', "ts"},
        {u'ч', "ch"},
        {u'ш', "sh"},
        {u'щ', "shch"},
        {u'ь', ""},
        {u'ъ', ""},
        // Letters Ukrainian lacks, met in old or Russian spellings of names.
        {u'ы', "y"},
        {u'э', "e"},
        {u'ё', "io"},
    };
    return table;
}

QString cased(const char *latin, bool upper, bool wholeWordUpper)
{
    QString out = QString::fromLatin1(latin);
    if (out.isEmpty() || !upper)
        return out;
    if (wholeWordUpper)
        return out.toUpper();
    out[0] = out[0].toUpper();
    return out;
}

} // namespace

QString transliterate(QStringView ukrainian)
{
    QString out;
    out.reserve(ukrainian.size() + ukrainian.size() / 4);
    bool wordStart = true;
    for (qsizetype i = 0; i < ukrainian.size(); ++i) {
        const QChar c = ukrainian[i];
        const QChar lower = c.toLower();
        const bool upper = c != lower;
        const bool nextUpper = i + 1 < ukrainian.size() && ukrainian[i + 1].isUpper();
        if (isApostrophe(c)) {
            // Dropped; the letter after it is still inside the word (Мар’їне → Marine).
            continue;
        }
        const char *latin = nullptr;
        for (const Initial &entry : initials) {
            if (lower.unicode() == entry.letter)
                latin = wordStart ? entry.initial : entry.medial;
        }
        if (!latin) {
            if (lower == u'г' && i > 0 && ukrainian[i - 1].toLower() == u'з') {
                latin = "gh"; // зг → zgh
            } else {
                auto it = letters().constFind(lower.unicode());
                if (it != letters().constEnd())
                    latin = it.value();
            }
        }
        if (latin) {
            out += cased(latin, upper, nextUpper);
            wordStart = false;
        } else {
            out += c;
            wordStart = !c.isLetterOrNumber();
        }
    }
    return out;
}

namespace {

// searchKey() of a text of ASCII characters only, which has nothing to
// decompose or fold but case: most names of the gazetteer and of partner lists.
QString asciiSearchKey(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    qsizetype n = 0;
    bool space = false;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u'\'' || c == u'`')
            continue;
        if (c == u' ' || (c >= u'\t' && c <= u'\r') || c == u'-' || c == u'_') {
            space = n > 0;
            continue;
        }
        if (space) {
            to[n++] = u' ';
            space = false;
        }
        to[n++] = c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c;
    }
    out.truncate(n);
    return out;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString searchKey(QStringView text)
{
    if (isAscii(text))
        return asciiSearchKey(text);
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        QChar c = decomposed[i];
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing) {
            // Ukrainian й and ї decompose into и/і plus a mark; keep those letters.
            if (!out.isEmpty() && (c.unicode() == 0x0306 || c.unicode() == 0x0308)) {
                const QChar base = out.back();
                if (base == u'и' && c.unicode() == 0x0306) {
                    out.back() = u'й';
                } else if (base == u'і' && c.unicode() == 0x0308) {
                    out.back() = u'ї';
                } else if (base == u'е' && c.unicode() == 0x0308) {
                    out.back() = u'е'; // ё folds to е
                }
            }
            continue;
        }
        if (isApostrophe(c) || c == u'ь' || c == u'Ь')
            continue;
        if (c.isSpace() || c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'_') {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += c.toLower();
    }
    // Letters without a decomposition that readers type without the accent.
    static const QHash<QChar, QString> extra = {
        {u'ł', QStringLiteral("l")}, {u'ø', QStringLiteral("o")},  {u'ß', QStringLiteral("ss")},
        {u'đ', QStringLiteral("d")}, {u'æ', QStringLiteral("ae")}, {u'ı', QStringLiteral("i")},
    };
    QString result;
    result.reserve(out.size());
    for (QChar c : std::as_const(out)) {
        auto it = extra.constFind(c);
        if (it != extra.constEnd())
            result += it.value();
        else
            result += c;
    }
    return result;
}

bool hasCyrillic(QStringView text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Cyrillic)
            return true;
    }
    return false;
}

} // namespace tt::text
