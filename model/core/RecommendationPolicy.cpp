#include "RecommendationPolicy.h"

#include "EnumNames.h"

#include <algorithm>

namespace heapfix {

namespace {

// One row of the table in PRODUCT.md, or NT 3.5/3.51's variant of the NT row.
struct RowVariant {
    PolicyRow row = PolicyRow::NT;
    bool nt35 = false; // NT 3.5/3.51: interactive default 512, raised to NT 3.1's 3072

    bool operator==(const RowVariant&) const = default;
};

struct RowTargets {
    std::optional<std::uint32_t> interactive; // nullopt: the row leaves yyyy as it is
    std::uint32_t nonInteractive = 0;
};

RowTargets targetsOf(RowVariant variant) {
    switch (variant.row) {
    case PolicyRow::NT:
        return {variant.nt35 ? std::optional<std::uint32_t>(3072) : std::nullopt, 512};
    case PolicyRow::Legacy32:
        return {12288, 1024};
    case PolicyRow::Legacy64:
        return {20480, 1024};
    case PolicyRow::Modern32:
        return {12288, 1024};
    case PolicyRow::Modern64:
        return {20480, 2048};
    }
    return {};
}

// The row used, and every row the installation could be on: more than one when the version or the bitness
// is not known. The first candidate is the one used. fromVersion: the row follows from a known release.
struct RowChoice {
    std::vector<RowVariant> candidates;
    bool fromVersion = true;
    const RowVariant& used() const { return candidates.front(); }
    bool inferred() const { return !fromVersion || candidates.size() > 1; }
};

bool versionUnknown(const WindowsVersion& version) {
    return version.source == VersionSource::Unknown || version.family() == WindowsFamily::Unknown;
}

RowChoice rowsByBitness(int bitness, PolicyRow row32, PolicyRow row64) {
    if (bitness == 64)
        return {{{row64}}};
    if (bitness == 32)
        return {{{row32}}};
    return {{{row32}, {row64}}};
}

// Without a known release. Where the SubSystems value shows Vista or later (vistaOrLater, from
// "ServerDll=sxssrv,4"), the Vista-and-later rows. Otherwise the installation may be NT 3.x/4.0, 2000, XP or
// 2003 (or the value too unusual to tell), and the row used is the one that raises least, so that a second
// run finds nothing more to do: the NT row, which leaves yyyy as it is and only makes zzzz at least 512; two
// numbers, the form only NT 3.x/4.0's defaults have, take NT 3.5/3.51's variant (yyyy at least 3072, NT
// 3.1's and 4.0's own default, so harmless there) with no other candidate; on a 64-bit system, which is never
// NT, the 2003 x64 row. The other candidates only mark the numbers they disagree about as VersionUnknown.
// Where the bitness is not known either, the 32-bit numbers are used: the smaller ones, safe on both widths
// (a 64-bit default already has more, and max(current, recommended) never lowers it), while the 64-bit ones
// could overfill the 48 MB session view of a 32-bit system.
RowChoice inferRow(const WindowsVersion& version, const SharedSectionValues& current) {
    const int bitness = version.bitness();
    RowChoice choice{{}, false};
    if (version.vistaOrLater) {
        choice.candidates = rowsByBitness(bitness, PolicyRow::Modern32, PolicyRow::Modern64).candidates;
        return choice;
    }
    if (bitness == 64) {
        choice.candidates = {{PolicyRow::Legacy64}, {PolicyRow::Modern64}};
        return choice;
    }
    if (!current.nonInteractive) {
        choice.candidates = {{PolicyRow::NT, true}, {PolicyRow::NT, false}};
        return choice;
    }
    choice.candidates = {{PolicyRow::NT}, {PolicyRow::Legacy32}, {PolicyRow::Modern32}};
    if (bitness == 0)
        choice.candidates.insert(choice.candidates.end(), {{PolicyRow::Legacy64}, {PolicyRow::Modern64}});
    return choice;
}

RowChoice chooseRow(const WindowsVersion& version, const SharedSectionValues& current) {
    if (versionUnknown(version))
        return inferRow(version, current);
    const WindowsFamily family = version.family();
    if (family <= WindowsFamily::NT4)
        return {{{PolicyRow::NT, family == WindowsFamily::NT35 || family == WindowsFamily::NT351}}};
    if (family <= WindowsFamily::Server2003)
        return rowsByBitness(version.bitness(), PolicyRow::Legacy32, PolicyRow::Legacy64);
    return rowsByBitness(version.bitness(), PolicyRow::Modern32, PolicyRow::Modern64);
}

std::optional<std::uint32_t> raisedTo(std::optional<std::uint32_t> current,
                                      std::optional<std::uint32_t> target) {
    if (!target)
        return current;
    return current ? std::max(*current, *target) : *target;
}

std::optional<std::uint32_t> interactiveFor(RowVariant variant, std::uint32_t current, Symptom symptom) {
    if (symptom == Symptom::ServiceFails)
        return current;
    return raisedTo(current, targetsOf(variant).interactive);
}

std::optional<std::uint32_t> nonInteractiveFor(RowVariant variant, std::optional<std::uint32_t> current) {
    return raisedTo(current, targetsOf(variant).nonInteractive);
}

// True when the rows the installation could be on disagree about this number.
template <typename NumberFor>
bool ambiguous(const RowChoice& choice, NumberFor numberFor) {
    const auto used = numberFor(choice.used());
    return std::any_of(choice.candidates.begin(), choice.candidates.end(),
                       [&](RowVariant variant) { return numberFor(variant) != used; });
}

NumberAdvice adviseInteractive(const RowChoice& choice, std::uint32_t current, Symptom symptom) {
    const auto numberFor = [&](RowVariant variant) {
        return interactiveFor(variant, current, symptom);
    };
    NumberAdvice advice{current, numberFor(choice.used()), ReasonCode::Unchanged};
    if (symptom == Symptom::ServiceFails)
        advice.reason = ReasonCode::NotForThisSymptom;
    else if (advice.changed() && ambiguous(choice, numberFor))
        advice.reason = ReasonCode::VersionUnknown;
    else if (advice.changed())
        advice.reason = choice.used().row == PolicyRow::NT ? ReasonCode::RaisedToNt31Default
                                                           : ReasonCode::RaisedToRecommended;
    return advice;
}

NumberAdvice adviseNonInteractive(const RowChoice& choice, std::optional<std::uint32_t> current) {
    const auto numberFor = [&](RowVariant variant) {
        return nonInteractiveFor(variant, current);
    };
    NumberAdvice advice{current, numberFor(choice.used()), ReasonCode::Unchanged};
    if (advice.changed() && ambiguous(choice, numberFor))
        advice.reason = ReasonCode::VersionUnknown;
    else if (advice.changed())
        advice.reason = current ? ReasonCode::RaisedToRecommended : ReasonCode::AddedThirdValue;
    return advice;
}

void checkRange(std::vector<ValidationIssue>& issues, int index, std::uint32_t value) {
    using P = RecommendationPolicy;
    if (value < P::kMinimum)
        issues.push_back({ValidationCode::BelowMinimum, Severity::Error, index, value, P::kMinimum});
    if (value > P::kMaximum)
        issues.push_back({ValidationCode::AboveMaximum, Severity::Error, index, value, P::kMaximum});
}

void checkNotLower(std::vector<ValidationIssue>& issues, int index, std::optional<std::uint32_t> current,
                   std::uint32_t proposed) {
    if (current && proposed < *current)
        issues.push_back({ValidationCode::LowerThanCurrent, Severity::Warning, index, proposed, *current});
}

// See kSessionViewKb in the header for what is summed.
void checkSessionView(std::vector<ValidationIssue>& issues, const RowChoice& choice,
                      const SharedSectionValues& proposed) {
    const bool couldBeLegacy32 =
        std::any_of(choice.candidates.begin(), choice.candidates.end(),
                    [](RowVariant variant) { return variant.row == PolicyRow::Legacy32; });
    if (!couldBeLegacy32)
        return;
    using P = RecommendationPolicy;
    const std::uint64_t sum = std::uint64_t(proposed.interactive) + P::kWinlogonDesktopKb +
                              P::kDisconnectDesktopKb +
                              std::uint64_t(P::kServiceWindowStations) * proposed.effectiveNonInteractive();
    if (sum > P::kSessionViewKb)
        issues.push_back({ValidationCode::SessionViewExceeded, Severity::Warning, 1,
                          static_cast<std::uint32_t>(std::min<std::uint64_t>(sum, UINT32_MAX)),
                          P::kSessionViewKb});
}

constexpr auto kSymptomNames = enumNames<Symptom>({"programs", "services"}, "programs");

} // namespace

Recommendation RecommendationPolicy::recommend(const WindowsVersion& version,
                                               const SharedSectionValues& current, Symptom symptom) {
    const RowChoice choice = chooseRow(version, current);
    Recommendation result;
    result.row = choice.used().row;
    result.inferred = choice.inferred();
    result.current = current;
    result.system = {current.system, current.system, ReasonCode::NeverTouched};
    result.interactive = adviseInteractive(choice, current.interactive, symptom);
    result.nonInteractive = adviseNonInteractive(choice, current.nonInteractive);
    result.recommended = {current.system, *result.interactive.recommended, result.nonInteractive.recommended};
    return result;
}

std::vector<ValidationIssue> RecommendationPolicy::validate(const WindowsVersion& version,
                                                            const SharedSectionValues& current,
                                                            const SharedSectionValues& proposed) {
    std::vector<ValidationIssue> issues;
    checkRange(issues, 0, proposed.system);
    checkRange(issues, 1, proposed.interactive);
    if (proposed.nonInteractive)
        checkRange(issues, 2, *proposed.nonInteractive);
    if (current.nonInteractive && !proposed.nonInteractive)
        issues.push_back({ValidationCode::ThirdValueRemoved, Severity::Error, 2, *current.nonInteractive, 0});
    if (proposed.system != current.system)
        issues.push_back(
            {ValidationCode::SystemChanged, Severity::Warning, 0, proposed.system, current.system});
    checkNotLower(issues, 1, current.interactive, proposed.interactive);
    if (proposed.nonInteractive)
        checkNotLower(issues, 2, current.nonInteractive, *proposed.nonInteractive);
    if (proposed.interactive > kInteractiveCeiling)
        issues.push_back({ValidationCode::InteractiveAboveCeiling, Severity::Warning, 1, proposed.interactive,
                          kInteractiveCeiling});
    if (proposed.nonInteractive && *proposed.nonInteractive > kNonInteractiveCeiling)
        issues.push_back({ValidationCode::NonInteractiveAboveCeiling, Severity::Warning, 2,
                          *proposed.nonInteractive, kNonInteractiveCeiling});
    checkSessionView(issues, chooseRow(version, current), proposed);
    return issues;
}

bool RecommendationPolicy::hasErrors(const std::vector<ValidationIssue>& issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue& issue) { return issue.severity == Severity::Error; });
}

