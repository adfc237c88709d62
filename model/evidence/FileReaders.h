#pragma once
// The offline readers behind readEventLog on Linux (libevtx for .evtx, libevt for .Evt), each reading through
// an opened and checked LogFile. Internal to model/evidence.

#include "EventLog.h"
#include "LogFile.h"

#include <memory>

namespace heapfix {

LogStatus readEvtxFile(const LogLocation& where, const LogFile& file, const EventSink& sink);
LogStatus readEvtFile(const LogLocation& where, const LogFile& file, const EventSink& sink);

// A libbfio handle (libbfio_handle_t*, freed with the returned deleter) that reads the LogFile's descriptor
// with pread: libevtx and libevt read exactly the file that was opened and checked, never a path again.
struct BfioHandleDeleter {
    void operator()(void* handle) const;
};
using BfioHandle = std::unique_ptr<void, BfioHandleDeleter>;
BfioHandle makeBfioHandle(const LogFile& file);

// "the log is truncated: ..." and friends, for the first bytes of a file that claims to be a log.
Error logFormatError(const LogFile& file, std::string detail);

} // namespace heapfix
