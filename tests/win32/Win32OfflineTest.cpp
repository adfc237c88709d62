// Offline installations through RegLoadKeyW under a temporary HKLM key. Wine's RegLoadKeyW loads only Wine's
// own text-format hives (a real regf file gives ERROR_BADDB), so the hives here are made by the test itself:
// keys written under a scratch key and saved with RegSaveKeyExW. Real regf hives load only on real Windows.

#include "model/core/Utf16.h"
#include "model/fix/Targets.h"
#include "model/win32/LiveSystem.h"
#include "model/win32/LoadedHive.h"
#include "support/Win32TestSupport.h"

#include <gtest/gtest.h>

using namespace heapfix;
using namespace heapfix::test;

namespace {

const std::u16string kXpValue = u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows "
                                u"SharedSection=1024,3072,512 Windows=On SubSystemType=Windows";
const std::u16string kDecoyValue = u"%SystemRoot%\\system32\\csrss.exe SharedSection=1,1,1";
const std::wstring kSessionManager = L"\\Control\\Session Manager";

void setValue(const std::wstring& subkey, const wchar_t* name, DWORD type, const void* data, DWORD size) {
    HKEY key = nullptr;
    ASSERT_EQ(RegCreateKeyExW(HKEY_LOCAL_MACHINE, subkey.c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr,
                              &key, nullptr),
              ERROR_SUCCESS);
    EXPECT_EQ(RegSetValueExW(key, name, 0, type, static_cast<const BYTE*>(data), size), ERROR_SUCCESS);
    RegCloseKey(key);
}

void setText(const std::wstring& subkey, const wchar_t* name, std::u16string_view text, DWORD type = REG_SZ) {
    const auto bytes = RegistryValue::fromText(static_cast<ValueType>(type), text).data;
    setValue(subkey, name, type, bytes.data(), static_cast<DWORD>(bytes.size()));
}

void setDword(const std::wstring& subkey, const wchar_t* name, DWORD number) {
    setValue(subkey, name, REG_DWORD, &number, sizeof(number));
}

void saveHive(const std::wstring& subkey, const std::filesystem::path& file) {
    ASSERT_TRUE(enablePrivilege(L"SeBackupPrivilege"));
    HKEY key = nullptr;
    ASSERT_EQ(RegOpenKeyExW(HKEY_LOCAL_MACHINE, subkey.c_str(), 0, KEY_READ, &key), ERROR_SUCCESS);
    EXPECT_EQ(RegSaveKeyExW(key, file.wstring().c_str(), nullptr, REG_LATEST_FORMAT), ERROR_SUCCESS);
    RegCloseKey(key);
}

// An XP x86 installation whose Select\Current is 2, with a decoy value in ControlSet001.
struct Installation {
    ScratchKey source;
    TempFolder folder;
    std::filesystem::path windows;
    std::filesystem::path system;
    std::filesystem::path software;

    Installation() {
        const std::wstring root = source.subkey();
        setDword(root + L"\\SYSTEM\\Select", L"Current", 2);
        setText(root + L"\\SYSTEM\\ControlSet001" + kSessionManager + L"\\SubSystems", L"Windows",
                kDecoyValue, REG_EXPAND_SZ);
        setText(root + L"\\SYSTEM\\ControlSet002" + kSessionManager + L"\\SubSystems", L"Windows", kXpValue,
                REG_EXPAND_SZ);
        setText(root + L"\\SYSTEM\\ControlSet002" + kSessionManager + L"\\Environment",
                L"PROCESSOR_ARCHITECTURE", u"x86");
        setText(root + L"\\SYSTEM\\ControlSet002\\Control\\ProductOptions", L"ProductType", u"WinNT");
        const std::wstring currentVersion = root + L"\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
        setText(currentVersion, L"CurrentVersion", u"5.1");
        setText(currentVersion, L"CurrentBuildNumber", u"2600");
        setText(currentVersion, L"CSDVersion", u"Service Pack 3");
        setText(currentVersion, L"ProductName", u"Microsoft Windows XP");
        windows = folder.path() / "WINDOWS";
        const auto config = windows / "system32" / "config"; // lower case, as XP has it
        std::filesystem::create_directories(config);
        system = config / "SYSTEM";
        software = config / "SOFTWARE";
        saveHive(root + L"\\SYSTEM", system);
        saveHive(root + L"\\SOFTWARE", software);
    }
};

TargetSpec folderSpec(const std::filesystem::path& windows) {
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::WindowsDir;
    spec.path = windows;
    return spec;
}

TargetSpec hivesSpec(const std::filesystem::path& system, const std::filesystem::path& software = {}) {
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Hives;
    spec.path = system;
    spec.softwareHive = software;
    return spec;
}

std::u16string textOf(const RegistryValue& value) {
    return std::u16string(withoutTrailingNuls(decodeUtf16Le(value.data).value_or(u"")));
}

} // namespace

