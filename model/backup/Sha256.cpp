#include "Sha256.h"

#include <algorithm>
#include <array>

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
#define HEAPFIX_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace heapfix {
namespace {

// FIPS 180-4, section 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64
// primes.
constexpr std::array<std::uint32_t, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// Section 5.3.3: the initial hash value.
constexpr std::array<std::uint32_t, 8> kInitial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::uint32_t rotr(std::uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

using Block = std::array<std::uint8_t, 64>;

// Section 6.2.2: one 512-bit block.
void compress(std::array<std::uint32_t, 8>& hash, const Block& block) {
    std::array<std::uint32_t, 64> w{};
    for (int t = 0; t < 16; ++t)
        w[t] = std::uint32_t(block[4 * t]) << 24 | std::uint32_t(block[4 * t + 1]) << 16 |
               std::uint32_t(block[4 * t + 2]) << 8 | std::uint32_t(block[4 * t + 3]);
    for (int t = 16; t < 64; ++t) {
        const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    std::array<std::uint32_t, 8> v = hash; // a..h
    for (int t = 0; t < 64; ++t) {
        const std::uint32_t sum1 = rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25);
        const std::uint32_t choose = (v[4] & v[5]) ^ (~v[4] & v[6]);
        const std::uint32_t t1 = v[7] + sum1 + choose + kRound[t] + w[t];
        const std::uint32_t sum0 = rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22);
        const std::uint32_t majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        const std::uint32_t t2 = sum0 + majority;
        v = {t1 + t2, v[0], v[1], v[2], v[3] + t1, v[4], v[5], v[6]};
    }
    for (int i = 0; i < 8; ++i)
        hash[i] += v[i];
}

// Blocks of 64 bytes, one after the other, in plain C++.
void compressPortable(std::array<std::uint32_t, 8>& hash, const std::uint8_t* data, std::size_t blocks) {
    Block block{};
    for (; blocks > 0; --blocks, data += 64) {
        std::copy_n(data, 64, block.begin());
        compress(hash, block);
    }
}

#ifdef HEAPFIX_SHA256_X86
// The same with the x86 SHA extensions (Intel's "SHA-NI"): sha256rnds2 does two rounds, sha256msg1/msg2 the
// message schedule. The state is kept as the instructions want it: ABEF and CDGH.
__attribute__((target("sha,sse4.1"))) void compressX86(std::array<std::uint32_t, 8>& hash,
                                                       const std::uint8_t* data, std::size_t blocks) {
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&hash[0]));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&hash[4]));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i words[4]; // W[4g-16..4g-1] in turn: words[g % 4] holds the oldest four
        for (int i = 0; i < 4; ++i)
            words[i] =
                _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * i)), byteSwap);
        for (int group = 0; group < 16; ++group) {
            __m128i& w = words[group % 4];
            if (group >= 4) {
                const __m128i& w3 = words[(group + 1) % 4];
                const __m128i& w2 = words[(group + 2) % 4];
                const __m128i& w1 = words[(group + 3) % 4];
                w = _mm_sha256msg2_epu32(
                    _mm_add_epi32(_mm_sha256msg1_epu32(w, w3), _mm_alignr_epi8(w1, w2, 4)), w1);
            }
            __m128i message =
                _mm_add_epi32(w, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kRound[4 * group])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&hash[0]), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&hash[4]), hgfe);
}
#endif

using CompressBlocks = void (*)(std::array<std::uint32_t, 8>&, const std::uint8_t*, std::size_t);

CompressBlocks compressFor(Sha256Engine engine) {
#ifdef HEAPFIX_SHA256_X86
    if (engine == Sha256Engine::Fastest && sha256HasProcessorInstructions())
        return compressX86;
#endif
    (void)engine;
    return compressPortable;
}

std::string toHex(const std::array<std::uint32_t, 8>& hash) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(64);
    for (std::uint32_t word : hash)
        for (int shift = 28; shift >= 0; shift -= 4)
            hex.push_back(kDigits[(word >> shift) & 0xf]);
    return hex;
}

} // namespace

bool sha256HasProcessorInstructions() {
#ifdef HEAPFIX_SHA256_X86
    // CPUID itself (GCC's and Clang's __builtin_cpu_supports do not all know "sha"): leaf 7 EBX bit 29 is
    // SHA, leaf 1 ECX bit 19 is SSE4.1.
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 19)))
            return false;
        return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
    }();
    return has;
#else
    return false;
#endif
}

std::string sha256Hex(std::span<const std::uint8_t> data, Sha256Engine engine) {
    std::array<std::uint32_t, 8> hash = kInitial;
    const std::size_t whole = data.size() / 64;
    compressFor(engine)(hash, data.data(), whole);
    const std::size_t offset = whole * 64;
    Block block{};
    // Section 5.1.1: the rest, a 1 bit, zeros, and the message length in bits as a big-endian 64-bit number.
    const std::size_t rest = data.size() - offset;
    std::copy_n(data.begin() + static_cast<std::ptrdiff_t>(offset), rest, block.begin());
    block[rest] = 0x80;
    if (rest >= 56) {
        compress(hash, block);
        block.fill(0);
    }
    const std::uint64_t bits = std::uint64_t(data.size()) * 8;
    for (int i = 0; i < 8; ++i)
        block[63 - i] = static_cast<std::uint8_t>(bits >> (8 * i));
    compress(hash, block);
    return toHex(hash);
}

} // namespace heapfix
