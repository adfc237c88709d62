/* config.h for the mingw-w64 build of hivex (what hivex's configure would have found there). Part of
 * heapfix, not of hivex. */
#ifndef HEAPFIX_HIVEX_WIN32_CONFIG_H
#define HEAPFIX_HIVEX_WIN32_CONFIG_H

#define PACKAGE_NAME "hivex"
#define PACKAGE_VERSION "1.3.23"

/* No mmap on Windows: hivex's own lib/mmap.c maps read-only hives with CreateFileMapping. */
#undef HAVE_MMAP

/* iconv comes from win32/iconv.c, whose iconv() takes char ** like glibc's. */
#define ICONV_CONST

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#include <unistd.h>
/* heapfix passes hivex UTF-8 file names; the C runtime's open() reads them in the ANSI code page. Every
 * open() of hivex goes to win32/io.c, which converts the name to UTF-16 and calls _wopen. (The headers
 * that declare open() are included above, before the name is mapped.) */
int heapfix_hivex_open_utf8(const char* name, int flags, ...);
#define open heapfix_hivex_open_utf8

/* Windows has no fcntl(F_SETFD): give open() its "not inherited" flag, so hivex never calls fcntl. */
#ifndef O_CLOEXEC
#define O_CLOEXEC _O_NOINHERIT
#endif
#ifndef O_NOCTTY
#define O_NOCTTY 0
#endif

#endif /* HEAPFIX_HIVEX_WIN32_CONFIG_H */
