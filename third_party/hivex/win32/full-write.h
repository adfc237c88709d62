/* gnulib's full_write for the mingw-w64 build of hivex: write() until all `count` bytes are written. Part of
 * heapfix. */
#ifndef HEAPFIX_HIVEX_WIN32_FULL_WRITE_H
#define HEAPFIX_HIVEX_WIN32_FULL_WRITE_H
#include <stddef.h>
/* The bytes written: fewer than `count` only on an error (errno set; ENOSPC when write() wrote nothing). */
#ifdef __cplusplus
extern "C" {
#endif
size_t full_write(int fd, const void* buf, size_t count);
#ifdef __cplusplus
}
#endif
#endif