SymptomChoice RecommendationPolicy::chooseSymptom(std::optional<Symptom> userChoice,
                                                  std::optional<Symptom> evidence) {
    if (userChoice)
        return {*userChoice, SymptomSource::User};
    if (evidence)
        return {*evidence, SymptomSource::Evidence};
    return {Symptom::ManyPrograms, SymptomSource::Default};
}

std::optional<LoweringProposal> RecommendationPolicy::proposeLowering(const SharedSectionValues& current,
                                                                      LoweringReason reason) {
    const std::uint32_t now = current.effectiveNonInteractive();
    if (now <= kMinimum)
        return std::nullopt;
    const std::uint32_t lowered =
        now > kLoweredNonInteractive ? kLoweredNonInteractive : std::max(kMinimum, now / 2);
    LoweringProposal proposal{reason, current, current};
    proposal.proposed.nonInteractive = lowered;
    return proposal;
}

std::string_view symptomSourceName(SymptomSource source) {
    constexpr auto kNames = enumNames<SymptomSource>({"user", "evidence", "default"});
    return kNames.name(source);
}

std::string_view loweringReasonName(LoweringReason reason) {
    constexpr auto kNames = enumNames<LoweringReason>({"desktop-creation-failed", "many-service-desktops"});
    return kNames.name(reason);
}

