// Win32Registry against Wine's real registry, with Wine's reg.exe as the independent peer: what reg.exe sets,
// we read; what we write, reg.exe shows.

#include "model/win32/Win32Registry.h"
#include "model/core/Utf16.h"
#include "model/win32/RegistryKeyName.h"
#include "support/Win32TestSupport.h"

#include <gtest/gtest.h>

using namespace heapfix;
using namespace heapfix::test;

namespace {

const std::u16string kNt4Value =
    u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,3072 Windows=On "
    u"SubSystemType=Windows ServerDll=basesrv,1";

std::wstring wide(std::u16string_view text) {
    return std::wstring(text.begin(), text.end());
}

ProcessResult reg(const std::wstring& arguments) {
    return runProgram(L"reg.exe " + arguments);
}

} // namespace

TEST(RegistryKeyName, ParsesLongAndShortRoots) {
    auto name = parseRegistryKey("HKEY_LOCAL_MACHINE\\SYSTEM\\Select");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->root, HKEY_LOCAL_MACHINE);
    EXPECT_EQ(name->subkey, L"SYSTEM\\Select");
    auto shortName = parseRegistryKey("hkcu\\Software\\");
    ASSERT_TRUE(shortName);
    EXPECT_EQ(shortName->root, HKEY_CURRENT_USER);
    EXPECT_EQ(shortName->subkey, L"Software");
    auto rootOnly = parseRegistryKey("HKEY_USERS");
    ASSERT_TRUE(rootOnly);
    EXPECT_EQ(rootOnly->subkey, L"");
}

TEST(RegistryKeyName, RejectsUnknownRootsAndEmptyComponents) {
    auto unknown = parseRegistryKey("HKEY_NOWHERE\\SYSTEM");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::Malformed);
    EXPECT_FALSE(parseRegistryKey("SYSTEM\\Select"));
    EXPECT_FALSE(parseRegistryKey("HKLM\\SYSTEM\\\\Select"));
}

TEST(RegistryKeyName, ReplacesOnlyTheCurrentControlSetComponent) {
    EXPECT_EQ(replaceCurrentControlSet("HKLM\\SYSTEM\\currentcontrolset\\Control", "ControlSet002"),
              "HKLM\\SYSTEM\\ControlSet002\\Control");
    EXPECT_EQ(replaceCurrentControlSet("HKLM\\SYSTEM\\CurrentControlSetX\\Control", "ControlSet002"),
              "HKLM\\SYSTEM\\CurrentControlSetX\\Control");
    EXPECT_EQ(replaceCurrentControlSet("HKLM\\SYSTEM\\CurrentControlSet", ""),
              "HKLM\\SYSTEM\\CurrentControlSet");
    EXPECT_EQ(controlSetName(3), "ControlSet003");
}

TEST(Win32Registry, ReadsTheRawExpandStringThatRegAddSet) {
    ScratchKey key;
    const ProcessResult added =
        reg(L"add \"" + key.regName() + L"\" /v Windows /t REG_EXPAND_SZ /d \"" + wide(kNt4Value) + L"\" /f");
    ASSERT_EQ(added.exitCode, 0u) << added.output;
    Win32Registry registry;
    auto value = registry.read({key.name(), "Windows"});
    ASSERT_TRUE(value) << value.error().message();
    EXPECT_EQ(value->type, ValueType::ExpandString);
    // Unexpanded, byte for byte, with the one terminating NUL reg.exe writes.
    EXPECT_EQ(value->data, RegistryValue::fromText(ValueType::ExpandString, kNt4Value).data);
}

TEST(Win32Registry, ReadsOtherTypesAsTheirRawBytes) {
    ScratchKey key;
    ASSERT_EQ(reg(L"add \"" + key.regName() + L"\" /v Number /t REG_DWORD /d 0x12345678 /f").exitCode, 0u);
    Win32Registry registry;
    auto number = registry.read({key.name(), "Number"});
    ASSERT_TRUE(number) << number.error().message();
    EXPECT_EQ(number->type, ValueType::Dword);
    EXPECT_EQ(number->data, (std::vector<std::uint8_t>{0x78, 0x56, 0x34, 0x12}));
}

