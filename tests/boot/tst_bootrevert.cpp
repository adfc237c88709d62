// The boot revert as a transaction, on a real repair of the real hives: its steps, the files it keeps aside
// (hashed with Qt's SHA-256, not heapfix's), and what it does when a name it would use is already taken by a
// link someone planted, or when the backup itself was damaged.

#include "BootTestKit.h"
#include "TestSupport.h"

#include "model/backup/UtcTime.h"
#include "model/fix/BootRepair.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <map>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

struct Repaired {
    QTemporaryDir dir;
    BootDisk disk;
    fs::path backups;
    BootChangeResult result;
    std::map<fs::path, QByteArray> original; // every file of the disk before the repair
    std::map<fs::path, QByteArray> left;     // and as the repair left it
};

std::map<fs::path, QByteArray> hashesOf(const fs::path& folder) {
    std::map<fs::path, QByteArray> hashes;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (!entry.is_symlink() && entry.is_regular_file())
            hashes[entry.path()] = sha256OfFile(entry.path());
    return hashes;
}

// A repair of everything on win7's SYSTEM and the 2021 EFI store.
std::unique_ptr<Repaired>
repairedDisk(std::chrono::system_clock::time_point now = std::chrono::system_clock::now()) {
    auto repaired = std::make_unique<Repaired>();
    repaired->disk = makeBootDisk(repaired->dir.path(), "win7-sp1-x86.SYSTEM", "efi-2021.BCD");
    mergeFixture(repaired->disk.bcd, "efi-2021-badmemory-ems-off.reg");
    repaired->original = hashesOf(repaired->disk.root);
    repaired->backups = fs::path(repaired->dir.path().toStdString()) / "backups";
    auto files = locateBootFiles(repaired->disk.windowsDir, std::nullopt);
    if (!files)
        qFatal("locateBootFiles: %s", files.error().message().c_str());
    BootRepairRequest request;
    request.clearBadMemory = request.resetPageFile = request.enableCrashDump = request.enableEms = true;
    request.backupsFolder = repaired->backups;
    request.now = now;
    repaired->result = repairBoot(*files, request);
    if (repaired->result.failure() || !repaired->result.backup)
        qFatal("the repair failed");
    repaired->left = hashesOf(repaired->disk.root);
    return repaired;
}

unsigned permissionsOf(const fs::path& file) {
    struct stat facts {};
    if (::lstat(file.c_str(), &facts) != 0)
        return ~0u;
    return facts.st_mode & 07777;
}

} // namespace

class TestBootRevert : public QObject {
    Q_OBJECT

private slots:
    void revertReportsItsStepsAndKeepsAsideWhatHeapfixLeft() {
        const auto repaired = repairedDisk();
        // The backup's copies are readable by their owner only: SYSTEM holds the key that protects the SAM.
        for (const BootBackupFile& file : repaired->result.backup->files)
            QCOMPARE(permissionsOf(repaired->result.backup->folder / file.copy), 0600u);

        QStringList heard;
        const BootChangeResult reverted = revertBoot(
            repaired->result.backup->folder, [&](const StepReport& step) { heard << stepsText({step}); });
        QCOMPARE(stepsText(reverted.steps), QString("inspect:done backup:done write:done verify:done"));
        QCOMPARE(heard.join(' '), stepsText(reverted.steps));
        QCOMPARE(reverted.outcome(), FixOutcome::Changed);
        QVERIFY(reverted.changed);
        for (const auto& [file, hash] : repaired->original)
            QCOMPARE(sha256OfFile(file), hash);

        // Every file that changed is put back, and kept aside first exactly as the repair had left it.
        std::size_t changedFiles = 0;
        for (const auto& [file, hash] : repaired->original)
            changedFiles += repaired->left.count(file) == 0 || repaired->left.at(file) != hash;
        QVERIFY(changedFiles >= 2); // SYSTEM and the BCD store at least
        QCOMPARE(reverted.restored.size(), changedFiles);
        QVERIFY(!reverted.keptAside.empty());
        for (const fs::path& aside : reverted.keptAside) {
            const std::string name = aside.filename().string();
            const std::size_t mark = name.find(".heapfix-before-revert-");
            QVERIFY2(mark != std::string::npos, name.c_str());
            const fs::path file = aside.parent_path() / name.substr(0, mark);
            QCOMPARE(sha256OfFile(aside), repaired->left.at(file));
            QCOMPARE(permissionsOf(aside), 0600u);
        }
    }

