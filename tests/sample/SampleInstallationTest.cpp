// Every sample installation, written by heapfix (BlankHive + hivex), read back by the independent peers:
// hivex (never UNSAFE), hivexregedit --export, hivexget and chntpw's reged. The catalog's "Windows" values
// are also compared with the real hives of the same releases in ../shared/testdata/hives.

#include "RegExportParsing.h"
#include "TestSupport.h"

#include "model/core/SampleCatalog.h"
#include "model/hive/SampleInstallation.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <hivex.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <map>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

const QString kSubSystems = "\\ControlSet001\\Control\\Session Manager\\SubSystems";
const QString kCurrentVersion = "\\Microsoft\\Windows NT\\CurrentVersion";

QString text(const fs::path& path) {
    return QString::fromStdString(path.string());
}

QString registryPath(const std::string& key) {
    return "\\" + QString::fromStdString(key);
}

QMap<QString, ExportedValue> exportKey(const fs::path& hive, const QString& key) {
    const ProcessResult exported =
        run("hivexregedit", {"--export", "--prefix", "HKEY_LOCAL_MACHINE\\SAMPLE", text(hive), key});
    if (exported.exitCode != 0)
        qWarning("hivexregedit failed: %s", exported.err.constData());
    return parseRegValues(exported.out);
}

QByteArray hivexget(const fs::path& hive, const QString& key, const QString& name) {
    const ProcessResult got = run("hivexget", {text(hive), key, name});
    return got.exitCode == 0 ? got.out.chopped(got.out.endsWith('\n') ? 1 : 0)
                             : QByteArray("<hivexget failed>");
}

QByteArray asBytes(const RegistryValue& value) {
    return QByteArray(reinterpret_cast<const char*>(value.data.data()),
                      static_cast<qsizetype>(value.data.size()));
}

} // namespace

class SampleInstallationTest : public QObject {
    Q_OBJECT

    QTemporaryDir parent_;
    std::map<std::string, SampleFiles> samples_;

    const SampleFiles& files(const QString& name) { return samples_.at(name.toStdString()); }

    static void addSampleRows() {
        QTest::addColumn<QString>("name");
        for (const SampleDefinition& sample : sampleCatalog())
            QTest::newRow(sample.name.c_str()) << QString::fromStdString(sample.name);
    }

private slots:
    void initTestCase() {
        QVERIFY(parent_.isValid());
        QVERIFY(sampleCatalog().size() >= 6);
        for (const SampleDefinition& sample : sampleCatalog()) {
            auto created = createSampleInstallation(sample, parent_.path().toStdString());
            QVERIFY2(created.has_value(), created ? "" : created.error().message().c_str());
            qInfo("%s: SYSTEM %llu bytes, SOFTWARE %llu bytes", sample.name.c_str(),
                  static_cast<unsigned long long>(fs::file_size(created->systemHive)),
                  static_cast<unsigned long long>(fs::file_size(created->softwareHive)));
            samples_.emplace(sample.name, *created);
        }
    }

