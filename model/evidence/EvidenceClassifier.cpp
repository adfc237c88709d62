#include "EvidenceClassifier.h"
#include "LogReading.h"

#include "../core/EnumNames.h"

#include <algorithm>
#include <charconv>

namespace heapfix {

namespace {

constexpr std::uint32_t kWin32kHeapAllocationFailed = 243;
constexpr std::uint32_t kWin32kDesktopCreationFailed = 244;
constexpr std::uint32_t kApplicationPopup = 26;
constexpr std::array<std::uint32_t, 7> kServiceEvents = {7000, 7009, 7011, 7023, 7024, 7031, 7034};

// The provider's name without "Microsoft-Windows-", lower case: "win32k", "service control manager".
std::string providerKey(std::string_view provider) {
    std::string key = asciiLower(provider);
    constexpr std::string_view prefix = "microsoft-windows-";
    if (key.rfind(prefix, 0) == 0)
        key.erase(0, prefix.size());
    return key;
}

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isWordCharacter(char c) {
    return isHexDigit(c) || (c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z') || c == '_';
}

// "0xC0000142" or "C0000142" as a word of its own (any case): STATUS_DLL_INIT_FAILED.
bool namesDllInitStatus(std::string_view text) {
    const std::string folded = asciiLower(text);
    for (std::size_t at = folded.find("c0000142"); at != std::string::npos;
         at = folded.find("c0000142", at + 1)) {
        std::size_t begin = at;
        if (begin >= 2 && folded[begin - 1] == 'x' && folded[begin - 2] == '0')
            begin -= 2;
        const bool before = begin == 0 || !isWordCharacter(folded[begin - 1]);
        const bool after = at + 8 == folded.size() || !isWordCharacter(folded[at + 8]);
        if (before && after)
            return true;
    }
    return false;
}

// The English STATUS_DLL_INIT_FAILED text (Q142676, KB184802): "Initialization of the dynamic link library
// ...user32.dll failed." Other languages are recognized by the status code only.
bool namesDllInitFailure(std::string_view text) {
    const std::string folded = asciiLower(text);
    return folded.find("initialization of the dynamic link library") != std::string::npos ||
           folded.find("initialization of the dynamic library") != std::string::npos;
}

// An error insertion of the Service Control Manager that is ERROR_DLL_INIT_FAILED or STATUS_DLL_INIT_FAILED:
// "%%1114" (a Win32 error, rendered from the system's message table), "%%-1073741502" / "%%3221225794" (the
// NTSTATUS as a service-specific error), or the status written out. `serviceSpecific`: 7024's second
// insertion, where Windows also writes the number bare.
bool isDllInitError(std::string_view text, bool serviceSpecific) {
    text = trimmedText(text);
    if (text == "%%1114" || text == "%%3221225794" || text == "%%-1073741502")
        return true;
    if (serviceSpecific && (text == "3221225794" || text == "-1073741502"))
        return true;
    return namesDllInitStatus(text);
}

std::optional<std::uint32_t> numberAfter(std::string_view text, std::string_view label) {
    const std::string folded = asciiLower(text);
    const std::size_t at = folded.find(asciiLower(label));
    if (at == std::string::npos)
        return std::nullopt;
    std::string_view rest = text.substr(at + label.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':' || rest.front() == '\t'))
        rest.remove_prefix(1);
    std::uint32_t value = 0;
    const auto [end, status] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (status != std::errc() || end == rest.data())
        return std::nullopt;
    return value;
}

// "Process name: conhost.exe. Thread ID: ..." -> "conhost.exe" (the name ends at ". ", a line end or the
// end).
std::string processNameIn(std::string_view text) {
    const std::string folded = asciiLower(text);
    constexpr std::string_view label = "process name:";
    const std::size_t at = folded.find(label);
    if (at == std::string::npos)
        return {};
    std::string_view rest = trimmedText(text.substr(at + label.size()));
    std::size_t end = 0;
    while (end < rest.size() && rest[end] != '\r' && rest[end] != '\n' &&
           !(rest[end] == '.' && (end + 1 == rest.size() || rest[end + 1] == ' ' || rest[end + 1] == '\r' ||
                                  rest[end + 1] == '\n')))
        ++end;
    return std::string(trimmedText(rest.substr(0, end)));
}

// Application Popup's caption "cmd.exe - DLL Initialization Failed" -> "cmd.exe".
std::string processFromCaption(std::string_view caption) {
    const std::size_t dash = caption.find(" - ");
    if (dash == std::string_view::npos)
        return {};
    const std::string_view name = trimmedText(caption.substr(0, dash));
    const std::string folded = asciiLower(name);
    for (std::string_view suffix : {".exe", ".com", ".scr"})
        if (folded.size() > suffix.size() &&
            folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0)
            return std::string(name);
    return {};
}

void takeSessionAndProcess(const std::string& text, Finding& finding) {
    finding.sessionId = numberAfter(text, "Session ID");
    finding.processId = numberAfter(text, "Process ID");
    finding.process = processNameIn(text);
    if (finding.sessionId)
        finding.session = *finding.sessionId == 0 ? SessionKind::Services : SessionKind::Programs;
}

Finding findingOf(const RenderedEvent& event, EvidenceKind kind) {
    Finding finding;
    finding.kind = kind;
    finding.time = event.time;
    finding.recordId = event.recordId;
    return finding;
}

std::optional<Finding> classifyServiceEvent(const RenderedEvent& event) {
    // 7009 and 7011 name the service second (after the timeout); the others first.
    const std::size_t serviceIndex = event.eventId == 7009 || event.eventId == 7011 ? 1 : 0;
    bool dllInit = false;
    for (std::size_t i = 0; i < event.strings.size() && !dllInit; ++i)
        if (i != serviceIndex)
            dllInit = isDllInitError(event.strings[i], event.eventId == 7024 && i == 1);
    if (!dllInit)
        return std::nullopt;
    Finding finding = findingOf(event, EvidenceKind::ServiceDllInit);
    finding.session = SessionKind::Services;
    finding.sessionId = 0;
    if (serviceIndex < event.strings.size())
        finding.service = std::string(trimmedText(event.strings[serviceIndex]));
    return finding;
}

std::optional<Finding> classifyPopup(const RenderedEvent& event) {
    const std::string text = event.text();
    if (!namesDllInitStatus(text) && !namesDllInitFailure(text))
        return std::nullopt;
    Finding finding = findingOf(event, EvidenceKind::PopupDllInit);
    takeSessionAndProcess(text, finding);
    if (finding.process.empty() && !event.strings.empty())
        finding.process = processFromCaption(event.strings.front());
    return finding;
}

} // namespace

std::string_view evidenceKindName(EvidenceKind kind) {
    constexpr auto kNames =
        enumNames<EvidenceKind>({"win32k_243", "win32k_244", "popup_dll_init", "service_dll_init"});
    return kNames.name(kind);
}

bool mayBeEvidence(std::uint32_t eventId) {
    return eventId == kWin32kHeapAllocationFailed || eventId == kWin32kDesktopCreationFailed ||
           eventId == kApplicationPopup ||
           std::find(kServiceEvents.begin(), kServiceEvents.end(), eventId) != kServiceEvents.end();
}

std::string evidenceXPathQuery() {
    std::string query = "*[System[(EventID=243 or EventID=244 or EventID=26";
    for (std::uint32_t id : kServiceEvents)
        query += " or EventID=" + std::to_string(id);
    return query + ")]]";
}

std::optional<Finding> classify(const RenderedEvent& event) {
    if (!mayBeEvidence(event.eventId))
        return std::nullopt;
    const std::string provider = providerKey(event.provider);
    if (provider == "win32k" &&
        (event.eventId == kWin32kHeapAllocationFailed || event.eventId == kWin32kDesktopCreationFailed)) {
        Finding finding =
            findingOf(event, event.eventId == kWin32kHeapAllocationFailed ? EvidenceKind::Win32k243
                                                                          : EvidenceKind::Win32k244);
        takeSessionAndProcess(event.text(), finding);
        return finding;
    }
    if (provider == "application popup" && event.eventId == kApplicationPopup)
        return classifyPopup(event);
    if (provider == "service control manager" &&
        std::find(kServiceEvents.begin(), kServiceEvents.end(), event.eventId) != kServiceEvents.end())
        return classifyServiceEvent(event);
    return std::nullopt;
}

} // namespace heapfix
