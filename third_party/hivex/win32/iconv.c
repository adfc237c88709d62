/* A minimal iconv for the mingw-w64 build of hivex: UTF-8, LATIN1 and UTF-16LE, as glibc converts them.
 * Part of heapfix, not of hivex; see iconv.h for what it does and does not do. */
#include "iconv.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

enum encoding { ENC_UTF8 = 1, ENC_LATIN1, ENC_UTF16LE };

struct converter {
    enum encoding from;
    enum encoding to;
};

static int upper(int c) {
    return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

static int same_name(const char* a, const char* b) {
    while (*a && *b && upper((unsigned char)*a) == upper((unsigned char)*b)) {
        ++a;
        ++b;
    }
    return *a == '\0' && *b == '\0';
}

static enum encoding encoding_named(const char* name) {
    if (name == NULL)
        return 0;
    if (same_name(name, "UTF-8") || same_name(name, "UTF8"))
        return ENC_UTF8;
    if (same_name(name, "LATIN1") || same_name(name, "ISO-8859-1"))
        return ENC_LATIN1;
    if (same_name(name, "UTF-16LE"))
        return ENC_UTF16LE;
    return 0;
}

iconv_t iconv_open(const char* tocode, const char* fromcode) {
    const enum encoding to = encoding_named(tocode);
    const enum encoding from = encoding_named(fromcode);
    if (to == 0 || from == 0) {
        errno = EINVAL;
        return (iconv_t)-1;
    }
    struct converter* converter = malloc(sizeof *converter);
    if (converter == NULL) {
        errno = ENOMEM;
        return (iconv_t)-1;
    }
    converter->from = from;
    converter->to = to;
    return converter;
}

int iconv_close(iconv_t cd) {
    if (cd == NULL || cd == (iconv_t)-1) {
        errno = EBADF;
        return -1;
    }
    free(cd);
    return 0;
}

/* Reads one character at `in` (of `left` bytes). Returns the bytes it takes, or -EILSEQ / -EINVAL. */
static int decode(enum encoding from, const unsigned char* in, size_t left, uint32_t* code) {
    if (from == ENC_LATIN1) {
        *code = in[0];
        return 1;
    }
    if (from == ENC_UTF16LE) {
        if (left < 2)
            return -EINVAL;
        const uint32_t unit = (uint32_t)in[0] | (uint32_t)in[1] << 8;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return -EILSEQ; /* a low surrogate without its high one */
        if (unit < 0xD800 || unit > 0xDBFF) {
            *code = unit;
            return 2;
        }
        if (left < 4)
            return -EINVAL;
        const uint32_t low = (uint32_t)in[2] | (uint32_t)in[3] << 8;
        if (low < 0xDC00 || low > 0xDFFF)
            return -EILSEQ; /* a high surrogate without its low one */
        *code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        return 4;
    }
    /* UTF-8 */
    const unsigned char lead = in[0];
    int length;
    uint32_t value, minimum;
    if (lead < 0x80) {
        *code = lead;
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, value = lead & 0x1F, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, value = lead & 0x0F, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
        return -EILSEQ; /* a continuation byte, an overlong two-byte lead (C0, C1), or F5..FF */
    }
    for (int i = 1; i < length; ++i) {
        if ((size_t)i >= left)
            return -EINVAL;
        if ((in[i] & 0xC0) != 0x80)
            return -EILSEQ;
        value = value << 6 | (in[i] & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return -EILSEQ;
    *code = value;
    return length;
}

/* Writes one character at `out` (room for `left` bytes). Returns the bytes written, or -EILSEQ / -E2BIG. */
static int encode(enum encoding to, uint32_t code, unsigned char* out, size_t left) {
    if (to == ENC_LATIN1) {
        if (code > 0xFF)
            return -EILSEQ;
        if (left < 1)
            return -E2BIG;
        out[0] = (unsigned char)code;
        return 1;
    }
    if (to == ENC_UTF16LE) {
        if (code < 0x10000) {
            if (left < 2)
                return -E2BIG;
            out[0] = (unsigned char)(code & 0xFF);
            out[1] = (unsigned char)(code >> 8);
            return 2;
        }
        if (left < 4)
            return -E2BIG;
        const uint32_t high = 0xD800 + ((code - 0x10000) >> 10);
        const uint32_t low = 0xDC00 + ((code - 0x10000) & 0x3FF);
        out[0] = (unsigned char)(high & 0xFF);
        out[1] = (unsigned char)(high >> 8);
        out[2] = (unsigned char)(low & 0xFF);
        out[3] = (unsigned char)(low >> 8);
        return 4;
    }
    /* UTF-8 */
    const int length = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (left < (size_t)length)
        return -E2BIG;
    if (length == 1) {
        out[0] = (unsigned char)code;
        return 1;
    }
    static const unsigned char leads[] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (int i = length - 1; i > 0; --i) {
        out[i] = (unsigned char)(0x80 | (code & 0x3F));
        code >>= 6;
    }
    out[0] = (unsigned char)(leads[length] | code);
    return length;
}

size_t iconv(iconv_t cd, char** inbuf, size_t* inbytesleft, char** outbuf, size_t* outbytesleft) {
    if (cd == NULL || cd == (iconv_t)-1) {
        errno = EBADF;
        return (size_t)-1;
    }
    if (inbuf == NULL || *inbuf == NULL)
        return 0; /* reset to the initial state: these encodings have none */
    const struct converter* converter = cd;
    if (outbuf == NULL || *outbuf == NULL || outbytesleft == NULL || inbytesleft == NULL) {
        errno = EFAULT;
        return (size_t)-1;
    }
    while (*inbytesleft > 0) {
        uint32_t code = 0;
        const int taken = decode(converter->from, (const unsigned char*)*inbuf, *inbytesleft, &code);
        if (taken < 0) {
            errno = -taken;
            return (size_t)-1;
        }
        const int written = encode(converter->to, code, (unsigned char*)*outbuf, *outbytesleft);
        if (written < 0) {
            errno = -written;
            return (size_t)-1;
        }
        *inbuf += taken;
        *inbytesleft -= (size_t)taken;
        *outbuf += written;
        *outbytesleft -= (size_t)written;
    }
    return 0;
}
