/* glibc's <byteswap.h> for the mingw-w64 build of hivex (lib/byte_conversions.h includes it and tests
 * __BYTE_ORDER). Windows runs little-endian only. Part of heapfix. */
#ifndef HEAPFIX_HIVEX_WIN32_BYTESWAP_H
#define HEAPFIX_HIVEX_WIN32_BYTESWAP_H
#include <stdint.h>
#ifndef __LITTLE_ENDIAN
#define __LITTLE_ENDIAN 1234
#define __BIG_ENDIAN 4321
#endif
#ifndef __BYTE_ORDER
#define __BYTE_ORDER __LITTLE_ENDIAN
#endif
#define __bswap_16(x) ((uint16_t)__builtin_bswap16((uint16_t)(x)))
#define __bswap_32(x) ((uint32_t)__builtin_bswap32((uint32_t)(x)))
#define __bswap_64(x) ((uint64_t)__builtin_bswap64((uint64_t)(x)))
#define bswap_16(x) __bswap_16(x)
#define bswap_32(x) __bswap_32(x)
#define bswap_64(x) __bswap_64(x)
#endif
