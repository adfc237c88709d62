#pragma once
// A fake installation over the model's in-memory store, for the faults a real backend cannot be made to
// produce on demand (a write refused half-way, a read-back that differs), and for this computer's registry,
// which Linux does not have (what the pages say about a live target). The sample and offline paths of the
// tests use the real targets instead.

#include "model/core/MemoryRegistry.h"
#include "model/core/Target.h"
#include "model/core/Utf16.h"

#include <string>

namespace heapfix::test {

class FakeStoreTarget : public Target {
public:
    FakeStoreTarget(WindowsVersion windows, std::u16string_view value, TargetKind kind = TargetKind::Offline)
        : kind_(kind)
        , windows_(std::move(windows)) {
        store.set(subsystemsWindowsValue(), RegistryValue::fromText(ValueType::ExpandString, value));
    }

    TargetInfo info() const override {
        TargetInfo info;
        info.kind = kind_;
        if (kind_ == TargetKind::Live)
            info.elevated = true;
        else
            info.path = "/fake/Windows";
        if (kind_ == TargetKind::Sample)
            info.sampleName = "win10-x64";
        info.controlSet = "ControlSet001";
        return info;
    }
    RegistryStore& registry() override { return store; }
    WindowsVersion windowsVersion() override { return windows_; }

    std::u16string valueText() const {
        auto value = store.get(subsystemsWindowsValue());
        if (!value)
            return {};
        auto text = decodeUtf16Le(value->data);
        return text ? std::u16string(withoutTrailingNuls(*text)) : std::u16string();
    }

    MemoryRegistry store;

private:
    TargetKind kind_;
    WindowsVersion windows_;
};

inline WindowsVersion windows10x64() {
    WindowsVersion windows;
    windows.major = 10;
    windows.minor = 0;
    windows.build = 19045;
    windows.productName = "Windows 10 Pro";
    windows.edition = "Professional";
    windows.installationType = "Client";
    windows.architecture = Architecture::X64;
    windows.source = VersionSource::Read;
    return windows;
}

inline WindowsVersion windowsNt4() {
    WindowsVersion windows;
    windows.major = 4;
    windows.minor = 0;
    windows.build = 1381;
    windows.servicePack = "Service Pack 6";
    windows.architecture = Architecture::X86;
    windows.source = VersionSource::Read;
    return windows;
}

// Windows 10's default value with the given SharedSection numbers.
inline std::u16string windowsValue(std::u16string_view numbers) {
    return u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=" +
           std::u16string(numbers) +
           u" Windows=On SubSystemType=Windows ServerDll=basesrv,1 "
           u"ServerDll=winsrv:UserServerDllInitialization,3 "
           u"ServerDll=sxssrv,4 ProfileControl=Off MaxRequestThreads=16";
}

} // namespace heapfix::test
