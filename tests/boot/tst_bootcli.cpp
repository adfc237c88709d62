// heapfix-cli's boot commands, the real binary on a disk laid out from the real hives and a BCD store made
// broken by hivexregedit; results read by hivexregedit; exit codes of every refusal.

#include "BootTestKit.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <map>

using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

std::string namespaceError; // why the private mount namespace could not be entered, if it could not

ProcessResult cli(const QStringList& arguments) {
    return run(HEAPFIX_CLI_PATH, arguments, {}, 300000);
}

QString str(const fs::path& path) {
    return QString::fromStdString(path.string());
}

std::map<fs::path, QByteArray> hashesOf(const fs::path& folder) {
    std::map<fs::path, QByteArray> hashes;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            hashes[entry.path()] = sha256OfFile(entry.path());
    return hashes;
}

const QStringList kAll{"--clear-badmemory", "--reset-pagefile", "--enable-crashdump", "--enable-ems",
                       "--yes"};

} // namespace

class TestBootCli : public QObject {
    Q_OBJECT

private slots:
    void checkRepairRevert() {
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", "efi-2021.BCD");
        mergeFixture(disk.bcd, "efi-2021-badmemory-ems-off.reg");
        mergeFixture(disk.systemHive, "system-pagefile-on-d.reg");
        const auto original = hashesOf(disk.root);
        const QStringList target{"--windows-dir", str(disk.windowsDir), "--backup-dir",
                                 dir.path() + "/backups"};

        ProcessResult check = cli(target + QStringList{"--json", "boot-check"});
        QCOMPARE(check.exitCode, 0);
        QJsonObject report = QJsonDocument::fromJson(check.out).object();
        for (const char* key : {"free_space_bytes", "bad_memory_list", "page_files", "crash_dump", "ems"})
            QVERIFY2(report.contains(key), key);
        QVERIFY(report["free_space_bytes"].toDouble() > 0);
        QCOMPARE(report["bad_memory_list"].toArray(), (QJsonArray{0x12345, 1, 0xabcdef}));
        QCOMPARE(report["page_files"].toObject()["PagingFiles"].toArray(),
                 QJsonArray{"D:\\pagefile.sys 0 0"});
        QCOMPARE(report["page_files"].toObject()["ExistingPageFiles"].toArray(),
                 QJsonArray{"\\??\\D:\\pagefile.sys"});
        QCOMPARE(report["crash_dump"].toObject()["ControlSet002"].toObject()["CrashDumpEnabled"].toInt(), 2);
        QVERIFY(report["crash_dump"].toObject()["ControlSet002"].toObject()["NMICrashDump"].isNull());
        QCOMPARE(report["ems"].toObject()["enabled"].toBool(), false);
        QCOMPARE(report["ems"].toObject()["port"].toInt(), 2);
        QCOMPARE(report["ems"].toObject()["baud"].toInt(), 9600);

        const ProcessResult repair = cli(target + QStringList{"--json", "boot-repair"} + kAll);
        QVERIFY2(repair.exitCode == 0, repair.err.constData());
        const QJsonObject done = QJsonDocument::fromJson(repair.out).object();
        QCOMPARE(done["misplaced_page_files"].toArray(), QJsonArray{"D:\\pagefile.sys"});
        const QString backup = done["backup_folder"].toString();
        QVERIFY(QFile::exists(backup + "/manifest.json"));

        // What a peer reads in the result, as bcdedit and reg add would have left it.
        QVERIFY(exportKey(disk.bcd, "\\Objects\\{5189b25c-5558-4bf2-bca4-289b11bd29e2}\\Elements\\1700000a")
                    .isEmpty());
        QCOMPARE(exportKey(disk.bcd, "\\Objects\\{733b62e5-f608-11eb-825c-c112f60133ab}\\Elements\\260000b0"),
                 QByteArray("\"Element\"=hex(3):01\n"));
        const ProcessResult nmi =
            run("hivexget", {str(disk.systemHive), "\\ControlSet002\\Control\\CrashControl", "NMICrashDump"});
        QCOMPARE(nmi.out.trimmed(), QByteArray("1"));

        check = cli(target + QStringList{"--json", "boot-check"});
        report = QJsonDocument::fromJson(check.out).object();
        QVERIFY(report["bad_memory_list"].isNull());
        QCOMPARE(report["page_files"].toObject()["PagingFiles"].toArray(), QJsonArray{"?:\\pagefile.sys"});
        QCOMPARE(report["ems"].toObject()["enabled"].toBool(), true);
        QCOMPARE(report["ems"].toObject()["port"].toInt(), 1);
        QCOMPARE(report["ems"].toObject()["baud"].toInt(), 115200);
        QCOMPARE(report["crash_dump"].toObject()["ControlSet001"].toObject()["DumpFile"].toString(),
                 QString("%SystemRoot%\\MEMORY.DMP"));

        // Without --yes and without a terminal: refused, exit 1.
        QCOMPARE(cli({"boot-revert", backup}).exitCode, 1);
        // A backup copy damaged since: the backup cannot be verified, nothing changed (4).
        const fs::path folder = backup.toStdString();
        const fs::path copy = folder / QJsonDocument::fromJson(readFile(folder / "manifest.json"))
                                           .object()["files"]
                                           .toArray()[0]
                                           .toObject()["copy"]
                                           .toString()
                                           .toStdString();
        const QByteArray intact = readFile(copy);
        QByteArray damaged = intact;
        damaged[4096] = char(damaged[4096] ^ 0x5a);
        const auto rewrite = [&](const QByteArray& bytes) {
            QFile file(str(copy));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        };
        rewrite(damaged);
        const auto repaired = hashesOf(disk.root);
        const ProcessResult refused = cli({"--json", "boot-revert", backup, "--yes"});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("does not match the sha256 recorded"), refused.err.constData());
        QCOMPARE(QJsonDocument::fromJson(refused.out).object()["exit_code"].toInt(), 4);
        QCOMPARE(hashesOf(disk.root), repaired);
        rewrite(intact);

