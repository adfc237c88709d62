#include "WizardSession.h"

#include "heapfix/Version.h"
#include "model/backup/AtomicFile.h"
#include "model/backup/FeedbackLog.h"

namespace heapfix {

WizardSession::WizardSession(const TargetSpec& spec, DataLocation data, std::filesystem::path backupFolder)
    : data_(std::move(data))
    , backupFolder_(std::move(backupFolder)) {
    (void)openTarget(spec); // a failure is kept in targetError_ and said on the welcome page
}

WizardSession::WizardSession(std::unique_ptr<Target> target, DataLocation data,
                             std::filesystem::path backupFolder)
    : target_(std::move(target))
    , data_(std::move(data))
    , backupFolder_(std::move(backupFolder)) {}

WizardSession::~WizardSession() = default;

TargetInfo WizardSession::targetInfo() const {
    return target_ ? target_->info() : TargetInfo{};
}

TargetSpec WizardSession::targetSpec() const {
    if (!target_)
        return tried_;
    const TargetInfo info = target_->info();
    TargetSpec spec;
    switch (info.kind) {
    case TargetKind::Live:
        spec.kind = TargetSpec::Kind::Live;
        break;
    case TargetKind::Offline:
        spec.kind = TargetSpec::Kind::WindowsDir;
        spec.path = std::filesystem::path(info.path);
        break;
    case TargetKind::Sample:
        spec.kind = TargetSpec::Kind::Sample;
        spec.sampleName = info.sampleName;
        break;
    }
    return spec;
}

Expected<void, Error> WizardSession::openTarget(TargetSpec spec) {
    walk_ = std::monostate{}; // the walk holds the old target
    windows_.reset();
    target_.reset(); // before the new one opens: a practice installation is opened where it is kept
    if ((spec.kind == TargetSpec::Kind::Sample || spec.kind == TargetSpec::Kind::Default) &&
        spec.keepSampleIn.empty())
        spec.keepSampleIn = practiceFolder();
    auto opened = heapfix::openTarget(spec);
    if (!opened) {
        tried_ = spec;
        targetError_ = opened.error();
        return unexpected(opened.error());
    }
    target_ = std::move(*opened);
    targetError_.reset();
    return {};
}

Expected<void, Error> WizardSession::startPracticeOver() {
    const TargetSpec practice = targetSpec();
    if (practice.kind != TargetSpec::Kind::Sample)
        return unexpected(
            makeError(ErrorCode::Refused, "", "the installation open is no practice installation"));
    walk_ = std::monostate{};
    target_.reset(); // its hives are closed before they go
    if (Expected<void, Error> removed = removeKeptSample(practiceFolder(), practice.sampleName); !removed) {
        (void)openTarget(practice);
        return removed;
    }
    return openTarget(practice);
}

const WindowsVersion& WizardSession::windows() {
    if (!windows_)
        windows_ = target_ ? target_->windowsVersion() : WindowsVersion{};
    return *windows_;
}

void WizardSession::start(WizardMode mode, Symptom symptom) {
    mode_ = mode;
    undoingAnswered_ = false;
    if (!target_)
        walk_ = std::monostate{};
    else if (mode == WizardMode::BootRepair)
        walk_.emplace<BootPass>(target_->info(), bootBcd_);
    else
        walk_.emplace<HeapPass>(*target_, symptom);
}

void WizardSession::resume(const BackupRecord& earlier) {
    mode_ = WizardMode::FixForMe;
    if (target_)
        walk_.emplace<HeapPass>(*target_, earlier);
}

Expected<void, Error> WizardSession::resumeFeedback(const std::optional<std::filesystem::path>& record) {
    if (!target_)
        return unexpected(
            targetError_.value_or(makeError(ErrorCode::NotFound, "", "no installation is open")));
    if (record) {
        auto loaded = BackupStore(record->parent_path()).load(*record);
        if (!loaded)
            return unexpected(loaded.error());
        resume(*loaded);
        return {};
    }
    const TargetInfo info = targetInfo();
    for (const BackupRecord& made : BackupStore(backupFolder_).list())
        if (made.targetKind == targetKindName(info.kind) && made.targetPath == info.path) {
            resume(made);
            return {};
        }
    return unexpected(makeError(ErrorCode::NotFound, pathToUtf8(backupFolder_),
                                "no backup of this installation: heapfix changed nothing here to ask about"));
}

HeapPass* WizardSession::heap() {
    return std::get_if<HeapPass>(&walk_);
}

const HeapPass* WizardSession::heap() const {
    return std::get_if<HeapPass>(&walk_);
}

BootPass* WizardSession::boot() {
    return std::get_if<BootPass>(&walk_);
}

const BootPass* WizardSession::boot() const {
    return std::get_if<BootPass>(&walk_);
}

Expected<void, Error> WizardSession::recordFeedback(bool solved) {
    FeedbackEntry entry;
    entry.solved = solved;
    entry.targetKind = std::string(targetKindName(targetInfo().kind));
    entry.windows = windows().displayName();
    if (const HeapPass* pass = heap()) {
        entry.before = pass->sharedSectionBefore().toStdString();
        entry.after = pass->sharedSectionAfter().toStdString();
        if (const BackupRecord* backup = pass->verifiedBackup())
            entry.backup = pathToUtf8(backup->regFile);
    }
    entry.toolVersion = kToolVersion;
    return appendFeedback(data_.feedbackLog(), entry);
}

} // namespace heapfix
