// The Windows version from the registry when only SYSTEM speaks (an offline SYSTEM hive alone): the
// architecture, server or client, and "Vista or later" from "ServerDll=sxssrv,4" in the SubSystems value.
// The values come from the real hives, read by hivexget (an independent reader), and from the samples.

#include "TestSupport.h"

#include "model/core/MemoryRegistry.h"
#include "model/core/SampleCatalog.h"
#include "model/core/Utf16.h"
#include "model/core/VersionReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace heapfix;

namespace {

constexpr std::string_view kControl = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control";

QString hivexget(const std::filesystem::path& hive, const QString& key, const QString& name) {
    const test::ProcessResult result =
        test::run("hivexget", {QString::fromStdString(hive.string()), key, name});
    if (result.exitCode != 0)
        qFatal("hivexget %s %s: %s", qPrintable(key), qPrintable(name), result.err.constData());
    return QString::fromUtf8(result.out).chopped(1); // hivexget ends the value with a newline
}

void setText(MemoryRegistry& registry, std::string_view key, const char* name, const QString& text) {
    registry.set({std::string(kControl) + std::string(key), name},
                 RegistryValue::fromText(ValueType::String, text.toStdU16String()));
}

// A SYSTEM hive alone as the version reader sees it: the three values it asks SYSTEM for.
MemoryRegistry systemOnly(const QString& processor, const QString& productType, const QString& windowsValue) {
    MemoryRegistry registry;
    setText(registry, "\\Session Manager\\Environment", "PROCESSOR_ARCHITECTURE", processor);
    setText(registry, "\\ProductOptions", "ProductType", productType);
    registry.set(subsystemsWindowsValue(),
                 RegistryValue::fromText(ValueType::ExpandString, windowsValue.toStdU16String()));
    return registry;
}

} // namespace

class VersionReaderTest : public QObject {
    Q_OBJECT

private slots:
    void findsTheSideBySideServer_data();
    void findsTheSideBySideServer();
    void readsARealSystemHiveAlone_data();
    void readsARealSystemHiveAlone();
    void readsEachSampleSystemAlone_data();
    void readsEachSampleSystemAlone();
    void aReadVersionIsNeverVistaOrLater();
};

void VersionReaderTest::findsTheSideBySideServer_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("found");
    QTest::newRow("the token") << "ServerDll=sxssrv,4" << true;
    QTest::newRow("amid others") << "csrss.exe ServerDll=basesrv,1 ServerDll=sxssrv,4 ProfileControl=Off"
                                 << true;
    QTest::newRow("at the end, tab before") << "csrss.exe\tServerDll=sxssrv,4" << true;
    QTest::newRow("other case") << "csrss.exe serverdll=SXSSRV,4 x" << true;
    QTest::newRow("another number") << "csrss.exe ServerDll=sxssrv,40 x" << false;
    QTest::newRow("part of a token") << "csrss.exe xServerDll=sxssrv,4 x" << false;
    QTest::newRow("without the number") << "csrss.exe ServerDll=sxssrv x" << false;
    QTest::newRow("NT 4.0's ServerDlls")
        << "ServerDll=basesrv,1 ServerDll=winsrv:UserServerDllInitialization,3 "
           "ServerDll=winsrv:ConServerDllInitialization,2"
        << false;
    QTest::newRow("empty") << "" << false;
}

void VersionReaderTest::findsTheSideBySideServer() {
    QFETCH(QString, value);
    QFETCH(bool, found);
    QCOMPARE(startsSideBySideServer(value.toStdString()), found);
}

void VersionReaderTest::readsARealSystemHiveAlone_data() {
    QTest::addColumn<QString>("hive");
    QTest::addColumn<bool>("vistaOrLater");
    QTest::addColumn<int>("bitness");
    QTest::addColumn<QString>("displayName");
    // SOURCES.md: NT 4.0 SP3 x86 (a LanmanNT domain controller), 7 SP1 x86, 10 1709 x64.
    QTest::newRow("nt4") << "nt4-sp3-x86.SYSTEM" << false << 32 << "Unknown Windows";
    QTest::newRow("win7") << "win7-sp1-x86.SYSTEM" << true << 32 << "Windows Vista or later";
    QTest::newRow("win10") << "win10-1709-x64-dirty.SYSTEM" << true << 64 << "Windows Vista or later";
}

