#include "SyntheticEvt.h"

#include <QtEndian>

namespace heapfix::evidencetest {

namespace {

void put32(QByteArray& bytes, std::uint32_t value) {
    char le[4];
    qToLittleEndian(value, le);
    bytes.append(le, 4);
}

void put16(QByteArray& bytes, std::uint16_t value) {
    char le[2];
    qToLittleEndian(value, le);
    bytes.append(le, 2);
}

void set32(QByteArray& bytes, qsizetype at, std::uint32_t value) {
    qToLittleEndian(value, bytes.data() + at);
}

void putWide(QByteArray& bytes, const QString& text) {
    for (const QChar c : text)
        put16(bytes, c.unicode());
    put16(bytes, 0);
}

QByteArray record(const SyntheticRecord& entry, std::uint32_t number) {
    QByteArray bytes;
    put32(bytes, 0); // Length, set below
    bytes.append("LfLe", 4);
    put32(bytes, number);
    put32(bytes, entry.time);
    put32(bytes, entry.time);
    put32(bytes, entry.eventId);
    put16(bytes, (entry.eventId >> 30) == 3 ? 1 : 4); // EVENTLOG_ERROR_TYPE or EVENTLOG_INFORMATION_TYPE
    put16(bytes, std::uint16_t(entry.strings.size()));
    put16(bytes, 0); // category
    put16(bytes, 0); // reserved flags
    put32(bytes, 0); // closing record number
    const qsizetype stringOffsetAt = bytes.size();
    put32(bytes, 0); // StringOffset, set below
    put32(bytes, 0); // UserSidLength
    const qsizetype sidOffsetAt = bytes.size();
    put32(bytes, 0); // UserSidOffset
    put32(bytes, 0); // DataLength
    const qsizetype dataOffsetAt = bytes.size();
    put32(bytes, 0); // DataOffset
    putWide(bytes, entry.source);
    putWide(bytes, "HEAPFIX-FAKE-XP");
    while (bytes.size() % 4)
        bytes.append('\0');
    set32(bytes, sidOffsetAt, std::uint32_t(bytes.size()));
    set32(bytes, stringOffsetAt, std::uint32_t(bytes.size()));
    for (const QString& text : entry.strings)
        putWide(bytes, text);
    set32(bytes, dataOffsetAt, std::uint32_t(bytes.size()));
    while (bytes.size() % 4)
        bytes.append('\0');
    put32(bytes, 0); // Length again
    set32(bytes, 0, std::uint32_t(bytes.size()));
    set32(bytes, bytes.size() - 4, std::uint32_t(bytes.size()));
    return bytes;
}

} // namespace

QByteArray syntheticEvt(const QList<SyntheticRecord>& records) {
    QByteArray file;
    put32(file, 0x30);
    file.append("LfLe", 4);
    put32(file, 1);                                 // major
    put32(file, 1);                                 // minor
    put32(file, 0x30);                              // StartOffset
    put32(file, 0);                                 // EndOffset, set below
    put32(file, std::uint32_t(records.size() + 1)); // CurrentRecordNumber: the next one
    put32(file, 1);                                 // OldestRecordNumber
    put32(file, 0);                                 // MaxSize, set below
    put32(file, 0);                                 // Flags: clean
    put32(file, 0);                                 // Retention
    put32(file, 0x30);                              // EndHeaderSize
    std::uint32_t number = 1;
    for (const SyntheticRecord& entry : records)
        file.append(record(entry, number++));
    const std::uint32_t end = std::uint32_t(file.size());
    // The end-of-file record.
    for (std::uint32_t value : {0x28u, 0x11111111u, 0x22222222u, 0x33333333u, 0x44444444u, 0x30u, end,
                                std::uint32_t(records.size() + 1), 1u, 0x28u})
        put32(file, value);
    while (file.size() % 4096)
        file.append('\0');
    set32(file, 20, end);
    set32(file, 32, std::uint32_t(file.size()));
    return file;
}

} // namespace heapfix::evidencetest
