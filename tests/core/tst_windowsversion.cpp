// Every Windows release from NT 3.1 to Windows 11 / Server 2025: family, names and bitness, with the
// boundaries between them (build 21999/22000, the server builds).

#include "model/core/WindowsVersion.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace heapfix;

namespace {

QString text(std::string_view name) {
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

} // namespace

class WindowsVersionTest : public QObject {
    Q_OBJECT

private slots:
    void knowsEveryRelease_data();
    void knowsEveryRelease();
    void familyNamesAreStableAndDistinct();
    void readsProcessorArchitecture_data();
    void readsProcessorArchitecture();
};

void WindowsVersionTest::knowsEveryRelease_data() {
    QTest::addColumn<uint>("major");
    QTest::addColumn<uint>("minor");
    QTest::addColumn<uint>("build");
    QTest::addColumn<bool>("server");
    QTest::addColumn<int>("architecture");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<int>("bitness");
    const auto row = [](const char* label, uint major, uint minor, uint build, bool server,
                        Architecture architecture, const char* family, const char* displayName, int bitness) {
        QTest::newRow(label) << major << minor << build << server << int(architecture)
                             << QString::fromLatin1(family) << QString::fromLatin1(displayName) << bitness;
    };
    using A = Architecture;
    row("NT 3.1", 3, 10, 528, false, A::X86, "nt-3.1", "Windows NT 3.1", 32);
    row("NT 3.1 written 3.1", 3, 1, 528, true, A::Unknown, "nt-3.1", "Windows NT 3.1", 32);
    row("NT 3.5", 3, 50, 807, false, A::Unknown, "nt-3.5", "Windows NT 3.5", 32);
    row("NT 3.51", 3, 51, 1057, true, A::X86, "nt-3.51", "Windows NT 3.51", 32);
    row("NT 4.0 (real hive)", 4, 0, 1381, false, A::X86, "nt-4.0", "Windows NT 4.0", 32);
    row("NT 4.0 Server", 4, 0, 1381, true, A::Unknown, "nt-4.0", "Windows NT 4.0", 32);
    row("2000", 5, 0, 2195, false, A::X86, "windows-2000", "Windows 2000", 32);
    row("2000 Server", 5, 0, 2195, true, A::Unknown, "windows-2000", "Windows 2000", 32);
    row("XP", 5, 1, 2600, false, A::X86, "windows-xp", "Windows XP", 32);
    row("XP x64", 5, 2, 3790, false, A::X64, "windows-xp", "Windows XP x64", 64);
    row("XP x64, architecture unknown", 5, 2, 3790, false, A::Unknown, "windows-xp", "Windows XP x64", 64);
    row("Server 2003", 5, 2, 3790, true, A::X86, "server-2003", "Windows Server 2003", 32);
    row("Server 2003 x64", 5, 2, 3790, true, A::X64, "server-2003", "Windows Server 2003 x64", 64);
    row("Server 2003 Itanium", 5, 2, 3790, true, A::Ia64, "server-2003", "Windows Server 2003 Itanium", 64);
    row("Server 2003, architecture unknown", 5, 2, 3790, true, A::Unknown, "server-2003",
        "Windows Server 2003", 0);
    row("Vista", 6, 0, 6002, false, A::X86, "windows-vista", "Windows Vista", 32);
    row("Server 2008", 6, 0, 6003, true, A::X64, "server-2008", "Windows Server 2008", 64);
    row("7 (real hive)", 6, 1, 7601, false, A::X86, "windows-7", "Windows 7", 32);
    row("Server 2008 R2 Itanium", 6, 1, 7601, true, A::Ia64, "server-2008-r2", "Windows Server 2008 R2", 64);
    row("8", 6, 2, 9200, false, A::X64, "windows-8", "Windows 8", 64);
    row("Server 2012", 6, 2, 9200, true, A::X64, "server-2012", "Windows Server 2012", 64);
    row("8.1", 6, 3, 9600, false, A::X86, "windows-8.1", "Windows 8.1", 32);
    row("Server 2012 R2", 6, 3, 9600, true, A::X64, "server-2012-r2", "Windows Server 2012 R2", 64);
    row("Vista, architecture unknown", 6, 0, 6002, false, A::Unknown, "windows-vista", "Windows Vista", 0);
    row("10 1507", 10, 0, 10240, false, A::X64, "windows-10", "Windows 10", 64);
    row("10 1709 (real hive)", 10, 0, 16299, false, A::X64, "windows-10", "Windows 10", 64);
    row("10 22H2 32-bit", 10, 0, 19045, false, A::X86, "windows-10", "Windows 10", 32);
    row("10, build 21999", 10, 0, 21999, false, A::X64, "windows-10", "Windows 10", 64);
    row("11, build 22000", 10, 0, 22000, false, A::X64, "windows-11", "Windows 11", 64);
    row("11 24H2 ARM64", 10, 0, 26100, false, A::Arm64, "windows-11", "Windows 11", 64);
    row("10, build unknown", 10, 0, 0, false, A::X64, "windows-10", "Windows 10", 64);
    row("Server 2016 preview", 10, 0, 10586, true, A::X64, "server-2016", "Windows Server 2016", 64);
    row("Server 2016", 10, 0, 14393, true, A::X64, "server-2016", "Windows Server 2016", 64);
    row("Server, build 17762", 10, 0, 17762, true, A::X64, "server-2016", "Windows Server 2016", 64);
    row("Server 2019", 10, 0, 17763, true, A::X64, "server-2019", "Windows Server 2019", 64);
    row("Server, build 20347", 10, 0, 20347, true, A::X64, "server-2019", "Windows Server 2019", 64);
    row("Server 2022", 10, 0, 20348, true, A::X64, "server-2022", "Windows Server 2022", 64);
    row("Server 2022, client build 22000", 10, 0, 22000, true, A::X64, "server-2022", "Windows Server 2022",
        64);
    row("Server, build 26099", 10, 0, 26099, true, A::X64, "server-2022", "Windows Server 2022", 64);
    row("Server 2025", 10, 0, 26100, true, A::X64, "server-2025", "Windows Server 2025", 64);
    row("nothing known", 0, 0, 0, false, A::Unknown, "unknown", "Unknown Windows", 0);
    row("nothing known but the architecture", 0, 0, 0, false, A::X64, "unknown", "Unknown Windows", 64);
    row("3.0", 3, 0, 0, false, A::Unknown, "unknown", "Windows NT 3.0", 0);
    row("4.1", 4, 1, 0, false, A::Unknown, "unknown", "Windows NT 4.1", 0);
    row("5.3", 5, 3, 0, false, A::X86, "unknown", "Windows NT 5.3", 32);
    row("6.4 (a 10 preview)", 6, 4, 9841, false, A::X64, "unknown", "Windows NT 6.4", 64);
    row("10.1", 10, 1, 0, false, A::Unknown, "unknown", "Windows NT 10.1", 0);
    row("11.0", 11, 0, 30000, false, A::X64, "unknown", "Windows NT 11.0", 64);
}

void WindowsVersionTest::knowsEveryRelease() {
    QFETCH(uint, major);
    QFETCH(uint, minor);
    QFETCH(uint, build);
    QFETCH(bool, server);
    QFETCH(int, architecture);
    QFETCH(QString, family);
    QFETCH(QString, displayName);
    QFETCH(int, bitness);
    WindowsVersion version;
    version.major = major;
    version.minor = minor;
    version.build = build;
    version.server = server;
    version.architecture = Architecture(architecture);
    version.source = VersionSource::Read;
    QCOMPARE(text(familyName(version.family())), family);
    QCOMPARE(QString::fromStdString(version.displayName()), displayName);
    QCOMPARE(version.bitness(), bitness);
}

void WindowsVersionTest::familyNamesAreStableAndDistinct() {
    const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z0-9.]+)*$"));
    std::set<QString> names;
    std::set<QString> displayNames;
    for (int family = int(WindowsFamily::Unknown); family <= int(WindowsFamily::Server2025); ++family) {
        const QString name = text(familyName(WindowsFamily(family)));
        QVERIFY2(kebab.match(name).hasMatch(), qPrintable(name));
        names.insert(name);
        displayNames.insert(text(familyDisplayName(WindowsFamily(family))));
    }
    QCOMPARE(names.size(), std::size_t(22));
    QCOMPARE(displayNames.size(), std::size_t(22));
    QCOMPARE(text(familyName(WindowsFamily::NT4)), QStringLiteral("nt-4.0"));
    QCOMPARE(text(familyName(WindowsFamily::Server2008R2)), QStringLiteral("server-2008-r2"));
}

