// The SharedSection parser over real values (the seeds' defaults, the real hives read by hivexregedit), every
// malformed form with its exact position, and withValues() keeping every other code unit as it was.

#include "TestSupport.h"

#include "model/core/RegistryValue.h"
#include "model/core/SharedSection.h"
#include "model/core/Utf16.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace heapfix;

Q_DECLARE_METATYPE(std::u16string)
Q_DECLARE_METATYPE(heapfix::SharedSectionValues)

namespace {

// The default values as the seeds print them, joined with spaces as the registry holds them.
const std::u16string kSeed000Default =
    u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,3072,512 Windows=On "
    u"SubSystemType=Windows ServerDll=basesrv,1 ServerDll=winsrv:GdiServerDllInitialization,4 "
    u"ServerDll=winsrv:UserServerDllInitialization,3 ServerDll=winsrv:ConServerDllInitialization,2 "
    u"ProfileControl=Off MaxRequestThreads=16";
const std::u16string kSeed002Before =
    u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,3072 Windows=On "
    u"SubSystemType=Windows ServerDll=basesrv,1 ServerDll=winsrv:UserServerDllInitialization,3 "
    u"ServerDll=winsrv:ConServerDllInitialization,2 ProfileControl=Off MaxRequestThreads=16";
const std::u16string kSeed002After =
    u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,3072,512 Windows=On "
    u"SubSystemType=Windows ServerDll=basesrv,1 ServerDll=winsrv:UserServerDllInitialization,3 "
    u"ServerDll=winsrv:ConServerDllInitialization,2 ProfileControl=Off MaxRequestThreads=16";
// The Windows 7 and Windows 10 values of the real hives in shared/testdata/hives (SOURCES.md).
const std::u16string kWin7Default =
    u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,12288,512 Windows=On "
    u"SubSystemType=Windows ServerDll=basesrv,1 ServerDll=winsrv:UserServerDllInitialization,3 "
    u"ServerDll=winsrv:ConServerDllInitialization,2 ServerDll=sxssrv,4 ProfileControl=Off "
    u"MaxRequestThreads=16";
const std::u16string kWin10Default =
    u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,20480,768 Windows=On "
    u"SubSystemType=Windows ServerDll=basesrv,1 ServerDll=winsrv:UserServerDllInitialization,3 "
    u"ServerDll=sxssrv,4 ProfileControl=Off MaxRequestThreads=16";

std::u16string withNuls(std::u16string text, int count) {
    text.append(static_cast<std::size_t>(count), u'\0');
    return text;
}

std::u16string replaced(std::u16string text, std::u16string_view from, std::u16string_view to) {
    const auto at = text.find(from);
    Q_ASSERT(at != std::u16string::npos);
    return text.replace(at, from.size(), to);
}

SharedSectionValues values(std::uint32_t x, std::uint32_t y, std::optional<std::uint32_t> z) {
    return {x, y, z};
}

QString show(std::u16string_view text) {
    return QString::fromStdU16String(std::u16string(text));
}

// "Windows"=hex(2):25,00,... from hivexregedit's export, as bytes.
std::vector<std::uint8_t> exportedWindowsValue(const QByteArray& exported) {
    const QRegularExpression line(QStringLiteral("^\"Windows\"=hex\\(2\\):([0-9a-f,]*)$"),
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromUtf8(exported));
    std::vector<std::uint8_t> bytes;
    if (!match.hasMatch())
        return bytes;
    for (const QString& hex : match.captured(1).split(u',', Qt::SkipEmptyParts))
        bytes.push_back(static_cast<std::uint8_t>(hex.toUInt(nullptr, 16)));
    return bytes;
}

} // namespace

