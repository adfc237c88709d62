// The 0xC0000017 boot repair on the real BCD stores and SYSTEM hives, with hivexregedit (a peer) both making
// the broken stores and reading what heapfix left; real read-only and full mounts for the refusals.

#include "BootTestKit.h"
#include "TestSupport.h"

#include "model/boot/BcdElements.h"
#include "model/fix/BootRepair.h"
#include "model/hive/HiveFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <map>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

std::string namespaceError; // why the private mount namespace could not be entered, if it could not

const QString kEfiLoader = "{733b62e5-f608-11eb-825c-c112f60133ab}";
const QString kWin11Loader = "{cbd971bf-b7b8-4885-951a-fa03044f5d71}";
const QString kBadMemoryKey = "\\Objects\\{5189b25c-5558-4bf2-bca4-289b11bd29e2}\\Elements\\1700000a";
const QString kEmsSettings = "\\Objects\\{0ce4991b-e6b3-4b16-b23c-5e0d9250e5d9}\\Elements\\";

std::map<fs::path, QByteArray> hashesOf(const fs::path& folder) {
    std::map<fs::path, QByteArray> hashes;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            hashes[entry.path()] = sha256OfFile(entry.path());
    return hashes;
}

std::unique_ptr<HiveFile> openHive(const fs::path& file) {
    auto hive = HiveFile::open(file);
    if (!hive)
        qFatal("cannot open %s: %s", file.c_str(), hive.error().message().c_str());
    return std::move(*hive);
}

BootFiles filesOf(const BootDisk& disk) {
    auto files = locateBootFiles(disk.windowsDir, std::nullopt);
    if (!files)
        qFatal("locateBootFiles: %s", files.error().message().c_str());
    return *files;
}

BootRepairRequest everything(const fs::path& backups) {
    BootRepairRequest request;
    request.clearBadMemory = request.resetPageFile = request.enableCrashDump = request.enableEms = true;
    request.backupsFolder = backups;
    return request;
}

QByteArray utf16Hex(const QString& text, int nuls) {
    QByteArray bytes;
    for (QChar c : text)
        bytes += QByteArray::number(c.unicode() & 0xff, 16).rightJustified(2, '0') + ",00,";
    for (int i = 0; i < nuls; ++i)
        bytes += "00,00,";
    bytes.chop(1);
    return bytes;
}

bool folderIsEmptyOrMissing(const fs::path& folder) {
    std::error_code error;
    return !fs::exists(folder, error) || fs::is_empty(folder, error);
}

} // namespace

class TestBootRepair : public QObject {
    Q_OBJECT

private slots:
    void realStoresHaveBadMemoryWithoutList_data() {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("loader");
        QTest::newRow("efi-2021") << "efi-2021.BCD" << kEfiLoader;
        QTest::newRow("win11-template") << "win11-template.BCD" << kWin11Loader;
    }
    void realStoresHaveBadMemoryWithoutList() {
        QFETCH(QString, store);
        QFETCH(QString, loader);
        QTemporaryDir dir;
        const auto hive = openHive(unpackHive(store, dir.path()));
        auto state = readBcdState(hive->view());
        QVERIFY2(state, state ? "" : state.error().message().c_str());
        QVERIFY(state->hasBadMemoryObject);
        QVERIFY(!state->badMemoryList);
        QCOMPARE(QString::fromStdString(state->ems.loader), loader);
        QVERIFY(!state->ems.enabled);
        QVERIFY(!state->ems.port);
    }

    void peerMadeStoreIsReported() {
        QTemporaryDir dir;
        const fs::path bcd = unpackHive("efi-2021.BCD", dir.path());
        mergeFixture(bcd, "efi-2021-badmemory-ems-off.reg");
        const auto hive = openHive(bcd);
        auto state = readBcdState(hive->view());
        QVERIFY(state);
        QVERIFY(state->badMemoryList);
        QCOMPARE(*state->badMemoryList, (std::vector<std::uint64_t>{0x12345, 0x1, 0xabcdef}));
        QVERIFY(!state->ems.enabled);
        QCOMPARE(state->ems.port, std::optional<std::uint64_t>(2));
        QCOMPARE(state->ems.baud, std::optional<std::uint64_t>(9600));
    }

