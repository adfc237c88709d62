#pragma once
// What the command line asked for, after CLI11 has parsed it. Strings are UTF-8 (wmain converts on Windows).

#include <string>

namespace heapfix::cli {

enum class Command { Status, Apply, Backups, Restore, Diagnose };

struct CliOptions {
    // Target: at most one of sample, windowsDir, systemHive (softwareHive only with systemHive).
    std::string sample;
    std::string windowsDir;
    std::string systemHive;
    std::string softwareHive;
    std::string backupDir; // empty: the default data location's backups folder
    bool json = false;

    Command command = Command::Status;
    // apply
    bool recommended = false;
    std::string values;  // "Y,Z" or "X,Y,Z"; empty: the recommendation
    std::string symptom; // "programs" or "services"; empty: what the event log suggests, else programs
    // apply, restore, boot-repair, boot-revert
    bool yes = false;
    // restore
    std::string restoreFile;
    bool wholeHive = false; // put back the hive file the backup kept, not only the value
    // apply, restore
    bool allowDamagedHive = false; // write a hive that is damaged elsewhere
    // diagnose
    std::string since; // a date, a UTC time or a number of days; empty: the whole log
};

} // namespace heapfix::cli
