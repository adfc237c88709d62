#pragma once
// The one classifier: which events of the System log are evidence of desktop-heap exhaustion. Keyed on the
// provider and the event ID, never on message text (a real Win32k 243 can carry no text at all, and texts are
// in the machine's UI language); process, PID and session are taken from the text where Windows adds them.
//
//   win32k_243        Win32k 243 "A desktop heap allocation failed." (KB947246)
//   win32k_244        Win32k 244 "Failed to create a desktop due to desktop heap exhaustion." (KB947246)
//   popup_dll_init    Application Popup 26 whose text names status 0xC0000142 (STATUS_DLL_INIT_FAILED), or
//                     the English "Initialization of the dynamic link library ... failed" (Q142676, KB184802)
//   service_dll_init  Service Control Manager 7000, 7009, 7011, 7023, 7024, 7031, 7034 whose error is 1114
//                     (ERROR_DLL_INIT_FAILED, "%%1114" in the event data) or 0xC0000142, naming the service
//
// Session 0 is the services' session (their desktops take the third SharedSection number); a user session is
// the programs' (the second number).

#include "RenderedEvent.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace heapfix {

enum class EvidenceKind { Win32k243, Win32k244, PopupDllInit, ServiceDllInit };
inline constexpr std::array<EvidenceKind, 4> kEvidenceKinds = {
    EvidenceKind::Win32k243, EvidenceKind::Win32k244, EvidenceKind::PopupDllInit,
    EvidenceKind::ServiceDllInit};
std::string_view evidenceKindName(EvidenceKind kind); // "win32k_243", ... (stable, for JSON)

enum class SessionKind { Services, Programs, Unknown };

struct Finding {
    EvidenceKind kind = EvidenceKind::Win32k243;
    EventTime time;
    std::uint64_t recordId = 0;
    SessionKind session = SessionKind::Unknown;
    std::optional<std::uint32_t> sessionId; // where the text says
    std::string process;                    // "conhost.exe", where the text says
    std::optional<std::uint32_t> processId;
    std::string service; // service_dll_init: the service's name as the event gives it
};

// The event IDs that can be evidence: readers render only these (a cheap filter before the classifier).
bool mayBeEvidence(std::uint32_t eventId);
// The XPath query of those IDs for EvtQuery: "*[System[(EventID=243 or EventID=244 or ...)]]".
std::string evidenceXPathQuery();

std::optional<Finding> classify(const RenderedEvent& event);

} // namespace heapfix
