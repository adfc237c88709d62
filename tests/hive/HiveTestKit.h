#pragma once
// Helpers of the hive tests: real hives copied into temporary folders, and the independent peers that read
// them (hivexregedit --export, hivexget, chntpw's reged).

#include "model/core/RegistryValue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <string>

namespace heapfix::test {

// hivexregedit --export of the whole hive, with the given key prefix (fails the test when it fails).
QByteArray exportHive(const std::filesystem::path& hive, const QString& prefix);
// The lines that differ between two exports of the same hive (both sides), or {"line counts differ"}.
QStringList differingLines(const QByteArray& before, const QByteArray& after);
// The "Windows" value under <controlSet>\Control\Session Manager\SubSystems as hivexget prints it.
QString hivexgetWindows(const std::filesystem::path& hive, const QString& controlSet);
// The raw bytes of that value as chntpw's `reged -x` exports them (hex(2):... joined).
QByteArray regedWindowsBytes(const std::filesystem::path& hive, const QString& controlSet,
                             const QString& workDir);
// The value text (UTF-8, without the terminating NUL).
QString valueText(const RegistryValue& value);
// The value with its SharedSection numbers replaced (via the core's SharedSection).
RegistryValue withInteractive(const RegistryValue& value, std::uint32_t interactive);

} // namespace heapfix::test