        const ProcessResult revert = cli({"--json", "boot-revert", backup, "--yes"});
        QVERIFY2(revert.exitCode == 0, revert.err.constData());
        const QJsonObject reverted = QJsonDocument::fromJson(revert.out).object();
        QCOMPARE(reverted["outcome"].toString(), QString("changed"));
        QCOMPARE(reverted["steps"].toArray().size(), 4);
        QVERIFY(reverted["restored"].toArray().size() >= 2);
        for (const auto& [file, hash] : original)
            QCOMPARE(sha256OfFile(file), hash);
    }

    void refusalsExitCodes() {
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", {});
        const auto before = hashesOf(disk.root);
        const QStringList target{"--windows-dir", str(disk.windowsDir), "--backup-dir",
                                 dir.path() + "/backups"};
        // No BCD store on the disk: the BCD repairs cannot be done (2); the check still reports the rest.
        QCOMPARE(cli(target + QStringList{"boot-repair"} + kAll).exitCode, 2);
        const ProcessResult check = cli(target + QStringList{"--json", "boot-check"});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(check.out).object()["bcd_problem"].toObject()["code"].toString(),
                 QString("not-found"));
        // Nothing asked, or a BCD file that is not a hive.
        QCOMPARE(cli(target + QStringList{"boot-repair", "--yes"}).exitCode, 1);
        QFile notHive(dir.path() + "/BCD");
        QVERIFY(notHive.open(QIODevice::WriteOnly));
        notHive.write(QByteArray(8192, '\0'));
        notHive.close();
        QCOMPARE(cli(target +
                     QStringList{"--bcd", dir.path() + "/BCD", "boot-repair", "--clear-badmemory", "--yes"})
                     .exitCode,
                 2);
        QCOMPARE(cli(target + QStringList{"--bcd", dir.path() + "/missing", "boot-check"}).exitCode, 2);
        // A folder that is not a boot backup cannot be reverted (1).
        QCOMPARE(cli({"boot-revert", str(disk.root), "--yes"}).exitCode, 1);
        QCOMPARE(hashesOf(disk.root), before);
    }

    void readOnlyAndFullDisks() {
        QVERIFY2(namespaceError.empty(), namespaceError.c_str());
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", "efi-2021.BCD");
        const auto before = hashesOf(disk.root);
        const QStringList repair{"--windows-dir", str(disk.windowsDir), "boot-repair", "--enable-crashdump",
                                 "--yes"};

        const fs::path full = fs::path(dir.path().toStdString()) / "full";
        fs::create_directories(full);
        QVERIFY2(mount("tmpfs", full.c_str(), "tmpfs", 0, "size=64k") == 0, std::strerror(errno));
        const int noSpace = cli(QStringList{"--backup-dir", str(full)} + repair).exitCode;
        umount2(full.c_str(), MNT_DETACH);
        QCOMPARE(noSpace, 4);

        const std::string root = disk.root.string();
        QVERIFY2(mount(root.c_str(), root.c_str(), nullptr, MS_BIND, nullptr) == 0, std::strerror(errno));
        QVERIFY2(mount(nullptr, root.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0,
                 std::strerror(errno));
        const int readOnly = cli(QStringList{"--backup-dir", dir.path() + "/b"} + repair).exitCode;
        umount2(root.c_str(), MNT_DETACH);
        QCOMPARE(readOnly, 3);
        QCOMPARE(hashesOf(disk.root), before);
    }
};

int main(int argc, char** argv) {
    namespaceError = enterPrivateMountNamespace(); // before Qt Test starts threads
    TestBootCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bootcli.moc"