TEST(OfflineTarget, LoadsAWindowsFolderUnderTemporaryKeysAndUnloadsThem) {
    Installation installation;
    {
        auto target = openTarget(folderSpec(installation.windows));
        ASSERT_TRUE(target) << target.error().message();
        EXPECT_EQ(machineKeysStartingWith(loadedHivePrefix()).size(), 2u); // SYSTEM and SOFTWARE are loaded
        const TargetInfo info = (*target)->info();
        EXPECT_EQ(info.kind, TargetKind::Offline);
        EXPECT_EQ(info.controlSet, "ControlSet002");
        EXPECT_FALSE(info.elevated.has_value());
        auto value = (*target)->registry().read(subsystemsWindowsValue());
        ASSERT_TRUE(value) << value.error().message();
        EXPECT_EQ(value->type, ValueType::ExpandString);
        EXPECT_EQ(textOf(*value), kXpValue); // ControlSet002, not the decoy in ControlSet001
        EXPECT_EQ((*target)->registry().resolveKey(std::string(kSubSystemsKey)),
                  "HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002\\Control\\Session Manager\\SubSystems");
    }
    EXPECT_TRUE(machineKeysStartingWith(loadedHivePrefix()).empty());
}

TEST(OfflineTarget, ReadsTheVersionFromSoftwareAndTheBitnessFromSystem) {
    Installation installation;
    auto target = openTarget(folderSpec(installation.windows));
    ASSERT_TRUE(target) << target.error().message();
    const WindowsVersion version = (*target)->windowsVersion();
    EXPECT_EQ(version.source, VersionSource::Read);
    EXPECT_EQ(version.major, 5u);
    EXPECT_EQ(version.minor, 1u);
    EXPECT_EQ(version.build, 2600u);
    EXPECT_EQ(version.servicePack, "Service Pack 3");
    EXPECT_EQ(version.productName, "Microsoft Windows XP");
    EXPECT_FALSE(version.server);
    EXPECT_EQ(version.architecture, Architecture::X86);
    EXPECT_EQ(version.bitness(), 32);
    EXPECT_EQ(version.family(), WindowsFamily::WindowsXP);
}

// Windows writes a change to a loaded hive back to its file; Wine 8 keeps it in memory only and the change
// is gone after RegUnLoadKeyW (the file stays byte-identical), so under Wine the write is refused rather than
// reported done and silently lost.
TEST(OfflineTarget, WriteReachesTheFileOnWindowsAndIsRefusedUnderWine) {
    Installation installation;
    const auto before = readFileBytes(installation.system);
    const std::u16string raised =
        u"%SystemRoot%\\system32\\csrss.exe SharedSection=1024,3072,2048 Windows=On";
    {
        auto target = openTarget(hivesSpec(installation.system));
        ASSERT_TRUE(target) << target.error().message();
        auto written = (*target)->registry().write(subsystemsWindowsValue(),
                                                   RegistryValue::fromText(ValueType::ExpandString, raised));
        if (runningUnderWine()) {
            ASSERT_FALSE(written);
            EXPECT_EQ(written.error().code, ErrorCode::Unsupported);
            EXPECT_NE(written.error().detail.find("Wine"), std::string::npos) << written.error().detail;
        } else {
            ASSERT_TRUE(written) << written.error().message();
        }
    }
    auto reopened = openTarget(hivesSpec(installation.system));
    ASSERT_TRUE(reopened) << reopened.error().message();
    auto value = (*reopened)->registry().read(subsystemsWindowsValue());
    ASSERT_TRUE(value) << value.error().message();
    if (runningUnderWine()) {
        EXPECT_EQ(textOf(*value), kXpValue);
        EXPECT_EQ(readFileBytes(installation.system), before);
    } else {
        EXPECT_EQ(textOf(*value), raised);
    }
}

TEST(OfflineTarget, SystemHiveAloneInfersTheVersionFromBitnessAndProductType) {
    Installation installation;
    auto target = openTarget(hivesSpec(installation.system));
    ASSERT_TRUE(target) << target.error().message();
    EXPECT_EQ(machineKeysStartingWith(loadedHivePrefix()).size(), 1u);
    const WindowsVersion version = (*target)->windowsVersion();
    EXPECT_EQ(version.source, VersionSource::Inferred); // as the hive backend: SYSTEM alone spoke
    EXPECT_EQ(version.bitness(), 32);
}

