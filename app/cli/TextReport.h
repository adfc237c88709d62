#pragma once
// heapfix-cli's plain English output (without --json): what it found, what it will do, the result.

#include "model/backup/BackupStore.h"
#include "model/core/RecommendationPolicy.h"
#include "model/fix/FixTransaction.h"
#include "model/fix/Inspection.h"

#include <filesystem>
#include <string>
#include <vector>

namespace heapfix::cli {

std::string describeTarget(const TargetInfo& target);
std::string describeWindows(const WindowsVersion& windows);
std::string describeParseError(const SharedSectionParseError& error);
std::string describeIssue(const ValidationIssue& issue);

// What was found: target, control set, Windows, the value and its SharedSection numbers.
std::string foundText(const Inspection& inspection);
// status: what was found, then the three numbers with the recommendation and its reasons.
std::string statusText(const Inspection& inspection);
// apply/restore, before asking: the change number by number (or value by value for a restore).
std::string proposalText(const SharedSectionValues& current, const SharedSectionValues& proposed);
std::string restoreProposalText(const Inspection& inspection, const RegistryValue& restored);
// After the transaction: the outcome, the backup, and that a restart is needed.
std::string resultText(const FixResult& result, const TargetInfo& target);
std::string backupsText(const std::vector<BackupRecord>& records, const std::filesystem::path& folder);

} // namespace heapfix::cli
