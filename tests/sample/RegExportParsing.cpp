#include "RegExportParsing.h"

#include <QList>
#include <QRegularExpression>

namespace heapfix::test {
namespace {

QByteArray hexList(const QByteArray& text) {
    QByteArray bytes;
    for (const QByteArray& part : text.split(',')) {
        const QByteArray trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            bytes.append(static_cast<char>(trimmed.toUInt(nullptr, 16)));
    }
    return bytes;
}

QString unescape(const QByteArray& quoted) {
    QString text = QString::fromUtf8(quoted);
    text.replace("\\\"", "\"").replace("\\\\", "\\");
    return text;
}

ExportedValue parseData(const QByteArray& data) {
    static const QRegularExpression hexTyped("^hex\\(([0-9a-fA-F]+)\\):(.*)$");
    ExportedValue value;
    const QString text = QString::fromUtf8(data);
    if (const auto match = hexTyped.match(text); match.hasMatch()) {
        value.type = match.captured(1).toUInt(nullptr, 16);
        value.bytes = hexList(match.captured(2).toUtf8());
    } else if (data.startsWith("hex:")) {
        value.type = 3;
        value.bytes = hexList(data.mid(4));
    } else if (data.startsWith("dword:")) {
        const std::uint32_t number = data.mid(6).toUInt(nullptr, 16);
        value.type = 4;
        for (int i = 0; i < 4; ++i)
            value.bytes.append(static_cast<char>((number >> (8 * i)) & 0xFFu));
    } else if (data.startsWith('"') && data.endsWith('"')) {
        value.type = 1;
        value.bytes = utf16LeWithNul(unescape(data.mid(1, data.size() - 2)).toStdU16String());
    }
    return value;
}

} // namespace

QMap<QString, ExportedValue> parseRegValues(const QByteArray& regText) {
    QByteArray joined = regText;
    joined.replace("\r\n", "\n");
    joined.replace("\\\n", ""); // a wrapped hex list continues on the next line
    QMap<QString, ExportedValue> values;
    static const QRegularExpression named("^\"((?:[^\"\\\\]|\\\\.)*)\"=(.*)$");
    for (const QByteArray& rawLine : joined.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith("@=")) {
            values.insert(QString(), parseData(line.mid(2)));
        } else if (const auto match = named.match(QString::fromUtf8(line)); match.hasMatch()) {
            values.insert(unescape(match.captured(1).toUtf8()), parseData(match.captured(2).toUtf8()));
        }
    }
    return values;
}

QByteArray utf16LeWithNul(const std::u16string& text) {
    QByteArray bytes;
    for (char16_t unit : text) {
        bytes.append(static_cast<char>(unit & 0xFF));
        bytes.append(static_cast<char>(unit >> 8));
    }
    bytes.append(2, '\0');
    return bytes;
}

std::uint32_t readLe32(const QByteArray& bytes, int offset) {
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<std::uint8_t>(bytes.at(offset + i));
    return value;
}

std::uint32_t xorOfFirst508Bytes(const QByteArray& hive) {
    std::uint32_t sum = 0;
    for (int offset = 0; offset < 508; offset += 4)
        sum ^= readLe32(hive, offset);
    return sum;
}

} // namespace heapfix::test
