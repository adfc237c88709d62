// readEventLog on Linux (and any POSIX system): offline logs through libevtx and libevt. There is no live
// Windows log here.

#include "EventLog.h"
#include "FileReaders.h"
#include "LogFile.h"

namespace heapfix {

LogStatus readEventLog(const LogLocation& where, const EventSink& sink) {
    if (where.source == LogSource::Live)
        return unreadableLog(where, makeError(ErrorCode::Unsupported, "System",
                                              "there is no live Windows event log on this system"));
    Expected<LogFile, Error> file = LogFile::open(where.path, kMaxLogBytes);
    if (!file)
        return unreadableLog(where, file.error());
    return where.source == LogSource::Evtx ? readEvtxFile(where, *file, sink)
                                           : readEvtFile(where, *file, sink);
}

} // namespace heapfix
