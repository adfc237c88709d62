#pragma once
// The installations in the user's language: which one heapfix works on, its Windows, when a change counts
// there, and precisely why one cannot be opened. (ModelText does the fix's codes, BootText the boot
// repair's.)

#include "model/backup/BackupStore.h"
#include "model/core/Error.h"
#include "model/core/Target.h"
#include "model/core/WindowsVersion.h"

#include <QCoreApplication>
#include <QString>

namespace heapfix {

class TargetText {
    Q_DECLARE_TR_FUNCTIONS(TargetText)

public:
    static QString targetKind(const TargetInfo& info);
    static QString workingOn(const TargetInfo& info); // the welcome page's line: what heapfix works on
    // After a change: when Windows uses it (a restart; the disk back in its computer; practice: never).
    static QString whenItCounts(const TargetInfo& info);
    static QString architecture(const WindowsVersion& windows);
    // "Windows 10", "Windows Vista or later (from the SubSystems value)"; empty when not known at all.
    static QString windowsName(const WindowsVersion& windows);
    static QString versionSource(VersionSource source);
    static QString backupTarget(const BackupRecord& record);
    // Why an installation cannot be opened, precisely, and what to do (ErrorCause).
    static QString cannotOpen(const Error& error);
};

} // namespace heapfix