    void folderHoldsOnlyTheSamples() {
        QStringList expected;
        for (const SampleDefinition& sample : sampleCatalog())
            expected << QString::fromStdString(sample.name);
        expected.sort();
        QCOMPARE(QDir(parent_.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 expected); // no staging folder left behind
        const SampleFiles& win10 = samples_.at("win10-x64");
        QCOMPARE(win10.systemHive, fs::path(parent_.path().toStdString()) / "win10-x64" / "Windows" /
                                       "System32" / "config" / "SYSTEM");
        QVERIFY(fs::is_regular_file(win10.softwareHive));
    }

    void baseBlocksAreValid_data() { addSampleRows(); }
    void baseBlocksAreValid() {
        QFETCH(QString, name);
        for (const fs::path& hive : {files(name).systemHive, files(name).softwareHive}) {
            const QByteArray bytes = readFile(hive);
            QCOMPARE(bytes.left(4), QByteArray("regf"));
            QCOMPARE(readLe32(bytes, 4), readLe32(bytes, 8));
            QCOMPARE(readLe32(bytes, 0x1FC), xorOfFirst508Bytes(bytes));
            QCOMPARE(static_cast<qsizetype>(readLe32(bytes, 40)) + 4096, bytes.size());
        }
    }

    void hivexReadsTheWindowsValue_data() { addSampleRows(); }
    void hivexReadsTheWindowsValue() {
        QFETCH(QString, name);
        const SampleDefinition& sample = *findSample(name.toStdString());
        hive_h* hive = hivex_open(files(name).systemHive.c_str(), 0);
        QVERIFY(hive != nullptr);
        hive_node_h node = hivex_root(hive);
        for (const char* segment : {"ControlSet001", "Control", "Session Manager", "SubSystems"})
            node = node == 0 ? 0 : hivex_node_get_child(hive, node, segment);
        QVERIFY(node != 0);
        const hive_value_h value = hivex_node_get_value(hive, node, "Windows");
        QVERIFY(value != 0);
        hive_type type{};
        std::size_t size = 0;
        char* data = hivex_value_value(hive, value, &type, &size);
        const QByteArray bytes(data, static_cast<qsizetype>(size));
        std::free(data);
        hivex_close(hive);
        QCOMPARE(type, hive_t_REG_EXPAND_SZ);
        QCOMPARE(bytes, utf16LeWithNul(sample.windowsValue)); // one NUL, nothing after it
    }

    void hivexregeditExportsTheExactValue_data() { addSampleRows(); }
    void hivexregeditExportsTheExactValue() {
        QFETCH(QString, name);
        const SampleDefinition& sample = *findSample(name.toStdString());
        const auto values = exportKey(files(name).systemHive, kSubSystems);
        QVERIFY(values.contains("Windows"));
        QCOMPARE(values["Windows"].type, 2u);
        QCOMPARE(values["Windows"].bytes, utf16LeWithNul(sample.windowsValue));
    }

    void hivexgetPrintsTheValue_data() { addSampleRows(); }
    void hivexgetPrintsTheValue() {
        QFETCH(QString, name);
        const SampleDefinition& sample = *findSample(name.toStdString());
        QCOMPARE(QString::fromUtf8(hivexget(files(name).systemHive, kSubSystems, "Windows")),
                 QString::fromStdU16String(sample.windowsValue));
        QCOMPARE(hivexget(files(name).systemHive, "\\Select", "Current"), QByteArray("1"));
    }

    void regedReadsTheValue_data() { addSampleRows(); }
    void regedReadsTheValue() {
        QFETCH(QString, name);
        const SampleDefinition& sample = *findSample(name.toStdString());
        QTemporaryDir out;
        const QString regFile = out.filePath("out.reg");
        const ProcessResult reged = run("reged", {"-x", text(files(name).systemHive),
                                                  "HKEY_LOCAL_MACHINE\\SYSTEM", kSubSystems, regFile});
        QCOMPARE(reged.exitCode, 0);
        const auto values = parseRegValues(readFile(regFile.toStdString()));
        QVERIFY2(values.contains("Windows"), reged.out.constData());
        QCOMPARE(values["Windows"].type, 2u);
        QCOMPARE(values["Windows"].bytes, utf16LeWithNul(sample.windowsValue));
    }

    // Every value the catalog puts in either hive, as hivexregedit exports it.
    void everyCatalogValueExports_data() { addSampleRows(); }
    void everyCatalogValueExports() {
        QFETCH(QString, name);
        const SampleDefinition& sample = *findSample(name.toStdString());
        const auto check = [](const fs::path& hive, const std::vector<SampleKey>& keys) {
            for (const SampleKey& key : keys) {
                const auto exported = exportKey(hive, registryPath(key.path));
                QCOMPARE(exported.size(), static_cast<qsizetype>(key.values.size()));
                for (const SampleValue& value : key.values) {
                    const QString valueName = QString::fromStdString(value.name);
                    QVERIFY2(exported.contains(valueName),
                             qPrintable(registryPath(key.path) + "\\" + valueName));
                    QCOMPARE(exported[valueName].type, static_cast<std::uint32_t>(value.type));
                    QCOMPARE(exported[valueName].bytes, asBytes(value.encoded()));
                }
            }
        };
        check(files(name).systemHive, sampleSystemKeys(sample));
        check(files(name).softwareHive, sampleSoftwareKeys(sample));
    }

    void systemHoldsTheControlSetFacts_data() { addSampleRows(); }
    void systemHoldsTheControlSetFacts() {
        QFETCH(QString, name);
        const SampleDefinition& sample = *findSample(name.toStdString());
        const auto select = exportKey(files(name).systemHive, "\\Select");
        QCOMPARE(select["Current"].bytes, QByteArray("\x01\0\0\0", 4));
        QCOMPARE(select["Current"].type, 4u);
        QCOMPARE(select["LastKnownGood"].bytes, QByteArray("\x02\0\0\0", 4));
        const fs::path& system = files(name).systemHive;
        QCOMPARE(hivexget(system, "\\ControlSet001\\Control\\Session Manager\\Environment",
                          "PROCESSOR_ARCHITECTURE"),
                 QByteArray::fromStdString(sample.processorArchitecture));
        QCOMPARE(hivexget(system, "\\ControlSet001\\Control\\ProductOptions", "ProductType"),
                 QByteArray(sample.windows.server ? "ServerNT" : "WinNT"));
        const auto memory = exportKey(system, "\\ControlSet001\\Control\\Session Manager\\Memory Management");
        QCOMPARE(memory["PagingFiles"].type, 7u);
        QVERIFY(memory["PagingFiles"].bytes.endsWith(QByteArray(4, '\0'))); // last string's NUL + the list's
        QVERIFY(exportKey(system, "\\ControlSet001\\Control\\CrashControl").contains("CrashDumpEnabled"));
    }

    void softwareHoldsTheVersion_data() { addSampleRows(); }
    void softwareHoldsTheVersion() {
        QFETCH(QString, name);
        const SampleDefinition& sample = *findSample(name.toStdString());
        const WindowsVersion& v = sample.windows;
        const auto values = exportKey(files(name).softwareHive, kCurrentVersion);
        QCOMPARE(values["CurrentVersion"].bytes, utf16LeWithNul(sample.currentVersion));
        QCOMPARE(values["CurrentBuildNumber"].bytes,
                 utf16LeWithNul(QString::number(v.build).toStdU16String()));
        QCOMPARE(values["CurrentBuildNumber"].type, 1u);
        const auto expectText = [&](const char* valueName, const std::string& expected) {
            QCOMPARE(values.contains(valueName), !expected.empty());
            if (!expected.empty())
                QCOMPARE(values[valueName].bytes,
                         utf16LeWithNul(QString::fromStdString(expected).toStdU16String()));
        };
        expectText("ProductName", v.productName);
        expectText("EditionID", v.edition);
        expectText("CSDVersion", v.servicePack);
        expectText("InstallationType", v.installationType);
        QCOMPARE(values.contains("CurrentMajorVersionNumber"), v.major >= 10);
        if (v.major >= 10) {
            QCOMPARE(values["CurrentMajorVersionNumber"].type, 4u);
            QCOMPARE(values["CurrentMajorVersionNumber"].bytes, QByteArray("\x0a\0\0\0", 4));
            QCOMPARE(values["CurrentMinorVersionNumber"].bytes, QByteArray(4, '\0'));
        }
    }

    // The catalog spells the releases' defaults; where a real hive of the release exists, they must agree.
    void catalogMatchesTheRealHives_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("realHive");
        QTest::newRow("nt4") << "nt4-x86"
                             << "nt4-sp3-x86.SYSTEM";
        QTest::newRow("win7") << "win7-x86"
                              << "win7-sp1-x86.SYSTEM";
        QTest::newRow("win10") << "win10-x64"
                               << "win10-1709-x64-dirty.SYSTEM";
    }
    void catalogMatchesTheRealHives() {
        QFETCH(QString, name);
        QFETCH(QString, realHive);
        QTemporaryDir dir;
        const fs::path real = unpackHive(realHive, dir.path());
        const SampleDefinition& sample = *findSample(name.toStdString());
        const auto realValues = exportKey(real, kSubSystems);
        QCOMPARE(realValues["Windows"].bytes, utf16LeWithNul(sample.windowsValue));
        for (const SampleValue& value : sample.otherSubsystemsValues) {
            const QString valueName = QString::fromStdString(value.name);
            QVERIFY2(realValues.contains(valueName), qPrintable(valueName));
            QCOMPARE(realValues[valueName].bytes, asBytes(value.encoded()));
        }
        QCOMPARE(realValues.size(), static_cast<qsizetype>(sample.otherSubsystemsValues.size() + 1));
        QCOMPARE(hivexget(real, "\\ControlSet001\\Control\\Session Manager\\Environment",
                          "PROCESSOR_ARCHITECTURE"),
                 QByteArray::fromStdString(sample.processorArchitecture));
    }

