#include "BootText.h"

#include "ModelText.h"
#include "Paths.h"

#include "model/backup/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace heapfix {

namespace fs = std::filesystem;

QString BootText::size(std::uintmax_t bytes) {
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

QString BootText::pages(const std::vector<std::uint64_t>& pages) {
    QStringList numbers;
    for (std::uint64_t page : pages)
        numbers << QStringLiteral("0x%1").arg(page, 0, 16);
    return numbers.join(QStringLiteral(", "));
}

QString BootText::list(const std::vector<std::string>& items) {
    QStringList texts;
    for (const std::string& item : items)
        texts << toQString(item);
    return texts.isEmpty() ? tr("none") : texts.join(QStringLiteral(", "));
}

QString BootText::notSet() {
    return tr("not set");
}

QString BootText::locateError(const Error& error, const fs::path& windowsDir,
                              const std::optional<fs::path>& bcd) {
    if (error.code == ErrorCode::NotFound) {
        // The store's error names it, as UTF-8.
        if (bcd && error.subject == pathToUtf8(*bcd))
            return tr("There is no file %1. Choose the BCD store itself (EFI\\Microsoft\\Boot\\BCD or "
                      "Boot\\BCD), or clear the field to let heapfix look for it.")
                .arg(nativePath(*bcd));
        if (windowsDir.empty())
            return tr("Choose the Windows folder of the installation that does not start.");
        if (!QFileInfo(nativePath(windowsDir)).isDir())
            return tr("The folder %1 does not exist. Choose the Windows folder of the installation that does "
                      "not start.")
                .arg(nativePath(windowsDir));
        return tr("There is no System32\\config\\SYSTEM in %1. Choose the Windows folder of the installation "
                  "that does not start: the folder that holds System32.")
            .arg(nativePath(windowsDir));
    }
    return ModelText::error(error);
}

QString BootText::whereLookedForBcd(const fs::path& windowsDir) {
    const QString root = QStorageInfo(nativePath(windowsDir)).rootPath();
    return tr("heapfix looked for EFI\\Microsoft\\Boot\\BCD and Boot\\BCD in %1 and in every folder above it "
              "on the same disk, up to %2.")
        .arg(nativePath(windowsDir), QDir::toNativeSeparators(root.isEmpty() ? QStringLiteral("/") : root));
}

QString BootText::bcdProblem(const Error& error, const fs::path& windowsDir) {
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("No BCD store was found. %1 On a UEFI (generation 2) machine the store is on the EFI "
                  "system "
                  "partition, a separate partition of about 100 MB: mount it (or give it a drive letter) and "
                  "choose its EFI\\Microsoft\\Boot\\BCD file.")
            .arg(whereLookedForBcd(windowsDir));
    case ErrorCode::Corrupt:
        return tr("%1 is not a BCD store: it is not a registry hive, or it is damaged. Choose the right file "
                  "(EFI\\Microsoft\\Boot\\BCD or Boot\\BCD).")
            .arg(QDir::toNativeSeparators(toQString(error.subject)));
    case ErrorCode::Refused:
        return tr("The BCD store's boot manager does not name a Windows boot loader as its default entry, so "
                  "heapfix does not guess which entry to change.");
    case ErrorCode::Malformed:
        return tr("An entry of the BCD store does not have the form bcdedit writes (%1).")
            .arg(toQString(error.subject));
    default:
        return ModelText::error(error);
    }
}

QString BootText::stage(FixStep step, std::optional<BootStore> store) {
    switch (step) {
    case FixStep::Inspect:
        return tr("Read the files");
    case FixStep::Backup:
        return tr("Copy the files to the backup folder");
    case FixStep::Write:
        return store == BootStore::Bcd ? tr("Write the BCD store") : tr("Write the SYSTEM hive");
    case FixStep::Verify:
        return tr("Read back and check");
    case FixStep::Rollback: // a boot repair has none: the undo is the technician's choice (revertBoot)
        break;
    }
    return {};
}

QString BootText::notAsked() {
    return tr("not asked for");
}

QString BootText::undone() {
    return tr("undone");
}

QString BootText::repairFailure(const BootChangeResult& result) {
    const StepReport* failed = failedStep(result.steps);
    if (!failed || !failed->error)
        return {};
    const QString why = ModelText::error(*failed->error);
    if (!result.changed) {
        switch (failed->step) {
        case FixStep::Inspect:
            return tr("The files could not be read: %1 Nothing has been changed.").arg(why);
        case FixStep::Backup:
            return tr("The backup could not be made: %1 Nothing has been changed. Choose a backup folder on "
                      "a good disk with free space, not on the broken one.")
                .arg(why);
        case FixStep::Write:
        case FixStep::Verify:
        case FixStep::Rollback:
            return tr("Writing was refused: %1 Nothing has been changed.").arg(why);
        }
    }
    return tr("Only part of the repair was done: %1 Use \"Undo the repair\" below to put every file back as "
              "it was.")
        .arg(why);
}

QString BootText::revertFailure(const BootChangeResult& undo) {
    const Error* error = undo.failure();
    if (!error)
        return {};
    if (error->code == ErrorCode::Refused)
        return tr("%1 changed after the repair (Windows or someone else wrote it). Putting the backup back "
                  "would lose that change, so nothing was undone.")
            .arg(QDir::toNativeSeparators(toQString(error->subject)));
    if (undo.changed)
        return tr("Only part of the repair was undone: %1 The backup is unchanged: once the cause is mended, "
                  "use \"Undo the repair\" again to finish.")
            .arg(ModelText::error(*error));
    return tr("The changes could not be undone: %1 Nothing has been changed.").arg(ModelText::error(*error));
}

} // namespace heapfix
