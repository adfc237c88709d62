#pragma once
// The readers behind readEventLog on Windows. Internal to model/evidence.
//   wevtapi (Vista and later): the live System channel and offline .evtx files, EvtQuery with an XPath filter
//   on the evidence IDs, each event rendered as XML (EvtRender) and read by parseEventXml.
//   The classic API (advapi32): offline .Evt files through OpenBackupEventLogW, and the live log on Windows
//   without wevtapi (XP and older) through OpenEventLogW, both read with ReadEventLogW.

#include "EventLog.h"
#include "LogFile.h"

#include <optional>

namespace heapfix {

// nullopt when wevtapi.dll is not on this Windows at all (XP and older); an error status when it is there but
// cannot be used (Wine's stub: "the System log cannot be read here: ...").
std::optional<LogStatus> readWithWevtapi(const LogLocation& where, const EventSink& sink);

// `file`: the opened and checked .Evt (held open while the API reads it by name); nullptr for the live log.
LogStatus readWithClassicApi(const LogLocation& where, const LogFile* file, const EventSink& sink);

} // namespace heapfix
