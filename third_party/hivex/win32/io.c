/* The C library calls hivex makes that mingw-w64 lacks or does differently: full_read and full_write
 * (gnulib's names) over the C runtime's _read/_write, in chunks that fit their unsigned int counts; and
 * open() of a UTF-8 file name (config.h maps hivex's open() here), because the C runtime's open() reads
 * names in the ANSI code page, while heapfix passes hivex UTF-8. Part of heapfix. */
#include "full-read.h"
#include "full-write.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <windows.h>

enum { chunk_limit = 1 << 30 };

size_t full_read(int fd, void* buf, size_t count) {
    char* at = buf;
    size_t done = 0;
    while (done < count) {
        const unsigned chunk = (unsigned)(count - done < chunk_limit ? count - done : chunk_limit);
        const int got = _read(fd, at + done, chunk);
        if (got < 0)
            return done;
        if (got == 0) {
            errno = 0;
            return done;
        }
        done += (size_t)got;
    }
    return done;
}

size_t full_write(int fd, const void* buf, size_t count) {
    const char* at = buf;
    size_t done = 0;
    while (done < count) {
        const unsigned chunk = (unsigned)(count - done < chunk_limit ? count - done : chunk_limit);
        const int put = _write(fd, at + done, chunk);
        if (put < 0)
            return done;
        if (put == 0) {
            errno = ENOSPC;
            return done;
        }
        done += (size_t)put;
    }
    return done;
}

int heapfix_hivex_open_utf8(const char* name, int flags, ...) {
    int mode = 0;
    if (flags & O_CREAT) {
        va_list args;
        va_start(args, flags);
        mode = va_arg(args, int);
        va_end(args);
    }
    const int length = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, name, -1, NULL, 0);
    if (length <= 0) {
        errno = EINVAL; /* not UTF-8 */
        return -1;
    }
    wchar_t* wide = malloc(sizeof(wchar_t) * (size_t)length);
    if (wide == NULL) {
        errno = ENOMEM;
        return -1;
    }
    MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, name, -1, wide, length);
    /* Windows' permission bits are only read-only or not: keep the writable bit. */
    const int fd = _wopen(wide, flags, mode & (_S_IREAD | _S_IWRITE));
    const int saved = errno;
    free(wide);
    errno = saved;
    return fd;
}
