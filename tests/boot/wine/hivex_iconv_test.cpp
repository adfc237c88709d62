// The conversions hivex asks iconv for (UTF-8, LATIN1, UTF-16LE), with the answers glibc's iconv gives. The
// same program is built twice: on Linux against glibc's iconv, which shows that the expected answers are
// glibc's, and in the mingw-w64 build against third_party/hivex/win32/iconv.c, run under Wine.
#include <iconv.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

int failures = 0;

void check(bool ok, const char* what, const std::string& detail = {}) {
    std::printf("%s: %s%s%s\n", ok ? "ok" : "FAILED", what, detail.empty() ? "" : ": ", detail.c_str());
    if (!ok)
        ++failures;
}

std::string hex(const std::string& bytes) {
    std::string text;
    char byte[4];
    for (unsigned char c : bytes) {
        std::snprintf(byte, sizeof byte, "%02x ", c);
        text += byte;
    }
    return text;
}

struct Result {
    std::string out;     // what was written
    size_t code = 0;     // iconv's return value
    int error = 0;       // errno when it failed
    size_t consumed = 0; // input bytes converted
};

// One iconv() call with an output buffer of `room` bytes.
Result convert(const char* to, const char* from, const std::string& input, size_t room) {
    Result result;
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        result.code = static_cast<size_t>(-1);
        result.error = errno;
        return result;
    }
    std::vector<char> in(input.begin(), input.end());
    in.push_back('\0');
    std::vector<char> out(room + 1);
    char* inp = in.data();
    size_t inleft = input.size();
    char* outp = out.data();
    size_t outleft = room;
    errno = 0;
    result.code = iconv(cd, &inp, &inleft, &outp, &outleft);
    result.error = result.code == static_cast<size_t>(-1) ? errno : 0;
    result.consumed = static_cast<size_t>(inp - in.data());
    result.out.assign(out.data(), static_cast<size_t>(outp - out.data()));
    if (input.size() - inleft != result.consumed || room - outleft != result.out.size())
        check(false, "iconv moved its pointers and counts consistently");
    iconv_close(cd);
    return result;
}

void expectConverted(const char* what, const char* to, const char* from, const std::string& input,
                     const std::string& expected) {
    const Result result = convert(to, from, input, input.size() * 4 + 4);
    check(result.code == 0 && result.out == expected && result.consumed == input.size(), what,
          "got " + hex(result.out) + "expected " + hex(expected) + "errno " + std::to_string(result.error));
}

void expectFailure(const char* what, const char* to, const char* from, const std::string& input, int error,
                   size_t consumed, const std::string& partial, size_t room = 64) {
    const Result result = convert(to, from, input, room);
    check(result.code == static_cast<size_t>(-1) && result.error == error && result.consumed == consumed &&
              result.out == partial,
          what,
          "errno " + std::to_string(result.error) + " (expected " + std::to_string(error) + "), consumed " +
              std::to_string(result.consumed) + " (expected " + std::to_string(consumed) + "), output " +
              hex(result.out));
}

// hivex's _hivex_recode: start with an output buffer of the input's size, double it on E2BIG.
std::string recodeAsHivexDoes(const char* to, const char* from, const std::string& input, bool& ok) {
    iconv_t cd = iconv_open(to, from);
    ok = cd != reinterpret_cast<iconv_t>(-1);
    if (!ok)
        return {};
    for (size_t room = input.size() ? input.size() : 1;; room *= 2) {
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
        std::vector<char> in(input.begin(), input.end());
        in.push_back('\0');
        std::vector<char> out(room + 1);
        char* inp = in.data();
        size_t inleft = input.size();
        char* outp = out.data();
        size_t outleft = room;
        if (iconv(cd, &inp, &inleft, &outp, &outleft) != static_cast<size_t>(-1)) {
            iconv_close(cd);
            return std::string(out.data(), static_cast<size_t>(outp - out.data()));
        }
        if (errno != E2BIG) {
            ok = false;
            iconv_close(cd);
            return {};
        }
    }
}

