#include "EvidenceClassifier.h"
#include "FileReaders.h"
#include "LogReading.h"

#include <libevt.h>

#include <fmt/format.h>

#include <array>
#include <cstring>

namespace heapfix {

namespace {

constexpr std::uint64_t kHeaderBytes = 0x30;

std::string libevtMessage(libevt_error_t* error) {
    std::array<char, 1024> text{};
    if (!error || libevt_error_sprint(error, text.data(), text.size()) <= 0)
        return "libevt could not read it";
    std::string message = text.data();
    message = message.substr(0, message.find('\n'));
    while (!message.empty() && message.back() == '.')
        message.pop_back();
    return message;
}

struct EvtFile {
    libevt_file_t* file = nullptr;
    bool opened = false;
    ~EvtFile() {
        if (opened)
            libevt_file_close(file, nullptr);
        if (file)
            libevt_file_free(&file, nullptr);
    }
};

struct EvtRecord {
    libevt_record_t* record = nullptr;
    ~EvtRecord() {
        if (record)
            libevt_record_free(&record, nullptr);
    }
};

std::uint32_t le32(const unsigned char* bytes) {
    return std::uint32_t(bytes[0]) | std::uint32_t(bytes[1]) << 8 | std::uint32_t(bytes[2]) << 16 |
           std::uint32_t(bytes[3]) << 24;
}

// The 0x30-byte header: size 0x30, "LfLe", and the start and end of the records inside the file.
std::optional<Error> checkHeader(const LogFile& file) {
    std::array<unsigned char, kHeaderBytes> header{};
    const long long got = file.readAt(0, header.data(), header.size());
    if (got < 0)
        return makeError(ErrorCode::Io, pathToUtf8(file.path()), "cannot read the log's header");
    if (got >= 8 && std::memcmp(header.data(), "ElfFile", 8) == 0)
        return logFormatError(file, "this is an .evtx log (Vista and later), not an old-format .Evt log");
    if (got < 8 || std::memcmp(header.data() + 4, "LfLe", 4) != 0 || le32(header.data()) != kHeaderBytes)
        return logFormatError(file, "this is not an .Evt event log (no \"LfLe\" header at its start)");
    if (static_cast<std::uint64_t>(got) < kHeaderBytes)
        return logFormatError(file,
                              fmt::format("the log is truncated: {} bytes, shorter than its own {}-byte "
                                          "header",
                                          file.size(), kHeaderBytes));
    const std::uint32_t start = le32(header.data() + 16), end = le32(header.data() + 20);
    if (start > file.size() || end > file.size())
        return logFormatError(file,
                              fmt::format("the log is truncated: its header places records up to byte {}, "
                                          "the file holds {} bytes",
                                          std::max(start, end), file.size()));
    return std::nullopt;
}

std::string utf8Field(libevt_record_t* record, int (*sizeOf)(libevt_record_t*, size_t*, libevt_error_t**),
                      int (*read)(libevt_record_t*, uint8_t*, size_t, libevt_error_t**)) {
    std::size_t size = 0;
    if (sizeOf(record, &size, nullptr) != 1 || size == 0)
        return {};
    std::string text(size, '\0');
    if (read(record, reinterpret_cast<uint8_t*>(text.data()), size, nullptr) != 1)
        return {};
    text.resize(std::strlen(text.c_str()));
    return text;
}

RenderedEvent render(libevt_record_t* record, std::uint32_t eventId, std::uint32_t number,
                     std::uint32_t created) {
    RenderedEvent event;
    event.eventId = eventId & 0xFFFF; // the upper bits are severity, customer and facility
    event.recordId = number;
    event.time = EventTime::fromUnixSeconds(created);
    event.provider =
        utf8Field(record, libevt_record_get_utf8_source_name_size, libevt_record_get_utf8_source_name);
    int strings = 0;
    if (libevt_record_get_number_of_strings(record, &strings, nullptr) == 1)
        for (int i = 0; i < strings; ++i) {
            std::size_t size = 0;
            std::string text;
            if (libevt_record_get_utf8_string_size(record, i, &size, nullptr) == 1 && size > 0) {
                text.assign(size, '\0');
                if (libevt_record_get_utf8_string(record, i, reinterpret_cast<uint8_t*>(text.data()), size,
                                                  nullptr) == 1)
                    text.resize(std::strlen(text.c_str()));
                else
                    text.clear();
            }
            event.strings.push_back(std::move(text));
        }
    std::size_t dataSize = 0;
    if (libevt_record_get_data_size(record, &dataSize, nullptr) == 1 && dataSize > 0) {
        event.binary.resize(dataSize);
        if (libevt_record_get_data(record, event.binary.data(), dataSize, nullptr) != 1)
            event.binary.clear();
    }
    return event;
}

} // namespace

LogStatus readEvtFile(const LogLocation& where, const LogFile& file, const EventSink& sink) {
    if (std::optional<Error> bad = checkHeader(file))
        return unreadableLog(where, *bad);
    BfioHandle io = makeBfioHandle(file);
    EvtFile evt;
    libevt_error_t* error = nullptr;
    if (!io || libevt_file_initialize(&evt.file, &error) != 1) {
        libevt_error_free(&error);
        return unreadableLog(where,
                             makeError(ErrorCode::Io, pathToUtf8(file.path()), "cannot set up libevt"));
    }
    if (libevt_file_open_file_io_handle(evt.file, static_cast<libbfio_handle_t*>(io.get()), LIBEVT_OPEN_READ,
                                        &error) != 1) {
        const std::string why = libevtMessage(error);
        libevt_error_free(&error);
        return unreadableLog(where, logFormatError(file, "libevt cannot read the log: " + why));
    }
    evt.opened = true;
    int count = 0;
    if (libevt_file_get_number_of_records(evt.file, &count, &error) != 1) {
        const std::string why = libevtMessage(error);
        libevt_error_free(&error);
        return unreadableLog(where, logFormatError(file, "libevt cannot count the log's records: " + why));
    }
    LogStatus status;
    status.source = where.source;
    status.path = pathToUtf8(where.path);
    status.readable = true;
    RecordEdges<EventTime> edges;
    for (int index = 0; index < count; ++index) {
        EvtRecord record;
        std::uint32_t number = 0, eventId = 0, created = 0;
        if (libevt_file_get_record_by_index(evt.file, index, &record.record, nullptr) != 1 ||
            libevt_record_get_identifier(record.record, &number, nullptr) != 1 ||
            libevt_record_get_event_identifier(record.record, &eventId, nullptr) != 1 ||
            libevt_record_get_creation_time(record.record, &created, nullptr) != 1) {
            ++status.damaged;
            continue;
        }
        ++status.records;
        const EventTime time = EventTime::fromUnixSeconds(created);
        edges.see(number, time);
        if (mayBeEvidence(eventId & 0xFFFF))
            sink(render(record.record, eventId, number, created));
    }
    setLogTimes(status, edges);
    return status;
}

} // namespace heapfix