std::string_view symptomName(Symptom symptom) {
    return kSymptomNames.name(symptom);
}

std::optional<Symptom> symptomFromName(std::string_view name) {
    return kSymptomNames.find(name);
}

std::string_view reasonCodeName(ReasonCode code) {
    constexpr auto kNames =
        enumNames<ReasonCode>({"unchanged", "never-touched", "not-for-this-symptom", "raised-to-recommended",
                               "added-third-value", "raised-to-nt31-default", "version-unknown"});
    return kNames.name(code);
}

std::string_view policyRowName(PolicyRow row) {
    constexpr auto kNames = enumNames<PolicyRow>({"nt", "legacy-32", "legacy-64", "modern-32", "modern-64"});
    return kNames.name(row);
}

std::string_view severityName(Severity severity) {
    constexpr auto kNames = enumNames<Severity>({"error", "warning"});
    return kNames.name(severity);
}

std::string_view validationCodeName(ValidationCode code) {
    constexpr auto kNames =
        enumNames<ValidationCode>({"below-minimum", "above-maximum", "system-changed", "lower-than-current",
                                   "interactive-above-ceiling", "non-interactive-above-ceiling",
                                   "session-view-exceeded", "third-value-removed"});
    return kNames.name(code);
}

} // namespace heapfix
