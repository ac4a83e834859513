#include "app/core/transcription.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace tt::transcription {

namespace {

// Where a rule applies, judged by the letters around the matched text.
enum class At : quint8 {
    Any,
    Start,         // at the start of a word
    End,           // at the end of a word
    BeforeFront,   // before e, i, y (and their accented forms)
    BeforeVowel,   // before any vowel
    AfterVowel,    // after a vowel
    BetweenVowels, // after a vowel and before one
    BeforeLabial,  // before b or p (Polish ą, ę)
    Nasal,         // before a consonant other than m, n, or at the end (French)
    MagicE,        // before one consonant and a final silent e (English)
};

struct Rule
{
    std::u16string from;
    std::string to;
    At at = At::Any;
};

constexpr std::u16string_view vowels = u"aeiouyáàâäãåāăąéèêëēėęěíìîïīįıóòôöõøōőœúùûüūůűųýæə";
constexpr std::u16string_view frontVowels = u"eiyéèêëēėęěíìîïīįıýæäöüøœ";

bool isVowel(char16_t c)
{
    return vowels.find(c) != std::u16string_view::npos;
}

bool isLetter(char16_t c)
{
    return QChar(c).isLetter();
}

// The reading rules of each language, tried in order at every letter; the
// first that fits wins, so a longer spelling comes before a shorter one it
// begins with. "from=to", then "@" and where it applies: S at the start of a
// word, E at its end, F before e/i/y, V before a vowel, A after a vowel, B
// between vowels, L before b/p, N before a consonant other than m/n or at the
// end (French nasals), M before one consonant and a final e (English).
// Letters that no rule takes go through fallback() below. West and South
// Slavic "-ica" is Ukrainian "-иця" (Бистриця, Легниця, Митровиця).
struct LanguageRules
{
    const char16_t *code;
    const char16_t *rules;
};

constexpr LanguageRules languageRules[] = {
    {u"pl",
     u"ica=icia@E szcz=SC sz=S cz=C rz=Z ch=h dż=dZ dź=dz ż=Z ź=z ś=s ć=c ń=n ó=u ą=om@L ą=on "
     u"ę=em@L ę=en"},
    {u"de", u"tsch=C sch=S sp=Sp@S st=St@S chs=ks ch=h ck=k tz=c z=c ei=ai ey=ai eu=oi äu=oi "
            u"ie=i ph=f th=t qu=kv ä=e ö=e ü=iu h=@A v=f c=k"},
    {u"fr", u"eaux=o@E eau=o aux=o@E au=o œu=e oeu=e eu=e ou=u oû=u où=u oi=ua oy=uai "
            u"ain=en@N ein=en@N in=en@N en=an@N em=am@N eil=ei@E ill=i@A ai=e ch=S gn=n qu=k "
            u"gu=h@F ph=f th=t ç=s cc=ks@F c=s@F c=k ge=Z@V g=Z@F j=Z h= tz=c@E es=@E e=@E "
            u"s=@E t=@E d=@E x=@E z=@E s=z@B u=iu û=iu ù=iu"},
    {u"it", u"sch=sk sci=S@V sc=S@F ch=k gh=h gli=li gn=n cci=C@V ci=C@V cc=C@F c=C@F c=k "
            u"ggi=dZ@V gi=dZ@V gg=dZ@F g=dZ@F qu=kv z=c h="},
    {u"es", u"ll=i ñ=n ch=C gu=h@F qu=k j=h c=s@F c=k z=s h="},
    {u"pt", u"lh=l nh=n ch=S ção=san ão=an ões=oins ç=s gu=h@F qu=k@F qu=kv c=s@F c=k j=Z "
            u"g=Z@F x=S h= o=u@E s=z@B"},
    {u"nl", u"eeuw=ev ieuw=iv sch=sh ch=h ij=ei ui=ei oe=u ou=au aa=a ee=e oo=o ie=i dt=t@E "
            u"c=s@F c=k"},
    // Czech and Slovak; č, š, ž, ř read alike in every language (fallback()).
    {u"cs", u"ica=icia@E ch=h dž=dZ ě=ie ô=uo ä=e"},
    {u"hu", u"dzs=dZ cs=C sz=s zs=Z gy=d ny=n ly=i ty=t s=S ö=e ő=e ü=iu ű=iu ch=C"},
    {u"ro", u"ș=S ş=S ț=c ţ=c ă=e â=i î=i chi=ki che=ke ghi=hi ghe=he ci=C@V c=C@F gi=dZ@V "
            u"g=dZ@F c=k j=Z ea=ia"},
    // Lithuanian and Latvian: macrons, ogoneks and cedillas fold to the letter.
    {u"lt", u"dž=dZ ch=h"},
    {u"et", u"õ=i ä=ia ö=e ü=iu"},
    {u"fi", u"ä=ia ö=e y=iu"},
    {u"sv", u"skj=S stj=S sj=S tj=C kj=C dj=i@S gj=i@S hj=i@S lj=i@S å=o ä=e ö=e y=iu ck=k "
            u"ph=f z=s c=s@F c=k"},
    // Norwegian and Danish.
    {u"no", u"aa=o å=o æ=e ø=e skj=S sj=S kj=C y=iu ch=h z=s c=s@F c=k"},
    {u"is", u"þ=t ð=d æ=ai ö=e"},
    {u"en", u"borough=boro@E burgh=burh@E ough=o@E tch=C ch=C sh=S ph=f th=t wh=v ck=k "
            u"kn=n@S wr=r@S qu=kv ee=i ea=i ie=i oo=u ou=au ow=o@E ay=ei ey=ei ai=ei igh=ai "
            u"dge=dZ@E ge=dZ@E alt=olt ham=hem@E a=ei@M i=ai@M u=iu@M e=i@M e=@E c=s@F c=k j=dZ"},
    {u"ka", u"kh=h gh=h tch=C ch=C ts=c sh=S zh=Z j=dZ q=k"},
    {u"tr", u"ç=C ş=S ğ= ı=i ö=e ü=iu c=dZ j=Z"},
    // Hebrew names as the gazetteer romanises them (Naẕerat, Qiryat).
    {u"he", u"ẕ=c tz=c ts=c kh=h ch=h sh=S ph=f j=dZ"},
    // Serbian, Croatian, Bosnian, Montenegrin, Slovenian, Macedonian in Latin.
    {u"sh", u"ica=icia@E dž=dZ đ=dZ lj=li nj=ni ć=C"},
    // Bulgarian, Russian and Belarusian names romanised.
    {u"bg", u"shch=SC sht=SC zh=Z kh=h sh=S ch=C ts=c ya=ia yu=iu ye=ie yo=io ŭ=i"},
    // Chinese pinyin as the Ukrainian practice renders it (Гуанчжоу, Наньнін).
    {u"zh", u"zh=CZ ch=C sh=S ng=n j=cz q=c x=s z=c yu=iu"},
    // Japanese Hepburn as the Ukrainian practice renders it (Polivanov: сі, ті).
    {u"ja", u"shi=si sh=s chi=ti ch=t tsu=cu ts=c ji=dzi j=dz"},
    {u"xx", u"shch=SC sh=S ch=C zh=Z kh=h ts=c ph=f th=t"},
};

// Countries and the languages their place names are read in, two letters
// each; others are read generically ("xx").
constexpr std::pair<std::u16string_view, std::u16string_view> countryLanguages[] = {
    {u"PL", u"pl"},   {u"DE", u"de"},   {u"AT", u"de"}, {u"LI", u"de"},   {u"CH", u"defrit"},
    {u"LU", u"frde"}, {u"FR", u"fr"},   {u"MC", u"fr"}, {u"BE", u"nlfr"}, {u"NL", u"nl"},
    {u"IT", u"it"},   {u"SM", u"it"},   {u"VA", u"it"}, {u"MT", u"en"},   {u"ES", u"es"},
    {u"AD", u"es"},   {u"PT", u"pt"},   {u"BR", u"pt"}, {u"CZ", u"cs"},   {u"SK", u"cs"},
    {u"HU", u"hu"},   {u"RO", u"ro"},   {u"MD", u"ro"}, {u"LT", u"lt"},   {u"LV", u"lt"},
    {u"EE", u"et"},   {u"FI", u"fisv"}, {u"SE", u"sv"}, {u"NO", u"no"},   {u"DK", u"no"},
    {u"IS", u"is"},   {u"GB", u"en"},   {u"IE", u"en"}, {u"US", u"en"},   {u"CA", u"enfr"},
    {u"AU", u"en"},   {u"NZ", u"en"},   {u"ZA", u"en"}, {u"GE", u"ka"},   {u"TR", u"tr"},
    {u"IL", u"he"},   {u"RS", u"sh"},   {u"HR", u"sh"}, {u"BA", u"sh"},   {u"ME", u"sh"},
    {u"SI", u"sh"},   {u"MK", u"sh"},   {u"BG", u"bg"}, {u"RU", u"bg"},   {u"BY", u"bg"},
    {u"KZ", u"bg"},   {u"CN", u"zh"},   {u"TW", u"zh"}, {u"JP", u"ja"},   {u"MX", u"es"},
    {u"AR", u"es"},   {u"CL", u"es"},   {u"CO", u"es"}, {u"PE", u"es"},   {u"VE", u"es"},
    {u"EC", u"es"},   {u"BO", u"es"},   {u"UY", u"es"}, {u"PY", u"es"},   {u"CU", u"es"},
    {u"CR", u"es"},   {u"GT", u"es"},   {u"DO", u"es"}, {u"PA", u"es"},
};

At whereOf(char16_t c)
{
    switch (c) {
    case u'S':
        return At::Start;
    case u'E':
        return At::End;
    case u'F':
        return At::BeforeFront;
    case u'V':
        return At::BeforeVowel;
    case u'A':
        return At::AfterVowel;
    case u'B':
        return At::BetweenVowels;
    case u'L':
        return At::BeforeLabial;
    case u'N':
        return At::Nasal;
    case u'M':
        return At::MagicE;
    default:
        return At::Any;
    }
}

std::vector<Rule> parse(std::u16string_view text)
{
    std::vector<Rule> rules;
    for (const QStringView item : QStringView(text.data(), text.size()).split(u' ')) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            continue;
        const qsizetype atSign = item.indexOf(u'@', eq);
        const QStringView to = item.sliced(eq + 1, (atSign < 0 ? item.size() : atSign) - eq - 1);
        Rule rule;
        rule.from.assign(reinterpret_cast<const char16_t *>(item.data()), size_t(eq));
        rule.to = to.toLatin1().toStdString();
        rule.at = atSign < 0 ? At::Any : whereOf(item[atSign + 1].unicode());
        rules.push_back(std::move(rule));
    }
    return rules;
}