class SharedSectionTest : public QObject {
    Q_OBJECT

private slots:
    void parsesRealAndOddValues_data();
    void parsesRealAndOddValues();
    void rejectsMalformedValues_data();
    void rejectsMalformedValues();
    void withValuesKeepsEveryOtherCodeUnit_data();
    void withValuesKeepsEveryOtherCodeUnit();
    void withValuesProducesTheExpectedValue_data();
    void withValuesProducesTheExpectedValue();
    void realHivesRoundTripByteForByte_data();
    void realHivesRoundTripByteForByte();
    void formatsAndEffectiveNonInteractive();
    void errorNamesAreStableKebabCase();
};

void SharedSectionTest::parsesRealAndOddValues_data() {
    QTest::addColumn<std::u16string>("value");
    QTest::addColumn<uint>("system");
    QTest::addColumn<uint>("interactive");
    QTest::addColumn<int>("nonInteractive"); // -1: absent
    QTest::addColumn<int>("tokenBegin");

    const int seedToken = int(kSeed000Default.find(u"SharedSection"));
    QTest::newRow("seed 000 default (KB126962)") << kSeed000Default << 1024u << 3072u << 512 << seedToken;
    QTest::newRow("seed 000 default, one line each as the KB prints it")
        << std::u16string(u"%SystemRoot%\\system32\\csrss.exe\r\nObjectDirectory=\\Windows\r\n"
                          u"SharedSection=1024,3072,512\r\nWindows=On\r\nSubSystemType=Windows")
        << 1024u << 3072u << 512 << 59;
    QTest::newRow("seed 002 NT 4.0 before") << kSeed002Before << 1024u << 3072u << -1 << seedToken;
    QTest::newRow("seed 002 NT 4.0 after") << kSeed002After << 1024u << 3072u << 512 << seedToken;
    QTest::newRow("NT 4.0 hive, trailing NUL")
        << withNuls(kSeed002Before, 1) << 1024u << 3072u << -1 << seedToken;
    QTest::newRow("Windows 7 hive, trailing NUL")
        << withNuls(kWin7Default, 1) << 1024u << 12288u << 512 << seedToken;
    QTest::newRow("Windows 10 hive, trailing NUL")
        << withNuls(kWin10Default, 1) << 1024u << 20480u << 768 << seedToken;
    QTest::newRow("three trailing NULs") << withNuls(kWin10Default, 3) << 1024u << 20480u << 768 << seedToken;
    QTest::newRow("lower case name") << std::u16string(u"a sharedsection=1,2,3 b") << 1u << 2u << 3 << 2;
    QTest::newRow("upper case name") << std::u16string(u"SHAREDSECTION=1024,3072") << 1024u << 3072u << -1
                                     << 0;
    QTest::newRow("token is the whole value")
        << std::u16string(u"SharedSection=1024,20480,768") << 1024u << 20480u << 768 << 0;
    QTest::newRow("tabs around") << std::u16string(u"csrss.exe\tSharedSection=1024,20480,768\t\tWindows=On")
                                 << 1024u << 20480u << 768 << 10;
    QTest::newRow("NUL before the token")
        << std::u16string(u"x\0SharedSection=1,2,3\0\0", 23) << 1u << 2u << 3 << 2;
    QTest::newRow("leading zeros") << std::u16string(u"SharedSection=01024,003072,0") << 1024u << 3072u << 0
                                   << 0;
    QTest::newRow("largest numbers") << std::u16string(u"SharedSection=4294967295,4294967295,4294967295")
                                     << 4294967295u << 4294967295u << -2 << 0; // -2: 4294967295
    QTest::newRow("a word that only contains the name")
        << std::u16string(u"XSharedSection=9,9 SharedSection=1024,3072") << 1024u << 3072u << -1 << 19;
    QTest::newRow("non-ASCII elsewhere")
        << std::u16string(u"C:\\Système\\csrss.exe SharedSection=1024,20480,768 Naam=\u00e9\u4e2d\U0001F600")
        << 1024u << 20480u << 768 << 21;
}

