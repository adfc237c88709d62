#include "ModelText.h"

#include "Paths.h"

#include <algorithm>

namespace heapfix {

QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}

QString toQString(std::u16string_view text) {
    return QString::fromUtf16(text.data(), static_cast<qsizetype>(text.size()));
}

QString ModelText::errorCode(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return tr("It was not found.");
    case ErrorCode::AccessDenied:
        return tr("Windows refused access. Start heapfix as an administrator.");
    case ErrorCode::ReadOnly:
        return tr("It cannot be written: the file, its folder or its disk is read-only.");
    case ErrorCode::Corrupt:
        return tr("It is damaged or not what it claims to be.");
    case ErrorCode::Io:
        return tr("Reading or writing failed half-way.");
    case ErrorCode::NoSpace:
        return tr("The disk is full.");
    case ErrorCode::Unsafe:
        return tr("Writing it would lose data, so heapfix did not.");
    case ErrorCode::Malformed:
        return tr("It does not have the expected form.");
    case ErrorCode::Refused:
        return tr("It holds more than this one setting, so heapfix refuses it.");
    case ErrorCode::Unsupported:
        return tr("This is not possible here.");
    case ErrorCode::Mismatch:
        return tr("What was read back differs from what was written.");
    case ErrorCode::Busy:
        return tr("Another heapfix is changing this installation right now. Wait until it has finished, "
                  "then try again.");
    }
    return {};
}

QString ModelText::errorCause(ErrorCause cause, ErrorCode code) {
    switch (cause) {
    case ErrorCause::NotARegularFile:
        return tr("This is a link, a folder or a special file, not a file: heapfix opens only "
                  "regular files and never follows a link.");
    case ErrorCause::TypeWouldChange:
        return tr("This backup holds the setting with another type (for example a plain string instead of an "
                  "expandable one). Windows starts with this setting, so heapfix never changes its type.");
    case ErrorCause::ValueDoesNotParse:
        return tr("The setting in this backup is not a valid Windows setting (it is empty, or does not have "
                  "exactly one SharedSection part), so heapfix does not put it back.");
    case ErrorCause::OtherCharactersDiffer:
        return tr("The setting in this backup differs from the current one in more than the SharedSection "
                  "numbers. heapfix only ever changes those numbers, so it does not put it back.");
    case ErrorCause::CurrentValueMalformed:
        return tr("The current setting is damaged, so heapfix changes nothing in it.");
    default:
        return errorCode(code);
    }
}

QString ModelText::error(const Error& error) {
    const QString words = errorCause(error.cause, error.code);
    if (error.subject.empty())
        return words;
    return tr("%1 — %2").arg(toQString(error.subject), words);
}

QString ModelText::parseError(const SharedSectionParseError& error) {
    const QString where = tr("(at character %1)").arg(error.position + 1);
    switch (error.code) {
    case SharedSectionError::NoToken:
        return tr("The setting has no SharedSection part.");
    case SharedSectionError::MultipleTokens:
        return tr("The setting has more than one SharedSection part %1.").arg(where);
    case SharedSectionError::EmptyNumber:
        return tr("A number is missing in SharedSection %1.").arg(where);
    case SharedSectionError::NotANumber:
        return tr("SharedSection contains something that is not a number %1.").arg(where);
    case SharedSectionError::Negative:
        return tr("SharedSection contains a negative number %1.").arg(where);
    case SharedSectionError::Overflow:
        return tr("SharedSection contains a number that is far too large %1.").arg(where);
    case SharedSectionError::TooFewNumbers:
        return tr("SharedSection has only one number %1.").arg(where);
    case SharedSectionError::TooManyNumbers:
        return tr("SharedSection has more than three numbers %1.").arg(where);
    case SharedSectionError::StraySeparator:
        return tr("SharedSection has a stray separator %1.").arg(where);
    }
    return {};
}

QString ModelText::reason(const Recommendation& advice, int index) {
    const NumberAdvice& number = index == 0   ? advice.system
                                 : index == 1 ? advice.interactive
                                              : advice.nonInteractive;
    switch (number.reason) {
    case ReasonCode::Unchanged:
        return tr("Already large enough: stays as it is.");
    case ReasonCode::NeverTouched:
        return tr("Practically never needs changing: heapfix leaves it.");
    case ReasonCode::NotForThisSymptom:
        return tr("Not involved in this problem: stays as it is.");
    case ReasonCode::RaisedToRecommended:
        // Microsoft's article (KB126962) says 1024 for services; 64-bit Windows Vista and later start at 768
        // with twice the room for programs, and heapfix keeps services at a tenth of that.
        if (index == 2 && advice.row == PolicyRow::Modern64)
            return tr("Raised to %1 KB. Microsoft's article says 1024 KB, but it was written for 32-bit "
                      "Windows: "
                      "64-bit Windows Vista and later already start at 768 KB and give programs 20480 KB.")
                .arg(number.recommended.value_or(0));
        return tr("Raised to the size Microsoft recommends for this Windows.");
    case ReasonCode::AddedThirdValue:
        return tr("Added: services get their own, smaller desktop heap (as Microsoft advises).");
    case ReasonCode::RaisedToNt31Default:
        return tr("Raised back to 3072 KB, the size Windows NT 3.1 used.");
    case ReasonCode::VersionUnknown:
        return tr("The Windows version is not known: recommended from the form of the setting.");
    }
    return {};
}