    void existingFolderIsRefusedAndKept() {
        QTemporaryDir dir;
        const fs::path target = fs::path(dir.path().toStdString()) / "xp-x86";
        fs::create_directory(target);
        const fs::path mine = target / "mine.txt";
        QFile note(text(mine));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("keep me");
        note.close();
        const auto created = createSampleInstallation(*findSample("xp-x86"), dir.path().toStdString());
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Refused);
        QCOMPARE(readFile(mine), QByteArray("keep me"));
        QCOMPARE(QDir(text(target)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"mine.txt"});
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"xp-x86"});
    }

    // A parent folder this process may not write to. Root ignores permission bits, so as root the attempt
    // runs in a child process that has dropped to the unprivileged user "nobody" (65534).
    void unwritableParentGivesAnErrorAndLeavesNothing() {
        QTemporaryDir dir;
        const std::string parent = dir.path().toStdString();
        QCOMPARE(::chmod(parent.c_str(), 0555), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
                ::_exit(10);
            const auto created = createSampleInstallation(*findSample("win7-x86"), parent);
            ::_exit(created ? 11 : created.error().code == ErrorCode::AccessDenied ? 0 : 12);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        ::chmod(parent.c_str(), 0755);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // 0: AccessDenied, 10: could not drop root, 11: succeeded
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void missingParentGivesNotFound() {
        QTemporaryDir dir;
        const auto created =
            createSampleInstallation(*findSample("nt4-x86"), dir.filePath("absent").toStdString());
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::NotFound);
        QVERIFY(!QDir(dir.filePath("absent")).exists());
    }
};

QTEST_APPLESS_MAIN(SampleInstallationTest)
#include "SampleInstallationTest.moc"
