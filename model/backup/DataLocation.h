#pragma once
// Where heapfix keeps its backups, feedback log and reports: the platform's per-user data folder
// (%LOCALAPPDATA%\heapfix, $XDG_DATA_HOME/heapfix or ~/.local/share/heapfix), or heapfix-data\ beside the
// executable in portable mode (a heapfix.portable marker beside it, honoured only when that folder is
// writable).

#include <filesystem>
#include <string>

namespace heapfix {

struct DataLocation {
    std::filesystem::path root;
    bool portable = false;
    bool portableRefused = false; // the marker is there but the folder is not writable: said to the user
    std::filesystem::path backups() const { return root / "backups"; }
    std::filesystem::path feedbackLog() const { return root / "feedback.jsonl"; }
    std::filesystem::path reports() const { return root / "reports"; }
    std::filesystem::path settingsFile() const {
        return root / "settings.ini";
    } // the wizard's QSettings (INI)
};

DataLocation resolveDataLocation(const std::filesystem::path& executableFolder);
std::filesystem::path currentExecutableFolder();

} // namespace heapfix
