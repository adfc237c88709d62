#pragma once
// A FAKE, named as one: an old-format .Evt log (NT 4.0 to 2003) written by the test, because no public log
// holds a Win32k 244, a 243 with its session, an Application Popup for 0xC0000142 or a service that failed
// with ERROR_DLL_INIT_FAILED (SOURCES.md: of about 7,400 logs scanned, one bare 243). The format is the
// documented EVENTLOGRECORD layout; the independent peer evtexport reads each file the test writes, and the
// figures heapfix must match are computed from evtexport's output, never from this builder.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace heapfix::evidencetest {

struct SyntheticRecord {
    QString source;        // "Win32k", "Service Control Manager", "Application Popup"
    std::uint32_t eventId; // as written, severity bits included (0xC0001B58 for an SCM 7000 error)
    std::uint32_t time;    // seconds since 1970, TimeGenerated and TimeWritten
    QStringList strings;
};

QByteArray syntheticEvt(const QList<SyntheticRecord>& records);

} // namespace heapfix::evidencetest
