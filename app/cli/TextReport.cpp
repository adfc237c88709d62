#include "TextReport.h"

#include "ValueText.h"
#include "model/core/EnumNames.h"
#include "model/core/Utf8Path.h"

#include <fmt/format.h>

namespace heapfix::cli {

namespace {

constexpr const char* kNumberNames[] = {"xxxx  shared system heap", "yyyy  interactive desktops",
                                        "zzzz  non-interactive desktops"};

std::string number(const std::optional<std::uint32_t>& value) {
    return value ? std::to_string(*value) : "not set";
}

std::string kilobytes(const std::optional<std::uint32_t>& value) {
    return value ? std::to_string(*value) + " KB" : "not set";
}

std::string_view reasonText(ReasonCode reason) {
    constexpr auto kTexts = enumNames<ReasonCode>(
        {
            "already at or above the recommendation",
            "heapfix leaves the shared heap as it is",
            "not needed when a service fails to start",
            "raised to the recommended size for this Windows",
            "added: services get their own, smaller desktop heap (KB126962, Q142676)",
            "raised to NT 3.1's default of 3072 KB",
            "Windows version unknown: inferred from the value's form",
        },
        "");
    return kTexts.name(reason);
}

std::string adviceRow(const char* name, const NumberAdvice& advice) {
    return fmt::format("  {:<32} {:>8} {:>12}   {}\n", name, number(advice.current),
                       number(advice.recommended), reasonText(advice.reason));
}

std::string valueLines(const Inspection& inspection) {
    return fmt::format("Value:         {}\\{} ({})\n               {}\n", inspection.key, kWindowsValueName,
                       valueTypeName(inspection.value.type), valueText(inspection).utf8);
}

std::string recommendationText(const Recommendation& recommendation) {
    std::string text = fmt::format("  {:<32} {:>8} {:>12}\n", "(KB)", "now", "recommended");
    text += adviceRow(kNumberNames[0], recommendation.system);
    text += adviceRow(kNumberNames[1], recommendation.interactive);
    text += adviceRow(kNumberNames[2], recommendation.nonInteractive);
    if (recommendation.changeNeeded())
        text += "A change is recommended: run the same command with \"apply --recommended\" instead of "
                "\"status\".\n";
    else
        text += "Nothing needs to change. If programs still run out of memory, look for a program that leaks "
                "(Task Manager's GDI and USER object columns) or add memory.\n";
    return text;
}

std::string restartText(const TargetInfo& target) {
    switch (target.kind) {
    case TargetKind::Live:
        return "Restart Windows for the new sizes to take effect.\n";
    case TargetKind::Offline:
        return "The new sizes take effect when that Windows installation next starts.\n";
    case TargetKind::Sample:
        return "This was a sample installation: nothing on this computer changed. On a real Windows, a "
               "restart "
               "would be needed.\n";
    }
    return "";
}

} // namespace

std::string describeTarget(const TargetInfo& target) {
    switch (target.kind) {
    case TargetKind::Live:
        return "this computer's registry";
    case TargetKind::Offline:
        return fmt::format("the offline installation at {}", target.path);
    case TargetKind::Sample:
        return fmt::format("the sample installation {} (a fresh copy at {})", target.sampleName, target.path);
    }
    return target.path;
}

std::string describeWindows(const WindowsVersion& windows) {
    std::string name = "version unknown (no SOFTWARE hive to read it from)";
    if (windows.family() != WindowsFamily::Unknown) {
        name = windows.productName.empty() ? windows.displayName() : windows.productName;
        name += fmt::format(" {}.{}.{}", windows.major, windows.minor, windows.build);
        if (!windows.servicePack.empty())
            name += " " + windows.servicePack;
    } else if (windows.vistaOrLater) {
        name = windows.displayName() + " (from the SubSystems value)";
    }
    const std::string bits = windows.bitness() ? fmt::format("{}-bit", windows.bitness()) : "bitness unknown";
    const char* how = windows.source == VersionSource::Read ? "read from the installation" : "inferred";
    return fmt::format("{}, {} ({})", name, bits, how);
}

std::string describeParseError(const SharedSectionParseError& error) {
    constexpr auto kWhat = enumNames<SharedSectionError>(
        {
            "there is no SharedSection= token",
            "there is more than one SharedSection= token",
            "a number is missing",
            "something that is not a number stands where a number should be",
            "a number is negative",
            "a number is too large",
            "there is only one number (two or three are needed)",
            "there are more than three numbers",
            "there is a stray comma or separator",
        },
        "the SharedSection token is malformed");
    return fmt::format("{} (at character {})", kWhat.name(error.code), error.position);
}

std::string describeIssue(const ValidationIssue& issue) {
    const char* names[] = {"xxxx (shared system heap)", "yyyy (interactive desktops)",
                           "zzzz (non-interactive desktops)"};
    const char* name = names[issue.index >= 0 && issue.index < 3 ? issue.index : 0];
    switch (issue.code) {
    case ValidationCode::BelowMinimum:
        return fmt::format("{} {} KB is below the minimum of {} KB", name, issue.value, issue.limit);
    case ValidationCode::AboveMaximum:
        return fmt::format("{} {} KB is above the maximum of {} KB", name, issue.value, issue.limit);
    case ValidationCode::SystemChanged:
        return fmt::format("{} changes from {} to {} KB; it is practically never changed", name, issue.limit,
                           issue.value);
    case ValidationCode::LowerThanCurrent:
        return fmt::format("{} {} KB is lower than the current {} KB", name, issue.value, issue.limit);
    case ValidationCode::InteractiveAboveCeiling:
    case ValidationCode::NonInteractiveAboveCeiling:
        return fmt::format("{} {} KB is above the advised ceiling of {} KB", name, issue.value, issue.limit);
    case ValidationCode::SessionViewExceeded:
        return fmt::format(
            "the desktops would need {} KB, more than the {} KB session view of this 32-bit Windows",
            issue.value, issue.limit);
    case ValidationCode::ThirdValueRemoved:
        return "the current value has a third number and these values would drop it";
    }
    return std::string(validationCodeName(issue.code));
}

std::string foundText(const Inspection& inspection) {
    std::string text = fmt::format("Target:        {}\n", describeTarget(inspection.target));
    if (!inspection.target.controlSet.empty())
        text += fmt::format("Control set:   {}\n", inspection.target.controlSet);
    text += fmt::format("Windows:       {}\n", describeWindows(inspection.windows));
    text += valueLines(inspection);
    if (inspection.sharedSection)
        return text +
               fmt::format("SharedSection: {}\n", formatSharedSection(inspection.sharedSection->values()));
    if (inspection.parseError)
        text +=
            fmt::format("SharedSection: cannot be read: {}.\n", describeParseError(*inspection.parseError));
    return text;
}

std::string statusText(const Inspection& inspection) {
    std::string text = foundText(inspection);
    if (inspection.recommendation)
        text += recommendationText(*inspection.recommendation);
    return text;
}

std::string proposalText(const SharedSectionValues& current, const SharedSectionValues& proposed) {
    std::string text = fmt::format("Will change SharedSection={} to SharedSection={}:\n",
                                   formatSharedSection(current), formatSharedSection(proposed));
    const std::optional<std::uint32_t> before[] = {current.system, current.interactive,
                                                   current.nonInteractive};
    const std::optional<std::uint32_t> after[] = {proposed.system, proposed.interactive,
                                                  proposed.nonInteractive};
    for (int i = 0; i < 3; ++i) {
        const bool same = before[i] == after[i];
        text += fmt::format("  {:<32} {:>11} -> {:>11}{}\n", kNumberNames[i], kilobytes(before[i]),
                            kilobytes(after[i]), same ? "  (unchanged)" : "");
    }
    return text +
           "Only these numbers change; every other character of the value stays. A backup is made first.\n";
}

std::string restoreProposalText(const Inspection& inspection, const RegistryValue& restored) {
    return fmt::format("Now:           {}\nRestore to:    {}\n", valueText(inspection).utf8,
                       valueText(restored).utf8);
}

std::string resultText(const FixResult& result, const TargetInfo& target) {
    std::string text;
    switch (result.outcome) {
    case FixOutcome::Changed:
        text = fmt::format("Done: the value was written, read back and verified.\nNow:           {}\n",
                           result.after ? valueText(*result.after).utf8 : "");
        break;
    case FixOutcome::ChangedUnconfirmed:
        text =
            fmt::format("The value IS changed and was read back, but the change could not be confirmed on "
                        "the disk ({}). Check the disk; a power cut now could undo it.\nNow:           {}\n",
                        result.receipt.unconfirmed ? result.receipt.unconfirmed->message() : "",
                        result.after ? valueText(*result.after).utf8 : "");
        break;
    case FixOutcome::NothingToChange:
        text = "Nothing to change: the value already is what was asked. Nothing was written.\n"
               "If programs still run out of memory, look for a program that leaks (Task Manager's GDI and "
               "USER "
               "object columns) or add memory.\n";
        break;
    case FixOutcome::InspectFailed:
    case FixOutcome::BackupFailed:
    case FixOutcome::WriteFailed:
        text = "Nothing was changed.\n";
        break;
    case FixOutcome::RolledBack:
        text = "The value read back was wrong, so the original value was put back and checked.\n";
        break;
    case FixOutcome::RollbackFailed:
        text =
            "The value read back was wrong and the original could NOT be put back: restore the backup below "
            "(heapfix-cli restore FILE, or double-click the .reg file on that Windows).\n";
        break;
    }
    if (result.backup) {
        text += fmt::format("Backup:        {}\n               (record: {})\n",
                            pathToUtf8(result.backup->regFile), pathToUtf8(result.backup->recordFile));
        for (const KeptFile& kept : result.backup->kept)
            text += fmt::format("Kept whole:    {}\n               (from {}, sha256 {})\n",
                                pathToUtf8(kept.file), kept.from, kept.sha256);
    }
    for (const std::filesystem::path& removed : result.receipt.removed)
        text += fmt::format("Removed:       {} (replayed into the hive; kept in the backup)\n",
                            pathToUtf8(removed));
    for (const std::string& note : result.receipt.notes)
        text += fmt::format("Note:          {}\n", note);
    if (result.outcome == FixOutcome::Changed || result.outcome == FixOutcome::ChangedUnconfirmed)
        text += restartText(target);
    return text;
}

std::string backupsText(const std::vector<BackupRecord>& records, const std::filesystem::path& folder) {
    if (records.empty())
        return fmt::format("No backups in {}.\n", pathToUtf8(folder));
    std::string text = fmt::format("{} backup(s) in {}, newest first:\n", records.size(), pathToUtf8(folder));
    for (const BackupRecord& record : records) {
        std::string target = record.targetKind;
        if (!record.targetPath.empty())
            target += " " + record.targetPath;
        if (!record.controlSet.empty())
            target += " (" + record.controlSet + ")";
        text +=
            fmt::format("{}  {}  SharedSection={}\n    target:  {}\n    file:    {}\n", record.created,
                        record.windows, record.sharedSection.empty() ? "(unreadable)" : record.sharedSection,
                        target, pathToUtf8(record.regFile));
    }
    return text;
}

} // namespace heapfix::cli