void WindowsVersionTest::readsProcessorArchitecture_data() {
    QTest::addColumn<QString>("processor");
    QTest::addColumn<QString>("architecture");
    QTest::newRow("x86 (real hives)") << "x86"
                                      << "x86";
    QTest::newRow("X86") << "X86"
                         << "x86";
    QTest::newRow("AMD64 (real hive)") << "AMD64"
                                       << "x64";
    QTest::newRow("amd64") << "amd64"
                           << "x64";
    QTest::newRow("ARM64") << "ARM64"
                           << "arm64";
    QTest::newRow("Arm64") << "Arm64"
                           << "arm64";
    QTest::newRow("IA64") << "IA64"
                          << "ia64";
    QTest::newRow("our own x64") << "x64"
                                 << "x64";
    QTest::newRow("EM64T is not a Windows name") << "EM64T"
                                                 << "unknown";
    QTest::newRow("ARM (32-bit, not supported)") << "ARM"
                                                 << "unknown";
    QTest::newRow("empty") << ""
                           << "unknown";
    QTest::newRow("with a space") << "AMD64 "
                                  << "unknown";
}

void WindowsVersionTest::readsProcessorArchitecture() {
    QFETCH(QString, processor);
    QFETCH(QString, architecture);
    QCOMPARE(text(architectureName(architectureFromProcessorName(processor.toStdString()))), architecture);
}

QTEST_APPLESS_MAIN(WindowsVersionTest)
#include "tst_windowsversion.moc"
