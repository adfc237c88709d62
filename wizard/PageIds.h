#pragma once
// The wizard's pages, in the order of the main path; the other paths branch through nextId().

namespace heapfix {

enum PageId : int {
    WelcomePageId,
    SystemCheckPageId,
    CurrentSettingsPageId,
    ProposalPageId,
    BackupPageId,
    ApplyPageId,
    FeedbackPageId,
    ManualStepsPageId,
    RestorePageId,
    // "Windows does not start: 0xC0000017"
    BootLocatePageId,
    BootCheckPageId,
    BootRepairPageId,
};

} // namespace heapfix
