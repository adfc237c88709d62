# The wizard's sources, in one list: the library is built from it (CMakeLists.txt), lupdate scans it
# (tests/wizard's translation test) and the windows-cross build checks it for Windows (tests/wizard/windows).
set(HEAPFIX_WIZARD_SOURCES
    ApplyPage.cpp ApplyPage.h
    BackupPage.cpp BackupPage.h
    BootCheckPage.cpp BootCheckPage.h
    BootLocatePage.cpp BootLocatePage.h
    BootPass.cpp BootPass.h
    BootRepairPage.cpp BootRepairPage.h
    BootText.cpp BootText.h
    ChangePage.cpp ChangePage.h
    CommandLine.cpp CommandLine.h
    CurrentSettingsPage.cpp CurrentSettingsPage.h
    DiagnosticReport.cpp DiagnosticReport.h
    EvidenceText.cpp EvidenceText.h
    FeedbackPage.cpp FeedbackPage.h
    HeapfixWizard.cpp HeapfixWizard.h
    HeapPass.cpp HeapPass.h
    Language.cpp Language.h
    ManualStepsPage.cpp ManualStepsPage.h
    ModelText.cpp ModelText.h
    PageBase.cpp PageBase.h
    PageIds.h
    Paths.cpp Paths.h
    ProposalPage.cpp ProposalPage.h
    RestorePage.cpp RestorePage.h
    ScreenshotTour.cpp ScreenshotTour.h
    Seams.cpp Seams.h
    SystemCheckPage.cpp SystemCheckPage.h
    TargetText.cpp TargetText.h
    WelcomePage.cpp WelcomePage.h
    WizardSession.cpp WizardSession.h
    widgets/CopyFields.cpp widgets/CopyFields.h
    widgets/DetailsSection.cpp widgets/DetailsSection.h
    widgets/PathField.cpp widgets/PathField.h
    widgets/SavedPath.cpp widgets/SavedPath.h
    widgets/StatusLine.cpp widgets/StatusLine.h
    widgets/StepProgress.cpp widgets/StepProgress.h
    widgets/TargetChooser.cpp widgets/TargetChooser.h
)
