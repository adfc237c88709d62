#pragma once
// The real default "Windows" values of the fixtures, read from the real hives with hivexget (an independent
// reader), and small helpers the .reg tests share.

#include "TestSupport.h"

#include "model/backup/AtomicFile.h"
#include "model/core/RegistryValue.h"
#include "model/core/Utf16.h"

#include <QString>
#include <QTemporaryDir>

#include <vector>

namespace heapfix::test {

// "nt4" / "win7" / "win10": the hive each Wine reference was made from (see tests/fixtures/README.md).
inline QString hiveOfRelease(const QString& release) {
    if (release == "nt4")
        return "nt4-sp3-x86.SYSTEM";
    if (release == "win7")
        return "win7-sp1-x86.SYSTEM";
    return "win10-1709-x64-dirty.SYSTEM";
}

// The value as hivexget prints it from ControlSet001 of the real hive.
inline std::u16string realWindowsValue(const QString& release) {
    QTemporaryDir dir;
    const std::filesystem::path hive = unpackHive(hiveOfRelease(release), dir.path());
    const ProcessResult got =
        run("hivexget", {QString::fromStdString(hive.string()),
                         "\\ControlSet001\\Control\\Session Manager\\SubSystems", "Windows"});
    if (got.exitCode != 0)
        qFatal("hivexget failed: %s", got.err.constData());
    return fromUtf8(got.out.trimmed().toStdString());
}

inline std::vector<std::uint8_t> fixtureBytes(const QString& name) {
    const auto bytes = readWholeFile(std::filesystem::path(kFixturesDir) / name.toStdString());
    if (!bytes)
        qFatal("cannot read fixture %s", qPrintable(name));
    return *bytes;
}

} // namespace heapfix::test
