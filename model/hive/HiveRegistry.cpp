#include "HiveRegistry.h"

#include "../backup/AtomicFile.h"
#include "../backup/ChangeLock.h"
#include "../core/SystemHive.h"

#include <fmt/format.h>

#include <algorithm>

namespace heapfix {

namespace {

std::vector<std::string> splitKey(std::string_view key) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= key.size()) {
        const std::size_t end = std::min(key.find('\\', start), key.size());
        if (end > start)
            segments.emplace_back(key.substr(start, end - start));
        start = end + 1;
    }
    return segments;
}

std::string joinKey(const std::vector<std::string>& segments) {
    std::string key;
    for (const std::string& segment : segments)
        key += (key.empty() ? "" : "\\") + segment;
    return key;
}

} // namespace

Expected<std::unique_ptr<HiveRegistry>, Error>
HiveRegistry::open(const std::filesystem::path& systemHive,
                   const std::optional<std::filesystem::path>& softwareHive) {
    std::unique_ptr<HiveRegistry> registry(new HiveRegistry());
    Expected<std::unique_ptr<HiveFile>, Error> system = HiveFile::open(systemHive);
    if (!system)
        return unexpected(system.error());
    registry->system_ = std::move(*system);
    Expected<std::string, Error> controlSet = readCurrentControlSet(registry->system_->view());
    if (!controlSet)
        return unexpected(controlSet.error());
    registry->controlSet_ = *controlSet;
    if (softwareHive) {
        Expected<std::unique_ptr<HiveFile>, Error> software = HiveFile::open(*softwareHive);
        if (!software)
            return unexpected(software.error());
        registry->software_ = std::move(*software);
    }
    return registry;
}

Expected<HiveRegistry::Location, Error> HiveRegistry::locate(std::string_view key) const {
    std::vector<std::string> segments = splitKey(key);
    if (segments.size() < 2 ||
        !(sameKeyName(segments[0], "HKEY_LOCAL_MACHINE") || sameKeyName(segments[0], "HKLM")))
        return unexpected(
            makeError(ErrorCode::NotFound, std::string(key),
                      "an offline installation holds only HKEY_LOCAL_MACHINE\\SYSTEM and \\SOFTWARE"));
    Location location;
    if (sameKeyName(segments[1], "SYSTEM")) {
        location.hive = system_.get();
    } else if (sameKeyName(segments[1], "SOFTWARE")) {
        if (!software_)
            return unexpected(makeError(ErrorCode::NotFound, std::string(key),
                                        "no SOFTWARE hive was given for this installation"));
        location.hive = software_.get();
    } else {
        return unexpected(
            makeError(ErrorCode::NotFound, std::string(key),
                      "an offline installation holds only HKEY_LOCAL_MACHINE\\SYSTEM and \\SOFTWARE"));
    }
    location.segments.assign(segments.begin() + 2, segments.end());
    if (location.hive == system_.get() && !location.segments.empty() &&
        sameKeyName(location.segments[0], "CurrentControlSet"))
        location.segments[0] = controlSet_;
    return location;
}

std::string HiveRegistry::resolveKey(std::string_view key) const {
    Expected<Location, Error> location = locate(key);
    if (!location)
        return std::string(key);
    std::vector<std::string> segments{"HKEY_LOCAL_MACHINE",
                                      location->hive == system_.get() ? "SYSTEM" : "SOFTWARE"};
    segments.insert(segments.end(), location->segments.begin(), location->segments.end());
    return joinKey(segments);
}

Expected<RegistryValue, Error> HiveRegistry::read(const ValuePath& path) {
    Expected<Location, Error> location = locate(path.key);
    if (!location)
        return unexpected(location.error());
    Expected<HiveHandle::Node, Error> node = location->hive->view().findKey(location->segments);
    if (!node)
        return unexpected(makeError(node.error().code, resolveKey(path.key), node.error().detail));
    Expected<RegistryValue, Error> value = location->hive->view().readValue(*node, path.name);
    if (!value)
        return unexpected(
            makeError(value.error().code, resolveKey(path.key) + "\\" + path.name, value.error().detail));
    return value;
}

