#pragma once
// The --json documents of heapfix-cli: the shapes issue 3 defines, plus a few extra keys scripts find useful.

#include "model/backup/BackupStore.h"
#include "model/core/Error.h"
#include "model/core/RecommendationPolicy.h"
#include "model/fix/FixTransaction.h"
#include "model/fix/Inspection.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace heapfix::cli {

nlohmann::json errorJson(const Error& error);
nlohmann::json sharedSectionJson(const SharedSectionValues& values); // non_interactive null when absent
nlohmann::json targetJson(const TargetInfo& target);
nlohmann::json windowsJson(const WindowsVersion& windows);
nlohmann::json valueJson(const RegistryValue& value); // type, data (the whole text), shared_section
nlohmann::json statusJson(const Inspection& inspection, Symptom symptom);
nlohmann::json validationJson(const std::vector<ValidationIssue>& issues);
nlohmann::json fixResultJson(const FixResult& result);
nlohmann::json backupRecordJson(const BackupRecord& record);

} // namespace heapfix::cli