    void keptAsideNeverGoesThroughAPlantedLink() {
        const auto repaired = repairedDisk();
        // Someone who can write beside the hive plants links under the names the revert will use for the
        // next minute, pointing at a file of theirs that the revert must not overwrite.
        const fs::path victim = fs::path(repaired->dir.path().toStdString()) / "victim";
        { std::ofstream(victim) << "must stay"; }
        const auto now = std::chrono::system_clock::now();
        std::vector<fs::path> links;
        for (const fs::path& file : {repaired->disk.systemHive, repaired->disk.bcd})
            for (int second = 0; second < 60; ++second) {
                fs::path link = file;
                link += ".heapfix-before-revert-" + compactUtc(now + std::chrono::seconds(second));
                fs::create_symlink(victim, link);
                links.push_back(link);
            }
        const BootChangeResult reverted = revertBoot(repaired->result.backup->folder);
        QVERIFY2(!reverted.failure(), reverted.failure() ? reverted.failure()->message().c_str() : "");
        QCOMPARE(sha256OfFile(victim),
                 QCryptographicHash::hash("must stay", QCryptographicHash::Sha256).toHex());
        for (const fs::path& link : links)
            QVERIFY(fs::is_symlink(link));
        for (const fs::path& aside : reverted.keptAside) {
            QVERIFY(!fs::is_symlink(aside));
            QVERIFY2(aside.filename().string().ends_with("-2"), aside.c_str()); // the next free name
        }
        for (const auto& [file, hash] : repaired->original)
            QCOMPARE(sha256OfFile(file), hash);
    }

    void damagedBackupCopyChangesNothing() {
        const auto repaired = repairedDisk();
        const BootBackup& backup = *repaired->result.backup;
        const fs::path copy = backup.folder / backup.files.front().copy;
        {
            std::fstream damage(copy, std::ios::in | std::ios::out | std::ios::binary);
            damage.seekp(4096);
            damage.put('\x5a');
        }
        const BootChangeResult reverted = revertBoot(backup.folder);
        QVERIFY(reverted.failure());
        QCOMPARE(reverted.failure()->code, ErrorCode::Mismatch);
        QCOMPARE(stepsText(reverted.steps),
                 QString("inspect:done backup:failed write:not-run verify:not-run"));
        QCOMPARE(reverted.outcome(), FixOutcome::BackupFailed);
        QVERIFY(!reverted.changed && reverted.keptAside.empty());
        QCOMPARE(hashesOf(repaired->disk.root), repaired->left);
    }

    void backupFolderNameTakenByALinkIsNotUsed() {
        // A link planted under the name the next backup folder will have, pointing where nothing is yet (so
        // that "does it exist?" says no): the backup goes to the next free name, and nothing is made through
        // the link.
        QTemporaryDir elsewhere;
        const fs::path target = fs::path(elsewhere.path().toStdString()) / "not-yet";
        const auto now = std::chrono::system_clock::now();
        QTemporaryDir dir;
        const BootDisk disk = makeBootDisk(dir.path(), "win7-sp1-x86.SYSTEM", "efi-2021.BCD");
        const fs::path backups = fs::path(dir.path().toStdString()) / "backups";
        fs::create_directories(backups);
        fs::create_directory_symlink(target, backups / ("boot-" + compactUtc(now)));
        BootRepairRequest request;
        request.resetPageFile = true;
        request.backupsFolder = backups;
        request.now = now;
        const BootChangeResult result = repairBoot(*locateBootFiles(disk.windowsDir, std::nullopt), request);
        QVERIFY2(!result.failure(), result.failure() ? result.failure()->message().c_str() : "");
        QCOMPARE(result.backup->folder, backups / ("boot-" + compactUtc(now) + "-2"));
        QVERIFY(!fs::exists(target));
        QVERIFY(fs::is_symlink(backups / ("boot-" + compactUtc(now))));
    }
};

QTEST_GUILESS_MAIN(TestBootRevert)
#include "tst_bootrevert.moc"