Expected<void, Error> HiveRegistry::write(const ValuePath& path, const RegistryValue& value) {
    Expected<Location, Error> location = locate(path.key);
    if (!location)
        return unexpected(location.error());
    lastWrite_.reset();
    const WriteOptions options{location->hive == system_.get() && filesKept_};
    filesKept_ = false; // said for one write
    Expected<WriteReceipt, Error> receipt =
        location->hive->writeValue(location->segments, path.name, value, options);
    if (!receipt)
        return unexpected(receipt.error());
    lastWrite_ = std::move(*receipt);
    return {};
}

// The Windows value lives in the SYSTEM hive: that is the file a write replaces.
Expected<void, Error> HiveRegistry::checkWritable() const {
    return system_->checkCanWrite();
}

Expected<ChangeLock, Error> HiveRegistry::lockForChange() {
    Expected<ChangeLock, Error> lock = lockFolder(std::filesystem::absolute(system_->file()).parent_path());
    if (!lock)
        return lock;
    for (HiveFile* hive : {system_.get(), software_.get()})
        if (hive)
            if (Expected<void, Error> fresh = hive->refreshIfReplaced(); !fresh)
                return unexpected(fresh.error());
    Expected<std::string, Error> controlSet = readCurrentControlSet(system_->view());
    if (!controlSet)
        return unexpected(controlSet.error());
    controlSet_ = *controlSet;
    leftoversRemoved_ = system_->removeLeftovers(); // under the lock: no heapfix is writing there now
    // The whole hive is read before anything is written: damage elsewhere is named, and refused unless the
    // user allowed it (heapfix must never make a damaged hive worse; the write then compares every key).
    const std::vector<std::string>& damage = system_->wholeWalk().unreadable;
    if (!damage.empty() && !allowDamaged_) {
        std::string named;
        for (std::size_t i = 0; i < damage.size() && i < 3; ++i)
            named += (i ? "; " : "") + damage[i];
        return unexpected(makeError(
            ErrorCode::Corrupt, system_->file().string(),
            fmt::format("the hive is damaged elsewhere ({} place(s): {}{}); heapfix does not write a damaged "
                        "hive unless asked to (--allow-damaged-hive), and then changes nothing else in it",
                        damage.size(), named, damage.size() > 3 ? "; ..." : ""),
            ErrorCause::DamagedElsewhere));
    }
    return lock;
}

Expected<void, Error> HiveRegistry::replaceWholeHive(std::span<const std::uint8_t> bytes) {
    lastWrite_.reset();
    const WriteOptions options{filesKept_};
    filesKept_ = false;
    const HiveFile::Check isSystemHive = [](const HiveHandle& written,
                                            const HiveHandle&) -> Expected<void, Error> {
        Expected<HiveHandle::Node, Error> select = written.findKey({"Select"});
        if (!select)
            return unexpected(makeError(ErrorCode::Refused, written.file().string(),
                                        "the file to put back is not a SYSTEM hive (it has no Select key)",
                                        ErrorCause::NotSystemHive));
        return {};
    };
    Expected<WriteReceipt, Error> receipt = system_->replaceWhole(bytes, isSystemHive, options);
    if (!receipt)
        return unexpected(receipt.error());
    lastWrite_ = std::move(*receipt);
    if (Expected<std::string, Error> controlSet = readCurrentControlSet(system_->view()); controlSet)
        controlSet_ = *controlSet;
    return {};
}

StoreReceipt HiveRegistry::lastReceipt() const {
    StoreReceipt receipt;
    receipt.notes = leftoversRemoved_;
    if (!lastWrite_)
        return receipt;
    receipt.removed = lastWrite_->logsRemoved;
    receipt.notes.insert(receipt.notes.end(), lastWrite_->notes.begin(), lastWrite_->notes.end());
    if (!lastWrite_->keptOriginal.empty())
        receipt.notes.push_back("the original hive was kept beside it as " +
                                pathToUtf8(lastWrite_->keptOriginal));
    receipt.unconfirmed = lastWrite_->unconfirmed;
    return receipt;
}

} // namespace heapfix
