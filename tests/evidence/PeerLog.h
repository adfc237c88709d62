#pragma once
// What the independent peers find in a real event log: evtxexport -f xml (libevtx-utils) and python3-evtx's
// evtx_dump.py for .evtx, evtexport (libevt-utils) for .Evt. Their output is parsed here with Qt's XML reader
// and plain text handling, and the evidence rules of issue 13 are applied to it again, written out here on
// their own, so that heapfix's readers and classifier are checked against figures they did not compute.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace heapfix::evidencetest {

struct PeerEvent {
    QString provider;
    std::uint32_t eventId = 0;
    std::uint64_t recordId = 0;
    std::int64_t ticks = 0; // 100 ns since 1601 (FILETIME), as the peer printed the time
    QStringList strings;    // the event data
};

enum class Peer { EvtxExport, PythonEvtx, EvtExport };
QString peerName(Peer peer);

// The peer's events, or an empty list and `error` set when the peer could not run or its output not be read.
QList<PeerEvent> readWithPeer(Peer peer, const QString& logFile, QString* error);

// The evidence kind of an event by the rules of issue 13 ("win32k_243", ...), or an empty string.
QString peerKind(const PeerEvent& event);
QString peerServiceName(const PeerEvent& event); // the service a service_dll_init event names

struct PeerFigures {
    std::uint64_t records = 0;
    std::optional<std::int64_t> logFirst, logLast; // the times of the lowest and highest record number
    QMap<QString, std::uint64_t> counts;           // by kind, every kind present (0 where none)
    std::optional<std::int64_t> first, last;       // of the evidence
    QMap<QString, std::uint64_t> services;         // service name -> findings
};
PeerFigures figuresOf(const QList<PeerEvent>& events, std::optional<std::int64_t> since = std::nullopt);

// A folder with the log decompressed from ../shared/testdata/evtx (never touching the shared copy).
QString unpackLog(const QString& name, const QString& folder);

// "2021-11-03T08:15:14.789447900Z", "2021-11-03 08:15:14.789448" -> FILETIME ticks (read here, not by
// heapfix).
std::optional<std::int64_t> peerTicks(const QString& text);

} // namespace heapfix::evidencetest