void SharedSectionTest::parsesRealAndOddValues() {
    QFETCH(std::u16string, value);
    QFETCH(uint, system);
    QFETCH(uint, interactive);
    QFETCH(int, nonInteractive);
    QFETCH(int, tokenBegin);

    const auto parsed = SharedSection::parse(value);
    if (!parsed)
        QFAIL(sharedSectionErrorName(parsed.error().code).data());
    QCOMPARE(parsed->values().system, system);
    QCOMPARE(parsed->values().interactive, interactive);
    if (nonInteractive == -1)
        QVERIFY(!parsed->values().nonInteractive.has_value());
    else
        QCOMPARE(parsed->values().nonInteractive.value(),
                 nonInteractive == -2 ? 4294967295u : static_cast<std::uint32_t>(nonInteractive));
    QCOMPARE(parsed->tokenBegin(), std::size_t(tokenBegin));
    QCOMPARE(parsed->numbersBegin(), std::size_t(tokenBegin) + 14);
    const std::u16string_view token(value.data() + parsed->numbersBegin(),
                                    parsed->tokenEnd() - parsed->numbersBegin());
    QVERIFY(parsed->tokenEnd() == value.size() || value[parsed->tokenEnd()] <= u' ');
    QVERIFY(token.find(u' ') == std::u16string_view::npos);
}

void SharedSectionTest::rejectsMalformedValues_data() {
    QTest::addColumn<std::u16string>("value");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("position");
    using E = SharedSectionError;
    const auto row = [](const char* name, std::u16string value, E code, int position) {
        QTest::newRow(name) << value << int(code) << position;
    };
    row("empty value", u"", E::NoToken, 0);
    row("only NULs", std::u16string(3, u'\0'), E::NoToken, 0);
    row("no token", u"csrss.exe ObjectDirectory=\\Windows Windows=On", E::NoToken, 0);
    row("name without =", u"csrss.exe SharedSection 1024,3072", E::NoToken, 0);
    row("name glued to a word", u"csrss.exeSharedSection=1024,3072", E::NoToken, 0);
    row("two tokens", u"SharedSection=1024,3072 SharedSection=1024,3072,512", E::MultipleTokens, 24);
    row("two tokens, other case", u"a sharedsection=1,2\tSHAREDSECTION=3,4", E::MultipleTokens, 20);
    row("two tokens, the first broken", u"SharedSection=x SharedSection=1,2", E::MultipleTokens, 16);
    row("nothing after =", u"SharedSection=", E::EmptyNumber, 14);
    row("nothing after =, then more", u"x SharedSection= Windows=On", E::EmptyNumber, 16);
    row("nothing after =, then NUL", std::u16string(u"SharedSection=\0", 15), E::EmptyNumber, 14);
    row("double comma", u"SharedSection=1024,,768", E::EmptyNumber, 19);
    row("letters", u"SharedSection=1024,abc,768", E::NotANumber, 19);
    row("letter inside a number", u"SharedSection=1024,30x72", E::NotANumber, 21);
    row("plus sign", u"SharedSection=+1024,3072", E::NotANumber, 14);
    row("minus inside a number", u"SharedSection=1024,30-72", E::NotANumber, 21);
    row("lone minus", u"SharedSection=1024,-,512", E::NotANumber, 19);
    row("full-width digits", u"SharedSection=\uFF11\uFF10\uFF12\uFF14,3072", E::NotANumber, 14);
    row("second =", u"SharedSection==1024,3072", E::NotANumber, 14);
    row("first problem wins", u"SharedSection=abc,-1", E::NotANumber, 14);
    row("negative xxxx", u"SharedSection=-1024,3072", E::Negative, 14);
    row("negative yyyy", u"SharedSection=1024,-3072", E::Negative, 19);
    row("negative zzzz", u"SharedSection=1024,3072,-512", E::Negative, 24);
    row("just above 32 bits", u"SharedSection=1024,4294967296", E::Overflow, 19);
    row("far above 64 bits", u"SharedSection=1024,3072,999999999999999999999999999", E::Overflow, 24);
    row("overflow in xxxx", u"SharedSection=18446744073709551617,1", E::Overflow, 14);
    row("one number", u"SharedSection=1024", E::TooFewNumbers, 18);
    row("one number, then more", u"a SharedSection=1024 Windows=On", E::TooFewNumbers, 20);
    row("four numbers", u"SharedSection=1024,3072,512,512", E::TooManyNumbers, 28);
    row("five numbers", u"SharedSection=1,2,3,4,5", E::TooManyNumbers, 20);
    row("four, the fourth empty", u"SharedSection=1,2,3,,4", E::TooManyNumbers, 20);
    row("leading comma", u"SharedSection=,1024,3072", E::StraySeparator, 14);
    row("only a comma", u"SharedSection=,", E::StraySeparator, 14);
    row("trailing comma", u"SharedSection=1024,3072,", E::StraySeparator, 23);
    row("trailing comma after three", u"SharedSection=1024,3072,512,", E::StraySeparator, 27);
    row("space after a comma", u"SharedSection=1024, 3072", E::StraySeparator, 18);
    row("semicolon", u"SharedSection=1024;3072", E::StraySeparator, 18);
    row("double semicolon", u"SharedSection=1024;;3072", E::StraySeparator, 18);
    row("decimal point", u"SharedSection=1024.5,3072", E::StraySeparator, 18);
    row("full-width comma", u"SharedSection=1024\uFF0C3072", E::StraySeparator, 18);
    row("ideographic comma", u"SharedSection=1024,3072\u3001512", E::StraySeparator, 23);
}

