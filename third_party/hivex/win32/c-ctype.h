/* gnulib's c-ctype (the C locale's character classes, whatever the process locale) for the mingw-w64 build of
 * hivex: the functions hivex calls. Part of heapfix. */
#ifndef HEAPFIX_HIVEX_WIN32_C_CTYPE_H
#define HEAPFIX_HIVEX_WIN32_C_CTYPE_H
static inline int c_isprint(int c) {
    return c >= 0x20 && c <= 0x7e;
}
static inline int c_isdigit(int c) {
    return c >= '0' && c <= '9';
}
static inline int c_isxdigit(int c) {
    return c_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline int c_isupper(int c) {
    return c >= 'A' && c <= 'Z';
}
static inline int c_islower(int c) {
    return c >= 'a' && c <= 'z';
}
static inline int c_isalpha(int c) {
    return c_isupper(c) || c_islower(c);
}
static inline int c_isalnum(int c) {
    return c_isalpha(c) || c_isdigit(c);
}
static inline int c_isspace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static inline int c_tolower(int c) {
    return c_isupper(c) ? c - 'A' + 'a' : c;
}
static inline int c_toupper(int c) {
    return c_islower(c) ? c - 'a' + 'A' : c;
}
#endif
