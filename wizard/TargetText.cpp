#include "TargetText.h"

#include "ModelText.h"

#include "model/fix/Targets.h"

namespace heapfix {

namespace {

// The text for the installation's kind, with the offline one's folder or the practice one's name for %1.
QString forKind(const TargetInfo& info, const QString& live, const QString& offline, const QString& sample) {
    switch (info.kind) {
    case TargetKind::Live:
        return live;
    case TargetKind::Offline:
        return offline.arg(toQString(info.path));
    case TargetKind::Sample:
        return sample.arg(toQString(info.sampleName));
    }
    return {};
}

} // namespace

QString TargetText::targetKind(const TargetInfo& info) {
    return forKind(info, tr("This computer"), tr("An offline Windows installation: %1"),
                   tr("The practice installation \"%1\" (nothing on this computer changes)"));
}

QString TargetText::workingOn(const TargetInfo& info) {
    return forKind(
        info, tr("heapfix works on this computer."),
        tr("heapfix works on the Windows installation in %1, not on this computer."),
        tr("Practice mode: heapfix works on the practice installation \"%1\", not on this computer. "
           "Nothing on this computer changes."));
}

QString TargetText::whenItCounts(const TargetInfo& info) {
    switch (info.kind) {
    case TargetKind::Live:
        return tr("Restart the computer: Windows uses the new numbers only after a restart.");
    case TargetKind::Offline:
        return tr("The new numbers are in the installation in %1. Put the disk back in its own computer and "
                  "start that Windows: it uses them from its next start.")
            .arg(toQString(info.path));
    case TargetKind::Sample:
        return tr("This was the practice installation: nothing on this computer has changed. On a real "
                  "computer, Windows uses the new numbers after a restart.");
    }
    return {};
}

QString TargetText::architecture(const WindowsVersion& windows) {
    switch (windows.bitness()) {
    case 32:
        return tr("32-bit");
    case 64:
        return tr("64-bit");
    default:
        return tr("Cannot be determined");
    }
}

QString TargetText::windowsName(const WindowsVersion& windows) {
    if (windows.source == VersionSource::Unknown)
        return {};
    if (windows.family() == WindowsFamily::Unknown && windows.major == 0) {
        if (!windows.vistaOrLater)
            return {};
        return windows.server ? tr("Windows Server 2008 or later (from the SubSystems value)")
                              : tr("Windows Vista or later (from the SubSystems value)");
    }
    return toQString(windows.displayName()); // a product name: the same in every language
}

QString TargetText::versionSource(VersionSource source) {
    switch (source) {
    case VersionSource::Read:
        return {};
    case VersionSource::Inferred:
        return tr(
            "Worked out from the setting itself: the installation's version information was not found.");
    case VersionSource::Unknown:
        return tr("The Windows version cannot be determined.");
    }
    return {};
}

QString TargetText::backupTarget(const BackupRecord& record) {
    if (record.targetKind == "live")
        return tr("This computer");
    if (record.targetKind == "sample")
        return tr("Practice installation");
    return toQString(record.targetPath);
}

QString TargetText::cannotOpen(const Error& error) {
    const QString subject = toQString(error.subject);
    switch (error.cause) {
    case ErrorCause::EmptyFile:
        return tr("%1 is empty: it is not a registry hive. Choose the Windows folder of the installation.")
            .arg(subject);
    case ErrorCause::TooShort:
    case ErrorCause::Truncated:
        return tr("%1 is cut off: the file is shorter than a registry hive says it is, as after a copy that "
                  "stopped half-way. Copy it again, whole, or choose the Windows folder on the disk itself.")
            .arg(subject);
    case ErrorCause::NotAHive:
        return tr("%1 is not a registry hive: it does not start with \"regf\", as every hive does. Choose "
                  "the "
                  "file System32\\config\\SYSTEM, or the Windows folder of the installation.")
            .arg(subject);
    case ErrorCause::DamagedBaseBlock:
        return tr("%1 is damaged: its first block does not add up. heapfix does not change a damaged hive.")
            .arg(subject);
    case ErrorCause::NotSystemHive:
        return tr("%1 is a registry hive, but not the SYSTEM hive (it has no Select key). Choose the file "
                  "System32\\config\\SYSTEM, or the Windows folder of the installation.")
            .arg(subject);
    case ErrorCause::NoSuchFolder:
        return tr("The folder %1 does not exist. Choose the Windows folder of the installation.")
            .arg(subject);
    case ErrorCause::NoSystemHive:
        return tr("There is no System32\\config\\SYSTEM in %1. Choose the Windows folder of the "
                  "installation: "
                  "the folder that holds System32.")
            .arg(subject);
    case ErrorCause::UnknownSample: {
        QStringList names;
        for (const std::string& name : sampleNames())
            names << toQString(name);
        return tr("There is no practice installation called \"%1\". There are: %2.")
            .arg(subject, names.join(QStringLiteral(", ")));
    }
    case ErrorCause::DamagedElsewhere:
        break;
    case ErrorCause::NotARegularFile:
        return tr("%1 is a link, a folder or a special file, not a file: heapfix opens only regular files. "
                  "Choose the file itself.")
            .arg(subject);
    case ErrorCause::Unspecified:
    case ErrorCause::TypeWouldChange:
    case ErrorCause::ValueDoesNotParse:
    case ErrorCause::OtherCharactersDiffer:
    case ErrorCause::CurrentValueMalformed:
        break;
    }
    if (error.code == ErrorCode::Unsupported)
        return tr("This computer's own settings can only be changed when heapfix runs on Windows. Choose a "
                  "Windows folder or the practice installation.");
    return tr("heapfix cannot open this Windows installation: %1").arg(ModelText::error(error));
}

} // namespace heapfix
