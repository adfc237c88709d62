#pragma once
// What the SharedSection numbers should be, from the table in PRODUCT.md (KB126962 and Q142676). Reasons and
// validation results are codes with their numbers: the front ends put them into words.

#include "SharedSection.h"
#include "WindowsVersion.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace heapfix {

enum class Symptom {
    ManyPrograms, // "out of memory" with many programs open (KB126962): raise yyyy and zzzz
    ServiceFails, // a service fails with a user32.dll initialization error (Q142676): raise zzzz only
};

std::string_view symptomName(Symptom symptom);                 // "programs", "services"
std::optional<Symptom> symptomFromName(std::string_view name); // symptomName()'s names

enum class ReasonCode {
    Unchanged,           // the number is already at or above the recommendation
    NeverTouched,        // xxxx: practically never changed, heapfix leaves it
    NotForThisSymptom,   // yyyy with the "service fails" symptom
    RaisedToRecommended, // raised to the table's value for this Windows
    AddedThirdValue,     // NT 3.x/4.0: ",512" added after yyyy (KB126962, Q142676)
    RaisedToNt31Default, // NT 3.5/3.51: yyyy back to NT 3.1's 3072
    VersionUnknown,      // the Windows version or bitness is not known and the rows it could be on disagree
                         // about this number: the row was inferred (see Recommendation::inferred)
};

std::string_view reasonCodeName(ReasonCode code); // "unchanged", ... (stable, for JSON)

struct NumberAdvice {
    std::optional<std::uint32_t> current;     // nullopt: not set (a missing third number)
    std::optional<std::uint32_t> recommended; // nullopt only for a third number that stays absent
    ReasonCode reason = ReasonCode::Unchanged;

    bool changed() const { return current != recommended; }
};

enum class PolicyRow { NT, Legacy32, Legacy64, Modern32, Modern64 }; // the table's rows, top to bottom
std::string_view policyRowName(PolicyRow row); // "nt", "legacy-32", "legacy-64", "modern-32", "modern-64"

struct Recommendation {
    PolicyRow row = PolicyRow::Modern64;
    // The row comes from the value and the bitness, not from a known version and bitness. Without a
    // version: a Vista-or-later row where the SubSystems value shows it (WindowsVersion::vistaOrLater);
    // otherwise the row that raises least, so that applying twice changes nothing the second time: the NT
    // row (yyyy as it is, or at least 3072 for a two-number value: NT 3.5/3.51's variant, NT 3.1's and 4.0's
    // own default; zzzz at least 512), on a 64-bit system, which is never NT, the 2003 x64 row. Without a
    // bitness the 32-bit numbers, the smaller ones: on a 64-bit system max(current, recommended) keeps its
    // larger defaults, while the 64-bit numbers could overfill a 32-bit system's 48 MB session view.
    bool inferred = false;
    SharedSectionValues current;
    SharedSectionValues recommended;
    NumberAdvice system;
    NumberAdvice interactive;
    NumberAdvice nonInteractive;

    bool changeNeeded() const { return current != recommended; }
};

enum class Severity { Error, Warning };
std::string_view severityName(Severity severity); // "error", "warning"

enum class ValidationCode {
    BelowMinimum,               // error: below 128 KB (Windows would use 128)
    AboveMaximum,               // error: above 65536 KB
    SystemChanged,              // warning: xxxx differs from the current value
    LowerThanCurrent,           // warning: lower than what the installation has now
    InteractiveAboveCeiling,    // warning: yyyy above 20480 (Microsoft's stated ceiling)
    NonInteractiveAboveCeiling, // warning: zzzz above 8192
    SessionViewExceeded, // warning: 2000/XP/2003 32-bit, the desktops would not fit the 48 MB session view
    ThirdValueRemoved,   // error: the current value has zzzz and the proposal drops it
};

std::string_view validationCodeName(ValidationCode code);