TEST(OfflineTarget, BrokenSoftwareHiveUnloadsSystemAndChangesNothing) {
    Installation installation;
    writeFileBytes(installation.software, {'r', 'e', 'g', 'f', 0, 1, 2, 3, 0xff, 0xfe});
    const auto systemBefore = readFileBytes(installation.system);
    const auto softwareBefore = readFileBytes(installation.software);
    auto target = openTarget(folderSpec(installation.windows));
    ASSERT_FALSE(target);
    EXPECT_EQ(target.error().code, ErrorCode::Corrupt) << target.error().message();
    EXPECT_NE(target.error().subject.find("SOFTWARE"), std::string::npos) << target.error().message();
    EXPECT_TRUE(machineKeysStartingWith(loadedHivePrefix()).empty()); // SYSTEM was unloaded on the error path
    EXPECT_EQ(readFileBytes(installation.system), systemBefore);
    EXPECT_EQ(readFileBytes(installation.software), softwareBefore);
}

TEST(OfflineTarget, HiveWithoutSelectCurrentIsCorruptAndUnloaded) {
    Installation installation;
    // SOFTWARE named as the SYSTEM hive: a loadable hive, but not a SYSTEM one.
    auto target = openTarget(hivesSpec(installation.software));
    ASSERT_FALSE(target);
    EXPECT_EQ(target.error().code, ErrorCode::Corrupt);
    EXPECT_NE(target.error().detail.find("Select"), std::string::npos) << target.error().detail;
    EXPECT_TRUE(machineKeysStartingWith(loadedHivePrefix()).empty());
}

// Wine does not enforce registry ACLs for its administrator token (a key denying KEY_SET_VALUE to Everyone
// is still written), so the real access error it can give is a missing privilege: this process gives up
// SeRestorePrivilege for good (each test runs in a process of its own).
TEST(OfflineTarget, WithoutTheRestorePrivilegeIsAccessDeniedAndLoadsNothing) {
    Installation installation;
    const auto before = readFileBytes(installation.system);
    HANDLE token = nullptr;
    ASSERT_TRUE(OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token));
    TOKEN_PRIVILEGES removal{};
    removal.PrivilegeCount = 1;
    removal.Privileges[0].Attributes = SE_PRIVILEGE_REMOVED;
    ASSERT_TRUE(LookupPrivilegeValueW(nullptr, L"SeRestorePrivilege", &removal.Privileges[0].Luid));
    ASSERT_TRUE(AdjustTokenPrivileges(token, FALSE, &removal, 0, nullptr, nullptr));
    CloseHandle(token);
    auto target = openTarget(folderSpec(installation.windows));
    ASSERT_FALSE(target);
    EXPECT_EQ(target.error().code, ErrorCode::AccessDenied) << target.error().message();
    EXPECT_NE(target.error().detail.find("administrator"), std::string::npos) << target.error().detail;
    EXPECT_TRUE(machineKeysStartingWith(loadedHivePrefix()).empty());
    EXPECT_EQ(readFileBytes(installation.system), before);
}

TEST(OfflineTarget, FolderWithoutSystemHiveIsNotFound) {
    TempFolder folder;
    auto target = openTarget(folderSpec(folder.path()));
    ASSERT_FALSE(target);
    EXPECT_EQ(target.error().code, ErrorCode::NotFound);
    EXPECT_NE(target.error().detail.find("System32"), std::string::npos) << target.error().detail;
}

TEST(OfflineTarget, RealRegfHiveLoadsOnWindowsOrIsRefusedUnchanged) {
    TempFolder folder;
    const std::filesystem::path hive = folder.path() / "SYSTEM";
    std::filesystem::copy_file(HEAPFIX_REAL_SYSTEM_HIVE, hive);
    const auto before = readFileBytes(hive);
    ASSERT_GT(before.size(), 4096u);
    ASSERT_EQ(std::string(before.begin(), before.begin() + 4), "regf");
    bool loaded = false;
    {
        auto target = openTarget(hivesSpec(hive));
        loaded = target.has_value();
        if (loaded) { // real Windows: the Windows 7 SP1 x86 hive of SOURCES.md
            EXPECT_EQ((*target)->info().controlSet, "ControlSet001");
            EXPECT_EQ((*target)->windowsVersion().bitness(), 32);
        } else { // Wine 8: ERROR_NOT_REGISTRY_FILE (1017), said in words that name the file
            EXPECT_EQ(target.error().code, ErrorCode::Corrupt) << target.error().message();
            EXPECT_NE(target.error().subject.find("SYSTEM"), std::string::npos);
            EXPECT_NE(target.error().detail.find("does not accept this file as a registry hive"),
                      std::string::npos)
                << target.error().detail;
        }
    }
    EXPECT_TRUE(machineKeysStartingWith(loadedHivePrefix()).empty());
    if (!loaded) {
        EXPECT_EQ(readFileBytes(hive), before); // a refused file is left byte-identical
    }
}
