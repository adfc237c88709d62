#include "WizardSession.h"

#include "ModelText.h"

#include "heapfix/Version.h"
#include "model/backup/AtomicFile.h"
#include "model/backup/RegFile.h"
#include "model/core/Utf16.h"

#ifdef HEAPFIX_HAVE_BOOT
#include "BootSession.h"
#else
namespace heapfix {
class BootSession {}; // no boot path in this build: only the owner's destructor needs the type
} // namespace heapfix
#endif

namespace heapfix {

WizardSession::WizardSession(std::unique_ptr<Target> target, DataLocation data, std::filesystem::path folder)
    : backupFolder(std::move(folder))
    , target_(std::move(target))
    , data_(std::move(data)) {}

WizardSession::~WizardSession() = default;

#ifdef HEAPFIX_HAVE_BOOT
BootSession& WizardSession::boot() {
    if (!boot_)
        boot_ = std::make_unique<BootSession>();
    return *boot_;
}
#endif

bool WizardSession::inspect() {
    // A new run of the wizard: nothing of an earlier run carries over.
    auto inspected = heapfix::inspect(*target_, symptom);
    inspection_.reset();
    inspectError_.reset();
    backup_.reset();
    result_.reset();
    restoreChoice_.reset();
    restoreValue_.reset();
    solved.reset();
    if (!inspected) {
        inspectError_ = inspected.error();
        return false;
    }
    inspection_ = std::move(inspected).value();
    windows_ = inspection_->windows;
    if (const Recommendation* advice = recommendation())
        chosen = advice->recommended;
    return true;
}

const WindowsVersion& WizardSession::windows() {
    if (!windows_)
        windows_ = target_->windowsVersion();
    return *windows_;
}

const Recommendation* WizardSession::recommendation() const {
    if (!inspection_ || !inspection_->recommendation)
        return nullptr;
    return &*inspection_->recommendation;
}

bool WizardSession::changeChosen() const {
    const Recommendation* advice = recommendation();
    return advice && chosen != advice->current;
}

std::vector<ValidationIssue> WizardSession::validateChosen() const {
    const Recommendation* advice = recommendation();
    if (!advice)
        return {};
    return RecommendationPolicy::validate(inspection_->windows, advice->current, chosen);
}

std::u16string WizardSession::valueWith(const SharedSectionValues& values) const {
    if (!inspection_ || !inspection_->sharedSection)
        return {};
    return std::u16string(
        withoutTrailingNuls(inspection_->sharedSection->withValues(inspection_->text, values)));
}

Expected<BackupRecord, Error> WizardSession::makeBackup() {
    backup_.reset();
    if (!inspection_)
        return unexpected(
            inspectError_.value_or(makeError(ErrorCode::NotFound, "", "the value was not read")));
    BackupStore store(backupFolder);
    BackupRequest request{inspection_->target, inspection_->windows, inspection_->key,
                          std::string(kWindowsValueName), inspection_->value};
    auto saved = store.save(request);
    if (!saved)
        return saved;
    if (auto verified = store.verify(*saved); !verified)
        return unexpected(verified.error());
    backup_ = *saved;
    return saved;
}

std::vector<BackupRecord> WizardSession::listBackups() const {
    return BackupStore(backupFolder).list();
}

Expected<RegistryValue, Error> WizardSession::chooseRestore(const BackupRecord& record) {
    restoreChoice_.reset();
    restoreValue_.reset();
    auto bytes = readWholeFile(record.regFile, kMaxRegFileBytes);
    if (!bytes)
        return unexpected(bytes.error());
    auto document = parseRegFile(*bytes, record.regFile.filename().string());
    if (!document)
        return unexpected(document.error());
    const std::string resolved =
        inspection_ ? inspection_->key : target_->registry().resolveKey(kSubSystemsKey);
    auto value = restorableValue(*document, kSubSystemsKey, resolved, kWindowsValueName);
    if (!value)
        return value;
    restoreChoice_ = record;
    restoreValue_ = *value;
    return value;
}

const FixResult& WizardSession::run(const std::function<void(const StepReport&)>& onStep) {
    BackupStore store(backupFolder);
    FixTransaction transaction(*target_, store);
    transaction.onStep = onStep;
    if (backup_)
        transaction.useVerifiedBackup(*backup_);
    if (mode == WizardMode::Restore && restoreValue_)
        result_ = transaction.restore(*restoreValue_);
    else
        result_ = transaction.apply(chosen);
    if (result_->backup && !backup_)
        backup_ = result_->backup;
    return *result_;
}

Expected<void, Error> WizardSession::recordFeedback(bool isSolved) {
    solved = isSolved;
    FeedbackEntry entry;
    entry.solved = isSolved;
    entry.targetKind = std::string(targetKindName(targetInfo().kind));
    entry.windows = windows().displayName();
    entry.before = sharedSectionBefore().toStdString();
    entry.after = sharedSectionAfter().toStdString();
    if (backup_)
        entry.backup = backup_->regFile.string();
    entry.toolVersion = kToolVersion;
    return appendFeedback(data_.feedbackLog(), entry);
}

QString WizardSession::sharedSectionBefore() const {
    if (result_ && result_->before)
        return sharedSectionOf(*result_->before);
    if (inspection_)
        return sharedSectionOf(inspection_->value);
    return {};
}

QString WizardSession::sharedSectionAfter() const {
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
