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
    // "Windows does not start: 0xC0000017" (only where the boot model is built, HEAPFIX_HAVE_BOOT)
    BootLocatePageId,
    BootCheckPageId,
    BootRepairPageId,
};

} // namespace heapfix
