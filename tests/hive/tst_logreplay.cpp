// The transaction-log replay on the real dirty Windows 10 SYSTEM hive and its two logs, checked against the
// result of yarp (Maxim Suhanov's reference implementation, the author of the format specification), and
// every way the logs can be unsafe to replay.
#include "HiveTestKit.h"
#include "TestSupport.h"

#include "model/hive/HiveHandle.h"
#include "model/hive/LogReplay.h"
#include "model/hive/RegfFormat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::uint8_t> bytesOf(const std::filesystem::path& file) {
    const QByteArray data = readFile(file);
    return {data.begin(), data.end()};
}

QByteArray sha256(const std::vector<std::uint8_t>& bytes) {
    return QCryptographicHash::hash(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                    QCryptographicHash::Sha256)
        .toHex();
}

// yarp's RegistryHive.recover_auto + save_recovered_hive on SYSTEM_B, SYSTEM_B.LOG1 and SYSTEM_B.LOG2
// (regipy's test data, the same files as win10-1709-x64-dirty.*): 24 entries, 2107..2130, LOG1 then LOG2.
constexpr const char* kYarpRecoveredSha256 =
    "734095bf043ea72300feb8bc380a585d8a9c925cdd5ffc190ca5ff6bc5a7c231";

} // namespace

class LogReplayTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    std::vector<std::uint8_t> hive;
    std::vector<TransactionLog> logs;

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        hive = bytesOf(unpackHive("win10-1709-x64-dirty.SYSTEM", dir.path()));
        logs = {{"SYSTEM.LOG1", bytesOf(unpackHive("win10-1709-x64-dirty.SYSTEM.LOG1", dir.path()))},
                {"SYSTEM.LOG2", bytesOf(unpackHive("win10-1709-x64-dirty.SYSTEM.LOG2", dir.path()))}};
    }

    void baseBlockOfTheDirtyHive() {
        const regf::BaseBlock base = regf::parseBaseBlock(hive);
        QVERIFY(base.signatureOk);
        QVERIFY(base.checksumOk);
        QCOMPARE(base.primarySequence, 1622u);
        QCOMPARE(base.secondarySequence, 1621u);
        QVERIFY(base.dirty());
    }

    void marvin32MatchesTheHashesInARealLog() {
        // The first entry of LOG1: Hash-1 over the entry after its 40-byte header, Hash-2 over its first 32
        // bytes.
        const std::span<const std::uint8_t> log(logs[0].bytes);
        const std::uint32_t size = regf::readU32(log, 512 + 4);
        QCOMPARE(regf::marvin32(log.subspan(512 + 40, size - 40)), regf::readU64(log, 512 + 24));
        QCOMPARE(regf::marvin32(log.subspan(512, 32)), regf::readU64(log, 512 + 32));
        // Tail handling of the reference algorithm: other lengths give other hashes.
        const std::uint8_t three[3] = {1, 2, 3};
        QVERIFY(regf::marvin32(three) != regf::marvin32(std::span<const std::uint8_t>(three, 2)));
    }

    void replayMatchesYarp() {
        const Expected<ReplayResult, Error> replay = replayTransactionLogs(hive, logs);
        QVERIFY2(replay.has_value(), replay ? "" : replay.error().message().c_str());
        QCOMPARE(replay->entriesApplied, std::size_t{24});
        QCOMPARE(replay->firstSequence, 2107u);
        QCOMPARE(replay->lastSequence, 2130u);
        QCOMPARE(replay->logsApplied, (std::vector<std::string>{"SYSTEM.LOG1", "SYSTEM.LOG2"}));
        const regf::BaseBlock base = regf::parseBaseBlock(replay->hive);
        QVERIFY(!base.dirty());
        QCOMPARE(base.primarySequence, 2130u);
        QCOMPARE(base.hiveBinsSize, 12591104u); // grown by the entries of LOG2
        QCOMPARE(sha256(replay->hive), QByteArray(kYarpRecoveredSha256));
        QVERIFY(QString::fromStdString(replay->note).contains("partial reconcile"));
    }

    void logOrderDoesNotDependOnTheArgumentOrder() {
        const std::vector<TransactionLog> swapped{logs[1], logs[0]};
        const Expected<ReplayResult, Error> replay = replayTransactionLogs(hive, swapped);
        QVERIFY(replay.has_value());
        QCOMPARE(sha256(replay->hive), QByteArray(kYarpRecoveredSha256));
    }

    void damagedEntryIsUnsafe() {
        std::vector<TransactionLog> damaged = logs;
        damaged[0].bytes[512 + 4096] ^= 0x01; // a byte of the first entry's dirty pages
        const Expected<ReplayResult, Error> replay = replayTransactionLogs(hive, damaged);
        QVERIFY(!replay.has_value());
        QCOMPARE(replay.error().code, ErrorCode::Unsafe);
        QVERIFY2(QString::fromStdString(replay.error().detail).contains("Marvin32"),
                 replay.error().detail.c_str());
    }

    void gapBetweenTheLogsIsUnsafe() {
        // LOG1 then ends after entry 2109 (its entry 2110 is no longer an entry), LOG2 starts at 2111.
        std::vector<TransactionLog> gapped = logs;
        const std::span<const std::uint8_t> log(gapped[0].bytes);
        std::size_t offset = 512;
        for (int i = 0; i < 3; ++i)
            offset += regf::readU32(log, offset + 4);
        QCOMPARE(regf::readU32(log, offset + 12), 2110u);
        gapped[0].bytes[offset] = 'X';
        const Expected<ReplayResult, Error> replay = replayTransactionLogs(hive, gapped);
        QVERIFY(!replay.has_value());
        QCOMPARE(replay.error().code, ErrorCode::Unsafe);
        QVERIFY2(QString::fromStdString(replay.error().detail).contains("missing"),
                 replay.error().detail.c_str());
    }

    void oldFormatHeaderWithoutDirtyVectorIsUnsafe() {
        std::vector<TransactionLog> old = logs;
        std::span<std::uint8_t> base(old[0].bytes.data(), 512);
        regf::writeU32(base, regf::kFileTypeOffset, regf::kFileTypeLogOld);
        regf::updateChecksum(base);
        const Expected<ReplayResult, Error> replay = replayTransactionLogs(hive, old);
        QVERIFY(!replay.has_value());
        QCOMPARE(replay.error().code, ErrorCode::Unsafe);
        QVERIFY2(QString::fromStdString(replay.error().detail).contains("both the old and the new format"),
                 replay.error().detail.c_str());
        const Expected<ReplayResult, Error> alone = replayTransactionLogs(hive, {old[0]});
        QVERIFY(!alone.has_value());
        QVERIFY2(QString::fromStdString(alone.error().detail).contains("dirty vector"),
                 alone.error().detail.c_str());
    }

    // An old-format ("DIRT") log built from two real states of the Windows 7 hive: before and after hivex set
    // a longer value (new cells, possibly a new hive bin). Replaying it into the "before" hive, marked dirty,
    // must give the "after" hive bins, as hivexregedit sees them.
    void oldFormatLogReplaysToTheLoggedState() {
        QTemporaryDir work;
        const fs::path before = unpackHive("win7-sp1-x86.SYSTEM", work.path());
        const fs::path after = work.path().toStdString() + "/after";
        {
            Expected<HiveHandle, Error> editor = HiveHandle::open(before, HiveHandle::Mode::Write);
            QVERIFY(editor.has_value());
            const HiveHandle::Node key =
                *editor->findKey({"ControlSet001", "Control", "Session Manager", "SubSystems"});
            const std::u16string longer(3000, u'x');
            QVERIFY(
                editor->setValue(key, "Windows", RegistryValue::fromText(ValueType::ExpandString, longer)));
            QVERIFY(editor->commit(after));
        }
        const std::vector<std::uint8_t> oldState = bytesOf(before);
        const std::vector<std::uint8_t> newState = bytesOf(after);
        const regf::BaseBlock newBase = regf::parseBaseBlock(newState);

        TransactionLog log{"system.LOG", std::vector<std::uint8_t>(newState.begin(), newState.begin() + 512)};
        std::span<std::uint8_t> logBase(log.bytes.data(), 512);
        regf::writeU32(logBase, regf::kFileTypeOffset, regf::kFileTypeLogOld);
        regf::updateChecksum(logBase);
        const std::size_t pages = newBase.hiveBinsSize / 512;
        std::vector<std::uint8_t> bitmap(pages / 8, 0);
        std::vector<std::uint8_t> dirtyPages;
        for (std::size_t page = 0; page < pages; ++page) {
            const std::size_t at = 4096 + page * 512;
            const bool differs =
                at + 512 > oldState.size() ||
                !std::equal(newState.begin() + at, newState.begin() + at + 512, oldState.begin() + at);
            if (!differs)
                continue;
            bitmap[page / 8] |= static_cast<std::uint8_t>(1u << (page % 8));
            dirtyPages.insert(dirtyPages.end(), newState.begin() + at, newState.begin() + at + 512);
        }
        QVERIFY(!dirtyPages.empty());
        log.bytes.insert(log.bytes.end(), {'D', 'I', 'R', 'T'});
        log.bytes.insert(log.bytes.end(), bitmap.begin(), bitmap.end());
        log.bytes.resize((log.bytes.size() + 511) / 512 * 512, 0);
        log.bytes.insert(log.bytes.end(), dirtyPages.begin(), dirtyPages.end());

        std::vector<std::uint8_t> dirty = oldState;
        std::span<std::uint8_t> dirtyBase(dirty.data(), 4096);
        regf::writeU32(dirtyBase, regf::kPrimarySequenceOffset,
                       regf::parseBaseBlock(oldState).secondarySequence + 1);
        regf::writeU32(dirtyBase, regf::kLastWrittenOffset, static_cast<std::uint32_t>(newBase.lastWritten));
        regf::writeU32(dirtyBase, regf::kLastWrittenOffset + 4,
                       static_cast<std::uint32_t>(newBase.lastWritten >> 32));
        regf::updateChecksum(dirtyBase);

        const Expected<ReplayResult, Error> replay = replayTransactionLogs(dirty, {log});
        QVERIFY2(replay.has_value(), replay ? "" : replay.error().message().c_str());
        QCOMPARE(replay->entriesApplied, dirtyPages.size() / 512);
        QVERIFY(!regf::parseBaseBlock(replay->hive).dirty());
        const std::size_t end = 4096 + newBase.hiveBinsSize;
        QVERIFY(std::equal(replay->hive.begin() + 4096, replay->hive.begin() + end, newState.begin() + 4096));
        const fs::path replayed = work.path().toStdString() + "/replayed";
        QFile out(QString::fromStdString(replayed.string()));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(reinterpret_cast<const char*>(replay->hive.data()),
                  static_cast<qsizetype>(replay->hive.size()));
        out.close();
        QCOMPARE(exportHive(replayed, "HKLM"), exportHive(after, "HKLM"));

        // A truncated old log (its last page missing) is refused.
        TransactionLog truncated = log;
        truncated.bytes.resize(truncated.bytes.size() - 512);
        QCOMPARE(replayTransactionLogs(dirty, {truncated}).error().code, ErrorCode::Unsafe);
        // A log from another time than the hive's is not applied.
        std::vector<std::uint8_t> later = dirty;
        regf::writeU32(std::span<std::uint8_t>(later.data(), 4096), regf::kLastWrittenOffset + 4,
                       0xFFFFFFFFu);
        regf::updateChecksum(std::span<std::uint8_t>(later.data(), 4096));
        QCOMPARE(replayTransactionLogs(later, {log}).error().code, ErrorCode::Unsafe);
    }

    void noLogsMeansNothingToApply() {
        const Expected<ReplayResult, Error> replay = replayTransactionLogs(hive, {});
        QVERIFY(!replay.has_value());
        QCOMPARE(replay.error().code, ErrorCode::Unsafe);
        // An empty log file (Windows keeps an empty .LOG beside LOG1/LOG2) is skipped, not an error.
        std::vector<TransactionLog> withEmpty = logs;
        withEmpty.push_back({"SYSTEM.LOG", {}});
        QVERIFY(replayTransactionLogs(hive, withEmpty).has_value());
    }

    void cleanHiveLogsOlderThanTheHiveAreNotNewer() {
        const Expected<ReplayResult, Error> replay = replayTransactionLogs(hive, logs);
        QVERIFY(replay.has_value());
        QVERIFY(!logsHoldNewerEntries(replay->hive, logs)); // the replayed hive is at 2130: nothing newer
        std::vector<std::uint8_t> older = replay->hive;
        std::span<std::uint8_t> base(older.data(), regf::kBaseBlockSize);
        regf::writeU32(base, regf::kPrimarySequenceOffset, 2120);
        regf::writeU32(base, regf::kSecondarySequenceOffset, 2120);
        regf::updateChecksum(base);
        QVERIFY(logsHoldNewerEntries(older, logs)); // entries 2121..2130 are newer than a clean 2120
    }
};

QTEST_APPLESS_MAIN(LogReplayTest)
#include "tst_logreplay.moc"
