#pragma once
// Writes a sample installation: a fresh folder with Windows/System32/config/SYSTEM and SOFTWARE, generated
// by heapfix's own regf writer (BlankHive) and filled through hivex with the sample's real default values.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/SampleCatalog.h"

#include <filesystem>

namespace heapfix {

struct SampleFiles {
    std::filesystem::path windowsDir; // <parent>/<name>/Windows
    std::filesystem::path systemHive; // <windowsDir>/System32/config/SYSTEM
    std::filesystem::path softwareHive;
};

// Synced: every file and folder is flushed to disk (a sample the user keeps). Scratch: not flushed, for the
// private throwaway copy behind --sample, removed at exit; its seven fsyncs were most of a status's time.
enum class SampleDurability { Synced, Scratch };

Expected<SampleFiles, Error> createSampleInstallation(const SampleDefinition& sample,
                                                      const std::filesystem::path& parentFolder,
                                                      SampleDurability durability = SampleDurability::Synced);

} // namespace heapfix
