#pragma once
// Files that must be new: a set of files written into a folder under names nobody else has, each created
// exclusively (never through a link or over an existing file), flushed, and put in place without replacing
// anything, so that a run only ever removes files it made itself.

#include "AtomicFile.h"
#include "SafeOpen.h"

#include "../core/Error.h"
#include "../core/Expected.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace heapfix {

struct NewFile {
    std::string suffix;                  // ".reg", ".json", ".original-SYSTEM"
    std::span<const std::uint8_t> bytes; // what it holds
    bool privateToOwner = false;         // 0600: a kept hive holds the keys that protect the SAM's hashes
};

struct PlacedFiles {
    std::string base;                         // the name chosen: "<base>" or "<base>-N"
    std::vector<std::filesystem::path> paths; // one per NewFile, in order
    std::vector<FileIdentity> identities;
};

// Writes every file as "<folder>/<base><suffix>", or with base-2, base-3 ... when any of those names is taken
// (also when another process takes one meanwhile). All of them or none end up in the folder; the folder is
// flushed once. A name that could not be placed leaves nothing behind.
Expected<PlacedFiles, Error> writeNewFiles(const std::filesystem::path& folder, const std::string& base,
                                           const std::vector<NewFile>& files);
// Removes the placed files that are still the files placed (by identity): never another run's.
void removePlaced(const PlacedFiles& placed);

// One file under exactly this name, created and placed as above; refused when the name is taken.
Expected<FileIdentity, Error> writeNewFile(const std::filesystem::path& file,
                                           std::span<const std::uint8_t> bytes);

} // namespace heapfix
