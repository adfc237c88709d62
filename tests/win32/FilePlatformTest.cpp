// model/backup/FilePlatform.cpp's Windows branch under Wine: the calls HiveFile and the boot repair make
// instead of statvfs, access, mkdtemp, getpid, stat's st_dev and rename; and InstallationFiles on a path that
// is not ASCII.
#include "model/backup/FilePlatform.h"
#include "model/backup/InstallationFiles.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

namespace {

namespace fs = std::filesystem;
using namespace heapfix;

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

TEST(FilePlatform, PrivateFoldersAreNewEachTime) {
    std::set<fs::path> made;
    for (int i = 0; i < 5; ++i) {
        Expected<fs::path, Error> folder = fileplatform::makePrivateFolder("heapfix-platform-test-");
        ASSERT_TRUE(folder) << folder.error().message();
        EXPECT_TRUE(fs::is_directory(*folder));
        EXPECT_TRUE(fs::is_empty(*folder));
        EXPECT_EQ(folder->parent_path(), (fs::temp_directory_path() / "x").parent_path());
        EXPECT_EQ(folder->filename().string().rfind("heapfix-platform-test-", 0), 0u);
        EXPECT_TRUE(made.insert(*folder).second) << "the same folder twice: " << folder->string();
    }
    for (const fs::path& folder : made)
        fs::remove_all(folder);
}

TEST(FilePlatform, CanCreateFilesInAWritableFolderAndLeavesNoProbe) {
    Expected<fs::path, Error> folder = fileplatform::makePrivateFolder("heapfix-platform-test-");
    ASSERT_TRUE(folder);
    EXPECT_TRUE(fileplatform::canCreateFilesIn(*folder));
    EXPECT_TRUE(fs::is_empty(*folder)) << "the probe file is deleted on close";
    EXPECT_FALSE(fileplatform::canCreateFilesIn(*folder / "does-not-exist"));
    EXPECT_EQ(fileplatform::volumeReadOnly(*folder), std::optional<bool>(false));
    fs::remove_all(*folder);
}

TEST(FilePlatform, VolumeIdIsTheSameWithinAVolumeAndMissingForNothing) {
    Expected<fs::path, Error> folder = fileplatform::makePrivateFolder("heapfix-platform-test-");
    ASSERT_TRUE(folder);
    fs::create_directories(*folder / "Windows" / "System32");
    const std::optional<std::uint64_t> top = fileplatform::volumeId(*folder);
    ASSERT_TRUE(top.has_value());
    EXPECT_EQ(fileplatform::volumeId(*folder / "Windows" / "System32"), top);
    EXPECT_EQ(fileplatform::volumeId(*folder / "absent"), std::nullopt);
    fs::remove_all(*folder);
}

TEST(FilePlatform, ReplaceFilePutsTheNewFileOverTheOld) {
    Expected<fs::path, Error> folder = fileplatform::makePrivateFolder("heapfix-platform-test-");
    ASSERT_TRUE(folder);
    const fs::path hive = *folder / "SYSTEM";
    const fs::path committed = *folder / "SYSTEM.heapfix-new";
    write(hive, "old");
    write(committed, "new hive");
    ASSERT_TRUE(fileplatform::replaceFile(committed, hive, "cannot put the changed hive in place"));
    EXPECT_EQ(contents(hive), "new hive");
    EXPECT_FALSE(fs::exists(committed));

    Expected<void, Error> missing =
        fileplatform::replaceFile(*folder / "absent", hive, "cannot put it in place");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().detail.rfind("cannot put it in place: ", 0), 0u) << missing.error().detail;
    EXPECT_EQ(contents(hive), "new hive") << "a failed replace leaves the target alone";
    fs::remove_all(*folder);
}

TEST(FilePlatform, ProcessIdIsThisProcess) {
    EXPECT_EQ(fileplatform::processId(), GetCurrentProcessId());
    EXPECT_NE(fileplatform::processId(), 0ul);
}

// An installation on a folder whose name the ANSI code page cannot hold (Greek, Polish): the hives are found,
// and an error names the folder in UTF-8, as the CLI prints it and --json carries it (path::string() would
// have thrown or garbled it).
TEST(InstallationFiles, NonAsciiFoldersAreFoundAndNamedInUtf8) {
    Expected<fs::path, Error> folder = fileplatform::makePrivateFolder("heapfix-platform-test-");
    ASSERT_TRUE(folder);
    const fs::path disk = *folder / fs::path(u8"Schijf-\u03A9mega-\u0141\u00F3d\u017A");
    const fs::path config = disk / "Windows" / "System32" / "config";
    fs::create_directories(config);
    write(config / "SYSTEM", "regf");
    Expected<InstallationHives, Error> hives = findInstallationHives(disk / "Windows");
    ASSERT_TRUE(hives) << hives.error().message();
    EXPECT_EQ(hives->system, config / "SYSTEM");

    Expected<InstallationHives, Error> missing = findInstallationHives(disk / fs::path(u8"W\u00EDndows"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    const std::u8string base = folder->u8string();
    const std::u8string expected = base + u8"\\Schijf-\u03A9mega-\u0141\u00F3d\u017A\\W\u00EDndows";
    EXPECT_EQ(missing.error().subject, std::string(expected.begin(), expected.end()));
    fs::remove_all(*folder);
}

} // namespace