void VersionReaderTest::readsARealSystemHiveAlone() {
    QFETCH(QString, hive);
    QFETCH(bool, vistaOrLater);
    QFETCH(int, bitness);
    QFETCH(QString, displayName);
    QTemporaryDir folder;
    const std::filesystem::path file = test::unpackHive(hive, folder.path());
    const QString control = "\\ControlSet001\\Control";
    const QString windowsValue = hivexget(file, control + "\\Session Manager\\SubSystems", "Windows");
    QVERIFY(windowsValue.contains("SharedSection="));
    QCOMPARE(windowsValue.contains("ServerDll=sxssrv,4"), vistaOrLater);
    MemoryRegistry registry =
        systemOnly(hivexget(file, control + "\\Session Manager\\Environment", "PROCESSOR_ARCHITECTURE"),
                   hivexget(file, control + "\\ProductOptions", "ProductType"), windowsValue);

    const WindowsVersion version = readWindowsVersion(registry);
    QCOMPARE(version.source, VersionSource::Inferred);
    QCOMPARE(version.vistaOrLater, vistaOrLater);
    QCOMPARE(version.family(), WindowsFamily::Unknown);
    QCOMPARE(version.major, 0u);
    QCOMPARE(version.bitness(), bitness);
    QCOMPARE(QString::fromStdString(version.displayName()), displayName);
}

void VersionReaderTest::readsEachSampleSystemAlone_data() {
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("vistaOrLater");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("win10-x64") << "win10-x64" << true << "Windows Vista or later";
    QTest::newRow("win11-x64") << "win11-x64" << true << "Windows Vista or later";
    QTest::newRow("win7-x86") << "win7-x86" << true << "Windows Vista or later";
    QTest::newRow("xp-x86") << "xp-x86" << false << "Unknown Windows";
    QTest::newRow("2003-x64 (a server)") << "2003-x64" << false << "Unknown Windows";
    QTest::newRow("nt4-x86") << "nt4-x86" << false << "Unknown Windows";
}

void VersionReaderTest::readsEachSampleSystemAlone() {
    QFETCH(QString, sample);
    QFETCH(bool, vistaOrLater);
    QFETCH(QString, displayName);
    const SampleDefinition* definition = findSample(sample.toStdString());
    QVERIFY(definition);
    MemoryRegistry registry = systemOnly(QString::fromStdString(definition->processorArchitecture),
                                         definition->windows.server ? "ServerNT" : "WinNT",
                                         QString::fromStdU16String(definition->windowsValue));
    const WindowsVersion version = readWindowsVersion(registry);
    QCOMPARE(version.source, VersionSource::Inferred);
    QCOMPARE(version.vistaOrLater, vistaOrLater);
    // The sample's own version, where it was read, agrees: Vista is 6.0.
    QCOMPARE(definition->windows.major >= 6, vistaOrLater);
    QCOMPARE(version.bitness(), definition->windows.bitness());
    QCOMPARE(version.server, definition->windows.server);
    QCOMPARE(QString::fromStdString(version.displayName()), displayName);
}

void VersionReaderTest::aReadVersionIsNeverVistaOrLater() {
    // With SOFTWARE's release numbers the SubSystems value is not consulted: the release says it all.
    MemoryRegistry registry =
        systemOnly("x86", "WinNT", "csrss.exe SharedSection=1024,3072,512 ServerDll=sxssrv,4");
    registry.set({"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "CurrentVersion"},
                 RegistryValue::fromText(ValueType::String, u"5.1"));
    const WindowsVersion version = readWindowsVersion(registry);
    QCOMPARE(version.source, VersionSource::Read);
    QCOMPARE(version.family(), WindowsFamily::WindowsXP);
    QVERIFY(!version.vistaOrLater);

    MemoryRegistry server = systemOnly("AMD64", "ServerNT", "csrss.exe ServerDll=sxssrv,4");
    const WindowsVersion inferred = readWindowsVersion(server);
    QVERIFY(inferred.vistaOrLater);
    QCOMPARE(QString::fromStdString(inferred.displayName()), QString("Windows Server 2008 or later"));

    MemoryRegistry nothing;
    QCOMPARE(readWindowsVersion(nothing).source, VersionSource::Unknown);
    QVERIFY(!readWindowsVersion(nothing).vistaOrLater);
}

QTEST_GUILESS_MAIN(VersionReaderTest)
#include "tst_versionreader.moc"
