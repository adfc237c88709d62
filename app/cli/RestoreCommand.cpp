#include "Commands.h"
#include "FixReport.h"
#include "JsonReport.h"
#include "TargetChoice.h"
#include "TextReport.h"
#include "Utf8Path.h"

#include "model/backup/AtomicFile.h"
#include "model/backup/BackupStore.h"
#include "model/backup/RegFile.h"
#include "model/fix/Inspection.h"

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

} // namespace heapfix::cli
