#pragma once
// The boot-repair path's model codes and errors in the user's language (ModelText does the same for the
// desktop-heap path and is reused here for the plain error codes).

#include "model/fix/BootRepair.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace heapfix {

class BootText {
    Q_DECLARE_TR_FUNCTIONS(BootText)

public:
    static QString size(std::uintmax_t bytes); // "12.3 GB" in the user's locale
    static QString pages(const std::vector<std::uint64_t>& pages);
    static QString list(const std::vector<std::string>& items); // "a, b" or "none"
    static QString notSet();

    // locateBootFiles failed: no such folder, no SYSTEM hive in it, or the given BCD store is not there.
    static QString locateError(const Error& error, const std::filesystem::path& windowsDir,
                               const std::optional<std::filesystem::path>& bcd);
    // Where findBcdStore looked: the Windows folder and every folder above it on its volume.
    static QString whereLookedForBcd(const std::filesystem::path& windowsDir);
    // Why the BCD store cannot be used (BootCheck::bcdProblem).
    static QString bcdProblem(const Error& error, const std::filesystem::path& windowsDir);

    // A step of repairBoot; for a Write, which store.
    static QString stage(FixStep step, std::optional<BootStore> store = std::nullopt);
    static QString notAsked(); // a store the chosen repairs do not touch
    static QString undone();   // a store written and then put back by the undo
    // What went wrong in repairBoot, and whether anything changed.
    static QString repairFailure(const BootChangeResult& result);
    static QString revertFailure(const BootChangeResult& undo); // empty when the undo did not fail
};

} // namespace heapfix