void SharedSectionTest::rejectsMalformedValues() {
    QFETCH(std::u16string, value);
    QFETCH(int, code);
    QFETCH(int, position);

    const auto parsed = SharedSection::parse(value);
    QVERIFY(!parsed.has_value());
    QCOMPARE(QString::fromLatin1(sharedSectionErrorName(parsed.error().code).data()),
             QString::fromLatin1(sharedSectionErrorName(SharedSectionError(code)).data()));
    QCOMPARE(parsed.error().position, std::size_t(position));
}

void SharedSectionTest::withValuesKeepsEveryOtherCodeUnit_data() {
    QTest::addColumn<std::u16string>("value");
    QTest::newRow("seed 000") << kSeed000Default;
    QTest::newRow("NT 4.0, two numbers, NUL") << withNuls(kSeed002Before, 1);
    QTest::newRow("Windows 7, NUL") << withNuls(kWin7Default, 1);
    QTest::newRow("Windows 10, three NULs") << withNuls(kWin10Default, 3);
    QTest::newRow("odd spacing") << std::u16string(
        u"  csrss.exe    SharedSection=1024,3072,512     Windows=On   ");
    QTest::newRow("tabs and line breaks")
        << std::u16string(u"\tcsrss.exe\r\n\tSharedSection=1024,3072\n\t\vW=On\f");
    QTest::newRow("mixed case") << std::u16string(u"csrss.exe sharedSECTION=1024,20480,768 windows=on");
    QTest::newRow("leading zeros") << std::u16string(u"SharedSection=0001024,0020480,000768");
    QTest::newRow("non-ASCII elsewhere") << std::u16string(
        u"C:\\Système\\csrss.exe SharedSection=1024,20480,768 \u00e9\u4e2d\U0001F600\u200B");
    QTest::newRow("lone surrogates elsewhere") << std::u16string(u"\xD800 SharedSection=1,2 \xDFFF");
    QTest::newRow("embedded NULs") << std::u16string(u"a\0b\0SharedSection=1024,3072\0c\0\0", 32);
}

