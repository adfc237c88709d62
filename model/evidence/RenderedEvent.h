#pragma once
// One event of a Windows event log as every reader hands it to the classifier: libevtx and libevt on Linux,
// EvtRender's XML and ReadEventLogW on Windows all give the same fields.

#include "EventTime.h"

#include <cstdint>
#include <string>
#include <vector>

namespace heapfix {

struct RenderedEvent {
    std::string provider;       // "Service Control Manager", "Win32k", "Application Popup" (the source name)
    std::uint32_t eventId = 0;  // the event ID without qualifiers or severity bits: 7000, 243, 26
    EventTime time;             // when it happened: TimeCreated (.evtx), TimeGenerated (.Evt)
    std::uint64_t recordId = 0; // EventRecordID (.evtx), the record number (.Evt)
    std::vector<std::string> strings; // the event data (insertion strings), UTF-8, in order
    std::vector<std::uint8_t> binary; // the binary data, where the event has any

    // The strings as one text, one per line: what the classifier searches for process and session. A real
    // Win32k 243 can carry no strings at all.
    std::string text() const;
};

} // namespace heapfix