    void bcdStoreFoundOnTheDisk() {
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", "efi-2021.BCD");
        // The EFI folder in another case, as a FAT partition may show it.
        fs::rename(disk.root / "EFI", disk.root / "efi");
        const BootFiles files = filesOf(disk);
        QVERIFY(files.bcd);
        QCOMPARE(fs::canonical(*files.bcd), fs::canonical(disk.root / "efi" / "Microsoft" / "Boot" / "BCD"));
        // A BIOS install: Boot/BCD.
        fs::create_directories(disk.root / "Boot");
        fs::rename(*files.bcd, disk.root / "Boot" / "BCD");
        QCOMPARE(fs::canonical(*filesOf(disk).bcd), fs::canonical(disk.root / "Boot" / "BCD"));
    }

    void repairLeavesStoreAsBcdeditWould_data() {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("loader");
        QTest::newRow("efi-2021") << "efi-2021.BCD"
                                  << "efi-2021-badmemory-ems-off.reg" << kEfiLoader;
        QTest::newRow("win11-template") << "win11-template.BCD"
                                        << "win11-template-badmemory-ems-off.reg" << kWin11Loader;
    }
    void repairLeavesStoreAsBcdeditWould() {
        QFETCH(QString, store);
        QFETCH(QString, fixture);
        QFETCH(QString, loader);
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", store);
        mergeFixture(disk.bcd, fixture);
        const QSet<QByteArray> before = exportLines(disk.bcd);
        BootRepairRequest request;
        request.clearBadMemory = request.enableEms = true;
        request.backupsFolder = fs::path(dir.path().toStdString()) / "backups";
        std::vector<StepReport> heard;
        const BootChangeResult result =
            repairBoot(filesOf(disk), request, [&](const StepReport& report) { heard.push_back(report); });
        QVERIFY2(!result.failure(), result.failure() ? result.failure()->message().c_str() : "");
        QVERIFY(result.written() == std::vector<BootStore>{BootStore::Bcd});
        QCOMPARE(result.outcome(), FixOutcome::Changed);
        // The steps, as the listener heard them finish and as the result keeps them: only the BCD store's
        // write, since only BCD repairs were asked for.
        QCOMPARE(stepsText(heard), QStringLiteral("inspect:done backup:done write/bcd:done verify:done"));
        QCOMPARE(stepsText(result.steps), stepsText(heard));
        QVERIFY(result.changed); // written: boot-revert puts it back

        // Read back by hivexregedit and hivexget, not by heapfix.
        QVERIFY(exportKey(disk.bcd, kBadMemoryKey).isEmpty());
        QVERIFY(
            run("hivexget", {QString::fromStdString(disk.bcd.string()), kBadMemoryKey, "Element"}).exitCode !=
            0);
        QCOMPARE(exportKey(disk.bcd, "\\Objects\\" + loader + "\\Elements\\260000b0"),
                 QByteArray("\"Element\"=hex(3):01\n"));
        QCOMPARE(exportKey(disk.bcd, kEmsSettings + "15000022"),
                 QByteArray("\"Element\"=hex(3):01,00,00,00,00,00,00,00\n"));
        QCOMPARE(exportKey(disk.bcd, kEmsSettings + "15000023"),
                 QByteArray("\"Element\"=hex(3):00,c2,01,00,00,00,00,00\n"));
        // The {badmemory} object itself stays, as after bcdedit /deletevalue.
        QVERIFY(
            exportLines(disk.bcd).contains("[\\Objects\\{5189b25c-5558-4bf2-bca4-289b11bd29e2}\\Elements]"));
        // Nothing else changed: every line that went away belongs to an element heapfix was asked to change.
        const QSet<QByteArray> after = exportLines(disk.bcd);
        for (const QByteArray& line : before - after)
            QVERIFY2(line.contains("1700000a") || line.contains("\"Element\"=hex(3):"), line.constData());
        for (const QByteArray& line : after - before)
            QVERIFY2(line.contains("260000b0") || line.contains("15000022") || line.contains("15000023") ||
                         line.startsWith("\"Element\"=hex(3):"),
                     line.constData());
        // And the store reads back as heapfix reports it.
        auto state = readBcdState(openHive(disk.bcd)->view());
        QVERIFY(state && !state->badMemoryList && state->ems.enabled);
    }