TEST(Win32Registry, WritesAnExpandStringThatRegQueryShowsUnexpanded) {
    ScratchKey key;
    ASSERT_EQ(reg(L"add \"" + key.regName() + L"\" /f").exitCode, 0u);
    Win32Registry registry;
    const std::u16string raised =
        u"%SystemRoot%\\system32\\csrss.exe SharedSection=1024,20480,2048 Windows=On";
    auto written =
        registry.write({key.name(), "Windows"}, RegistryValue::fromText(ValueType::ExpandString, raised));
    ASSERT_TRUE(written) << written.error().message();
    const ProcessResult query = reg(L"query \"" + key.regName() + L"\" /v Windows");
    ASSERT_EQ(query.exitCode, 0u) << query.output;
    EXPECT_NE(query.output.find("REG_EXPAND_SZ"), std::string::npos) << query.output;
    EXPECT_NE(query.output.find(toUtf8(raised)), std::string::npos) << query.output;
    auto back = registry.read({key.name(), "Windows"});
    ASSERT_TRUE(back);
    EXPECT_EQ(back->type, ValueType::ExpandString);
    EXPECT_EQ(back->data, RegistryValue::fromText(ValueType::ExpandString, raised).data);
}

TEST(Win32Registry, MissingValueAndMissingKeyAreNotFound) {
    ScratchKey key;
    Win32Registry registry;
    auto value = registry.read({key.name(), "Windows"});
    ASSERT_FALSE(value);
    EXPECT_EQ(value.error().code, ErrorCode::NotFound);
    EXPECT_NE(value.error().detail.find("Windows"), std::string::npos) << value.error().detail;
    auto missingKey = registry.read({key.name() + "\\Nowhere", "Windows"});
    ASSERT_FALSE(missingKey);
    EXPECT_EQ(missingKey.error().code, ErrorCode::NotFound);
}

TEST(Win32Registry, WriteNeverCreatesAKey) {
    ScratchKey key;
    Win32Registry registry;
    auto written = registry.write({key.name() + "\\Missing", "Windows"},
                                  RegistryValue::fromText(ValueType::ExpandString, u"x"));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::NotFound);
    EXPECT_NE(reg(L"query \"" + key.regName() + L"\\Missing\"").exitCode, 0u);
}

TEST(Win32Registry, OtherErrorsAreIoWithTheSystemsText) {
    const Error error = win32Error(ERROR_BADDB, "C:\\x\\SYSTEM", "loading the hive");
    EXPECT_EQ(error.code, ErrorCode::Io);
    EXPECT_NE(error.detail.find("loading the hive: "), std::string::npos);
    EXPECT_NE(error.detail.find("(error 1009)"), std::string::npos) << error.detail;
    EXPECT_GT(error.detail.size(), std::string("loading the hive: (error 1009)").size()) << error.detail;
    EXPECT_EQ(win32Error(ERROR_ACCESS_DENIED, "k", "x").code, ErrorCode::AccessDenied);
    EXPECT_EQ(win32Error(ERROR_FILE_NOT_FOUND, "k", "x").code, ErrorCode::NotFound);
}

TEST(Win32Registry, LiveResolveKeyNamesTheControlSetSelectCurrentPointsAt) {
    // The peer: reg.exe says which control set Select\Current names and whether that key exists.
    const ProcessResult select = reg(L"query HKLM\\SYSTEM\\Select /v Current");
    ASSERT_EQ(select.exitCode, 0u) << select.output;
    const std::size_t hex = select.output.find("0x");
    ASSERT_NE(hex, std::string::npos) << select.output;
    const auto number = static_cast<DWORD>(std::stoul(select.output.substr(hex + 2), nullptr, 16));
    const bool exists = reg(L"query HKLM\\SYSTEM\\" + toWide(controlSetName(number))).exitCode == 0;
    Win32Registry registry;
    const std::string key(kSubSystemsKey);
    const std::string expected = exists ? replaceCurrentControlSet(key, controlSetName(number)) : key;
    EXPECT_EQ(registry.resolveKey(key), expected);
}

TEST(Win32Registry, OfflineStoreRefusesKeysOutsideItsHives) {
    Win32Registry registry({{"HKEY_LOCAL_MACHINE\\SYSTEM", "HKEY_LOCAL_MACHINE\\HEAPFIX_NONE"}},
                           "ControlSet002");
    EXPECT_EQ(registry.resolveKey(std::string(kSubSystemsKey)),
              "HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002\\Control\\Session Manager\\SubSystems");
    auto physical = registry.physicalKey("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control");
    ASSERT_TRUE(physical);
    EXPECT_EQ(*physical, "HKEY_LOCAL_MACHINE\\HEAPFIX_NONE\\ControlSet002\\Control");
    auto outside = registry.read({"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft", "x"});
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(registry.physicalKey("HKEY_LOCAL_MACHINE\\SYSTEMX\\Select"));
}
