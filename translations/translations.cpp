// The compiled translations live in this library's resources under :/i18n/.
// An empty translation unit: a static library needs one source.
