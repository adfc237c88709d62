// The live target: this (Wine) computer's version, architecture, elevation and the SubSystems value, each
// checked against what reg.exe or Wine's configuration says. HEAPFIX_EXPECT_WINDOWS, set by
// wine-version-test.sh after `winecfg -v`, names the Windows the prefix imitates.

#include "model/core/SampleCatalog.h"
#include "model/core/Utf16.h"
#include "model/fix/Targets.h"
#include "model/win32/LiveSystem.h"
#include "support/Win32TestSupport.h"

#include <gtest/gtest.h>

#include <shlobj.h>

#include <cstdlib>
#include <map>

using namespace heapfix;
using namespace heapfix::test;

namespace {

std::unique_ptr<Target> openLive() {
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Live;
    auto target = openTarget(spec);
    EXPECT_TRUE(target);
    return target ? std::move(*target) : nullptr;
}

// The data of a REG_SZ as reg.exe prints it: "    Name    REG_SZ    data\r\n".
std::string regQueryText(const std::wstring& key, const std::wstring& name) {
    const ProcessResult query = runProgram(L"reg.exe query \"" + key + L"\" /v " + name);
    const std::size_t type = query.output.find("REG_SZ");
    if (query.exitCode != 0 || type == std::string::npos)
        return {};
    std::string data = query.output.substr(type + 6);
    data.erase(0, data.find_first_not_of(' '));
    return data.substr(0, data.find_first_of("\r\n"));
}

const std::wstring kCurrentVersion = L"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";

struct ImitatedWindows {
    std::uint32_t major;
    std::uint32_t minor;
    std::uint32_t minimumBuild;
    WindowsFamily family;
};

} // namespace

TEST(LiveTarget, VersionAgreesWithTheCurrentVersionKey) {
    auto target = openLive();
    ASSERT_TRUE(target);
    const WindowsVersion version = target->windowsVersion();
    EXPECT_EQ(version.source, VersionSource::Read);
    EXPECT_EQ(std::to_string(version.build), regQueryText(kCurrentVersion, L"CurrentBuildNumber"));
    EXPECT_EQ(version.productName, regQueryText(kCurrentVersion, L"ProductName"));
    EXPECT_NE(version.family(), WindowsFamily::Unknown);
}

TEST(LiveTarget, VersionIsTheOneWineImitates) {
    const char* configured = std::getenv("HEAPFIX_EXPECT_WINDOWS");
    const std::string name = configured ? configured : "win7"; // a fresh Wine 8 prefix imitates Windows 7
    const std::map<std::string, ImitatedWindows> known{
        {"winxp64", {5, 2, 3790, WindowsFamily::WindowsXP}}, // XP Professional x64 Edition: 5.2, a client
        {"win7", {6, 1, 7601, WindowsFamily::Windows7}},
        {"win10", {10, 0, 10240, WindowsFamily::Windows10}},
    };
    ASSERT_TRUE(known.count(name)) << name;
    const ImitatedWindows& expected = known.at(name);
    auto target = openLive();
    ASSERT_TRUE(target);
    const WindowsVersion version = target->windowsVersion();
    EXPECT_EQ(version.major, expected.major);
    EXPECT_EQ(version.minor, expected.minor);
    EXPECT_GE(version.build, expected.minimumBuild);
    EXPECT_FALSE(version.server);
    EXPECT_EQ(version.family(), expected.family);
    EXPECT_EQ(version.bitness(), 64);
}

TEST(LiveTarget, ArchitectureIsTheOperatingSystemsAsTheEnvironmentKeySaysIt) {
    const std::string processor = regQueryText(
        L"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment", L"PROCESSOR_ARCHITECTURE");
    ASSERT_FALSE(processor.empty());
    EXPECT_EQ(liveArchitecture(), architectureFromProcessorName(processor));
    auto target = openLive();
    ASSERT_TRUE(target);
    EXPECT_EQ(target->windowsVersion().architecture, liveArchitecture());
}

TEST(LiveTarget, SaysWhetherItIsElevated) {
    auto target = openLive();
    ASSERT_TRUE(target);
    const TargetInfo info = target->info();
    EXPECT_EQ(info.kind, TargetKind::Live);
    ASSERT_TRUE(info.elevated.has_value());
    // The peer: shell32's IsUserAnAdmin, true only with an elevated administrator token (Wine gives every
    // process one).
    EXPECT_EQ(*info.elevated, IsUserAnAdmin() != FALSE);
}

TEST(LiveTarget, ReadsAndWritesTheSubsystemsValueThroughCurrentControlSet) {
    const std::wstring key = L"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\SubSystems";
    const std::wstring original = L"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows "
                                  L"SharedSection=1024,20480,768 Windows=On SubSystemType=Windows";
    ASSERT_EQ(
        runProgram(L"reg.exe add \"" + key + L"\" /v Windows /t REG_EXPAND_SZ /d \"" + original + L"\" /f")
            .exitCode,
        0u);
    auto target = openLive();
    ASSERT_TRUE(target);
    auto value = target->registry().read(subsystemsWindowsValue());
    ASSERT_TRUE(value) << value.error().message();
    EXPECT_EQ(value->type, ValueType::ExpandString);
    EXPECT_EQ(toWide(toUtf8(withoutTrailingNuls(decodeUtf16Le(value->data).value()))), original);
    const std::u16string raised = u"%SystemRoot%\\system32\\csrss.exe SharedSection=1024,20480,2048";
    ASSERT_TRUE(target->registry().write(subsystemsWindowsValue(),
                                         RegistryValue::fromText(ValueType::ExpandString, raised)));
    const ProcessResult query = runProgram(L"reg.exe query \"" + key + L"\" /v Windows");
    EXPECT_NE(query.output.find("REG_EXPAND_SZ    " + toUtf8(raised)), std::string::npos) << query.output;
    runProgram(L"reg.exe delete \"" + key + L"\" /v Windows /f");
}

TEST(SampleTarget, IsAFreshInMemoryCopyOfTheCatalogEntry) {
    const SampleDefinition* sample = findSample("win7-x86");
    ASSERT_NE(sample, nullptr);
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Sample;
    spec.sampleName = "win7-x86";
    auto first = openTarget(spec);
    ASSERT_TRUE(first) << first.error().message();
    EXPECT_EQ((*first)->info().kind, TargetKind::Sample);
    EXPECT_EQ((*first)->info().path, "memory:win7-x86");
    EXPECT_EQ((*first)->windowsVersion().family(), sample->windows.family());
    const RegistryValue defaultValue = RegistryValue::fromText(ValueType::ExpandString, sample->windowsValue);
    EXPECT_EQ((*first)->registry().read(subsystemsWindowsValue()).value(), defaultValue);
    ASSERT_TRUE((*first)->registry().write(subsystemsWindowsValue(),
                                           RegistryValue::fromText(ValueType::ExpandString, u"changed")));
    auto second = openTarget(spec);
    ASSERT_TRUE(second);
    EXPECT_EQ((*second)->registry().read(subsystemsWindowsValue()).value(), defaultValue);
    spec.sampleName = "no-such-sample";
    EXPECT_FALSE(openTarget(spec));
}
