#include "BootCommands.h"

#include "ErrorAdvice.h"
#include "FixReport.h"
#include "JsonReport.h"
#include "Output.h"
#include "TargetChoice.h"
#include "model/core/Utf8Path.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "model/fix/BootRepair.h"

#include <optional>
#include <string>

namespace heapfix::cli {

struct BootCommands::Options {
    enum class Which { None, Check, Repair, Revert } which = Which::None;
    std::string bcd;
    bool clearBadMemory = false;
    bool resetPageFile = false;
    bool enableCrashDump = false;
    bool enableEms = false;
    std::string revertFolder;
};

BootCommands::BootCommands(CLI::App& app, CliOptions& options)
    : options_(std::make_unique<Options>()) {
    Options& o = *options_;
    app.add_option("--bcd", o.bcd,
                   "the BCD store of the installation (boot-* commands; default: EFI/Microsoft/Boot/BCD or "
                   "Boot/BCD on the disk holding --windows-dir)")
        ->group("Target (at most one; none: this computer, on Windows)");
    app.add_subcommand("boot-check",
                       "0xC0000017: report free space, bad memory list, page file, crash dumps, EMS")
        ->callback([&o] { o.which = Options::Which::Check; });
    auto* repair = app.add_subcommand("boot-repair", "0xC0000017: back up, then repair what the flags ask");
    repair->callback([&o] { o.which = Options::Which::Repair; });
    repair->add_flag("--clear-badmemory", o.clearBadMemory, "bcdedit /deletevalue {badmemory} badmemorylist");
    repair->add_flag("--reset-pagefile", o.resetPageFile, "PagingFiles back to the system-managed default");
    repair->add_flag(
        "--enable-crashdump", o.enableCrashDump,
        "CrashDumpEnabled=1, DumpFile=%SystemRoot%\\MEMORY.DMP, NMICrashDump=1 in every control set");
    repair->add_flag("--enable-ems", o.enableEms,
                     "bcdedit /ems {default} ON, /emssettings EMSPORT:1 EMSBAUDRATE:115200");
    repair->add_flag("--yes,-y", options.yes, "do not ask (needed when there is no terminal)");
    auto* revert =
        app.add_subcommand("boot-revert", "0xC0000017: put back every file a boot-repair backup holds");
    revert->callback([&o] { o.which = Options::Which::Revert; });
    revert->add_option("FOLDER", o.revertFolder, "the backup folder boot-repair printed (boot-<time>)")
        ->required();
    revert->add_flag("--yes,-y", options.yes, "do not ask (needed when there is no terminal)");
}

BootCommands::~BootCommands() = default;

bool BootCommands::chosen() const {
    return options_->which != Options::Which::None;
}

namespace {

using Json = nlohmann::ordered_json;

Json optionalJson(const auto& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json checkJson(const BootCheck& check) {
    Json dumps = Json::object();
    for (const CrashDump& dump : check.crashDumps)
        dumps[dump.controlSet] = Json{{"CrashDumpEnabled", optionalJson(dump.crashDumpEnabled)},
                                      {"DumpFile", optionalJson(dump.dumpFile)},
                                      {"NMICrashDump", optionalJson(dump.nmiCrashDump)}};
    const std::optional<BcdState>& bcd = check.bcd;
    return Json{
        {"windows_dir", pathToUtf8(check.files.windowsDir)},
        {"system_hive", pathToUtf8(check.files.systemHive)},
        {"bcd", check.files.bcd ? Json(pathToUtf8(*check.files.bcd)) : Json(nullptr)},
        {"bcd_problem", check.bcdProblem ? errorJson(*check.bcdProblem) : Json(nullptr)},
        {"free_space_bytes", optionalJson(check.freeSpaceBytes)},
        {"low_space", check.lowSpace},
        {"bad_memory_list", bcd ? optionalJson(bcd->badMemoryList) : Json(nullptr)},
        {"page_files", Json{{"control_set", check.currentControlSet},
                            {"ExistingPageFiles", check.pageFiles.existingPageFiles},
                            {"PagingFiles", check.pageFiles.pagingFiles},
                            {"misplaced", check.pageFiles.misplaced}}},
        {"crash_dump", dumps},
        {"ems", bcd ? Json{{"loader", bcd->ems.loader.empty() ? Json(nullptr) : Json(bcd->ems.loader)},
                           {"enabled", bcd->ems.enabled},
                           {"port", optionalJson(bcd->ems.port)},
                           {"baud", optionalJson(bcd->ems.baud)}}
                    : Json(nullptr)},
    };
}

std::string sizeText(std::uintmax_t bytes) {
    return fmt::format("{:.1f} GB ({} bytes)", static_cast<double>(bytes) / 1e9, bytes);
}

std::string listText(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text.empty() ? "(none)" : text;
}

void printLowSpace(const BootCheck& check, const Output& out) {
    if (check.lowSpace)
        out.warning(fmt::format(
            "only {} free on the installation's disk (below 300 MB): enlarge the disk or clean it up (Disk "
            "Cleanup, old files) before anything else; Windows cannot start this way",
            sizeText(*check.freeSpaceBytes)));
}

std::string checkText(const BootCheck& check) {
    std::string text = fmt::format("Installation: {}\nSYSTEM hive: {}\n", pathToUtf8(check.files.windowsDir),
                                   pathToUtf8(check.files.systemHive));
    if (!check.systemNote.empty())
        text += fmt::format("  note: {}\n", check.systemNote);
    text += check.freeSpaceBytes ? fmt::format("Free space: {}\n", sizeText(*check.freeSpaceBytes))
                                 : "Free space: unknown\n";
    if (check.bcd) {
        text += fmt::format("BCD store: {}\n", pathToUtf8(*check.files.bcd));
        const auto& list = check.bcd->badMemoryList;
        text += list ? fmt::format(
                           "  Bad memory list: {} page(s) listed: boot-repair --clear-badmemory removes it\n",
                           list->size())
                     : "  Bad memory list: none\n";
        const EmsState& ems = check.bcd->ems;
        text += fmt::format("  EMS (serial console) on {}: {}, port {}, {} baud\n",
                            ems.loader.empty() ? "(no default loader)" : ems.loader,
                            ems.enabled ? "on" : "off", ems.port ? std::to_string(*ems.port) : "-",
                            ems.baud ? std::to_string(*ems.baud) : "-");
    } else {
        text += fmt::format("BCD store: not read: {}\n", check.bcdProblem ? check.bcdProblem->message() : "");
    }
    const PageFiles& files = check.pageFiles;
    text += fmt::format("Page file ({}): PagingFiles {}; ExistingPageFiles {}\n", files.controlSet,
                        listText(files.pagingFiles), listText(files.existingPageFiles));
    if (!files.misplaced.empty())
        text += fmt::format("  Not at the default location: {}. boot-repair --reset-pagefile sets it back to "
                            "system-managed; then delete {} on that disk\n",
                            listText(files.misplaced), listText(files.misplaced));
    for (const CrashDump& dump : check.crashDumps)
        text += fmt::format(
            "Crash dump ({}): CrashDumpEnabled {}, DumpFile {}, NMICrashDump {}\n", dump.controlSet,
            dump.crashDumpEnabled ? std::to_string(*dump.crashDumpEnabled) : "-", dump.dumpFile.value_or("-"),
            dump.nmiCrashDump ? std::to_string(*dump.nmiCrashDump) : "-");
    text +=
        "A complete memory dump needs more free space than the machine has RAM; RAM cannot be read from an "
        "offline disk: compare the free space above with the machine's memory size.\n";
    return text;
}

std::optional<BootFiles> locate(const CliOptions& options, const BootCommands::Options& boot,
                                const Output& out, ExitCode& failure) {
    if (options.windowsDir.empty()) {
        failure = out.fail(kUsage,
                           "the boot commands need --windows-dir: the broken installation's Windows folder");
        return std::nullopt;
    }
    const std::optional<std::filesystem::path> bcd =
        boot.bcd.empty() ? std::nullopt : std::optional(pathFromUtf8(boot.bcd));
    auto files = locateBootFiles(pathFromUtf8(options.windowsDir), bcd);
    if (!files) {
        failure = out.fail(kTargetUnreadable, files.error());
        return std::nullopt;
    }
    return *files;
}

// What boot-check and boot-repair both start with: find the files, read them, print the low-space warning
// and the report. nullopt (with `failure` set) when they cannot be found or read.
std::optional<BootCheck> checkAndPrint(const CliOptions& options, const BootCommands::Options& boot,
                                       const Output& out, ExitCode& failure) {
    const std::optional<BootFiles> files = locate(options, boot, out, failure);
    if (!files)
        return std::nullopt;
    auto check = checkBoot(*files);
    if (!check) {
        failure = out.fail(kTargetUnreadable, check.error());
        return std::nullopt;
    }
    printLowSpace(*check, out);
    out.text(checkText(*check));
    return std::move(*check);
}

ExitCode runCheck(const CliOptions& options, const BootCommands::Options& boot, const Output& out) {
    ExitCode failure = kDone;
    const std::optional<BootCheck> check = checkAndPrint(options, boot, out, failure);
    if (!check)
        return failure;
    if (out.json())
        out.printJson(checkJson(*check));
    return kDone;
}

ExitCode runRepair(const CliOptions& options, const BootCommands::Options& boot, const Output& out) {
    BootRepairRequest request;
    request.clearBadMemory = boot.clearBadMemory;
    request.resetPageFile = boot.resetPageFile;
    request.enableCrashDump = boot.enableCrashDump;
    request.enableEms = boot.enableEms;
    if (!request.touchesBcd() && !request.touchesSystem())
        return out.fail(kUsage,
                        "say what to repair: --clear-badmemory, --reset-pagefile, --enable-crashdump, "
                        "--enable-ems (see boot-check)");
    ExitCode failure = kDone;
    const std::optional<BootCheck> check = checkAndPrint(options, boot, out, failure);
    if (!check)
        return failure;
    out.text("The touched hives and the BCD store are copied to the backup folder first.\n");
    if (!confirmChange(options, out, "Repair?", failure))
        return failure;
    request.backupsFolder = backupFolder(options, out);
    const BootChangeResult result = repairBoot(check->files, request);
    std::vector<std::string> done;
    for (BootStore store : result.written())
        done.emplace_back(bootStoreName(store));
    if (const Error* error = result.failure()) {
        if (result.backup && result.changed)
            out.warning(fmt::format(
                "partly done (written: {}); put every file back with: heapfix-cli boot-revert \"{}\"",
                listText(done), pathToUtf8(result.backup->folder)));
        out.note(adviceFor(error->code));
        return out.fail(exitCodeForOutcome(result.outcome()), *error);
    }
    const std::string folder = pathToUtf8(result.backup->folder);
    std::string text =
        fmt::format("Done. Backup: {}\nUndo with: heapfix-cli boot-revert \"{}\"\n", folder, folder);
    if (request.resetPageFile && !check->pageFiles.misplaced.empty())
        text +=
            fmt::format("You may now delete {} (the old page file).\n", listText(check->pageFiles.misplaced));
    if (request.enableCrashDump && check->freeSpaceBytes)
        text += fmt::format("Free space {}: it must exceed the machine's RAM for a complete dump.\n",
                            sizeText(*check->freeSpaceBytes));
    out.text(text);
    if (out.json())
        out.printJson(Json{{"done", done},
                           {"outcome", fixOutcomeName(result.outcome())},
                           {"steps", stepsJson(result.steps)},
                           {"backup_folder", folder},
                           {"misplaced_page_files", check->pageFiles.misplaced}});
    return kDone;
}

ExitCode runRevert(const CliOptions& options, const BootCommands::Options& boot, const Output& out) {
    const std::filesystem::path folder = pathFromUtf8(boot.revertFolder);
    auto backup = loadBootBackup(folder);
    if (!backup)
        return out.fail(kUsage, backup.error());
    std::string text = fmt::format("Backup of {}; puts back:\n", backup->created);
    for (const BootBackupFile& file : backup->files)
        text += fmt::format("  {}\n", pathToUtf8(file.original));
    out.text(text);
    ExitCode failure = kDone;
    if (!confirmChange(options, out, "Revert?", failure))
        return failure;
    const BootChangeResult result = revertBoot(folder);
    const auto texts = [](const std::vector<std::filesystem::path>& files) {
        std::vector<std::string> items;
        for (const auto& file : files)
            items.push_back(pathToUtf8(file));
        return items;
    };
    const std::vector<std::string> restored = texts(result.restored);
    const std::vector<std::string> aside = texts(result.keptAside);
    if (const Error* error = result.failure()) {
        if (result.changed)
            out.warning(
                fmt::format("partly reverted (put back: {}; kept aside: {}); the backup is unchanged: "
                            "run boot-revert again once the cause is mended",
                            listText(restored), listText(aside)));
        out.note(adviceFor(error->code));
        return out.fail(exitCodeForOutcome(result.outcome()), *error);
    }
    out.text(result.restored.empty()
                 ? std::string("Nothing to revert: every file already is as it was before the repair.\n")
                 : fmt::format("Reverted {} file(s); the files as they were are kept as {}\n",
                               restored.size(), listText(aside)));
    if (out.json())
        out.printJson(Json{{"outcome", fixOutcomeName(result.outcome())},
                           {"steps", stepsJson(result.steps)},
                           {"restored", restored},
                           {"kept_aside", aside}});
    return kDone;
}

} // namespace

ExitCode BootCommands::run(const CliOptions& options) const {
    const Output out(options.json);
    switch (options_->which) {
    case Options::Which::Check:
        return runCheck(options, *options_, out);
    case Options::Which::Repair:
        return runRepair(options, *options_, out);
    case Options::Which::Revert:
        return runRevert(options, *options_, out);
    case Options::Which::None:
        break;
    }
    return kUsage;
}

} // namespace heapfix::cli
