// inspect(): the value read, parsed and advised on; from real hives (offline targets through hivex) and, for
// values no real hive holds, from the MemoryRegistry fake.
#include "MemoryTarget.h"
#include "TestSupport.h"

#include "model/core/SampleCatalog.h"
#include "model/core/Utf16.h"
#include "model/fix/Inspection.h"
#include "model/fix/Targets.h"

#include <QtTest>

using namespace heapfix;

class TestInspection : public QObject {
    Q_OBJECT
private slots:
    void realHives_data() {
        QTest::addColumn<QString>("hive");
        QTest::addColumn<QString>("numbers");
        QTest::newRow("NT 4.0") << "nt4-sp3-x86.SYSTEM"
                                << "1024,3072";
        QTest::newRow("Windows 7") << "win7-sp1-x86.SYSTEM"
                                   << "1024,12288,512";
        QTest::newRow("Windows 10 (dirty, logs replayed)") << "win10-1709-x64-dirty.SYSTEM"
                                                           << "1024,20480,768";
    }
    void realHives() {
        QFETCH(QString, hive);
        QFETCH(QString, numbers);
        QTemporaryDir dir;
        const std::filesystem::path system = test::unpackHive(hive, dir.path());
        if (hive.startsWith("win10")) {
            test::unpackHive(hive + ".LOG1", dir.path());
            test::unpackHive(hive + ".LOG2", dir.path());
        }
        TargetSpec spec;
        spec.kind = TargetSpec::Kind::Hives;
        spec.path = system;
        auto target = openTarget(spec);
        QVERIFY2(target.has_value(), target ? "" : target.error().message().c_str());
        const auto inspection = inspect(**target);
        QVERIFY2(inspection.has_value(), inspection ? "" : inspection.error().message().c_str());
        QVERIFY(inspection->isText);
        QVERIFY(inspection->sharedSection.has_value());
        QCOMPARE(QString::fromStdString(formatSharedSection(inspection->sharedSection->values())), numbers);
        QVERIFY(inspection->recommendation.has_value());
        QCOMPARE(inspection->recommendation->current, inspection->sharedSection->values());
        QVERIFY(inspection->key.find("ControlSet001") != std::string::npos);
        QCOMPARE(inspection->value.type, ValueType::ExpandString);
        QCOMPARE(encodeUtf16Le(inspection->text), inspection->value.data);
        // Independent reader: hivexget sees the same text in the hive file.
        if (!hive.startsWith("win10")) { // hivexget ignores the logs of the dirty hive
            const test::ProcessResult got =
                test::run("hivexget", {QString::fromStdString(system.string()),
                                       "\\ControlSet001\\Control\\Session Manager\\SubSystems", "Windows"});
            QCOMPARE(toUtf8(withoutTrailingNuls(inspection->text)), got.out.trimmed().toStdString());
        }
    }

    void malformedValueIsShownNotFailed() {
        test::MemoryTarget target;
        target.memory().set(
            subsystemsWindowsValue(),
            RegistryValue::fromText(ValueType::ExpandString, u"csrss.exe SharedSection=1024,,768"));
        const auto inspection = inspect(target);
        QVERIFY(inspection.has_value());
        QVERIFY(!inspection->sharedSection);
        QVERIFY(!inspection->recommendation);
        QVERIFY(inspection->parseError.has_value());
        QCOMPARE(inspection->parseError->code, SharedSectionError::EmptyNumber);
        QCOMPARE(
            inspection->key,
            std::string("HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\Session Manager\\SubSystems"));
    }

    void valueThatIsNoStringIsNeverParsed() {
        for (const RegistryValue& value :
             {RegistryValue::fromDword(1024), RegistryValue{ValueType::ExpandString, {0x41, 0, 0x42}}}) {
            test::MemoryTarget target;
            target.memory().set(subsystemsWindowsValue(), value);
            const auto inspection = inspect(target);
            QVERIFY(inspection.has_value());
            QVERIFY(!inspection->isText);
            QVERIFY(!inspection->sharedSection);
            QCOMPARE(inspection->parseError->code, SharedSectionError::NoToken);
            QCOMPARE(inspection->value, value);
        }
    }

    void missingValueFails() {
        test::MemoryTarget target;
        const auto inspection = inspect(target);
        QVERIFY(!inspection.has_value());
        QCOMPARE(inspection.error().code, ErrorCode::NotFound);
    }

    void symptomChangesTheAdvice() {
        test::MemoryTarget target;
        target.memory().set(
            subsystemsWindowsValue(),
            RegistryValue::fromText(ValueType::ExpandString, findSample("win10-x64")->windowsValue));
        const auto programs = inspect(target, Symptom::ManyPrograms);
        const auto services = inspect(target, Symptom::ServiceFails);
        QVERIFY(programs && services);
        QCOMPARE(programs->recommendation->recommended.nonInteractive, std::optional<std::uint32_t>(2048));
        QCOMPARE(services->recommendation->recommended.nonInteractive, std::optional<std::uint32_t>(2048));
        QCOMPARE(services->recommendation->recommended.interactive,
                 services->recommendation->current.interactive);
    }
};

QTEST_APPLESS_MAIN(TestInspection)
#include "tst_inspection.moc"