int run() {
    const std::string u8 = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"; // a, e-acute, euro sign, U+1F600
    const std::string u16 = std::string("a\0\xE9\0\xAC\x20\x3D\xD8\x00\xDE", 10);

    // The four conversions hivex opens (lib/handle.c, _hivex_get_iconv).
    expectConverted("UTF-8 to LATIN1", "LATIN1", "UTF-8", "Caf\xC3\xA9 \xC3\xBF", "Caf\xE9 \xFF");
    expectConverted("LATIN1 to UTF-8", "UTF-8", "LATIN1", "Caf\xE9 \xFF", "Caf\xC3\xA9 \xC3\xBF");
    expectConverted("UTF-8 to UTF-16LE (with a surrogate pair)", "UTF-16LE", "UTF-8", u8, u16);
    expectConverted("UTF-16LE to UTF-8 (with a surrogate pair)", "UTF-8", "UTF-16LE", u16, u8);
    expectConverted("UTF-16LE to UTF-8: an embedded NUL is a character", "UTF-8", "UTF-16LE",
                    std::string("x\0\0\0y\0", 6), std::string("x\0y", 3));
    expectConverted("UTF-8 to UTF-16LE: no byte-order mark is written", "UTF-16LE", "UTF-8", "A",
                    std::string("A\0", 2));
    expectConverted("names in lower case", "utf-16le", "utf-8", "A", std::string("A\0", 2));
    expectConverted("empty input", "UTF-8", "UTF-16LE", "", "");

    // Every Latin-1 byte there and back.
    std::string latin1;
    for (int c = 1; c < 256; ++c)
        latin1 += static_cast<char>(c);
    bool ok = false;
    const std::string asUtf8 = recodeAsHivexDoes("UTF-8", "LATIN1", latin1, ok);
    check(ok && asUtf8.size() == 127 + 2 * 128, "LATIN1 1..255 to UTF-8 (growing the buffer on E2BIG)",
          std::to_string(asUtf8.size()) + " bytes");
    check(recodeAsHivexDoes("LATIN1", "UTF-8", asUtf8, ok) == latin1 && ok, "and back to LATIN1");
    const std::string asUtf16 = recodeAsHivexDoes("UTF-16LE", "UTF-8", asUtf8, ok);
    check(ok && asUtf16.size() == 2 * 255 && recodeAsHivexDoes("UTF-8", "UTF-16LE", asUtf16, ok) == asUtf8 &&
              ok,
          "UTF-8 to UTF-16LE and back");

    // What Latin-1 cannot hold fails with EILSEQ at that character: hivex then stores the name as UTF-16LE.
    expectFailure("UTF-8 to LATIN1: the euro sign", "LATIN1", "UTF-8",
                  "ab\xE2\x82\xAC"
                  "c",
                  EILSEQ, 2, "ab");
    expectFailure("UTF-16LE to LATIN1: U+0100", "LATIN1", "UTF-16LE", std::string("a\0\x00\x01", 4), EILSEQ,
                  2, "a");

    // Invalid and incomplete input.
    expectFailure("UTF-8: a continuation byte first", "UTF-16LE", "UTF-8", "a\x80", EILSEQ, 1,
                  std::string("a\0", 2));
    expectFailure("UTF-8: overlong C0 80", "UTF-16LE", "UTF-8", "\xC0\x80", EILSEQ, 0, "");
    expectFailure("UTF-8: overlong E0 80 80", "UTF-16LE", "UTF-8", "\xE0\x80\x80", EILSEQ, 0, "");
    expectFailure("UTF-8: an encoded surrogate", "UTF-16LE", "UTF-8", "\xED\xA0\x80", EILSEQ, 0, "");
    expectFailure("UTF-8: beyond U+10FFFF", "UTF-16LE", "UTF-8", "\xF4\x90\x80\x80", EILSEQ, 0, "");
    expectFailure("UTF-8: a lead byte followed by ASCII", "UTF-16LE", "UTF-8",
                  "\xE2"
                  "A",
                  EILSEQ, 0, "");
    expectFailure("UTF-8: a sequence cut at the end", "UTF-16LE", "UTF-8", "a\xE2\x82", EINVAL, 1,
                  std::string("a\0", 2));
    expectFailure("UTF-16LE: a lone low surrogate", "UTF-8", "UTF-16LE", std::string("a\0\x00\xDC", 4),
                  EILSEQ, 2, "a");
    expectFailure("UTF-16LE: a high surrogate before a non-surrogate", "UTF-8", "UTF-16LE",
                  std::string("\x3D\xD8"
                              "A\0",
                              4),
                  EILSEQ, 0, "");
    expectFailure("UTF-16LE: a high surrogate at the end", "UTF-8", "UTF-16LE", std::string("a\0\x3D\xD8", 4),
                  EINVAL, 2, "a");
    expectFailure("UTF-16LE: an odd byte count", "UTF-8", "UTF-16LE", std::string("a\0b", 3), EINVAL, 2, "a");

    // A full output buffer: what fits is converted, then E2BIG.
    expectFailure("E2BIG after what fits", "LATIN1", "UTF-8", "abc", E2BIG, 2, "ab", 2);
    expectFailure("E2BIG before a character that does not fit whole", "UTF-8", "LATIN1", "a\xE9", E2BIG, 1,
                  "a", 2);

    // Unknown encodings are refused at iconv_open.
    const Result unknown = convert("NO-SUCH-ENCODING", "UTF-8", "a", 4);
    check(unknown.code == static_cast<size_t>(-1) && unknown.error == EINVAL,
          "iconv_open of an unknown encoding fails with EINVAL");

    // A reset (all NULL) returns 0.
    iconv_t cd = iconv_open("UTF-8", "UTF-16LE");
    check(cd != reinterpret_cast<iconv_t>(-1) && iconv(cd, nullptr, nullptr, nullptr, nullptr) == 0,
          "iconv(cd, NULL, NULL, NULL, NULL) resets and returns 0");
    check(iconv_close(cd) == 0, "iconv_close returns 0");

    std::printf("%d failed\n", failures);
    return failures == 0 ? 0 : 1;
}

} // namespace

#ifdef _WIN32
int wmain() { // the Windows builds link with -municode
    return run();
}
#else
int main() {
    return run();
}
#endif
