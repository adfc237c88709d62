#pragma once
// heapfix's options. Parsed before any QApplication exists, so that --help and --version work without a
// display.

#include "model/fix/Targets.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <optional>

namespace heapfix {

struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    TargetSpec target;
    std::optional<std::filesystem::path> backupFolder;
    std::optional<std::filesystem::path> bcd; // the BCD store for the boot-repair path (with --windows-dir)
    QString language;                         // empty: follow the system
    // --feedback [RECORD]: "Is the problem solved?" for an earlier change (its backup record; without one,
    // the newest backup of this installation), with the evidence since it.
    bool feedback = false;
    std::optional<std::filesystem::path> feedbackRecord;
    QString screenshotTour; // hidden: walk every page and save a picture of each into this folder
    bool help = false;
    bool version = false;
    QString error; // set when the arguments are wrong

    static CommandLine parse(const QStringList& arguments); // arguments[0] is the program
    static QString helpText();
    static QString versionText();
};

} // namespace heapfix
