/* A minimal iconv for the mingw-w64 build of hivex (mingw-w64 has no iconv). Part of heapfix, not of hivex.
 *
 * It converts between exactly the encodings hivex 1.3.23 asks iconv_open for (lib/handle.c,
 * _hivex_get_iconv): "UTF-8", "LATIN1" and "UTF-16LE" (names compared without regard to case; "ISO-8859-1"
 * and "UTF8" are accepted as the same). It behaves as glibc's iconv does for these, because hivex relies on
 * it: a character the target cannot hold, or an invalid sequence (a bad UTF-8 byte, an overlong form, a
 * lone surrogate), fails with EILSEQ and leaves *inbuf at that character (hivex then stores a name as
 * UTF-16LE instead of Latin-1); an incomplete sequence at the end of the input fails with EINVAL; a full
 * output buffer fails with E2BIG after converting what fits. No byte-order mark is read or written
 * (UTF-16LE names the byte order). iconv(cd, NULL, ...) resets the (empty) state and returns 0. Any other
 * encoding name: iconv_open returns (iconv_t) -1 with errno EINVAL.
 */
#ifndef HEAPFIX_HIVEX_WIN32_ICONV_H
#define HEAPFIX_HIVEX_WIN32_ICONV_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void* iconv_t;

iconv_t iconv_open(const char* tocode, const char* fromcode);
size_t iconv(iconv_t cd, char** inbuf, size_t* inbytesleft, char** outbuf, size_t* outbytesleft);
int iconv_close(iconv_t cd);

#ifdef __cplusplus
}
#endif

#endif /* HEAPFIX_HIVEX_WIN32_ICONV_H */