const std::vector<Rule> &rulesOf(QStringView code)
{
    static const QHash<QString, std::vector<Rule>> parsed = [] {
        QHash<QString, std::vector<Rule>> out;
        for (const LanguageRules &l : languageRules)
            out.insert(QString::fromUtf16(l.code), parse(l.rules));
        return out;
    }();
    auto it = parsed.constFind(code.toString());
    return it != parsed.constEnd() ? it.value() : parsed.find(QStringLiteral("xx")).value();
}

// Letters every Latin language reads alike, and the letters no rule took.
std::string_view fallback(char16_t c)
{
    // a..z: g is h, since г, ґ, х, g and h are one letter of the key.
    static constexpr std::string_view ascii[] = {"a", "b", "c", "d", "e", "f",  "h", "h", "i",
                                                 "i", "k", "l", "m", "n", "o",  "p", "k", "r",
                                                 "s", "t", "u", "v", "v", "ks", "i", "z"};
    if (c >= u'a' && c <= u'z')
        return ascii[c - u'a'];
    switch (c) {
    case u'č':
        return "C";
    case u'š':
        return "S";
    case u'ž':
        return "Z";
    case u'ř':
        return "rZ";
    case u'ł':
        return "l";
    case u'ß':
        return "s";
    case u'đ':
        return "dZ";
    case u'ı':
        return "i";
    case u'ø':
    case u'æ':
    case u'œ':
    case u'ə':
        return "e";
    case u'þ':
        return "t";
    case u'ð':
        return "d";
    case u'ŋ':
        return "n";
    default:
        break;
    }
    // An accented letter reads as its base letter (é, ā, ņ ...).
    const QString decomposed = QChar(c).decomposition();
    if (!decomposed.isEmpty() && decomposed.front().unicode() < 0x80) {
        const char16_t base = decomposed.front().toLower().unicode();
        if (base >= u'a' && base <= u'z')
            return ascii[base - u'a'];
    }
    return {};
}

