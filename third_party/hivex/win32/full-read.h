/* gnulib's full_read for the mingw-w64 build of hivex: read() until `count` bytes or end of file. Part of
 * heapfix (gnulib's own module is GPL/LGPL and needs configure; this is the one function hivex calls). */
#ifndef HEAPFIX_HIVEX_WIN32_FULL_READ_H
#define HEAPFIX_HIVEX_WIN32_FULL_READ_H
#include <stddef.h>
/* The bytes read: fewer than `count` only at end of file (errno 0) or on an error (errno set). */
#ifdef __cplusplus
extern "C" {
#endif
size_t full_read(int fd, void* buf, size_t count);
#ifdef __cplusplus
}
#endif
#endif