void SharedSectionTest::withValuesKeepsEveryOtherCodeUnit() {
    QFETCH(std::u16string, value);
    const auto parsed = SharedSection::parse(value);
    QVERIFY(parsed.has_value());

    // The same values give the same value, byte for byte (leading zeros included).
    const std::u16string same = parsed->withValues(value, parsed->values());
    QCOMPARE(encodeUtf16Le(same), encodeUtf16Le(value));

    // New values change only the numbers: the text before them and after them is identical.
    for (const SharedSectionValues& wanted : {values(1024, 20480, 2048), values(7, 65536, 4294967295u)}) {
        const std::u16string changed = parsed->withValues(value, wanted);
        const std::size_t tail = value.size() - parsed->tokenEnd();
        QCOMPARE(show(changed.substr(0, parsed->numbersBegin())),
                 show(value.substr(0, parsed->numbersBegin())));
        QCOMPARE(encodeUtf16Le(std::u16string_view(changed).substr(changed.size() - tail)),
                 encodeUtf16Le(std::u16string_view(value).substr(parsed->tokenEnd())));
        const auto reparsed = SharedSection::parse(changed);
        QVERIFY(reparsed.has_value());
        QVERIFY(reparsed->values() == wanted);
        QCOMPARE(reparsed->tokenBegin(), parsed->tokenBegin());
        const bool allNew = wanted.system != parsed->values().system &&
                            wanted.interactive != parsed->values().interactive &&
                            wanted.nonInteractive != parsed->values().nonInteractive;
        if (allNew) // numbers that stay keep their digits as written (leading zeros), new ones are plain
                    // decimals
            QCOMPARE(show(changed.substr(reparsed->numbersBegin(),
                                         reparsed->tokenEnd() - reparsed->numbersBegin())),
                     QString::fromStdString(formatSharedSection(wanted)));
    }
}

void SharedSectionTest::withValuesProducesTheExpectedValue_data() {
    QTest::addColumn<std::u16string>("value");
    QTest::addColumn<SharedSectionValues>("wanted");
    QTest::addColumn<std::u16string>("expected");
    QTest::newRow("Q142676: NT 4.0 gains ,512") << kSeed002Before << values(1024, 3072, 512)
                                                << replaced(kSeed002Before, u"1024,3072", u"1024,3072,512");
    QTest::newRow("Q142676's own before and after")
        << kSeed002Before << values(1024, 3072, 512) << kSeed002After;
    QTest::newRow("KB126962 on Windows 7 32-bit")
        << withNuls(kWin7Default, 1) << values(1024, 12288, 1024)
        << withNuls(replaced(kWin7Default, u"1024,12288,512", u"1024,12288,1024"), 1);
    QTest::newRow("Windows 10 64-bit, NULs kept")
        << withNuls(kWin10Default, 2) << values(1024, 20480, 2048)
        << withNuls(replaced(kWin10Default, u"1024,20480,768", u"1024,20480,2048"), 2);
    QTest::newRow("unchanged numbers keep their zeros")
        << std::u16string(u"x SharedSection=01024,3072,0512 y") << values(1024, 12288, 512)
        << std::u16string(u"x SharedSection=01024,12288,0512 y");
    QTest::newRow("a third number can be dropped")
        << std::u16string(u"SharedSection=1024,3072,512\t") << values(1024, 3072, std::nullopt)
        << std::u16string(u"SharedSection=1024,3072\t");
    QTest::newRow("two numbers stay two")
        << std::u16string(u"SharedSection=1024,512 ") << values(1024, 3072, {})
        << std::u16string(u"SharedSection=1024,3072 ");
}

void SharedSectionTest::withValuesProducesTheExpectedValue() {
    QFETCH(std::u16string, value);
    QFETCH(SharedSectionValues, wanted);
    QFETCH(std::u16string, expected);
    const auto parsed = SharedSection::parse(value);
    QVERIFY(parsed.has_value());
    QCOMPARE(show(parsed->withValues(value, wanted)), show(expected));
}

void SharedSectionTest::realHivesRoundTripByteForByte_data() {
    QTest::addColumn<QString>("hive");
    QTest::addColumn<QString>("numbers");
    QTest::addColumn<SharedSectionValues>("wanted");
    QTest::newRow("NT 4.0") << "nt4-sp3-x86.SYSTEM"
                            << "1024,3072" << values(1024, 3072, 512);
    QTest::newRow("Windows 7") << "win7-sp1-x86.SYSTEM"
                               << "1024,12288,512" << values(1024, 12288, 1024);
    QTest::newRow("Windows 10") << "win10-1709-x64-dirty.SYSTEM"
                                << "1024,20480,768" << values(1024, 20480, 2048);
}

