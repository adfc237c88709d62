#include "FixTransaction.h"

#include "Inspection.h"
#include "ValueChange.h"

#include "../backup/AtomicFile.h"
#include "../core/Utf16.h"

#include <fmt/format.h>

namespace heapfix {

const StepReport& FixResult::step(FixStep which) const {
    return steps.at(static_cast<std::size_t>(which));
}

FixTransaction::FixTransaction(Target& target, BackupStore& backups)
    : target_(target)
    , backups_(backups) {}

FixResult FixTransaction::apply(const SharedSectionValues& newValues) {
    return run([&](const RegistryValue& current) -> Expected<RegistryValue, Error> {
        const std::string key = target_.registry().resolveKey(kSubSystemsKey);
        Expected<std::u16string, Error> text = valueText(current, key);
        if (!text)
            return unexpected(text.error());
        Expected<SharedSection, SharedSectionParseError> parsed = SharedSection::parse(*text);
        if (!parsed)
            return unexpected(
                makeError(ErrorCode::Malformed, key,
                          fmt::format("the SharedSection token does not parse ({} at character {})",
                                      sharedSectionErrorName(parsed.error().code), parsed.error().position)));
        return RegistryValue{current.type, encodeUtf16Le(parsed->withValues(*text, newValues))};
    });
}

FixResult FixTransaction::restore(const RegistryValue& value) {
    return run([&](const RegistryValue& current) -> Expected<RegistryValue, Error> {
        const ValuePath path = subsystemsWindowsValue();
        Expected<void, Error> allowed =
            checkValueChange(current, value, target_.registry().resolveKey(path.key) + "\\" + path.name);
        if (!allowed)
            return unexpected(allowed.error());
        return value;
    });
}

FixResult FixTransaction::restoreWholeHive(const RegistryValue& value, std::span<const std::uint8_t> hive) {
    wholeHive_ = hive;
    FixResult result = run([&](const RegistryValue&) -> Expected<RegistryValue, Error> { return value; });
    wholeHive_ = {};
    return result;
}

void FixTransaction::finish(FixResult& result, FixStep step, StepOutcome outcome,
                            std::optional<Error> error) {
    finishStep(result.steps, onStep, step, outcome, std::move(error));
}

FixResult FixTransaction::run(const Change& change) {
    FixResult result;
    for (FixStep step :
         {FixStep::Inspect, FixStep::Backup, FixStep::Write, FixStep::Verify, FixStep::Rollback})
        planStep(result.steps, step);
    Expected<ChangeLock, Error> lock = target_.registry().lockForChange();
    if (!lock) {
        result.outcome =
            lock.error().code == ErrorCode::Busy ? FixOutcome::WriteFailed : FixOutcome::InspectFailed;
        finish(result, FixStep::Inspect, StepOutcome::Failed, lock.error());
        return result;
    }
    Expected<RegistryValue, Error> current = target_.registry().read(subsystemsWindowsValue());
    Expected<RegistryValue, Error> desired = current ? change(*current) : unexpected(current.error());
    if (!desired) {
        result.outcome = FixOutcome::InspectFailed;
        finish(result, FixStep::Inspect, StepOutcome::Failed, desired.error());
        return result;
    }
    result.before = *current;
    finish(result, FixStep::Inspect, StepOutcome::Done);
    if (*desired == *current && wholeHive_.empty()) {
        result.receipt = target_.registry().lastReceipt();
        result.outcome = FixOutcome::NothingToChange;
        result.after = *current;
        return result;
    }
    // A write the store can already tell it would refuse stops here, before a backup is left behind.
    if (Expected<void, Error> writable = target_.registry().checkWritable(); !writable) {
        result.outcome = FixOutcome::WriteFailed;
        result.after = *current;
        finish(result, FixStep::Write, StepOutcome::Failed, writable.error());
        return result;
    }
    if (backUp(*current, result))
        write(*current, *desired, result);
    return result;
}

bool FixTransaction::backUp(const RegistryValue& current, FixResult& result) {
    if (earlierBackup_ && backups_.verifyHolds(*earlierBackup_, current) &&
        earlierBackup_->kept.size() >= target_.registry().filesToKeep().size()) {
        result.backup = *earlierBackup_;
        target_.registry().setFilesKept(!earlierBackup_->kept.empty());
        finish(result, FixStep::Backup, StepOutcome::Done);
        return true;
    }
    RegistryStore& registry = target_.registry();
    const ValuePath path = subsystemsWindowsValue();
    Expected<BackupRecord, Error> saved =
        backups_.save(BackupRequest{target_.info(), target_.windowsVersion(), registry.resolveKey(path.key),
                                    path.name, current, registry.filesToKeep()});
    registry.setFilesKept(saved && !saved->kept.empty());
    if (!saved) {
        result.outcome = FixOutcome::BackupFailed;
        finish(result, FixStep::Backup, StepOutcome::Failed, saved.error());
        return false;
    }
    result.backup = std::move(*saved);
    finish(result, FixStep::Backup, StepOutcome::Done);
    return true;
}

// Write, then re-read and compare. A failed write is re-read too: it may have failed half-way.
void FixTransaction::write(const RegistryValue& current, const RegistryValue& desired, FixResult& result) {
    RegistryStore& registry = target_.registry();
    const ValuePath path = subsystemsWindowsValue();
    Expected<void, Error> written =
        wholeHive_.empty() ? registry.write(path, desired) : registry.replaceWholeHive(wholeHive_);
    if (!written) {
        finish(result, FixStep::Write, StepOutcome::Failed, written.error());
        Expected<RegistryValue, Error> unchanged = registry.read(path);
        if (unchanged && *unchanged == current) {
            result.outcome = FixOutcome::WriteFailed;
            result.after = *unchanged;
            return;
        }
        rollBack(current, FixOutcome::WriteFailed, result);
        return;
    }
    finish(result, FixStep::Write, StepOutcome::Done);
    result.receipt = registry.lastReceipt();
    Expected<RegistryValue, Error> reread = registry.read(path);
    // The type and every byte outside the SharedSection numbers must be what they were (a whole-hive
    // restore puts back another file, whose value may differ anywhere).
    const std::string where = registry.resolveKey(path.key) + "\\" + path.name;
    Expected<void, Error> kept =
        reread && wholeHive_.empty() ? checkValueChange(current, *reread, where) : Expected<void, Error>{};
    if (reread && *reread == desired && kept) {
        result.outcome = result.receipt.unconfirmed ? FixOutcome::ChangedUnconfirmed : FixOutcome::Changed;
        result.after = *reread;
        result.verified = true;
        finish(result, FixStep::Verify, StepOutcome::Done);
        return;
    }
    finish(
        result, FixStep::Verify, StepOutcome::Failed,
        !reread ? reread.error()
        : !kept
            ? makeError(ErrorCode::Mismatch, where, "read back: " + kept.error().detail, kept.error().cause)
            : makeError(ErrorCode::Mismatch, where, "the value read back differs from the value written"));
    rollBack(current, FixOutcome::RolledBack, result);
}

// Puts the old value back and checks it; when that fails, the error names the backup to restore from.
void FixTransaction::rollBack(const RegistryValue& current, FixOutcome onSuccess, FixResult& result) {
    RegistryStore& registry = target_.registry();
    const ValuePath path = subsystemsWindowsValue();
    Expected<void, Error> written = registry.write(path, current);
    Expected<RegistryValue, Error> reread = registry.read(path);
    if (reread)
        result.after = *reread;
    if (written && reread && *reread == current) {
        result.outcome = onSuccess;
        finish(result, FixStep::Rollback, StepOutcome::Done);
        return;
    }
    const Error& cause =
        !written  ? written.error()
        : !reread ? reread.error()
                  : makeError(ErrorCode::Mismatch, path.key, "the value read back is not the old one");
    const std::string backup =
        result.backup ? pathToUtf8(result.backup->regFile) : std::string("(no backup)");
    result.outcome = FixOutcome::RollbackFailed;
    finish(result, FixStep::Rollback, StepOutcome::Failed,
           makeError(cause.code, backup,
                     fmt::format("the old value could not be put back ({}); restore it from this backup",
                                 cause.message())));
}

} // namespace heapfix
