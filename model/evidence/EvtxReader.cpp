#include "EventXml.h"
#include "EvidenceClassifier.h"
#include "FileReaders.h"
#include "LogReading.h"

#include <libevtx.h>

#include <fmt/format.h>

#include <array>
#include <cstring>
#include <vector>

namespace heapfix {

namespace {

constexpr std::uint64_t kHeaderBlockBytes = 4096;
constexpr std::uint64_t kChunkBytes = 65536;

std::string libevtxMessage(libevtx_error_t* error) {
    std::array<char, 1024> text{};
    if (!error || libevtx_error_sprint(error, text.data(), text.size()) <= 0)
        return "libevtx could not read it";
    std::string message = text.data();
    while (!message.empty() && (message.back() == '\n' || message.back() == '.'))
        message.pop_back();
    // libevtx's backtrace-style text is several lines; its first line says what failed.
    return message.substr(0, message.find('\n'));
}

struct EvtxFile {
    libevtx_file_t* file = nullptr;
    bool opened = false;
    ~EvtxFile() {
        if (opened)
            libevtx_file_close(file, nullptr);
        if (file)
            libevtx_file_free(&file, nullptr);
    }
};

struct EvtxRecord {
    libevtx_record_t* record = nullptr;
    ~EvtxRecord() {
        if (record)
            libevtx_record_free(&record, nullptr);
    }
};

// The file header: the "ElfFile" signature, and as many 64 KiB chunks as the header counts.
std::optional<Error> checkHeader(const LogFile& file) {
    std::array<unsigned char, 128> header{};
    const long long got = file.readAt(0, header.data(), header.size());
    if (got < 0)
        return makeError(ErrorCode::Io, pathToUtf8(file.path()), "cannot read the log's header");
    if (got >= 8 && std::memcmp(header.data() + 4, "LfLe", 4) == 0)
        return logFormatError(file, "this is an old-format .Evt log (NT 4.0 to 2003), not an .evtx log");
    if (got < 8 || std::memcmp(header.data(), "ElfFile", 8) != 0)
        return logFormatError(file, "this is not an .evtx event log (no \"ElfFile\" signature at its start)");
    if (file.size() < kHeaderBlockBytes)
        return logFormatError(file,
                              fmt::format("the log is truncated: {} bytes, shorter than its own {}-byte "
                                          "header",
                                          file.size(), kHeaderBlockBytes));
    const unsigned chunks = header[42] | (header[43] << 8);
    const std::uint64_t needed = kHeaderBlockBytes + std::uint64_t(chunks) * kChunkBytes;
    if (file.size() < needed)
        return logFormatError(file, fmt::format("the log is truncated: its header counts {} chunks of 64 KiB "
                                                "({} bytes), the file holds {} bytes",
                                                chunks, needed, file.size()));
    return std::nullopt;
}

std::optional<std::string> xmlOf(libevtx_record_t* record) {
    std::size_t size = 0;
    if (libevtx_record_get_utf8_xml_string_size(record, &size, nullptr) != 1 || size == 0)
        return std::nullopt;
    std::string xml(size, '\0');
    if (libevtx_record_get_utf8_xml_string(record, reinterpret_cast<uint8_t*>(xml.data()), size, nullptr) !=
        1)
        return std::nullopt;
    xml.resize(std::strlen(xml.c_str()));
    return xml;
}

std::optional<RenderedEvent> renderRecord(libevtx_file_t* file, int index) {
    EvtxRecord record;
    if (libevtx_file_get_record_by_index(file, index, &record.record, nullptr) != 1)
        return std::nullopt;
    const std::optional<std::string> xml = xmlOf(record.record);
    return xml ? parseEventXml(*xml) : std::nullopt;
}

} // namespace

LogStatus readEvtxFile(const LogLocation& where, const LogFile& file, const EventSink& sink) {
    if (std::optional<Error> bad = checkHeader(file))
        return unreadableLog(where, *bad);
    BfioHandle io = makeBfioHandle(file);
    EvtxFile evtx;
    libevtx_error_t* error = nullptr;
    if (!io || libevtx_file_initialize(&evtx.file, &error) != 1) {
        libevtx_error_free(&error);
        return unreadableLog(where,
                             makeError(ErrorCode::Io, pathToUtf8(file.path()), "cannot set up libevtx"));
    }
    if (libevtx_file_open_file_io_handle(evtx.file, static_cast<libbfio_handle_t*>(io.get()),
                                         LIBEVTX_OPEN_READ, &error) != 1) {
        const std::string why = libevtxMessage(error);
        libevtx_error_free(&error);
        return unreadableLog(where, logFormatError(file, "libevtx cannot read the log: " + why));
    }
    evtx.opened = true;
    int count = 0;
    if (libevtx_file_get_number_of_records(evtx.file, &count, &error) != 1) {
        const std::string why = libevtxMessage(error);
        libevtx_error_free(&error);
        return unreadableLog(where, logFormatError(file, "libevtx cannot count the log's records: " + why));
    }
    LogStatus status;
    status.source = where.source;
    status.path = pathToUtf8(where.path);
    status.readable = true;
    // The oldest and newest record by record number; their times come from their XML (TimeCreated, as for
    // every event heapfix reports), which is rendered only for them and for the evidence candidates.
    RecordEdges<int> edges;
    for (int index = 0; index < count; ++index) {
        EvtxRecord record;
        std::uint32_t eventId = 0;
        std::uint64_t number = 0;
        if (libevtx_file_get_record_by_index(evtx.file, index, &record.record, nullptr) != 1 ||
            libevtx_record_get_identifier(record.record, &number, nullptr) != 1 ||
            libevtx_record_get_event_identifier(record.record, &eventId, nullptr) != 1) {
            ++status.damaged;
            continue;
        }
        ++status.records;
        edges.see(number, index);
        if (!mayBeEvidence(eventId))
            continue;
        const std::optional<std::string> xml = xmlOf(record.record);
        std::optional<RenderedEvent> event = xml ? parseEventXml(*xml) : std::nullopt;
        if (event)
            sink(*event);
        else
            ++status.damaged;
    }
    if (edges.oldest)
        if (const auto event = renderRecord(evtx.file, edges.oldest->second))
            status.first = event->time;
    if (edges.newest)
        if (const auto event = renderRecord(evtx.file, edges.newest->second))
            status.last = event->time;
    return status;
}

} // namespace heapfix
