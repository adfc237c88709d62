#pragma once
// An event as XML (EvtRender with EvtRenderEventXml on Windows, libevtx's record XML on Linux) to a
// RenderedEvent. Only the fields the classifier needs are read; the rest is skipped. Both producers write the
// same schema (http://schemas.microsoft.com/win/2004/08/events/event).

#include "RenderedEvent.h"

#include <optional>
#include <string_view>

namespace heapfix {

// nullopt when the text is no <Event> with a <System> part holding a provider and an event ID.
std::optional<RenderedEvent> parseEventXml(std::string_view xml);

} // namespace heapfix
