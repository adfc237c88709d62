// UTF-16LE bytes, UTF-16 code units and UTF-8, checked against Qt's own converter as an independent peer;
// registry value types and the value heapfix repairs.

#include "model/core/RegistryValue.h"
#include "model/core/Utf16.h"

#include <QTest>

using namespace heapfix;

Q_DECLARE_METATYPE(std::u16string)

namespace {

QByteArray bytesOf(const std::vector<std::uint8_t>& bytes) {
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

class Utf16Test : public QObject {
    Q_OBJECT

private slots:
    void convertsLikeQt_data();
    void convertsLikeQt();
    void replacesInvalidUtf8_data();
    void replacesInvalidUtf8();
    void replacesLoneSurrogates();
    void decodesUtf16LeBytes();
    void stripsTrailingNuls();
    void namesValueTypes();
    void buildsValues();
};

void Utf16Test::convertsLikeQt_data() {
    QTest::addColumn<std::u16string>("text");
    QTest::newRow("empty") << std::u16string();
    QTest::newRow("ASCII") << std::u16string(
        u"%SystemRoot%\\system32\\csrss.exe SharedSection=1024,20480,768");
    QTest::newRow("Dutch") << std::u16string(u"Een ogenblik geduld a.u.b. \u00e9\u00eb\u00ef");
    QTest::newRow("two and three byte UTF-8") << std::u16string(u"\u00a9\u07ff\u0800\u4e2d\uffef\ufffd");
    QTest::newRow("surrogate pairs") << std::u16string(u"\U0001F600 \U00010000\U0010FFFF");
    QTest::newRow("NULs kept") << std::u16string(u"a\0b\0\0", 5);
}

void Utf16Test::convertsLikeQt() {
    QFETCH(std::u16string, text);
    const QString peer = QString::fromStdU16String(text);
    const std::string utf8 = toUtf8(text);
    QCOMPARE(QByteArray::fromStdString(utf8), peer.toUtf8());
    QVERIFY(fromUtf8(utf8) == text);
    QCOMPARE(QString::fromStdU16String(fromUtf8(peer.toUtf8().toStdString())), peer);

    const std::vector<std::uint8_t> bytes = encodeUtf16Le(text);
    QCOMPARE(bytes.size(), text.size() * 2);
    QCOMPARE(bytesOf(bytes),
             QByteArray(reinterpret_cast<const char*>(peer.utf16()), peer.size() * 2)); // x86: LE
    const auto decoded = decodeUtf16Le(bytes);
    QVERIFY(decoded.has_value());
    QVERIFY(*decoded == text);
}

void Utf16Test::replacesInvalidUtf8_data() {
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<std::u16string>("expected");
    QTest::newRow("stray continuation") << QByteArray("a\x80z") << std::u16string(u"a\uFFFDz");
    QTest::newRow("overlong NUL") << QByteArray("\xC0\x80") << std::u16string(u"\uFFFD\uFFFD");
    QTest::newRow("overlong slash") << QByteArray("\xE0\x80\xAF") << std::u16string(u"\uFFFD\uFFFD\uFFFD");
    QTest::newRow("truncated at the end") << QByteArray("a\xE2\x82") << std::u16string(u"a\uFFFD\uFFFD");
    QTest::newRow("truncated by ASCII") << QByteArray("\xE2\x82z") << std::u16string(u"\uFFFD\uFFFDz");
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << std::u16string(u"\uFFFD\uFFFD\uFFFD");
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80")
                                    << std::u16string(u"\uFFFD\uFFFD\uFFFD\uFFFD");
    QTest::newRow("invalid lead byte") << QByteArray("\xFF\xFEok") << std::u16string(u"\uFFFD\uFFFDok");
}

void Utf16Test::replacesInvalidUtf8() {
    QFETCH(QByteArray, utf8);
    QFETCH(std::u16string, expected);
    QCOMPARE(QString::fromStdU16String(fromUtf8(utf8.toStdString())), QString::fromStdU16String(expected));
}

void Utf16Test::replacesLoneSurrogates() {
    QCOMPARE(QByteArray::fromStdString(toUtf8(u"a\xD800z")), QByteArray("a\xEF\xBF\xBDz"));
    QCOMPARE(QByteArray::fromStdString(toUtf8(u"\xDC00\xD83D")), QByteArray("\xEF\xBF\xBD\xEF\xBF\xBD"));
    // A lone surrogate still survives the byte round trip that the registry value takes.
    const std::u16string lone = u"x\xD800y";
    QVERIFY(*decodeUtf16Le(encodeUtf16Le(lone)) == lone);
}

void Utf16Test::decodesUtf16LeBytes() {
    const auto odd = decodeUtf16Le({0x41, 0x00, 0x42});
    QVERIFY(!odd.has_value());
    QCOMPARE(QString::fromLatin1(errorCodeName(odd.error().code).data()), QStringLiteral("malformed"));
    QVERIFY(odd.error().detail.find("odd") != std::string::npos);
    QVERIFY(decodeUtf16Le({})->empty());
    QVERIFY(*decodeUtf16Le({0x3D, 0xD8, 0x00, 0xDE, 0x00, 0x00}) == std::u16string(u"\U0001F600\0", 3));
}

void Utf16Test::stripsTrailingNuls() {
    QVERIFY(withoutTrailingNuls(std::u16string_view(u"ab\0\0\0", 5)) == u"ab");
    QVERIFY(withoutTrailingNuls(std::u16string_view(u"a\0b\0", 4)) == std::u16string_view(u"a\0b", 3));
    QVERIFY(withoutTrailingNuls(std::u16string_view(u"\0\0", 2)).empty());
    QVERIFY(withoutTrailingNuls(u"ab") == u"ab");
}

void Utf16Test::namesValueTypes() {
    for (std::uint32_t type = 0; type <= 11; ++type) {
        const auto name = valueTypeName(ValueType(type));
        QVERIFY(name.substr(0, 4) == "REG_");
        QVERIFY(valueTypeFromName(name) == ValueType(type));
    }
    QCOMPARE(QString::fromLatin1(valueTypeName(ValueType::ExpandString).data()),
             QStringLiteral("REG_EXPAND_SZ"));
    QCOMPARE(QString::fromLatin1(valueTypeName(ValueType(0x1234)).data()), QStringLiteral("REG_UNKNOWN"));
    QVERIFY(valueTypeFromName("reg_expand_sz") == ValueType::ExpandString);
    QVERIFY(valueTypeFromName("REG_DWORD_LITTLE_ENDIAN") == ValueType::Dword);
    QVERIFY(!valueTypeFromName("REG_UNKNOWN").has_value());
    QVERIFY(!valueTypeFromName("REG_EXPAND_SZ ").has_value());
    QVERIFY(!valueTypeFromName("").has_value());
}

void Utf16Test::buildsValues() {
    const RegistryValue text = RegistryValue::fromText(ValueType::ExpandString, u"A\u00e9");
    QVERIFY(text.type == ValueType::ExpandString);
    QCOMPARE(bytesOf(text.data), QByteArray("A\0\xE9\0\0\0", 6)); // one terminating NUL, as Windows writes it
    QCOMPARE(bytesOf(RegistryValue::fromText(ValueType::String, u"").data), QByteArray("\0\0", 2));
    const RegistryValue number = RegistryValue::fromDword(0x12345678);
    QVERIFY(number.type == ValueType::Dword);
    QCOMPARE(bytesOf(number.data), QByteArray("\x78\x56\x34\x12"));
    const ValuePath path = subsystemsWindowsValue();
    QCOMPARE(QString::fromStdString(path.key),
             QStringLiteral(
                 "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\SubSystems"));
    QCOMPARE(QString::fromStdString(path.name), QStringLiteral("Windows"));
}

QTEST_APPLESS_MAIN(Utf16Test)
#include "tst_utf16.moc"
