// .reg files: the writer byte for byte against Wine's reg.exe export of the real values (read from the real
// hives by hivexget), the reader on every fixture including hostile ones, and round trips.
#include "RegFileFixtures.h"

#include "model/backup/RegFile.h"

#include <QtTest>

using namespace heapfix;
using test::fixtureBytes;

namespace {

const std::string kKey(kSubSystemsKey);
const std::string kResolved =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\Session Manager\\SubSystems";

Expected<RegistryValue, Error> restorable(const std::vector<std::uint8_t>& bytes) {
    const Expected<RegFileDocument, Error> document = parseRegFile(bytes, "test.reg");
    if (!document)
        return unexpected(document.error());
    return restorableValue(*document, kKey, kResolved, "Windows");
}

std::vector<std::uint8_t> utf16File(std::u16string_view text) {
    std::vector<std::uint8_t> bytes = {0xFF, 0xFE};
    const std::vector<std::uint8_t> encoded = encodeUtf16Le(text);
    bytes.insert(bytes.end(), encoded.begin(), encoded.end());
    return bytes;
}

QString show(const Error& error) {
    return QString::fromStdString(error.message());
}

} // namespace

class TestRegFile : public QObject {
    Q_OBJECT
private slots:
    void writerIsByteIdenticalToWineExport_data() {
        QTest::addColumn<QString>("release");
        QTest::newRow("NT 4.0") << "nt4";
        QTest::newRow("Windows 7") << "win7";
        QTest::newRow("Windows 10") << "win10";
    }
    void writerIsByteIdenticalToWineExport() {
        QFETCH(QString, release);
        const RegistryValue value =
            RegistryValue::fromText(ValueType::ExpandString, test::realWindowsValue(release));
        const std::vector<std::uint8_t> ours = writeRegFile(kKey, "Windows", value);
        const std::vector<std::uint8_t> wine = fixtureBytes("wine-reg-export-" + release + ".reg");
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(ours.data()), qsizetype(ours.size())),
                 QByteArray(reinterpret_cast<const char*>(wine.data()), qsizetype(wine.size())));
    }

    void readsWineExportsAsTheRealValue_data() { writerIsByteIdenticalToWineExport_data(); }
    void readsWineExportsAsTheRealValue() {
        QFETCH(QString, release);
        const Expected<RegistryValue, Error> value =
            restorable(fixtureBytes("wine-reg-export-" + release + ".reg"));
        QVERIFY2(value.has_value(), value ? "" : qPrintable(show(value.error())));
        QCOMPARE(*value, RegistryValue::fromText(ValueType::ExpandString, test::realWindowsValue(release)));
    }

    void writerFormat() {
        const std::vector<std::uint8_t> bytes =
            writeRegFile(kKey, "Windows", RegistryValue::fromText(ValueType::ExpandString, u"ab"));
        const std::u16string text = *decodeUtf16Le({bytes.begin() + 2, bytes.end()});
        QCOMPARE(bytes[0], std::uint8_t(0xFF));
        QCOMPARE(bytes[1], std::uint8_t(0xFE));
        QCOMPARE(toUtf8(text), "Windows Registry Editor Version 5.00\r\n\r\n[" + kKey +
                                   "]\r\n\"Windows\"=hex(2):61,00,62,00,00,00\r\n\r\n");
        // No line longer than 80 characters, every continuation indented by two spaces.
        const std::vector<std::uint8_t> win10 = fixtureBytes("wine-reg-export-win10.reg");
        const std::string lines = toUtf8(*decodeUtf16Le({win10.begin() + 2, win10.end()}));
        for (std::size_t begin = 0, end; (end = lines.find("\r\n", begin)) != std::string::npos;
             begin = end + 2) {
            const std::string line = lines.substr(begin, end - begin);
            QVERIFY(line.size() <= 80);
            if (line.starts_with(" "))
                QVERIFY(line.starts_with("  ") && line[2] != ' ');
        }
    }

    void otherEncodingsOfTheSameValue_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::newRow("REGEDIT4 ANSI") << "regedit4-win7.reg" << int(ValueType::ExpandString);
        QTest::newRow("UTF-8 with BOM") << "utf8-bom-win7.reg" << int(ValueType::ExpandString);
        QTest::newRow("UTF-8, no BOM, LF") << "utf8-nobom-lf-win7.reg" << int(ValueType::ExpandString);
        QTest::newRow("REG_SZ as a quoted string") << "regsz-string-win7.reg" << int(ValueType::String);
    }
    void otherEncodingsOfTheSameValue() {
        QFETCH(QString, file);
        QFETCH(int, type);
        const Expected<RegistryValue, Error> value = restorable(fixtureBytes(file));
        QVERIFY2(value.has_value(), value ? "" : qPrintable(show(value.error())));
        QCOMPARE(*value, RegistryValue::fromText(ValueType(type), test::realWindowsValue("win7")));
    }

    void regedit4IsRecognised() {
        const auto document = parseRegFile(fixtureBytes("regedit4-win7.reg"), "x.reg");
        QVERIFY(document.has_value());
        QCOMPARE(document->format, RegFileDocument::Format::Regedit4);
    }

    void hostileFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail"); // a part of the error's detail
        QTest::newRow("another key") << "hostile-another-key.reg" << int(ErrorCode::Refused) << "another key";
        QTest::newRow("two keys") << "hostile-two-keys.reg" << int(ErrorCode::Refused) << "2 keys";
        QTest::newRow("two values") << "hostile-two-values.reg" << int(ErrorCode::Refused) << "2 values";
        QTest::newRow("value deletion")
            << "hostile-value-deletion.reg" << int(ErrorCode::Refused) << "deletes the value";
        QTest::newRow("key deletion")
            << "hostile-key-deletion.reg" << int(ErrorCode::Refused) << "deletes the whole key";
        QTest::newRow("dword") << "hostile-dword.reg" << int(ErrorCode::Refused) << "REG_DWORD";
        QTest::newRow("binary type") << "hostile-binary-type.reg" << int(ErrorCode::Refused) << "REG_BINARY";
        QTest::newRow("other value") << "hostile-other-value-name.reg" << int(ErrorCode::Refused)
                                     << "another value";
        QTest::newRow("unknown header")
            << "hostile-unknown-header.reg" << int(ErrorCode::Malformed) << "line 1: unknown header";
        QTest::newRow("unterminated")
            << "hostile-unterminated-string.reg" << int(ErrorCode::Malformed) << "line 4: unterminated";
        QTest::newRow("bad hex") << "hostile-bad-hex.reg" << int(ErrorCode::Malformed)
                                 << "line 4: bad hex byte \"zz\"";
        QTest::newRow("continuation at end")
            << "hostile-continuation-at-end.reg" << int(ErrorCode::Malformed) << "past the end";
        QTest::newRow("malformed line")
            << "hostile-malformed-line.reg" << int(ErrorCode::Malformed) << "line 4: neither";
        QTest::newRow("value outside key") << "hostile-value-outside-key.reg" << int(ErrorCode::Malformed)
                                           << "line 3: a value before any [key]";
        QTest::newRow("truncated UTF-16")
            << "hostile-truncated-utf16.reg" << int(ErrorCode::Corrupt) << "truncated UTF-16";
        QTest::newRow("binary") << "hostile-binary.reg" << int(ErrorCode::Corrupt) << "binary";
        QTest::newRow("UTF-16BE") << "hostile-utf16be.reg" << int(ErrorCode::Corrupt) << "big-endian";
    }
    void hostileFiles() {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const Expected<RegistryValue, Error> value = restorable(fixtureBytes(file));
        QVERIFY(!value.has_value());
        QCOMPARE(int(value.error().code), code);
        QVERIFY2(QString::fromStdString(value.error().detail).contains(detail),
                 qPrintable(show(value.error())));
        QVERIFY(!value.error().subject.empty());
    }

    void oversizedFile() {
        std::vector<std::uint8_t> bytes = fixtureBytes("wine-reg-export-win10.reg");
        while (bytes.size() <= kMaxRegFileBytes)
            bytes.insert(bytes.end(), {';', 0, ' ', 0, '\r', 0, '\n', 0});
        const auto document = parseRegFile(bytes, "big.reg");
        QVERIFY(!document.has_value());
        QCOMPARE(document.error().code, ErrorCode::Malformed);
        QCOMPARE(document.error().subject, std::string("big.reg"));
        QVERIFY(document.error().detail.find("too large") != std::string::npos);
    }

    void emptyFile() {
        const auto document = parseRegFile({}, "empty.reg");
        QVERIFY(!document.has_value());
        QCOMPARE(document.error().code, ErrorCode::Malformed);
    }

    void resolvedKeyAndCaseAreTheSameKey() {
        const RegistryValue value =
            RegistryValue::fromText(ValueType::ExpandString, u"x SharedSection=1,2,3");
        for (const std::string& key :
             {kResolved,
              std::string(
                  "hkey_local_machine\\system\\CURRENTCONTROLSET\\control\\session manager\\subsystems")}) {
            const Expected<RegistryValue, Error> read = restorable(writeRegFile(key, "WINDOWS", value));
            QVERIFY2(read.has_value(), key.c_str());
            QCOMPARE(*read, value);
        }
        const auto other = restorable(
            writeRegFile("HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002\\Control\\Session Manager\\SubSystems",
                         "Windows", value));
        QVERIFY(!other.has_value());
        QCOMPARE(other.error().code, ErrorCode::Refused);
    }

    void roundTrips_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QString::fromStdString(kKey) << "Windows" << int(ValueType::ExpandString)
                               << "SharedSection=1024,20480,768";
        QTest::newRow("non-ASCII") << QString::fromStdString(kKey) << "Windows"
                                   << int(ValueType::ExpandString)
                                   << QString::fromUtf8("C:\\Prógram Fïles\\中文\\😀 SharedSection=1024,3072");
        QTest::newRow("quotes and backslashes in the name")
            << "HKEY_CURRENT_USER\\Software\\Tëst"
            << "a\"b\\c" << int(ValueType::String) << "\"quoted\" \\ back";
        QTest::newRow("default value") << "HKEY_CURRENT_USER\\Software\\x"
                                       << "" << int(ValueType::String) << "default";
        QTest::newRow("empty string") << "HKEY_CURRENT_USER\\Software\\x"
                                      << "v" << int(ValueType::ExpandString) << "";
        QTest::newRow("long") << "HKEY_CURRENT_USER\\Software\\x"
                              << "v" << int(ValueType::ExpandString) << QString(3000, 'z');
    }
    void roundTrips() {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(QString, text);
        const RegistryValue value = RegistryValue::fromText(ValueType(type), text.toStdU16String());
        const std::vector<std::uint8_t> bytes = writeRegFile(key.toStdString(), name.toStdString(), value);
        const Expected<RegFileDocument, Error> document = parseRegFile(bytes, "round.reg");
        QVERIFY2(document.has_value(), document ? "" : qPrintable(show(document.error())));
        QCOMPARE(document->keys.size(), std::size_t(1));
        QCOMPARE(document->keys[0].path, key.toStdString());
        QCOMPARE(document->keys[0].values.size(), std::size_t(1));
        QCOMPARE(document->keys[0].values[0].name, name.toStdString());
        QCOMPARE(document->keys[0].values[0].value, value);
        const auto restored =
            restorableValue(*document, key.toStdString(), key.toStdString(), name.toStdString());
        QVERIFY(restored.has_value());
        QCOMPARE(*restored, value);
    }

    void otherValueTypesRoundTrip() {
        const RegistryValue binary{ValueType::Binary, {0, 1, 2, 0xff}};
        const RegistryValue multi =
            RegistryValue{ValueType::MultiString, encodeUtf16Le(std::u16string(u"a\0b\0\0", 5))};
        for (const RegistryValue& value : {binary, multi, RegistryValue{ValueType::None, {}}}) {
            const auto document = parseRegFile(writeRegFile("HKEY_CURRENT_USER\\x", "v", value), "t.reg");
            QVERIFY(document.has_value());
            QCOMPARE(document->keys[0].values[0].value, value);
        }
    }

    // What regedit and other tools write by hand: comments, blank lines, spaces, dword, hex: and deletions.
    void readsTheWholeSyntax() {
        const std::u16string text = u"Windows Registry Editor Version 5.00\r\n"
                                    u"; a comment\r\n\r\n"
                                    u"[HKEY_CURRENT_USER\\Software\\A]  \r\n"
                                    u"@=\"default \\\"quoted\\\"\"\r\n"
                                    u"\"n\" = dword:0000ABCD ; trailing comment\r\n"
                                    u"\"b\"=hex:01, 02 ,\\\r\n"
                                    u"    ff\r\n"
                                    u"\"gone\"=-\r\n"
                                    u"\r\n[-HKEY_CURRENT_USER\\Software\\B]\r\n";
        const auto document = parseRegFile(utf16File(text), "syntax.reg");
        QVERIFY2(document.has_value(), document ? "" : qPrintable(show(document.error())));
        QCOMPARE(document->keys.size(), std::size_t(2));
        const RegFileKey& a = document->keys[0];
        QCOMPARE(a.path, std::string("HKEY_CURRENT_USER\\Software\\A"));
        QCOMPARE(a.values.size(), std::size_t(4));
        QCOMPARE(a.values[0].name, std::string());
        QCOMPARE(a.values[0].value, RegistryValue::fromText(ValueType::String, u"default \"quoted\""));
        QCOMPARE(a.values[1].value, RegistryValue::fromDword(0xABCD));
        QCOMPARE(a.values[2].value, (RegistryValue{ValueType::Binary, {1, 2, 0xff}}));
        QVERIFY(a.values[3].deleted);
        QVERIFY(document->keys[1].deleted);
        QCOMPARE(document->keys[1].path, std::string("HKEY_CURRENT_USER\\Software\\B"));
    }

    void malformedDetailsNameTheLine_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("dword too long") << "\"v\"=dword:123456789"
                                        << "line 4: dword";
        QTest::newRow("hex type") << "\"v\"=hex(zz):00"
                                  << "line 4: hex(N)";
        QTest::newRow("unknown data") << "\"v\"=qword:1"
                                      << "line 4: unknown value data";
        QTest::newRow("no equals") << "\"v\" dword:1"
                                   << "line 4: expected \"=\"";
        QTest::newRow("text after string") << "\"v\"=\"a\" b"
                                           << "line 4: unexpected text";
        QTest::newRow("unknown escape") << "\"v\"=\"a\\qb\""
                                        << "line 4: unknown escape";
        QTest::newRow("key not closed") << "[HKEY_CURRENT_USER\\x"
                                        << "line 4: a key line";
        QTest::newRow("three-digit byte") << "\"v\"=hex:100"
                                          << "line 4: bad hex byte";
        QTest::newRow("trailing comma") << "\"v\"=hex:01,"
                                        << "line 4: hex data ends with a comma";
    }
    void malformedDetailsNameTheLine() {
        QFETCH(QString, body);
        QFETCH(QString, detail);
        const std::u16string text =
            u"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\x]\r\n" +
            body.toStdU16String() + u"\r\n";
        const auto document = parseRegFile(utf16File(text), "bad.reg");
        QVERIFY(!document.has_value());
        QCOMPARE(document.error().code, ErrorCode::Malformed);
        QCOMPARE(document.error().subject, std::string("bad.reg"));
        QVERIFY2(QString::fromStdString(document.error().detail).startsWith(detail),
                 qPrintable(show(document.error())));
    }

    void restorableValueNeedsWholeCodeUnits() {
        const RegistryValue odd{ValueType::ExpandString, {0x41, 0x00, 0x42}};
        const auto refused = restorable(writeRegFile(kKey, "Windows", odd));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::Refused);
    }
};

QTEST_APPLESS_MAIN(TestRegFile)
#include "tst_regfile.moc"