QString ModelText::validation(const ValidationIssue& issue) {
    const QString name = numberName(issue.index);
    switch (issue.code) {
    case ValidationCode::BelowMinimum:
        return tr("%1: %2 KB is below the minimum of %3 KB.").arg(name).arg(issue.value).arg(issue.limit);
    case ValidationCode::AboveMaximum:
        return tr("%1: %2 KB is above the maximum of %3 KB.").arg(name).arg(issue.value).arg(issue.limit);
    case ValidationCode::SystemChanged:
        return tr("%1: this number is practically never changed.").arg(name);
    case ValidationCode::LowerThanCurrent:
        return tr("%1: %2 KB is lower than the %3 KB you have now.")
            .arg(name)
            .arg(issue.value)
            .arg(issue.limit);
    case ValidationCode::InteractiveAboveCeiling:
        return tr("%1: %2 KB is above %3 KB, the largest size Microsoft advises.")
            .arg(name)
            .arg(issue.value)
            .arg(issue.limit);
    case ValidationCode::NonInteractiveAboveCeiling:
        return tr("%1: %2 KB is above %3 KB; every service would reserve that much.")
            .arg(name)
            .arg(issue.value)
            .arg(issue.limit);
    case ValidationCode::SessionViewExceeded:
        return tr("The desktops would not fit in the %1 KB that this Windows has for them.").arg(issue.limit);
    case ValidationCode::ThirdValueRemoved:
        return tr("%1: you have this number now; it cannot be removed.").arg(name);
    }
    return {};
}

QString ModelText::step(FixStep step, bool restoring) {
    switch (step) {
    case FixStep::Inspect:
        return tr("Read the current setting");
    case FixStep::Backup:
        return tr("Make and check a backup");
    case FixStep::Write:
        return restoring ? tr("Put the backup's value back") : tr("Write the new numbers");
    case FixStep::Verify:
        return tr("Read back and check");
    case FixStep::Rollback:
        return tr("Put the old value back");
    }
    return {};
}

QString ModelText::outcome(StepOutcome outcome) {
    switch (outcome) {
    case StepOutcome::NotRun:
        return tr("not done");
    case StepOutcome::Done:
        return tr("done");
    case StepOutcome::Failed:
        return tr("failed");
    }
    return {};
}

StatusKind ModelText::statusOf(StepOutcome outcome) {
    switch (outcome) {
    case StepOutcome::Done:
        return StatusKind::Ok;
    case StepOutcome::Failed:
        return StatusKind::Error;
    case StepOutcome::NotRun:
        break;
    }
    return StatusKind::Info;
}

QString ModelText::steps(const FixResult& result, bool restoring) {
    QStringList lines;
    for (const StepReport& report : result.steps)
        lines << tr("%1: %2").arg(step(report.step, restoring), outcome(report.outcome)) +
                     (report.error ? QStringLiteral(" — ") + error(*report.error) : QString());
    return lines.join('\n');
}

QStringList ModelText::receipt(const FixResult& result) {
    QStringList lines;
    if (result.backup)
        for (const KeptFile& kept : result.backup->kept)
            lines << tr("Kept whole in the backup folder: %1 (from %2)")
                         .arg(nativePath(kept.file), toQString(kept.from));
    for (const std::filesystem::path& removed : result.receipt.removed)
        lines << tr("Removed beside the hive, after it was replayed and kept in the backup: %1")
                     .arg(nativePath(removed));
    if (!result.receipt.notes.empty()) // the wizard's writes keep originals in the backup: clean-ups only
        lines << tr("Removed beside the hive: %1 unfinished file(s) that an earlier heapfix left there when "
                    "it was stopped.")
                     .arg(result.receipt.notes.size());
    return lines;
}

QString ModelText::fixOutcome(FixOutcome outcome) {
    switch (outcome) {
    case FixOutcome::Changed:
        return tr("Done: the new setting is in place and checked.");
    case FixOutcome::ChangedUnconfirmed:
        return tr(
            "The new setting is in place and was read back, but the disk could not confirm that it is "
            "stored for good. Check the disk before you restart: a power cut now could undo the change.");
    case FixOutcome::NothingToChange:
        return tr("Nothing needed to change: the setting already had these numbers.");
    case FixOutcome::InspectFailed:
        return tr("The setting could not be read. Nothing was changed.");
    case FixOutcome::BackupFailed:
        return tr("The backup could not be made, so nothing was changed.");
    case FixOutcome::WriteFailed:
        return tr(
            "The new setting could not be written. Nothing was changed: the old value is still in place.");
    case FixOutcome::RolledBack:
        return tr(
            "The new setting could not be confirmed, so the old value was put back. Nothing has changed.");
    case FixOutcome::RollbackFailed:
        return tr(
            "The old value could not be put back. Restore the backup named below, or ask your helpdesk.");
    }
    return {};
}

QString ModelText::numberName(int index) {
    const QString names[] = {tr("Windows itself"), tr("Programs"), tr("Services")};
    return names[std::clamp(index, 0, 2)];
}

QString ModelText::symptom(Symptom symptom) {
    switch (symptom) {
    case Symptom::ManyPrograms:
        return tr("Many programs open: \"Out of memory\"");
    case Symptom::ServiceFails:
        return tr("A service does not start: \"%1\"").arg(user32Message());
    }
    return {};
}

QString ModelText::kilobytes(std::optional<std::uint32_t> value) {
    if (!value)
        return tr("not set");
    return tr("%1 KB").arg(*value);
}

QString ModelText::user32Message() {
    return tr("Initialization of the dynamic link library user32.dll failed");
}

QString ModelText::otherCauses() {
    return tr(
        "If the problem is still there, the cause is probably something else:\n"
        "• a program that keeps making windows or menus without freeing them (a leak): update or restart "
        "that program;\n"
        "• too little memory: close programs you do not need, or add memory to the computer;\n"
        "• otherwise, contact your helpdesk.");
}

} // namespace heapfix
