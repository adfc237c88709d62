#include "Commands.h"
#include "FixReport.h"
#include "JsonReport.h"
#include "TargetChoice.h"
#include "TextReport.h"
#include "model/core/Utf8Path.h"

#include "model/backup/AtomicFile.h"
#include "model/backup/BackupRecord.h"
#include "model/backup/BackupStore.h"
#include "model/backup/RegFile.h"
#include "model/backup/Sha256.h"
#include "model/fix/Inspection.h"
#include "model/fix/ValueChange.h"

#include <fmt/format.h>

namespace heapfix::cli {

namespace {

bool isRecordFile(const std::filesystem::path& file) {
    std::string extension = pathToUtf8(file.extension());
    for (char& c : extension)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return extension == ".json";
}

// The .reg to restore from: the file itself, or the .reg of a heapfix backup record (checked against its
// sha256).
Expected<std::filesystem::path, Error> regFileOf(const std::filesystem::path& file) {
    if (!isRecordFile(file))
        return file;
    const BackupStore store(file.parent_path());
    auto record = store.load(file);
    if (!record)
        return unexpected(record.error());
    if (auto verified = store.verify(*record); !verified)
        return unexpected(verified.error());
    return record->regFile;
}

// The one value the file may carry, as RegFile's restorableValue allows it for this store's key.
Expected<RegistryValue, Error> restoreValue(const std::filesystem::path& file, RegistryStore& store) {
    auto regFile = regFileOf(file);
    if (!regFile)
        return unexpected(regFile.error());
    auto bytes = readWholeFile(*regFile, kMaxRegFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    auto document = parseRegFile(*bytes, pathToUtf8(*regFile));
    if (!document)
        return unexpected(document.error());
    return restorableValue(*document, kSubSystemsKey, store.resolveKey(kSubSystemsKey), kWindowsValueName);
}

} // namespace

ExitCode runRestore(const CliOptions& options, const Output& out) {
    if (options.wholeHive)
        return runWholeHiveRestore(options, out);
    ExitCode failure = kDone;
    const auto target = openChosenTarget(options, out, failure);
    if (!target)
        return failure;
    const auto value = restoreValue(pathFromUtf8(options.restoreFile), target->registry());
    if (!value) {
        Error error = value.error(); // named by the file the user gave, whatever part of it was refused
        if (error.subject != options.restoreFile)
            error = makeError(error.code, options.restoreFile, error.message());
        return out.fail(kUsage, error);
    }
    const auto inspection = inspect(*target);
    if (!inspection)
        return out.fail(exitCodeForReadError(inspection.error()), inspection.error());
    out.text(foundText(*inspection));
    warnIfNotElevated(inspection->target, out);
    // Only the SharedSection numbers may differ from the value there now: same type, a value that parses.
    if (auto allowed = checkValueChange(inspection->value, *value, options.restoreFile); !allowed)
        return out.fail(allowed.error().cause == ErrorCause::CurrentValueMalformed ? kTargetUnreadable
                                                                                   : kUsage,
                        allowed.error());
    if (*value != inspection->value) {
        out.text(restoreProposalText(*inspection, *value));
        out.text("The current value is backed up first.\n");
        if (!confirmChange(options, out, "Restore?", failure))
            return failure;
    }
    BackupStore backups(backupFolder(options, out));
    FixTransaction transaction(*target, backups);
    const FixResult result = transaction.restore(*value);
    return reportFixResult(result, inspection->target, out,
                           {{"target", targetJson(inspection->target)},
                            {"restored_from", pathToUtf8(pathFromUtf8(options.restoreFile))}});
}

// restore --whole-hive: the hive file a backup kept goes back whole, through the same transaction (lock,
// the current hive backed up whole, a private new file with the owner and mode kept, checked, renamed).
ExitCode runWholeHiveRestore(const CliOptions& options, const Output& out) {
    ExitCode failure = kDone;
    const std::filesystem::path file = pathFromUtf8(options.restoreFile);
    const BackupStore store(file.parent_path());
    Expected<BackupRecord, Error> record = store.load(file);
    if (record && record->kept.empty())
        record = unexpected(makeError(ErrorCode::Refused, options.restoreFile,
                                      "this backup kept no hive file (it was made of a live registry, or by "
                                      "an older heapfix): restore its value without --whole-hive"));
    if (record)
        if (Expected<void, Error> verified = store.verify(*record); !verified)
            record = unexpected(verified.error());
    Expected<std::vector<std::uint8_t>, Error> hive =
        record ? readWholeFile(record->kept.front().file, kMaxKeptFileBytes) : unexpected(record.error());
    if (hive && sha256Hex(*hive) != record->kept.front().sha256)
        hive = unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(record->kept.front().file),
                                    "it changed after it was checked"));
    if (!hive)
        return out.fail(kUsage, hive.error());
    const auto target = openChosenTarget(options, out, failure);
    if (!target)
        return failure;
    const auto value = restoreValue(file, target->registry());
    if (!value)
        return out.fail(kUsage, value.error());
    const auto inspection = inspect(*target);
    if (!inspection)
        return out.fail(exitCodeForReadError(inspection.error()), inspection.error());
    out.text(foundText(*inspection));
    out.text(fmt::format("Put back whole: {}\n               (kept from {} on {}, sha256 {})\n",
                         pathToUtf8(record->kept.front().file), record->kept.front().from, record->created,
                         record->kept.front().sha256));
    out.text(restoreProposalText(*inspection, *value));
    out.text("The current hive file is backed up whole first.\n");
    if (!confirmChange(options, out, "Put the whole hive back?", failure))
        return failure;
    BackupStore backups(backupFolder(options, out));
    FixTransaction transaction(*target, backups);
    const FixResult result = transaction.restoreWholeHive(*value, *hive);
    return reportFixResult(result, inspection->target, out,
                           {{"target", targetJson(inspection->target)},
                            {"restored_from", pathToUtf8(file)},
                            {"whole_hive", pathToUtf8(record->kept.front().file)}});
}

} // namespace heapfix::cli