struct ValidationIssue {
    ValidationCode code;
    Severity severity;
    int index;           // 0 = xxxx, 1 = yyyy, 2 = zzzz
    std::uint32_t value; // the number concerned
    std::uint32_t limit; // the limit it crossed (the current value for LowerThanCurrent and SystemChanged,
                         // 0 for ThirdValueRemoved, whose value is the current zzzz; for
                         // SessionViewExceeded the value is the summed KB, see kSessionViewKb)
};

// Where the symptom comes from: the user's explicit choice always wins, then what the event log suggests
// (model/evidence), then the default (many programs, KB126962).
enum class SymptomSource { User, Evidence, Default };
std::string_view symptomSourceName(SymptomSource source); // "user", "evidence", "default"

struct SymptomChoice {
    Symptom symptom = Symptom::ManyPrograms;
    SymptomSource source = SymptomSource::Default;
};

// The event log shows that the desktops as a whole ran out, not one desktop's heap: raising a number would
// make it worse (Microsoft ntdebugging, "Desktop Heap, part 2"; HCL and Automic tell admins to lower the
// third number when there are many service desktops).
enum class LoweringReason {
    DesktopCreationFailed, // Win32k 244: a desktop could not be created at all
    ManyServiceDesktops,   // many services failed on a 32-bit 2000/XP/2003, whose 48 MB session view holds
                           // every desktop heap of session 0
};
std::string_view
loweringReasonName(LoweringReason reason); // "desktop-creation-failed", "many-service-desktops"

// A proposal to lower zzzz, offered with its reason and never applied silently. xxxx and yyyy stay.
struct LoweringProposal {
    LoweringReason reason = LoweringReason::DesktopCreationFailed;
    SharedSectionValues current;
    SharedSectionValues proposed;
};

class RecommendationPolicy {
public:
    static constexpr std::uint32_t kMinimum = 128;
    static constexpr std::uint32_t kMaximum = 65536;
    static constexpr std::uint32_t kInteractiveCeiling = 20480;
    static constexpr std::uint32_t kNonInteractiveCeiling = 8192;
    // SessionViewExceeded: on 2000/XP/2003 32-bit (or where the installation could be one) the desktops of
    // session 0 must fit its 48 MB session view: WinSta0\Default (yyyy) + WinSta0\Winlogon (128 KB) +
    // WinSta0\Disconnect (64 KB) + the Default desktop of each of the three service window stations that
    // always exist there (Service-0x0-3e7$ LocalSystem, -3e4$ NetworkService, -3e5$ LocalService) at the
    // effective zzzz. The issue's value is that sum, its limit 49152. The recommended 12288,1024 gives 15552.
    static constexpr std::uint32_t kSessionViewKb = 48 * 1024;
    static constexpr std::uint32_t kWinlogonDesktopKb = 128;
    static constexpr std::uint32_t kDisconnectDesktopKb = 64;
    static constexpr std::uint32_t kServiceWindowStations = 3;

    static Recommendation recommend(const WindowsVersion& version, const SharedSectionValues& current,
                                    Symptom symptom = Symptom::ManyPrograms);
    static std::vector<ValidationIssue> validate(const WindowsVersion& version,
                                                 const SharedSectionValues& current,
                                                 const SharedSectionValues& proposed);
    static bool hasErrors(const std::vector<ValidationIssue>& issues);

    static SymptomChoice chooseSymptom(std::optional<Symptom> userChoice, std::optional<Symptom> evidence);
    // zzzz (its effective value) lowered: to 512 KB (2000/XP/2003's own default) from above it, else halved,
    // never below kMinimum; nullopt when it is at the minimum already. Each service desktop then takes less
    // of the session view, so more of them fit.
    static constexpr std::uint32_t kLoweredNonInteractive = 512;
    static std::optional<LoweringProposal> proposeLowering(const SharedSectionValues& current,
                                                           LoweringReason reason);
};

} // namespace heapfix