bool isSeparator(char16_t c)
{
    return c == u' ' || c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'/' || c == u'(' ||
           c == u')' || c == u',' || c == u'.' || c == u'_' || c == u'\t';
}

bool applies(const Rule &rule, std::u16string_view s, size_t i)
{
    const size_t end = i + rule.from.size();
    const auto before = [&]() -> char16_t { return i > 0 ? s[i - 1] : u' '; };
    const auto after = [&](size_t k = 0) -> char16_t {
        return end + k < s.size() ? s[end + k] : u' ';
    };
    switch (rule.at) {
    case At::Any:
        return true;
    case At::Start:
        return !isLetter(before());
    case At::End:
        return !isLetter(after());
    case At::BeforeFront:
        return frontVowels.find(after()) != std::u16string_view::npos;
    case At::BeforeVowel:
        return isVowel(after());
    case At::AfterVowel:
        return isVowel(before());
    case At::BetweenVowels:
        return isVowel(before()) && isVowel(after());
    case At::BeforeLabial:
        return after() == u'b' || after() == u'p';
    case At::Nasal: {
        const char16_t c = after();
        return !isLetter(c) || (!isVowel(c) && c != u'n' && c != u'm');
    }
    case At::MagicE:
        return isLetter(after()) && !isVowel(after()) && after(1) == u'e' && !isLetter(after(2));
    }
    return false;
}

