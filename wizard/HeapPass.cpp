#include "HeapPass.h"

#include "model/backup/AtomicFile.h"
#include "model/backup/RegFile.h"
#include "model/core/Utf16.h"
#include "model/fix/ValueChange.h"

namespace heapfix {

HeapPass::HeapPass(Target& target, Symptom symptom)
    : target_(target)
    , symptom_(symptom)
    , inspection_(inspect(target, symptom))
    , evidence_(gatherEvidence(target.info())) {
    std::optional<SharedSectionValues> current;
    if (const Recommendation* advice = recommendation()) {
        chosen_ = advice->recommended;
        current = advice->current;
    }
    diagnosis_ = diagnose(evidence_, inspection_ ? inspection_->windows : target.windowsVersion(), current);
}

std::optional<ChangeComparison> HeapPass::aroundChange() const {
    if (!earlier_)
        return std::nullopt;
    const std::optional<EventTime> change = parseIso8601(earlier_->created);
    if (!change)
        return std::nullopt;
    return compareAroundChange(evidence_, *change);
}

HeapPass::HeapPass(Target& target, const BackupRecord& earlier)
    : HeapPass(target, Symptom::ManyPrograms) {
    earlier_ = earlier;
    backup_ = earlier;
}

const Recommendation* HeapPass::recommendation() const {
    const Inspection* inspection = inspected();
    return inspection && inspection->recommendation ? &*inspection->recommendation : nullptr;
}

bool HeapPass::changeChosen() const {
    const Recommendation* advice = recommendation();
    return advice && chosen_ != advice->current;
}

std::vector<ValidationIssue> HeapPass::validateChosen() const {
    const Recommendation* advice = recommendation();
    if (!advice)
        return {};
    return RecommendationPolicy::validate(inspected()->windows, advice->current, chosen_);
}

std::u16string HeapPass::valueWith(const SharedSectionValues& values) const {
    const Inspection* inspection = inspected();
    if (!inspection || !inspection->sharedSection)
        return {};
    return std::u16string(
        withoutTrailingNuls(inspection->sharedSection->withValues(inspection->text, values)));
}

const Expected<BackupRecord, Error>& HeapPass::backUp(const std::filesystem::path& folder) {
    if (!inspection_) {
        backup_ = unexpected(inspection_.error());
        return *backup_;
    }
    BackupStore store(folder);
    if (const BackupRecord* made = verifiedBackup();
        made && made->regFile.parent_path() == store.folder() && store.verifyHolds(*made, inspection_->value))
        return *backup_;
    // A change the store can already tell it would refuse (a read-only hive or disk) stops here, before a
    // backup of a change that cannot be made is left behind (as FixTransaction does for heapfix-cli).
    if (Expected<void, Error> writable = target_.registry().checkWritable(); !writable) {
        backup_ = unexpected(writable.error());
        targetRefused_ = true;
        return *backup_;
    }
    targetRefused_ = false;
    BackupRequest request{inspection_->target, inspection_->windows,
                          inspection_->key,    std::string(kWindowsValueName),
                          inspection_->value,  target_.registry().filesToKeep()};
    Expected<BackupRecord, Error> saved = store.save(request);
    if (saved)
        if (Expected<void, Error> verified = store.verify(*saved); !verified)
            saved = unexpected(verified.error());
    backup_ = std::move(saved);
    return *backup_;
}

const BackupRecord* HeapPass::verifiedBackup() const {
    return backup_ && *backup_ ? &**backup_ : nullptr;
}

const Expected<RestoreChoice, Error>& HeapPass::chooseRestore(const BackupRecord& record) {
    restore_ = [&]() -> Expected<RestoreChoice, Error> {
        auto bytes = readWholeFile(record.regFile, kMaxRegFileBytes);
        if (!bytes)
            return unexpected(bytes.error());
        auto document = parseRegFile(*bytes, pathToUtf8(record.regFile.filename()));
        if (!document)
            return unexpected(document.error());
        const Inspection* inspection = inspected();
        const std::string resolved =
            inspection ? inspection->key : target_.registry().resolveKey(kSubSystemsKey);
        auto value = restorableValue(*document, kSubSystemsKey, resolved, kWindowsValueName);
        if (!value)
            return unexpected(value.error());
        // Only the SharedSection numbers may differ from the value now (the type, every other character).
        if (inspection)
            if (auto allowed = checkValueChange(inspection->value, *value, pathToUtf8(record.regFile));
                !allowed)
                return unexpected(allowed.error());
        return RestoreChoice{record, std::move(*value)};
    }();
    return *restore_;
}

const RestoreChoice* HeapPass::restorable() const {
    return restore_ && *restore_ ? &**restore_ : nullptr;
}

bool HeapPass::restoreIsSameAsNow() const {
    const Inspection* inspection = inspected();
    const RestoreChoice* choice = restorable();
    return inspection && choice && inspection->value == choice->value;
}

const FixResult& HeapPass::run(const std::filesystem::path& folder,
                               const std::function<void(const StepReport&)>& onStep) {
    BackupStore store(folder);
    FixTransaction transaction(target_, store);
    transaction.onStep = onStep;
    if (const BackupRecord* made = verifiedBackup())
        transaction.useVerifiedBackup(*made);
    if (const RestoreChoice* choice = restorable())
        result_ = transaction.restore(choice->value);
    else
        result_ = transaction.apply(chosen_);
    if (result_->backup && !verifiedBackup())
        backup_ = *result_->backup;
    return *result_;
}

QString HeapPass::sharedSectionBefore() const {
    if (earlier_ && !result_)
        return QString::fromStdString(earlier_->sharedSection);
    if (result_ && result_->before)
        return sharedSectionOf(*result_->before);
    if (const Inspection* inspection = inspected())
        return sharedSectionOf(inspection->value);
    return {};
}

QString HeapPass::sharedSectionAfter() const {
    if (earlier_ && !result_)
        if (const Inspection* inspection = inspected())
            return sharedSectionOf(inspection->value);
    if (result_ && result_->after)
        return sharedSectionOf(*result_->after);
    return {};
}

QString sharedSectionOf(const RegistryValue& value) {
    auto text = decodeUtf16Le(value.data);
    if (!text)
        return {};
    auto parsed = SharedSection::parse(*text);
    if (!parsed)
        return {};
    return QString::fromStdString(formatSharedSection(parsed->values()));
}

} // namespace heapfix
