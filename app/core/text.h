#pragma once

// Text rules for Ukrainian and Latin names: the national transliteration and the
// folding that lets a search match either spelling.

#include <QString>
#include <QStringView>

namespace tt::text {

// Ukrainian Cyrillic to Latin by the national system (Cabinet of Ministers
// resolution No. 55 of 27 January 2010): Вінниця → Vinnytsia, Згорани → Zghorany,
// Їжакевич → Yizhakevych. Latin text passes through unchanged.
QString transliterate(QStringView ukrainian);

// A key for matching names: lower case, accents removed (Kraków → krakow), the
// apostrophes (' ’ ʼ) and the soft sign dropped, dashes and runs of spaces folded
// to one space. Cyrillic stays Cyrillic.
QString searchKey(QStringView text);

// True when the text holds a Cyrillic letter.
bool hasCyrillic(QStringView text);

} // namespace tt::text