// The key alphabet's last folds, the same for both scripts.
QByteArray finish(const std::string &raw)
{
    std::string s;
    s.reserve(raw.size());
    for (char c : raw) {
        if (c == ' ') {
            if (!s.empty() && s.back() != ' ')
                s.push_back(' ');
        } else if (s.empty() || s.back() != c) {
            s.push_back(c);
        }
    }
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == 'i' && i + 1 < s.size() && s[i + 1] == 'e') {
            continue; // "ie" → "e": є, Polish "ie", Czech "ě"
        }
        if (s[i] == 'e' && i + 1 < s.size() && s[i + 1] == 'i') {
            out += "ai"; // "ei" → "ai": ей and ай for German "ei"
            ++i;
            continue;
        }
        if (out.empty() || out.back() != s[i] || s[i] == ' ')
            out.push_back(s[i]);
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace

QByteArray cyrillicKey(QStringView name)
{
    // а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я
    static constexpr std::string_view letters[] = {
        "a", "b", "v", "h", "d", "e", "Z", "z", "i", "i",  "k", "l", "m", "n", "o",  "p",
        "r", "s", "t", "u", "f", "h", "c", "C", "S", "SC", "",  "i", "",  "e", "iu", "ia"};
    std::string raw;
    raw.reserve(size_t(name.size()) * 2);
    for (QChar qc : name) {
        const char16_t c = qc.toLower().unicode();
        if (c >= u'а' && c <= u'я')
            raw += letters[c - u'а'];
        else if (c == u'є')
            raw += "ie";
        else if (c == u'і' || c == u'ї')
            raw += "i";
        else if (c == u'ґ')
            raw += "h";
        else if (c == u'ё')
            raw += "io";
        else if (isSeparator(c))
            raw += ' ';
        else if (c < 0x80 || qc.decompositionTag() != QChar::NoDecomposition)
            raw += fallback(c); // Latin letters in a Cyrillic name
        // apostrophes and anything else: nothing
    }
    return finish(raw);
}

QByteArray latinKey(QStringView name, QStringView language)
{
    const std::vector<Rule> &rules = rulesOf(language);
    const QString lower = name.toString().toLower().normalized(QString::NormalizationForm_C);
    const std::u16string_view s(reinterpret_cast<const char16_t *>(lower.utf16()),
                                size_t(lower.size()));
    std::string raw;
    raw.reserve(s.size() + 4);
    size_t i = 0;
    while (i < s.size()) {
        const char16_t c = s[i];
        if (isSeparator(c)) {
            raw += ' ';
            ++i;
            continue;
        }
        bool done = false;
        for (const Rule &rule : rules) {
            if (rule.from.front() != c || s.substr(i, rule.from.size()) != rule.from ||
                !applies(rule, s, i))
                continue;
            raw += rule.to;
            i += rule.from.size();
            done = true;
            break;
        }
        if (!done) {
            raw += fallback(c);
            ++i;
        }
    }
    return finish(raw);
}

QList<QStringView> languagesOf(QStringView countryIso)
{
    for (const auto &[country, codes] : countryLanguages) {
        if (QStringView(country.data(), country.size()) != countryIso)
            continue;
        QList<QStringView> out;
        for (size_t k = 0; k + 1 < codes.size(); k += 2)
            out << QStringView(codes.data() + k, 2);
        return out;
    }
    return {QStringView(u"xx")};
}

QList<QByteArray> latinKeys(QStringView name, QStringView countryIso)
{
    QList<QByteArray> keys;
    for (QStringView language : languagesOf(countryIso)) {
        QByteArray key = latinKey(name, language);
        if (!key.isEmpty() && !keys.contains(key))
            keys << std::move(key);
    }
    return keys;
}

int distance(QByteArrayView a, QByteArrayView b, int bound)
{
    if (std::abs(a.size() - b.size()) > bound)
        return bound + 1;
    // Two rows of the classic table; stop once a whole row exceeds the bound.
    constexpr int maxLength = 64;
    if (b.size() >= maxLength)
        b = b.first(maxLength - 1);
    int previous[maxLength];
    int current[maxLength];
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > bound)
            return bound + 1;
        std::copy(current, current + b.size() + 1, previous);
    }
    return std::min(previous[b.size()], bound + 1);
}

quint64 letters(QByteArrayView key)
{
    quint64 set = 0;
    for (char c : key)
        set |= quint64(1) << (c & 63); // 'a'..'z', 'C', 'S', 'Z' and ' ' differ here
    return set;
}

int allowedDistance(qsizetype length)
{
    return length < 4 ? 0 : int(std::min<qsizetype>(length / 4, 4));
}

} // namespace tt::transcription
