#pragma once
// Helpers of the boot-repair tests: a broken installation's disk laid out in a temporary folder from the real
// hives and BCD stores, stores changed by a peer (hivexregedit --merge), and line-level comparisons of
// hivexregedit exports.

#include "model/fix/StepReport.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <filesystem>
#include <vector>

namespace heapfix::test {

struct BootDisk {
    std::filesystem::path root;       // the "disk": Windows/ and EFI/Microsoft/Boot/BCD
    std::filesystem::path windowsDir; // <root>/Windows
    std::filesystem::path systemHive; // <root>/Windows/System32/config/SYSTEM
    std::filesystem::path bcd;        // <root>/EFI/Microsoft/Boot/BCD (empty when made without one)
};

// systemName: "win7-sp1-x86.SYSTEM" etc. (its .LOG1/.LOG2 come along when the shared folder has them);
// bcdName: "efi-2021.BCD", or empty for a disk without a BCD store.
BootDisk makeBootDisk(const QString& folder, const QString& systemName, const QString& bcdName);
// hivexregedit --merge of a fixture from tests/fixtures/bcd into the hive (fails the test when it fails).
void mergeFixture(const std::filesystem::path& hive, const QString& fixture);
// The lines of a hivexregedit --export of the whole hive.
QSet<QByteArray> exportLines(const std::filesystem::path& hive);
// hivexregedit's export of one key: its "name"=value lines, or empty when the key does not exist.
QByteArray exportKey(const std::filesystem::path& hive, const QString& key);

// "inspect:done backup:done write/bcd:done ...": the steps of a repair or revert, in order.
QString stepsText(const std::vector<StepReport>& steps);

} // namespace heapfix::test
