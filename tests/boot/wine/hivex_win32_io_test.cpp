// third_party/hivex/win32/io.c under Wine: hivex's open() takes UTF-8 names (the C runtime's open() would
// read them in the ANSI code page), full_write/full_read move whole buffers, and a read past the end stops
// there.
#include "byteswap.h"
#include "full-read.h"
#include "full-write.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>

#include <cerrno>
#include <filesystem>
#include <string>
#include <vector>

extern "C" int heapfix_hivex_open_utf8(const char* name, int flags, ...);
extern "C" int heapfix_hivex_glue_roundtrip(const char* name, const char* bytes,
                                            size_t size); // hivex_glue_check.c
extern "C" int heapfix_hivex_glue_library(void);

namespace {

namespace fs = std::filesystem;

fs::path scratchFolder(const fs::path& name) {
    const fs::path folder = fs::temp_directory_path() / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::string utf8(const fs::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

TEST(HivexWin32Io, OpensAUtf8NameAsTheWideName) {
    const fs::path folder = scratchFolder(u8"heapfix-io-\u00e9\u20ac\u4e2d");
    const fs::path file = folder / u8"SYSTEM-\u00fc\u0436";
    const std::string bytes = "regf and more";

    const int out =
        heapfix_hivex_open_utf8(utf8(file).c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_BINARY, 0666);
    ASSERT_GE(out, 0) << "errno " << errno;
    EXPECT_EQ(full_write(out, bytes.data(), bytes.size()), bytes.size());
    EXPECT_EQ(_close(out), 0);

    // The file exists under its wide name, with the bytes written.
    ASSERT_TRUE(fs::exists(file));
    EXPECT_EQ(fs::file_size(file), bytes.size());
    EXPECT_EQ(std::vector<fs::path>(fs::directory_iterator(folder), fs::directory_iterator()),
              std::vector<fs::path>{file});

    const int in = heapfix_hivex_open_utf8(utf8(file).c_str(), O_RDONLY | O_BINARY);
    ASSERT_GE(in, 0) << "errno " << errno;
    std::string back(bytes.size() + 10, '\0');
    errno = EBADF;
    EXPECT_EQ(full_read(in, back.data(), back.size()), bytes.size()); // stops at the end of the file
    EXPECT_EQ(errno, 0) << "full_read reports the end of the file with errno 0";
    back.resize(bytes.size());
    EXPECT_EQ(back, bytes);
    EXPECT_EQ(_close(in), 0);
    fs::remove_all(folder);
}

TEST(HivexWin32Io, ReadsAndWritesMoreThanOneChunkOfTheRuntime) {
    const fs::path folder = scratchFolder("heapfix-io-large");
    const fs::path file = folder / "big";
    std::vector<char> bytes(3 * 1024 * 1024 + 17);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(i * 7 + i / 4096);
    const int out = heapfix_hivex_open_utf8(utf8(file).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_BINARY, 0666);
    ASSERT_GE(out, 0);
    EXPECT_EQ(full_write(out, bytes.data(), bytes.size()), bytes.size());
    EXPECT_EQ(_close(out), 0);
    std::vector<char> back(bytes.size());
    const int in = heapfix_hivex_open_utf8(utf8(file).c_str(), O_RDONLY | O_BINARY);
    ASSERT_GE(in, 0);
    EXPECT_EQ(full_read(in, back.data(), back.size()), bytes.size());
    EXPECT_EQ(_close(in), 0);
    EXPECT_EQ(back, bytes);
    fs::remove_all(folder);
}

TEST(HivexWin32Io, MissingFilesAndBadNamesFailWithErrno) {
    const fs::path folder = scratchFolder("heapfix-io-missing");
    errno = 0;
    EXPECT_EQ(heapfix_hivex_open_utf8(utf8(folder / "absent").c_str(), O_RDONLY | O_BINARY), -1);
    EXPECT_EQ(errno, ENOENT);
    errno = 0;
    EXPECT_EQ(heapfix_hivex_open_utf8("bad-\xC3(-utf8", O_RDONLY | O_BINARY), -1);
    EXPECT_EQ(errno, EINVAL);
    // O_EXCL keeps its meaning: an existing file is not opened again for creation.
    const std::string name = utf8(folder / "once");
    const int first = heapfix_hivex_open_utf8(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_BINARY, 0666);
    ASSERT_GE(first, 0);
    EXPECT_EQ(_close(first), 0);
    errno = 0;
    EXPECT_EQ(heapfix_hivex_open_utf8(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_BINARY, 0666), -1);
    EXPECT_EQ(errno, EEXIST);
    fs::remove_all(folder);
}

TEST(HivexWin32Io, HivexsOwnCallsThroughConfigH) {
    const fs::path folder = scratchFolder(u8"heapfix-io-glue-\u00e9\u4e2d");
    const fs::path file = folder / u8"BCD-\u00fc";
    const std::string bytes(8192, 'r');
    EXPECT_EQ(heapfix_hivex_glue_roundtrip(utf8(file).c_str(), bytes.data(), bytes.size()), 0);
    EXPECT_EQ(fs::file_size(file), bytes.size()) << "written under its wide name";
    EXPECT_EQ(heapfix_hivex_glue_library(), 0);
    fs::remove_all(folder);
}

TEST(HivexWin32Io, ByteswapHeaderSaysLittleEndianAndSwaps) {
    EXPECT_EQ(__BYTE_ORDER, __LITTLE_ENDIAN);
    EXPECT_NE(__LITTLE_ENDIAN, __BIG_ENDIAN);
    EXPECT_EQ(__bswap_16(0x1122u), 0x2211u);
    EXPECT_EQ(__bswap_32(0x11223344u), 0x44332211u);
    EXPECT_EQ(__bswap_64(0x1122334455667788ull), 0x8877665544332211ull);
}

} // namespace
