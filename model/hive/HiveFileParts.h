#pragma once
// What HiveFile.cpp (reading a hive and what lies around it) and HiveWrite.cpp (the safe write) share.
// Internal to model/hive.

#include "HiveFile.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace heapfix::hivefile {

std::string lower(std::string text);

// Problems visible in the base block that hivex would only report as "invalid argument". `head` is the start
// of the file (all of it, or at least its first two blocks), `fileSize` the size of the whole file.
std::optional<Error> baseBlockProblem(const std::filesystem::path& file, std::span<const std::uint8_t> head,
                                      std::uintmax_t fileSize);

// The first two blocks of a regular file (opened without following a link or blocking), its size and
// identity: all that a clean hive needs before hivex opens it (reading a whole 12 MiB hive for its base block
// made heapfix-cli status slower than hivexget; bench/, issue 7).
struct FileStart {
    std::vector<std::uint8_t> bytes;
    std::uintmax_t size = 0;
    FileIdentity identity;
};
Expected<FileStart, Error> readFileStart(const std::filesystem::path& file);

// "<file><suffix><stamp>", with -2, -3... when a file of that name already exists.
std::filesystem::path freshName(const std::filesystem::path& file, const std::string& suffix,
                                const std::string& stamp);
bool hasWriteBit(const std::filesystem::path& path);
// Starts the disk writing a file without waiting (Linux), so that the fsync after the check waits less.
void startWriteBack(const std::filesystem::path& file);
Error withSubject(Error error, const std::filesystem::path& file);

// The name of the private folder a write makes beside the hive: "<hive>.heapfix-new-<process id>-".
std::string newFolderPrefix(const std::filesystem::path& hive, unsigned long processId);

} // namespace heapfix::hivefile