// The value's bytes as hivexregedit (an independent reader of the real hive) exports them.
void SharedSectionTest::realHivesRoundTripByteForByte() {
    QFETCH(QString, hive);
    QFETCH(QString, numbers);
    QFETCH(SharedSectionValues, wanted);
    QTemporaryDir folder;
    const auto file = test::unpackHive(hive, folder.path());
    const auto exported =
        test::run(QStringLiteral("hivexregedit"),
                  {QStringLiteral("--export"), QString::fromStdString(file.string()),
                   QStringLiteral("\\ControlSet001\\Control\\Session Manager\\SubSystems")});
    QCOMPARE(exported.exitCode, 0);
    const std::vector<std::uint8_t> bytes = exportedWindowsValue(exported.out);
    QVERIFY(bytes.size() > 100);

    const auto text = decodeUtf16Le(bytes);
    QVERIFY(text.has_value());
    QCOMPARE(int(text->back()), 0); // REG_EXPAND_SZ with its NUL, as SOURCES.md says
    const auto parsed = SharedSection::parse(*text);
    QVERIFY(parsed.has_value());
    QCOMPARE(QString::fromStdString(formatSharedSection(parsed->values())), numbers);
    QVERIFY(encodeUtf16Le(parsed->withValues(*text, parsed->values())) == bytes);

    const std::vector<std::uint8_t> changed = encodeUtf16Le(parsed->withValues(*text, wanted));
    const std::size_t head = parsed->numbersBegin() * 2;
    const std::size_t tail = bytes.size() - parsed->tokenEnd() * 2;
    QVERIFY(std::equal(bytes.begin(), bytes.begin() + long(head), changed.begin()));
    QVERIFY(std::equal(bytes.end() - long(tail), bytes.end(), changed.end() - long(tail)));
    const std::string numbersWanted = formatSharedSection(wanted);
    QCOMPARE(changed.size(), head + tail + numbersWanted.size() * 2);
}

void SharedSectionTest::formatsAndEffectiveNonInteractive() {
    QCOMPARE(QString::fromStdString(formatSharedSection(values(1024, 20480, 768))),
             QStringLiteral("1024,20480,768"));
    QCOMPARE(QString::fromStdString(formatSharedSection(values(1024, 3072, {}))),
             QStringLiteral("1024,3072"));
    QCOMPARE(values(1024, 3072, {}).effectiveNonInteractive(), 3072u); // absent: yyyy (KB126962)
    QCOMPARE(values(1024, 3072, 512).effectiveNonInteractive(), 512u);
    QCOMPARE(values(1024, 3072, 64).effectiveNonInteractive(), 128u); // below 128: 128 (Q142676)
    QCOMPARE(values(1024, 100, {}).effectiveNonInteractive(), 128u);
}

void SharedSectionTest::errorNamesAreStableKebabCase() {
    const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    std::set<std::string_view> names;
    for (int code = int(SharedSectionError::NoToken); code <= int(SharedSectionError::StraySeparator);
         ++code) {
        const auto name = sharedSectionErrorName(SharedSectionError(code));
        QVERIFY2(kebab.match(QString::fromLatin1(name.data(), qsizetype(name.size()))).hasMatch(),
                 name.data());
        names.insert(name);
    }
    QCOMPARE(names.size(), std::size_t(9));
    QCOMPARE(sharedSectionErrorName(SharedSectionError::NoToken), std::string_view("no-token"));
    QCOMPARE(sharedSectionErrorName(SharedSectionError::StraySeparator), std::string_view("stray-separator"));
}

QTEST_APPLESS_MAIN(SharedSectionTest)
#include "tst_sharedsection.moc"
