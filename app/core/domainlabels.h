#pragma once

// The labels of kinds and stages in a language other than the one the program
// runs in: a file exported in Ukrainian, English or German reads back in any of
// them (io/fields.cpp).

#include "app/core/domain.h"
#include "app/core/language.h"

namespace tt {

// The untranslated label, as the program writes it: "Twinning agreement".
const char *labelSource(PartnershipKind value);
const char *labelSource(Stage value);

// toLabel(value) in `language` (uk, en or de).
template<class E>
QString toLabel(E value, const QString &language)
{
    return language::translate(language, "Domain", labelSource(value));
}

} // namespace tt
