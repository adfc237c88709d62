#include "WizardSession.h"

#include "heapfix/Version.h"
#include "model/backup/AtomicFile.h"
#include "model/backup/FeedbackLog.h"

namespace heapfix {

WizardSession::WizardSession(Expected<std::unique_ptr<Target>, Error> target, DataLocation data,
                             std::filesystem::path backupFolder)
    : data_(std::move(data))
    , backupFolder_(std::move(backupFolder)) {
    if (target)
        target_ = std::move(*target);
    else
        targetError_ = target.error();
}

WizardSession::~WizardSession() = default;

TargetInfo WizardSession::targetInfo() const {
    return target_ ? target_->info() : TargetInfo{};
}

Expected<void, Error> WizardSession::openTarget(TargetSpec spec) {
    walk_ = std::monostate{}; // the walk holds the old target
    windows_.reset();
    target_.reset(); // before the new one opens: a practice installation is opened where it is kept
    auto opened = heapfix::openTarget(spec);
    if (!opened) {
        targetError_ = opened.error();
        return unexpected(opened.error());
    }
    target_ = std::move(*opened);
    targetError_.reset();
    return {};
}

const WindowsVersion& WizardSession::windows() {
    if (!windows_)
        windows_ = target_ ? target_->windowsVersion() : WindowsVersion{};
    return *windows_;
}

void WizardSession::start(WizardMode mode, Symptom symptom) {
    mode_ = mode;
    if (!target_)
        walk_ = std::monostate{};
    else if (mode == WizardMode::BootRepair)
        walk_.emplace<BootPass>(target_->info(), bootBcd_);
    else
        walk_.emplace<HeapPass>(*target_, symptom);
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
            entry.backup = pathText(backup->regFile);
    }
    entry.toolVersion = kToolVersion;
    return appendFeedback(data_.feedbackLog(), entry);
}

} // namespace heapfix
