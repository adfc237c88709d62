#include "JsonReport.h"

#include "ValueText.h"
#include "model/core/Utf8Path.h"

namespace heapfix::cli {

using json = nlohmann::ordered_json;

namespace {

json optionalNumber(const std::optional<std::uint32_t>& number) {
    return number ? json(*number) : json(nullptr);
}

void addRecommendation(json& document, const Recommendation& recommendation) {
    document["recommended"] = sharedSectionJson(recommendation.recommended);
    document["reasons"] = {{"system", reasonCodeName(recommendation.system.reason)},
                           {"interactive", reasonCodeName(recommendation.interactive.reason)},
                           {"non_interactive", reasonCodeName(recommendation.nonInteractive.reason)}};
    document["policy"] = {{"row", policyRowName(recommendation.row)}, {"inferred", recommendation.inferred}};
    document["change_needed"] = recommendation.changeNeeded();
}

} // namespace

json errorJson(const Error& error) {
    json document = {{"code", errorCodeName(error.code)},
                     {"subject", error.subject},
                     {"detail", error.detail},
                     {"message", error.message()}};
    if (const std::string_view reason = errorCauseName(error.cause); !reason.empty())
        document["reason"] = reason;
    return document;
}

json sharedSectionJson(const SharedSectionValues& values) {
    return {{"system", values.system},
            {"interactive", values.interactive},
            {"non_interactive", optionalNumber(values.nonInteractive)}};
}

json targetJson(const TargetInfo& target) {
    json document = {{"kind", targetKindName(target.kind)},
                     {"path", target.path.empty() ? json(nullptr) : json(target.path)},
                     {"control_set", target.controlSet.empty() ? json(nullptr) : json(target.controlSet)}};
    if (!target.sampleName.empty())
        document["sample"] = target.sampleName;
    if (target.elevated)
        document["elevated"] = *target.elevated;
    return document;
}

json windowsJson(const WindowsVersion& windows) {
    return {{"product", windows.productName.empty() ? json(nullptr) : json(windows.productName)},
            {"display_name", windows.displayName()},
            {"edition", windows.edition},
            {"service_pack", windows.servicePack},
            {"installation_type", windows.installationType},
            {"major", windows.major},
            {"minor", windows.minor},
            {"build", windows.build},
            {"bitness", windows.bitness() == 0 ? json(nullptr) : json(windows.bitness())},
            {"architecture", architectureName(windows.architecture)},
            {"family", familyName(windows.family())},
            {"server", windows.server},
            {"source", versionSourceName(windows.source)}};
}

json valueJson(const RegistryValue& value) {
    const ValueText text = valueText(value);
    return {{"type", valueTypeName(value.type)},
            {"data", text.utf8},
            {"shared_section", text.sharedSection ? sharedSectionJson(*text.sharedSection) : json(nullptr)}};
}

json statusJson(const Inspection& inspection, Symptom symptom) {
    json document = {
        {"target", targetJson(inspection.target)},
        {"windows", windowsJson(inspection.windows)},
        {"key", inspection.key},
        {"value_name", kWindowsValueName},
        {"value", {{"type", valueTypeName(inspection.value.type)}, {"data", valueText(inspection).utf8}}},
        {"symptom", symptomName(symptom)},
        {"shared_section", nullptr},
        {"recommended", nullptr},
        {"change_needed", nullptr}};
    if (inspection.sharedSection)
        document["shared_section"] = sharedSectionJson(inspection.sharedSection->values());
    if (inspection.recommendation)
        addRecommendation(document, *inspection.recommendation);
    if (inspection.parseError)
        document["parse_error"] = {{"code", sharedSectionErrorName(inspection.parseError->code)},
                                   {"position", inspection.parseError->position}};
    return document;
}

json validationJson(const std::vector<ValidationIssue>& issues) {
    json list = json::array();
    for (const ValidationIssue& issue : issues)
        list.push_back({{"code", validationCodeName(issue.code)},
                        {"severity", severityName(issue.severity)},
                        {"index", issue.index},
                        {"value", issue.value},
                        {"limit", issue.limit}});
    return list;
}

json stepsJson(const Steps& steps) {
    json list = json::array();
    for (const StepReport& step : steps) {
        json entry = {{"step", fixStepName(step.step)}, {"outcome", stepOutcomeName(step.outcome)}};
        if (step.store)
            entry["store"] = bootStoreName(*step.store);
        if (step.error)
            entry["error"] = errorJson(*step.error);
        list.push_back(entry);
    }
    return list;
}

json fixResultJson(const FixResult& result) {
    json backup = nullptr;
    if (result.backup)
        backup = {{"reg", pathToUtf8(result.backup->regFile)},
                  {"record", pathToUtf8(result.backup->recordFile)},
                  {"kept", keptJson(*result.backup)}};
    json removed = json::array();
    for (const std::filesystem::path& file : result.receipt.removed)
        removed.push_back(pathToUtf8(file));
    json receipt = {
        {"removed", removed},
        {"notes", result.receipt.notes},
        {"unconfirmed", result.receipt.unconfirmed ? errorJson(*result.receipt.unconfirmed) : json(nullptr)}};
    return {{"changed",
             result.outcome == FixOutcome::Changed || result.outcome == FixOutcome::ChangedUnconfirmed},
            {"receipt", receipt},
            {"outcome", fixOutcomeName(result.outcome)},
            {"before", result.before ? valueJson(*result.before) : json(nullptr)},
            {"after", result.after ? valueJson(*result.after) : json(nullptr)},
            {"backup", backup},
            {"verified", result.verified},
            {"steps", stepsJson(result.steps)}};
}

json keptJson(const BackupRecord& record) {
    json kept = json::array();
    for (const KeptFile& file : record.kept)
        kept.push_back({{"file", pathToUtf8(file.file)},
                        {"from", file.from},
                        {"sha256", file.sha256},
                        {"bytes", file.bytes}});
    return kept;
}

json backupRecordJson(const BackupRecord& record) {
    return {{"created", record.created},
            {"reg", pathToUtf8(record.regFile)},
            {"record", pathToUtf8(record.recordFile)},
            {"target_kind", record.targetKind},
            {"target_path", record.targetPath},
            {"control_set", record.controlSet},
            {"windows", record.windows},
            {"key", record.key},
            {"value_name", record.valueName},
            {"value_type", record.valueType},
            {"value_before", record.valueBefore},
            {"shared_section", record.sharedSection},
            {"tool_version", record.toolVersion},
            {"sha256", record.sha256},
            {"kept", keptJson(record)}};
}

} // namespace heapfix::cli
