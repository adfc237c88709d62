#include "Cli.h"

#include "BootCommands.h"
#include "CliOptions.h"
#include "Commands.h"
#include "ExitCode.h"
#include "Output.h"
#include "TargetChoice.h"

#include "heapfix/Version.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace heapfix::cli {

namespace {

constexpr const char* kDescription =
    "heapfix-cli: repairs desktop-heap exhaustion (\"out of memory\" with RAM to spare, services\n"
    "failing with 0xC0000142) by raising the SharedSection numbers of the \"Windows\" value under\n"
    "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\SubSystems, after a verified backup.\n"
    "Without a target option it works on this computer's registry (Windows only).";

void addTargetOptions(CLI::App& app, CliOptions& options) {
    auto* sample = app.add_option("--sample", options.sample,
                                  "a fresh copy of a built-in sample installation: " + sampleList());
    auto* windowsDir =
        app.add_option("--windows-dir", options.windowsDir,
                       "an offline Windows folder (its System32\\config\\SYSTEM and SOFTWARE)");
    auto* systemHive = app.add_option("--system-hive", options.systemHive, "an offline SYSTEM hive file");
    auto* softwareHive = app.add_option("--software-hive", options.softwareHive,
                                        "its SOFTWARE hive file, for the Windows version (optional)");
    sample->excludes(windowsDir)->excludes(systemHive)->excludes(softwareHive);
    windowsDir->excludes(systemHive)->excludes(softwareHive);
    softwareHive->needs(systemHive);
    for (auto* option : {sample, windowsDir, systemHive, softwareHive})
        option->group("Target (at most one; none: this computer, on Windows)");
    app.add_option("--backup-dir", options.backupDir,
                   "where backups are written and listed (default: heapfix's data folder, or "
                   "heapfix-data beside a portable copy)");
    app.add_flag("--json", options.json, "print one JSON document on stdout instead of text");
    app.add_flag(
        "--allow-damaged-hive", options.allowDamagedHive,
        "apply/restore: write an offline hive that is damaged elsewhere (without it: exit 2, the damage "
        "named); nothing but the one value may change, or nothing is written");
}

void addCommands(CLI::App& app, CliOptions& options) {
    app.add_subcommand("status", "show the target, its Windows, the value, the event log's evidence and the "
                                 "recommendation")
        ->callback([&options] { options.command = Command::Status; })
        ->add_option("--symptom", options.symptom,
                     "programs or services (default: what the event log suggests, else programs)")
        ->check(CLI::IsMember({"programs", "services"}));
    auto* apply = app.add_subcommand("apply", "back up, change the numbers, read back and verify");
    apply->callback([&options] { options.command = Command::Apply; });
    auto* recommended =
        apply->add_flag("--recommended", options.recommended, "the recommended values (default)");
    apply->add_option("--values", options.values, "Y,Z or X,Y,Z in KB instead of the recommendation")
        ->excludes(recommended);
    apply
        ->add_option(
            "--symptom", options.symptom,
            "programs (raise yyyy and zzzz) or services (zzzz); default: what the event log suggests, "
            "else programs")
        ->check(CLI::IsMember({"programs", "services"}));
    apply->add_flag("--yes,-y", options.yes, "do not ask (needed when there is no terminal)");
    app.add_subcommand("backups", "list the backups in the backup folder")->callback([&options] {
        options.command = Command::Backups;
    });
    auto* restore =
        app.add_subcommand("restore", "put back the value from a backup (.reg or its .json record)");
    restore->callback([&options] { options.command = Command::Restore; });
    restore->add_option("FILE", options.restoreFile, "a heapfix backup, or a .reg holding only this value")
        ->required();
    restore->add_flag("--yes,-y", options.yes, "do not ask (needed when there is no terminal)");
    restore->add_flag("--whole-hive", options.wholeHive,
                      "offline: put back the whole SYSTEM hive file the backup kept (its .json record), not "
                      "only the value; the current hive is backed up whole first");
    auto* diagnose = app.add_subcommand("diagnose", "read the System event log for desktop-heap failures");
    diagnose->callback([&options] { options.command = Command::Diagnose; });
    diagnose->add_option(
        "--since", options.since,
        "only failures since a date (2026-11-02), a UTC time (2026-11-02T08:00:00Z) or a number "
        "of days (14)");
}

ExitCode dispatch(const CliOptions& options) {
    const Output out(options.json);
    switch (options.command) {
    case Command::Status:
        return runStatus(options, out);
    case Command::Apply:
        return runApply(options, out);
    case Command::Backups:
        return runBackups(options, out);
    case Command::Restore:
        return runRestore(options, out);
    case Command::Diagnose:
        return runDiagnose(options, out);
    }
    return kUsage;
}

// A report that could not be written (stdout on a full disk, a closed pipe) must not end in success: a
// script would take the missing output for the truth.
int checkOutput(int code) {
    std::cout.flush();
    if (std::cout.good())
        return code;
    std::cerr << "heapfix-cli: error: the report could not be written to standard output\n";
    if (code != kDone)
        return code;
    // Exit 7 replaces 0 only: say what 0 would have told, so that the exit code alone is not the only truth.
    std::cerr
        << "heapfix-cli: the command itself ran to the end (an apply or restore: the new value is in place,\n"
           "written, read back and verified); run status to see it\n";
    return kOutputFailed;
}

int parseAndRun(const std::vector<std::string>& arguments) {
    CliOptions options;
    CLI::App app(kDescription, "heapfix-cli");
    app.set_version_flag("--version", std::string("heapfix-cli ") + kToolVersion);
    app.footer(exitCodeTable());
    app.fallthrough();
    app.require_subcommand(1);
    addTargetOptions(app, options);
    addCommands(app, options);
    const BootCommands boot(app, options); // boot-check, boot-repair, boot-revert (the 0xC0000017 path)

    std::vector<const char*> argv{"heapfix-cli"};
    for (const std::string& argument : arguments)
        argv.push_back(argument.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::Success& done) {
        return app.exit(done);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0)
            return app.exit(error);
        std::cerr << "heapfix-cli: error: " << error.what() << "\nRun heapfix-cli --help for the options.\n";
        return kUsage;
    }
    try {
        return boot.chosen() ? boot.run(options) : dispatch(options);
    } catch (const std::exception& error) {
        // A bug, not a user's mistake: say so rather than die silently. Nothing is left half-done by design
        // of the FixTransaction, which never throws across a write.
        std::cerr << "heapfix-cli: internal error: " << error.what() << '\n';
        return kTargetUnreadable;
    }
}

} // namespace

int runCli(const std::vector<std::string>& arguments) {
    return checkOutput(parseAndRun(arguments));
}

} // namespace heapfix::cli
