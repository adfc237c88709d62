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

nlohmann::ordered_json errorJson(const Error& error);
nlohmann::ordered_json
sharedSectionJson(const SharedSectionValues& values); // non_interactive null when absent
nlohmann::ordered_json targetJson(const TargetInfo& target);
nlohmann::ordered_json windowsJson(const WindowsVersion& windows);
nlohmann::ordered_json valueJson(const RegistryValue& value); // type, data (the whole text), shared_section
nlohmann::ordered_json statusJson(const Inspection& inspection, Symptom symptom);
nlohmann::ordered_json validationJson(const std::vector<ValidationIssue>& issues);
// The steps of a change (the fix's, a restore's, the boot repair's): step, outcome, the store, the error.
nlohmann::ordered_json stepsJson(const Steps& steps);
nlohmann::ordered_json fixResultJson(const FixResult& result);
nlohmann::ordered_json backupRecordJson(const BackupRecord& record);
// The whole files a backup kept (an offline hive and its replayed logs), with their hashes.
nlohmann::ordered_json keptJson(const BackupRecord& record);

} // namespace heapfix::cli
