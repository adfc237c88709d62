#pragma once
// Proof that the size took effect (issue 13): the heap Windows actually gave the desktop this thread runs on,
// GetUserObjectInformationW(UOI_HEAPSIZE) on GetThreadDesktop(GetCurrentThreadId()); model/core's
// checkHeapSize compares it with the setting. user32.dll is loaded on demand, from System32 only.

#include "model/core/DesktopHeapSize.h"

namespace heapfix {

DesktopHeapSize currentDesktopHeapSize();

} // namespace heapfix
