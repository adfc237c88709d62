// The file code shared by both builds, on Windows under Wine: files opened without following a reparse point
// and refused when they are no regular file, new files that never replace anything (CREATE_NEW, MoveFileExW
// without REPLACE_EXISTING), backups whose names two runs cannot share, and the change locks (named mutexes):
// a second holder waits, then gets ErrorCode::Busy; the live registry's lock the same.

#include "model/backup/BackupStore.h"
#include "model/backup/ChangeLock.h"
#include "model/backup/NewFiles.h"
#include "model/backup/SafeOpen.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace heapfix;
namespace fs = std::filesystem;

namespace {

fs::path freshFolder(const char* name) {
    const fs::path folder = fs::temp_directory_path() / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::vector<std::uint8_t> bytesOf(const std::string& text) {
    return {text.begin(), text.end()};
}

} // namespace

TEST(Win32Files, OpensARegularFileAndRefusesAFolder) {
    const fs::path folder = freshFolder("heapfix-files-open");
    std::ofstream(folder / "a.reg") << "abc";
    Expected<ReadableFile, Error> file = openRegularFile(folder / "a.reg", 16);
    ASSERT_TRUE(file) << file.error().message();
    EXPECT_EQ(file->size(), 3u);
    EXPECT_EQ(file->readAll(16).value(), bytesOf("abc"));
    Expected<ReadableFile, Error> tooLarge = openRegularFile(folder / "a.reg", 2);
    ASSERT_FALSE(tooLarge);
    EXPECT_EQ(tooLarge.error().code, ErrorCode::Malformed);
    Expected<ReadableFile, Error> isFolder = openRegularFile(folder, 16);
    ASSERT_FALSE(isFolder);
    EXPECT_EQ(isFolder.error().cause, ErrorCause::NotARegularFile);
    EXPECT_EQ(entryFacts(folder / "missing").value().kind, EntryFacts::Kind::Missing);
}

TEST(Win32Files, NewFilesNeverReplaceAnything) {
    const fs::path folder = freshFolder("heapfix-files-new");
    std::ofstream(folder / "base.reg") << "someone else's";
    const std::vector<std::uint8_t> reg = bytesOf("mine"), json = bytesOf("{}");
    Expected<PlacedFiles, Error> placed =
        writeNewFiles(folder, "base", {{".reg", reg, false}, {".json", json, false}});
    ASSERT_TRUE(placed) << placed.error().message();
    EXPECT_EQ(placed->base, "base-2");
    std::ifstream other(folder / "base.reg");
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(other), {}), "someone else's");
    Expected<FileIdentity, Error> again = writeNewFile(folder / "base-2.json", json);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
    removePlaced(*placed);
    EXPECT_FALSE(fs::exists(folder / "base-2.reg"));
    EXPECT_TRUE(fs::exists(folder / "base.reg"));
    EXPECT_EQ(std::distance(fs::directory_iterator(folder), fs::directory_iterator()), 1); // no temporaries
}

TEST(Win32Files, TwoBackupsInOneSecondGetTheirOwnNames) {
    const fs::path folder = freshFolder("heapfix-files-backups");
    BackupStore store(folder);
    const auto second = std::chrono::system_clock::now();
    store.setClock([second] { return second; });
    const RegistryValue value{ValueType::ExpandString, {'a', 0, 0, 0}};
    BackupRequest request{
        TargetInfo{}, WindowsVersion{}, "HKEY_LOCAL_MACHINE\\SYSTEM\\K", "Windows", value, {}};
    Expected<BackupRecord, Error> first = store.save(request);
    Expected<BackupRecord, Error> next = store.save(request);
    ASSERT_TRUE(first && next);
    EXPECT_NE(first->regFile, next->regFile);
    EXPECT_TRUE(store.verify(*first) && store.verify(*next));
}

TEST(Win32Files, ASecondChangeLockWaitsThenIsRefused) {
    const fs::path folder = freshFolder("heapfix-files-lock");
    Expected<ChangeLock, Error> held = lockFolder(folder);
    ASSERT_TRUE(held) << held.error().message();
    Expected<ChangeLock, Error> second =
        ChangeLock{}; // a mutex is held per thread: ask from another one, as a second run
    const auto started = std::chrono::steady_clock::now();
    std::thread([&] { second = lockFolder(folder, std::chrono::milliseconds(300)); }).join();
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Busy);
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(250));
    held->reset();
    std::thread([&] { second = lockFolder(folder, std::chrono::milliseconds(300)); }).join();
    EXPECT_TRUE(second) << "free again once the first lock is gone";

    Expected<ChangeLock, Error> live = lockLiveRegistry();
    ASSERT_TRUE(live) << live.error().message();
    Expected<ChangeLock, Error> liveAgain = ChangeLock{};
    std::thread([&] { liveAgain = lockLiveRegistry(std::chrono::milliseconds(200)); }).join();
    ASSERT_FALSE(liveAgain);
    EXPECT_EQ(liveAgain.error().code, ErrorCode::Busy);
}
