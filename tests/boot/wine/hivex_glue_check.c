/* hivex's own include order and calls (lib/handle.c's hivex_open, lib/write.c's hivex_commit, the iconv
 * cache of hivex-internal.h) compiled against third_party/hivex/win32 alone, and run under Wine by
 * hivex_win32_io_test: what the vendored sources will meet on mingw-w64, before they are imported. */
#include <config.h>

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glthread/lock.h>

#include "byteswap.h"
#include "c-ctype.h"
#include "full-read.h"
#include "full-write.h"

struct cache {
    gl_lock_define(, mutex);
    iconv_t handle;
};

/* 0 when a UTF-8 `name` is written and read back as hivex does; else the number of the step that failed. */
int heapfix_hivex_glue_roundtrip(const char* name, const char* bytes, size_t size) {
    int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY | O_CLOEXEC | O_BINARY, 0666);
    if (fd == -1)
        return 1;
    if (full_write(fd, bytes, size) < size)
        return 2;
    if (close(fd) == -1)
        return 3;
    fd = open(name, O_RDONLY | O_CLOEXEC | O_BINARY);
    if (fd == -1)
        return 4;
    struct stat statbuf;
    if (fstat(fd, &statbuf) == -1 || (size_t)statbuf.st_size != size)
        return 5;
    char* back = malloc(size);
    if (back == NULL || full_read(fd, back, size) < size || memcmp(back, bytes, size) != 0) {
        free(back);
        return 6;
    }
    free(back);
    if (close(fd) == -1)
        return 7;
    return 0;
}

/* 0 when the iconv cache, the lock, c-ctype and the byte order behave as hivex expects. */
int heapfix_hivex_glue_library(void) {
    struct cache cache;
    gl_lock_init(cache.mutex);
    gl_lock_lock(cache.mutex);
    cache.handle = iconv_open("UTF-16LE", "UTF-8");
    gl_lock_unlock(cache.mutex);
    if (cache.handle == (iconv_t)-1)
        return 1;
    iconv(cache.handle, NULL, 0, NULL, 0); /* hivex's "reinitialize iconv context" */
    char input[] = "k\xC3\xA9y";
    char output[16];
    ICONV_CONST char* in = input;
    char* out = output;
    size_t inleft = strlen(input), outleft = sizeof output;
    if (iconv(cache.handle, &in, &inleft, &out, &outleft) == (size_t)-1 || out - output != 6 ||
        memcmp(output, "k\0\xE9\0y\0", 6) != 0)
        return 2;
    iconv_close(cache.handle);
    gl_lock_destroy(cache.mutex);
    if (!c_isprint('n') || c_isprint(0x7f) || c_isprint(0xe9))
        return 3;
#if __BYTE_ORDER == __LITTLE_ENDIAN
    if (__bswap_32(0x6e6b0000u) != 0x00006b6eu)
        return 4;
#else
    return 5;
#endif
    return 0;
}
