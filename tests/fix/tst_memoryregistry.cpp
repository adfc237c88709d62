// The MemoryRegistry fake itself: keys and names case-insensitive, CurrentControlSet resolved, and its
// injected faults happen exactly where they are asked for.
#include "model/core/MemoryRegistry.h"

#include <QtTest>

using namespace heapfix;
using Op = MemoryRegistry::Operation;

class TestMemoryRegistry : public QObject {
    Q_OBJECT
private slots:
    void keysAreCaseInsensitiveAndCurrentControlSetResolves() {
        MemoryRegistry registry("ControlSet002");
        const RegistryValue value = RegistryValue::fromText(ValueType::ExpandString, u"v");
        registry.set(subsystemsWindowsValue(), value);
        QCOMPARE(
            registry.resolveKey(kSubSystemsKey),
            std::string("HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002\\Control\\Session Manager\\SubSystems"));
        const ValuePath resolved{"hklm\\system\\controlset002\\CONTROL\\session manager\\subsystems",
                                 "WINDOWS"};
        QCOMPARE(*registry.read(resolved), value);
        QVERIFY(!registry.get(
            {"HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\Session Manager\\SubSystems", "Windows"}));
        // Only a whole path component is CurrentControlSet.
        QCOMPARE(registry.resolveKey("HKLM\\SYSTEM\\CurrentControlSetX"),
                 std::string("HKLM\\SYSTEM\\CurrentControlSetX"));
    }

    void missingValue() {
        MemoryRegistry registry;
        const auto read = registry.read(subsystemsWindowsValue());
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, ErrorCode::NotFound);
    }

    void failuresCountFromNow() {
        MemoryRegistry registry;
        const RegistryValue a = RegistryValue::fromDword(1), b = RegistryValue::fromDword(2);
        QVERIFY(registry.write(subsystemsWindowsValue(), a).has_value());
        registry.failAt(Op::Write, 2, makeError(ErrorCode::AccessDenied, "k", "injected"));
        QVERIFY(registry.write(subsystemsWindowsValue(), a).has_value());
        const auto failed = registry.write(subsystemsWindowsValue(), b);
        QVERIFY(!failed.has_value());
        QCOMPARE(failed.error().code, ErrorCode::AccessDenied);
        QCOMPARE(*registry.get(subsystemsWindowsValue()), a); // nothing changed
        QVERIFY(registry.write(subsystemsWindowsValue(), b).has_value());
        QCOMPARE(registry.count(Op::Write), 4);

        registry.failAt(Op::Read, 1, makeError(ErrorCode::Io, "k", "injected"));
        QVERIFY(!registry.read(subsystemsWindowsValue()).has_value());
        QCOMPARE(*registry.read(subsystemsWindowsValue()), b);
        QCOMPARE(registry.count(Op::Read), 2);
    }

    void corruptedWriteReportsSuccess() {
        MemoryRegistry registry;
        const RegistryValue wanted = RegistryValue::fromDword(1), stored = RegistryValue::fromDword(9);
        registry.corruptWriteAt(1, stored);
        QVERIFY(registry.write(subsystemsWindowsValue(), wanted).has_value());
        QCOMPARE(*registry.read(subsystemsWindowsValue()), stored);
        QVERIFY(registry.write(subsystemsWindowsValue(), wanted).has_value());
        QCOMPARE(*registry.read(subsystemsWindowsValue()), wanted);
    }
};

QTEST_APPLESS_MAIN(TestMemoryRegistry)
#include "tst_memoryregistry.moc"