    void crashDumpAndPageFileInEveryControlSet_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QStringList>("controlSets");
        QTest::newRow("win7-sp1") << "win7-sp1-x86.SYSTEM" << QStringList{"ControlSet001", "ControlSet002"};
        QTest::newRow("nt4-sp3") << "nt4-sp3-x86.SYSTEM" << QStringList{"ControlSet001", "ControlSet002"};
        QTest::newRow("win10-dirty") << "win10-1709-x64-dirty.SYSTEM" << QStringList{"ControlSet001"};
    }
    void crashDumpAndPageFileInEveryControlSet() {
        QFETCH(QString, system);
        QFETCH(QStringList, controlSets);
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), system, {});
        const BootFiles files = filesOf(disk);
        auto check = checkBoot(files);
        QVERIFY2(check, check ? "" : check.error().message().c_str());
        QCOMPARE(check->crashDumps.size(), std::size_t(controlSets.size()));
        QCOMPARE(check->currentControlSet, std::string("ControlSet001"));
        QVERIFY(check->bcdProblem && check->bcdProblem->code == ErrorCode::NotFound);

        BootRepairRequest request;
        request.enableCrashDump = request.resetPageFile = true;
        request.backupsFolder = fs::path(dir.path().toStdString()) / "backups";
        const BootChangeResult result = repairBoot(files, request);
        QVERIFY2(!result.failure(), result.failure() ? result.failure()->message().c_str() : "");
        for (const QString& set : controlSets) {
            const QByteArray crash = exportKey(disk.systemHive, "\\" + set + "\\Control\\CrashControl");
            QVERIFY2(crash.contains("\"CrashDumpEnabled\"=dword:00000001\n"), crash.constData());
            QVERIFY2(crash.contains("\"NMICrashDump\"=dword:00000001\n"), crash.constData());
            QVERIFY2(crash.contains("\"DumpFile\"=hex(2):" + utf16Hex("%SystemRoot%\\MEMORY.DMP", 1) + "\n"),
                     crash.constData());
            const QByteArray memory =
                exportKey(disk.systemHive, "\\" + set + "\\Control\\Session Manager\\Memory Management");
            QVERIFY2(memory.contains("\"PagingFiles\"=hex(7):" + utf16Hex("?:\\pagefile.sys", 2) + "\n"),
                     memory.constData());
            // hivexget agrees on the DWORD.
            const ProcessResult nmi =
                run("hivexget", {QString::fromStdString(disk.systemHive.string()),
                                 "\\" + set + "\\Control\\CrashControl", "NMICrashDump"});
            QCOMPARE(nmi.out.trimmed(), QByteArray("1"));
        }
    }

    void pageFileOnDataDiskIsReported() {
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", {});
        auto untouched = checkBoot(filesOf(disk));
        QVERIFY(untouched);
        QVERIFY(untouched->pageFiles.misplaced.empty());
        QCOMPARE(untouched->pageFiles.pagingFiles, std::vector<std::string>{"?:\\pagefile.sys"});
        mergeFixture(disk.systemHive, "system-pagefile-on-d.reg");
        auto moved = checkBoot(filesOf(disk));
        QVERIFY(moved);
        QCOMPARE(moved->pageFiles.pagingFiles, std::vector<std::string>{"D:\\pagefile.sys 0 0"});
        QCOMPARE(moved->pageFiles.existingPageFiles, std::vector<std::string>{"\\??\\D:\\pagefile.sys"});
        QCOMPARE(moved->pageFiles.misplaced, std::vector<std::string>{"D:\\pagefile.sys"});
        // NT 4.0's "C:\pagefile.sys 267" is on the system drive: not misplaced.
        QTemporaryDir nt4;
        auto old = checkBoot(filesOf(makeBootDisk(nt4.path(), "nt4-sp3-x86.SYSTEM", {})));
        QVERIFY(old && old->pageFiles.misplaced.empty());
    }

    void revertRestoresTheExactFiles_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("fixture");
        QTest::newRow("win7+efi") << "win7-sp1-x86.SYSTEM"
                                  << "efi-2021.BCD"
                                  << "efi-2021-badmemory-ems-off.reg";
        QTest::newRow("win10-dirty+win11") << "win10-1709-x64-dirty.SYSTEM"
                                           << "win11-template.BCD"
                                           << "win11-template-badmemory-ems-off.reg";
    }
    void revertRestoresTheExactFiles() {
        QFETCH(QString, system);
        QFETCH(QString, store);
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), system, store);
        mergeFixture(disk.bcd, fixture);
        const auto original = hashesOf(disk.root);
        const fs::path backups = fs::path(dir.path().toStdString()) / "backups";
        const BootChangeResult result = repairBoot(filesOf(disk), everything(backups));
        QVERIFY2(!result.failure(), result.failure() ? result.failure()->message().c_str() : "");
        QVERIFY(result.backup);
        QVERIFY(sha256OfFile(disk.systemHive) != original.at(disk.systemHive));
        QVERIFY(sha256OfFile(disk.bcd) != original.at(disk.bcd));

        // The manifest's sha256 of each copy agrees with an independent hash of the original.
        QFile manifest(QString::fromStdString((result.backup->folder / kBootManifestName).string()));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(manifest.readAll()).object()["files"].toArray();
        QCOMPARE(entries.size(), qsizetype(result.backup->files.size()));
        for (const QJsonValue& entry : entries) {
            const fs::path from = entry["original"].toString().toStdString();
            QCOMPARE(entry["sha256"].toString().toLatin1(), original.at(from));
            QCOMPARE(sha256OfFile(result.backup->folder / entry["copy"].toString().toStdString()),
                     original.at(from));
        }

        const BootChangeResult reverted = revertBoot(result.backup->folder);
        QVERIFY2(!reverted.failure(), reverted.failure() ? reverted.failure()->message().c_str() : "");
        QCOMPARE(reverted.outcome(), FixOutcome::Changed);
        for (const auto& [file, hash] : original) {
            QVERIFY2(fs::exists(file), file.c_str());
            QCOMPARE(sha256OfFile(file), hash);
        }
        // Reverting again is a no-op, not an error.
        const BootChangeResult again = revertBoot(result.backup->folder);
        QVERIFY(!again.failure());
        QCOMPARE(again.outcome(), FixOutcome::NothingToChange);
        QVERIFY(again.restored.empty() && again.keptAside.empty());
    }

    void revertRefusesWhenChangedSince() {
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", "efi-2021.BCD");
        const fs::path backups = fs::path(dir.path().toStdString()) / "backups";
        const BootChangeResult result = repairBoot(filesOf(disk), everything(backups));
        QVERIFY(!result.failure() && result.backup);
        mergeFixture(disk.systemHive, "system-pagefile-on-d.reg"); // Windows (or someone) wrote it since
        const auto changed = hashesOf(disk.root);
        const BootChangeResult reverted = revertBoot(result.backup->folder);
        QVERIFY(reverted.failure());
        QCOMPARE(reverted.failure()->code, ErrorCode::Refused);
        QCOMPARE(reverted.outcome(), FixOutcome::WriteFailed);
        QVERIFY(!reverted.changed);
        QCOMPARE(hashesOf(disk.root), changed);
    }

    void missingBcdChangesNothing() {
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", {});
        const auto before = hashesOf(disk.root);
        const fs::path backups = fs::path(dir.path().toStdString()) / "backups";
        const BootChangeResult result = repairBoot(filesOf(disk), everything(backups));
        QVERIFY(result.failure());
        QCOMPARE(result.failure()->code, ErrorCode::NotFound);
        QCOMPARE(stepsText(result.steps), QStringLiteral("inspect:failed backup:not-run write/bcd:not-run "
                                                         "write/system:not-run verify:not-run"));
        QCOMPARE(hashesOf(disk.root), before);
        QVERIFY(folderIsEmptyOrMissing(backups));
        // A given --bcd that does not exist is refused up front.
        QVERIFY(!locateBootFiles(disk.windowsDir, disk.root / "nope" / "BCD"));
    }

    void bcdThatIsNotAHiveChangesNothing() {
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", {});
        const fs::path fake = disk.root / "BCD";
        QFile file(QString::fromStdString(fake.string()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(16384, 'x'));
        file.close();
        const auto before = hashesOf(disk.root);
        auto files = locateBootFiles(disk.windowsDir, fake);
        QVERIFY(files);
        auto check = checkBoot(*files);
        QVERIFY(check); // the SYSTEM hive is still reported
        QVERIFY(check->bcdProblem);
        QCOMPARE(check->bcdProblem->code, ErrorCode::Corrupt);
        const BootChangeResult result =
            repairBoot(*files, everything(fs::path(dir.path().toStdString()) / "b"));
        QVERIFY(result.failure());
        QCOMPARE(result.failure()->code, ErrorCode::Corrupt);
        QCOMPARE(hashesOf(disk.root), before);
    }

    void readOnlyDiskChangesNothing() {
        QVERIFY2(namespaceError.empty(), namespaceError.c_str());
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", "efi-2021.BCD");
        mergeFixture(disk.bcd, "efi-2021-badmemory-ems-off.reg");
        const auto before = hashesOf(disk.root);
        const std::string root = disk.root.string();
        QVERIFY2(mount(root.c_str(), root.c_str(), nullptr, MS_BIND, nullptr) == 0, std::strerror(errno));
        QVERIFY2(mount(nullptr, root.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0,
                 std::strerror(errno));
        const BootChangeResult result =
            repairBoot(filesOf(disk), everything(fs::path(dir.path().toStdString()) / "b"));
        umount2(root.c_str(), MNT_DETACH);
        QVERIFY(result.failure());
        QCOMPARE(result.failure()->code, ErrorCode::ReadOnly);
        // The first write, the BCD store's, failed; SYSTEM was not tried.
        QCOMPARE(stepsText(result.steps), QStringLiteral("inspect:done backup:done write/bcd:failed "
                                                         "write/system:not-run verify:not-run"));
        QVERIFY(result.written().empty());
        // hivex writes all or nothing: exit 3, "nothing changed", and it is true.
        QVERIFY(!result.changed);
        QCOMPARE(result.outcome(), FixOutcome::WriteFailed);
        QCOMPARE(hashesOf(disk.root), before);
    }

    void noSpaceForBackupChangesNothing() {
        QVERIFY2(namespaceError.empty(), namespaceError.c_str());
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", "efi-2021.BCD");
        const auto before = hashesOf(disk.root);
        const fs::path backups = fs::path(dir.path().toStdString()) / "full";
        fs::create_directories(backups);
        QVERIFY2(mount("tmpfs", backups.c_str(), "tmpfs", 0, "size=64k") == 0, std::strerror(errno));
        const BootChangeResult result = repairBoot(filesOf(disk), everything(backups));
        const bool emptyAfter = folderIsEmptyOrMissing(backups);
        umount2(backups.c_str(), MNT_DETACH);
        QVERIFY(result.failure());
        QCOMPARE(result.failure()->code, ErrorCode::NoSpace);
        QCOMPARE(failedStep(result.steps)->step, FixStep::Backup);
        QCOMPARE(result.outcome(), FixOutcome::BackupFailed);
        QVERIFY(emptyAfter); // no partial backup left behind
        QCOMPARE(hashesOf(disk.root), before);
    }

    void lowFreeSpaceIsReported() {
        QVERIFY2(namespaceError.empty(), namespaceError.c_str());
        QTemporaryDir dir;
        const fs::path small = fs::path(dir.path().toStdString()) / "small";
        fs::create_directories(small);
        QVERIFY2(mount("tmpfs", small.c_str(), "tmpfs", 0, "size=64m") == 0, std::strerror(errno));
        const BootDisk disk = makeBootDisk(QString::fromStdString(small.string()), "win7-sp1-x86.SYSTEM", {});
        auto check = checkBoot(filesOf(disk));
        umount2(small.c_str(), MNT_DETACH);
        QVERIFY(check);
        QVERIFY(check->freeSpaceBytes);
        QVERIFY(*check->freeSpaceBytes < 64u * 1024 * 1024);
        QVERIFY(check->lowSpace);
    }
};

int main(int argc, char** argv) {
    namespaceError = enterPrivateMountNamespace(); // before Qt Test starts threads
    TestBootRepair test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bootrepair.moc"
