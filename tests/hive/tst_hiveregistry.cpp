// HiveRegistry and OfflineTarget on every real hive of ../shared/testdata/hives (copies in temporary
// folders): what they read, a write through the store checked by independent readers, the dirty Windows 10
// hive replayed and edited, and every damaged or protected file refused with its bytes unchanged.
#include "HiveTestKit.h"
#include "TestSupport.h"

#include "model/core/SharedSection.h"
#include "model/core/Utf16.h"
#include "model/hive/LogReplay.h"
#include "model/hive/OfflineTarget.h"
#include "model/hive/RegfFormat.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

const QString kSystemPrefix = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM");

std::unique_ptr<OfflineTarget> openTarget(const fs::path& system, std::optional<fs::path> software = {}) {
    TargetInfo info;
    info.kind = TargetKind::Offline;
    info.path = system.string();
    Expected<std::unique_ptr<OfflineTarget>, Error> target = OfflineTarget::open({system, software}, info);
    if (!target)
        qFatal("cannot open %s: %s", system.c_str(), target.error().message().c_str());
    return std::move(*target);
}

Error openError(const fs::path& system) {
    Expected<std::unique_ptr<OfflineTarget>, Error> target = OfflineTarget::open({system, std::nullopt}, {});
    if (target)
        qFatal("%s opened although it should not", system.c_str());
    return target.error();
}

QStringList folderListing(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

std::vector<std::uint8_t> bytesOf(const fs::path& file) {
    const QByteArray data = readFile(file);
    return {data.begin(), data.end()};
}

SharedSectionValues numbersOf(const RegistryValue& value) {
    const std::u16string text = *decodeUtf16Le(value.data);
    return SharedSection::parse(text)->values();
}

// Copies the dirty Windows 10 hive and its logs, with the logs' names in another case than the hive's.
fs::path unpackDirtyWindows10(const QString& folder) {
    const fs::path hive = unpackHive("win10-1709-x64-dirty.SYSTEM", folder);
    fs::rename(unpackHive("win10-1709-x64-dirty.SYSTEM.LOG1", folder), hive.string() + ".log1");
    fs::rename(unpackHive("win10-1709-x64-dirty.SYSTEM.LOG2", folder), hive.string() + ".LOG2");
    return hive;
}

} // namespace

class HiveRegistryTest : public QObject {
    Q_OBJECT

private slots:
    void readsEveryRealHive_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("software");
        QTest::addColumn<int>("bitness");
        QTest::addColumn<QList<uint>>("numbers");
        QTest::addColumn<int>("source");
        QTest::newRow("nt4") << "nt4-sp3-x86.SYSTEM"
                             << "nt4-sp3-x86.SOFTWARE" << 32 << QList<uint>{1024, 3072}
                             << int(VersionSource::Read);
        QTest::newRow("win7") << "win7-sp1-x86.SYSTEM"
                              << "" << 32 << QList<uint>{1024, 12288, 512} << int(VersionSource::Inferred);
        QTest::newRow("win10-dirty") << "win10-1709-x64-dirty.SYSTEM"
                                     << "" << 64 << QList<uint>{1024, 20480, 768}
                                     << int(VersionSource::Inferred);
    }

    void readsEveryRealHive() {
        QFETCH(QString, system);
        QFETCH(QString, software);
        QFETCH(int, bitness);
        QFETCH(QList<uint>, numbers);
        QFETCH(int, source);
        QTemporaryDir dir;
        const fs::path systemFile =
            system.startsWith("win10") ? unpackDirtyWindows10(dir.path()) : unpackHive(system, dir.path());
        std::optional<fs::path> softwareFile;
        if (!software.isEmpty())
            softwareFile = unpackHive(software, dir.path());
        const QByteArray shaBefore = sha256OfFile(systemFile);

        std::unique_ptr<OfflineTarget> target = openTarget(systemFile, softwareFile);
        QCOMPARE(target->info().controlSet, std::string("ControlSet001"));
        QCOMPARE(
            target->registry().resolveKey(kSubSystemsKey),
            std::string("HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\Session Manager\\SubSystems"));
        const Expected<RegistryValue, Error> value = target->registry().read(subsystemsWindowsValue());
        QVERIFY2(value.has_value(), value ? "" : value.error().message().c_str());
        QCOMPARE(value->type, ValueType::ExpandString);
        QCOMPARE(value->data.back(), std::uint8_t{0}); // one UTF-16 NUL at the end, kept
        const SharedSectionValues parsed = numbersOf(*value);
        QCOMPARE(parsed.system, numbers[0]);
        QCOMPARE(parsed.interactive, numbers[1]);
        QCOMPARE(parsed.nonInteractive.has_value(), numbers.size() == 3);
        if (numbers.size() == 3)
            QCOMPARE(*parsed.nonInteractive, numbers[2]);

        const WindowsVersion version = target->windowsVersion();
        QCOMPARE(version.bitness(), bitness);
        QCOMPARE(int(version.source), source);
        if (version.source == VersionSource::Read) {
            QCOMPARE(version.major, 4u);
            QCOMPARE(version.minor, 0u);
            QCOMPARE(version.build, 1381u);
            QCOMPARE(version.servicePack, std::string("Service Pack 3"));
            QCOMPARE(version.family(), WindowsFamily::NT4);
            QVERIFY(version.server); // ProductOptions says LanmanNT: an NT 4.0 Server domain controller
        } else {
            QCOMPARE(version.major, 0u); // no SOFTWARE hive: the release is not guessed
            QCOMPARE(version.family(), WindowsFamily::Unknown);
        }
        target.reset();
        QCOMPARE(sha256OfFile(systemFile), shaBefore); // reading changes nothing, not even a dirty hive
    }

    void missingKeysAndValuesAreNotFound() {
        QTemporaryDir dir;
        std::unique_ptr<OfflineTarget> target = openTarget(unpackHive("win7-sp1-x86.SYSTEM", dir.path()));
        RegistryStore& store = target->registry();
        QCOMPARE(store.read({std::string(kSubSystemsKey), "NoSuchValue"}).error().code, ErrorCode::NotFound);
        QCOMPARE(store.read({"HKEY_LOCAL_MACHINE\\SYSTEM\\NoSuchKey", "x"}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(store.read({"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft", "x"}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(store.read({"HKEY_CURRENT_USER\\Software", "x"}).error().code, ErrorCode::NotFound);
        const Error error = store.read({std::string(kSubSystemsKey), "NoSuchValue"}).error();
        QVERIFY2(QString::fromStdString(error.subject).contains("ControlSet001"), error.subject.c_str());
        // Key names match case-insensitively, as in Windows.
        QVERIFY(
            store.read({"hklm\\system\\currentcontrolset\\control\\session manager\\subsystems", "Windows"}));
    }

    void writeChangesOnlyTheValue_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<uint>("interactive");
        QTest::newRow("nt4") << "nt4-sp3-x86.SYSTEM" << 4096u;
        QTest::newRow("win7") << "win7-sp1-x86.SYSTEM" << 20480u;
    }

    void writeChangesOnlyTheValue() {
        QFETCH(QString, system);
        QFETCH(uint, interactive);
        QTemporaryDir dir;
        const fs::path hive = unpackHive(system, dir.path());
        const QByteArray shaOriginal = sha256OfFile(hive);
        const QByteArray exportBefore = exportHive(hive, kSystemPrefix);
        std::unique_ptr<OfflineTarget> target = openTarget(hive);
        const RegistryValue original = *target->registry().read(subsystemsWindowsValue());
        const RegistryValue changed = withInteractive(original, interactive);

        const Expected<void, Error> written = target->registry().write(subsystemsWindowsValue(), changed);
        QVERIFY2(written.has_value(), written ? "" : written.error().message().c_str());
        QCOMPARE(*target->registry().read(subsystemsWindowsValue()), changed);

        // Peers: hivexregedit sees exactly one changed line, the "Windows" value; hivexget and reged read it.
        const QStringList differing = differingLines(exportBefore, exportHive(hive, kSystemPrefix));
        QCOMPARE(differing.size(), 2);
        QVERIFY2(differing[0].startsWith("\"Windows\"=hex(2):"), qPrintable(differing.join('\n')));
        QVERIFY(differing[1].startsWith("\"Windows\"=hex(2):"));
        QCOMPARE(hivexgetWindows(hive, "ControlSet001"), valueText(changed));
        QTemporaryDir peerDir;
        const QByteArray regedBytes = regedWindowsBytes(hive, "ControlSet001", peerDir.path());
        QCOMPARE(regedBytes, QByteArray(reinterpret_cast<const char*>(changed.data.data()),
                                        static_cast<qsizetype>(changed.data.size())));

        // The original is kept beside the hive, byte for byte; the new hive is clean.
        const std::optional<WriteReceipt>& receipt = target->hives().lastWrite();
        QVERIFY(receipt.has_value());
        QCOMPARE(receipt->keptOriginal.parent_path(), hive.parent_path());
        QVERIFY(receipt->keptOriginal.filename().string().starts_with(hive.filename().string() +
                                                                      ".heapfix-orig-"));
        QCOMPARE(sha256OfFile(receipt->keptOriginal), shaOriginal);
        QVERIFY(!regf::parseBaseBlock(bytesOf(hive)).dirty());

        // Writing the old value back gives the same value bytes, read by us and by hivexget.
        QVERIFY(target->registry().write(subsystemsWindowsValue(), original).has_value());
        QCOMPARE(*target->registry().read(subsystemsWindowsValue()), original);
        QCOMPARE(hivexgetWindows(hive, "ControlSet001"), valueText(original));
        QVERIFY(differingLines(exportBefore, exportHive(hive, kSystemPrefix)).isEmpty());
        // No temporary file is left behind: the hive and the two kept originals.
        QCOMPARE(folderListing(dir.path()).size(), 3);
    }

    void dirtyHiveReplaysThenEdits() {
        QTemporaryDir dir;
        const fs::path hive = unpackDirtyWindows10(dir.path());
        const QByteArray shaDirty = sha256OfFile(hive);
        const QByteArray shaLog1 = sha256OfFile(hive.string() + ".log1");
        // The reference: the replayed hive written aside, as Windows would load it.
        const std::vector<std::uint8_t> hiveBytes = bytesOf(hive);
        const Expected<ReplayResult, Error> replay =
            replayTransactionLogs(hiveBytes, {{"LOG1", bytesOf(hive.string() + ".log1")},
                                              {"LOG2", bytesOf(hive.string() + ".LOG2")}});
        QVERIFY(replay.has_value());
        QDir().mkpath(dir.path() + "/reference");
        const fs::path reference = (dir.path() + "/reference/SYSTEM").toStdString();
        QFile out(QString::fromStdString(reference.string()));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(reinterpret_cast<const char*>(replay->hive.data()),
                  static_cast<qsizetype>(replay->hive.size()));
        out.close();
        const QByteArray exportBase = exportHive(hive, kSystemPrefix);
        const QByteArray exportReplayed = exportHive(reference, kSystemPrefix);
        // A key that exists only in the logs: the replay must bring it.
        const QByteArray onlyInLogs = "[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\Class\\"
                                      "{4d36e967-e325-11ce-bfc1-08002be10318}\\0003]";
        QVERIFY(!exportBase.contains(onlyInLogs));
        QVERIFY(exportReplayed.contains(onlyInLogs));

        std::unique_ptr<OfflineTarget> target = openTarget(hive);
        QCOMPARE(target->hives().system().state(), HiveState::Replayed);
        QVERIFY2(QString::fromStdString(target->hives().system().note()).contains("2107 to 2130"),
                 target->hives().system().note().c_str());
        QCOMPARE(sha256OfFile(hive), shaDirty); // opening replays into a private copy, never in place
        const RegistryValue original = *target->registry().read(subsystemsWindowsValue());
        const RegistryValue changed = withInteractive(original, 12288);
        const Expected<void, Error> written = target->registry().write(subsystemsWindowsValue(), changed);
        QVERIFY2(written.has_value(), written ? "" : written.error().message().c_str());

        // The new hive: clean, the replayed content plus exactly the one changed value.
        const regf::BaseBlock base = regf::parseBaseBlock(bytesOf(hive));
        QVERIFY(!base.dirty());
        QVERIFY(base.primarySequence > 2130u); // above every entry in the old logs
        const QStringList differing = differingLines(exportReplayed, exportHive(hive, kSystemPrefix));
        QCOMPARE(differing.size(), 2);
        QVERIFY2(differing[0].startsWith("\"Windows\"=hex(2):"), qPrintable(differing.join('\n')));
        QCOMPARE(hivexgetWindows(hive, "ControlSet001"), valueText(changed));
        QTemporaryDir peerDir;
        QCOMPARE(regedWindowsBytes(hive, "ControlSet001", peerDir.path()),
                 QByteArray(reinterpret_cast<const char*>(changed.data.data()),
                            static_cast<qsizetype>(changed.data.size())));

        // The old logs are set aside (renamed, not deleted), the dirty original kept.
        const WriteReceipt receipt = *target->hives().lastWrite();
        QVERIFY(!fs::exists(hive.string() + ".log1"));
        QVERIFY(!fs::exists(hive.string() + ".LOG2"));
        QCOMPARE(receipt.logsSetAside.size(), std::size_t{2});
        QVERIFY(receipt.logsSetAside[0].filename().string().starts_with(
            "win10-1709-x64-dirty.SYSTEM.log1.heapfix-replayed-"));
        QCOMPARE(sha256OfFile(receipt.logsSetAside[0]), shaLog1);
        QCOMPARE(sha256OfFile(receipt.keptOriginal), shaDirty);
        QCOMPARE(target->hives().system().state(), HiveState::Clean);
        target.reset();
        // Opened again: clean, no logs, the value as written.
        std::unique_ptr<OfflineTarget> again = openTarget(hive);
        QCOMPARE(again->hives().system().state(), HiveState::Clean);
        QCOMPARE(*again->registry().read(subsystemsWindowsValue()), changed);
    }

    void workingCopyHoldsExactlyTheReplayedHive() {
        // The working copy a dirty hive is read and edited from (in memory on Linux, built by writing the
        // logs' pages over a kernel copy of the hive) holds the same bytes as the replay into a vector, and
        // goes with the HiveFile.
        QTemporaryDir dir;
        const fs::path hive = unpackDirtyWindows10(dir.path());
        const QByteArray shaDirty = sha256OfFile(hive);
        const Expected<ReplayResult, Error> replay =
            replayTransactionLogs(bytesOf(hive), {{"LOG1", bytesOf(hive.string() + ".log1")},
                                                  {"LOG2", bytesOf(hive.string() + ".LOG2")}});
        QVERIFY(replay.has_value());
        Expected<std::unique_ptr<HiveFile>, Error> opened = HiveFile::open(hive);
        QVERIFY2(opened.has_value(), opened ? "" : opened.error().message().c_str());
        std::unique_ptr<HiveFile> file = std::move(*opened);
        QCOMPARE(file->state(), HiveState::Replayed);
        const fs::path copy = file->view().file();
        QVERIFY(copy != hive);
        QVERIFY(bytesOf(copy) == replay->hive);
        QCOMPARE(sha256OfFile(hive), shaDirty);
        QCOMPARE(folderListing(dir.path()).size(), 3); // nothing written beside the hive
        file.reset();
        QVERIFY(!fs::exists(copy));
    }

    void stateAfterAWriteIsWhatAFreshOpenFinds() {
        // After a write the checked, re-opened hive is kept as the view instead of being opened again: its
        // state, logs and values must be those a fresh open of the file gives, also with logs beside it.
        QTemporaryDir dir;
        const fs::path hive = unpackDirtyWindows10(dir.path());
        std::unique_ptr<OfflineTarget> target = openTarget(hive);
        const RegistryValue original = *target->registry().read(subsystemsWindowsValue());
        QVERIFY(target->registry().write(subsystemsWindowsValue(), withInteractive(original, 12288)));
        // The replayed logs, now older than the hive, put back beside it: a clean hive with two logs.
        const WriteReceipt first = *target->hives().lastWrite();
        QCOMPARE(first.logsSetAside.size(), std::size_t{2});
        fs::rename(first.logsSetAside[0], hive.string() + ".log1");
        fs::rename(first.logsSetAside[1], hive.string() + ".LOG2");
        const RegistryValue changed = withInteractive(original, 16384);
        const Expected<void, Error> written = target->registry().write(subsystemsWindowsValue(), changed);
        QVERIFY2(written.has_value(), written ? "" : written.error().message().c_str());
        QVERIFY(target->hives().lastWrite()->logsSetAside.empty()); // a clean hive's logs stay
        const HiveFile& adopted = target->hives().system();
        std::unique_ptr<OfflineTarget> fresh = openTarget(hive);
        const HiveFile& reopened = fresh->hives().system();
        QCOMPARE(adopted.state(), HiveState::Clean);
        QCOMPARE(reopened.state(), adopted.state());
        QCOMPARE(reopened.note(), adopted.note());
        QCOMPARE(adopted.logs().size(), std::size_t{2});
        QCOMPARE(reopened.logs(), adopted.logs());
        QCOMPARE(adopted.view().file(), hive);
        QCOMPARE(*target->registry().read(subsystemsWindowsValue()), changed);
        QCOMPARE(*fresh->registry().read(subsystemsWindowsValue()), changed);
        QCOMPARE(hivexgetWindows(hive, "ControlSet001"), valueText(changed));
    }

    void unreplayableLogsRefuseWrites() {
        QTemporaryDir dir;
        const fs::path hive = unpackDirtyWindows10(dir.path());
        const fs::path log1 = hive.string() + ".log1";
        {
            QFile log(QString::fromStdString(log1.string()));
            QVERIFY(log.open(QIODevice::ReadWrite));
            log.seek(512 + 4096);
            const char flipped = static_cast<char>(log.read(1)[0] ^ 1);
            log.seek(512 + 4096);
            log.write(&flipped, 1);
        }
        const QStringList listing = folderListing(dir.path());
        const QByteArray shaHive = sha256OfFile(hive);
        const QByteArray shaLog = sha256OfFile(log1);
        std::unique_ptr<OfflineTarget> target = openTarget(hive);
        QCOMPARE(target->hives().system().state(), HiveState::Unreplayable);
        // Reading still works, from the hive without its logs, with a note saying so.
        QVERIFY(target->registry().read(subsystemsWindowsValue()).has_value());
        QVERIFY(QString::fromStdString(target->hives().system().note()).contains("cannot be replayed"));
        const RegistryValue changed =
            withInteractive(*target->registry().read(subsystemsWindowsValue()), 12288);
        const Expected<void, Error> written = target->registry().write(subsystemsWindowsValue(), changed);
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::Unsafe);
        QVERIFY2(QString::fromStdString(written.error().detail).contains("Marvin32"),
                 written.error().detail.c_str());
        QCOMPARE(sha256OfFile(hive), shaHive);
        QCOMPARE(sha256OfFile(log1), shaLog);
        QCOMPARE(folderListing(dir.path()), listing);
    }

    void dirtyHiveWithoutLogsAndCleanHiveWithNewerLogsRefuseWrites_data() {
        QTest::addColumn<bool>("withLogs");
        QTest::addColumn<int>("state");
        QTest::newRow("dirty, logs missing") << false << int(HiveState::Unreplayable);
        QTest::newRow("clean, logs hold newer entries") << true << int(HiveState::NewerLogs);
    }

    void dirtyHiveWithoutLogsAndCleanHiveWithNewerLogsRefuseWrites() {
        QFETCH(bool, withLogs);
        QFETCH(int, state);
        QTemporaryDir dir;
        const fs::path hive = unpackDirtyWindows10(dir.path());
        if (withLogs) {
            // The replayed hive marked clean at 2120: entries 2121..2130 of LOG2 are newer than it.
            Expected<ReplayResult, Error> replay =
                replayTransactionLogs(bytesOf(hive), {{"LOG1", bytesOf(hive.string() + ".log1")},
                                                      {"LOG2", bytesOf(hive.string() + ".LOG2")}});
            QVERIFY(replay.has_value());
            std::span<std::uint8_t> base(replay->hive.data(), regf::kBaseBlockSize);
            regf::writeU32(base, regf::kPrimarySequenceOffset, 2120);
            regf::writeU32(base, regf::kSecondarySequenceOffset, 2120);
            regf::updateChecksum(base);
            QFile file(QString::fromStdString(hive.string()));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(reinterpret_cast<const char*>(replay->hive.data()),
                       static_cast<qsizetype>(replay->hive.size()));
        } else {
            fs::remove(hive.string() + ".log1");
            fs::remove(hive.string() + ".LOG2");
        }
        const QByteArray sha = sha256OfFile(hive);
        const QStringList listing = folderListing(dir.path());
        std::unique_ptr<OfflineTarget> target = openTarget(hive);
        QCOMPARE(int(target->hives().system().state()), state);
        QVERIFY(!target->hives().system().note().empty());
        const RegistryValue value = *target->registry().read(subsystemsWindowsValue());
        const Expected<void, Error> written =
            target->registry().write(subsystemsWindowsValue(), withInteractive(value, 12288));
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::Unsafe);
        QCOMPARE(sha256OfFile(hive), sha);
        QCOMPARE(folderListing(dir.path()), listing);
    }

    void damagedFilesAreRefusedUnchanged_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("detail");
        QTest::newRow("checksum") << "checksum"
                                  << "checksum";
        QTest::newRow("truncated") << "truncated"
                                   << "truncated";
        QTest::newRow("random") << "random"
                                << "regf";
        QTest::newRow("empty") << "empty"
                               << "empty";
        QTest::newRow("bad hive bin (hivex would need HIVEX_OPEN_UNSAFE)") << "hbin"
                                                                           << "hivex";
        QTest::newRow("not a SYSTEM hive (BCD)") << "bcd"
                                                 << "Select";
    }

    void damagedFilesAreRefusedUnchanged() {
        QFETCH(QString, damage);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        fs::path hive = unpackHive(damage == "bcd" ? "efi-2021.BCD" : "win7-sp1-x86.SYSTEM", dir.path());
        QFile file(QString::fromStdString(hive.string()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == "checksum") {
            file.seek(100); // inside the checksummed first 508 bytes
            file.write("x", 1);
        } else if (damage == "truncated") {
            QVERIFY(file.resize(1024 * 1024));
        } else if (damage == "random") {
            QByteArray noise(1024 * 1024, '\0');
            QRandomGenerator(42).fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
            QVERIFY(file.resize(0));
            file.write(noise);
        } else if (damage == "empty") {
            QVERIFY(file.resize(0));
        } else if (damage == "hbin") {
            file.seek(4096 + 4096 * 16); // well inside the hive bins: no longer a valid hive bin header
            file.write("junk", 4);
        }
        file.close();
        const QByteArray sha = sha256OfFile(hive);
        const QStringList listing = folderListing(dir.path());
        const Error error = openError(hive);
        QCOMPARE(error.code, ErrorCode::Corrupt);
        QVERIFY2(QString::fromStdString(error.detail).contains(detail, Qt::CaseInsensitive),
                 error.detail.c_str());
        QCOMPARE(QString::fromStdString(error.subject), QString::fromStdString(hive.string()));
        QCOMPARE(sha256OfFile(hive), sha);
        QCOMPARE(folderListing(dir.path()), listing);
    }

    void readOnlyFileOrFolderIsRefusedUnchanged_data() {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnlyFileOrFolderIsRefusedUnchanged() {
        QFETCH(bool, folder);
        QTemporaryDir dir;
        const fs::path hive = unpackHive("nt4-sp3-x86.SYSTEM", dir.path());
        const fs::path locked = folder ? hive.parent_path() : hive;
        fs::permissions(locked,
                        folder ? fs::perms::owner_read | fs::perms::owner_exec : fs::perms::owner_read);
        const QByteArray sha = sha256OfFile(hive);
        const QStringList listing = folderListing(dir.path());
        std::unique_ptr<OfflineTarget> target = openTarget(hive);
        const RegistryValue changed =
            withInteractive(*target->registry().read(subsystemsWindowsValue()), 4096);
        const Expected<void, Error> written = target->registry().write(subsystemsWindowsValue(), changed);
        fs::permissions(locked, fs::perms::owner_all);
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::ReadOnly);
        QVERIFY(QString::fromStdString(written.error().detail).contains("read-only"));
        QCOMPARE(sha256OfFile(hive), sha);
        QCOMPARE(folderListing(dir.path()), listing);
    }

    void windowsFolderWithOddCasing() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("windows/SYSTEM32/Config"));
        const QString config = dir.path() + "/windows/SYSTEM32/Config";
        fs::rename(unpackHive("nt4-sp3-x86.SYSTEM", config), (config + "/system").toStdString());
        fs::rename(unpackHive("nt4-sp3-x86.SOFTWARE", config), (config + "/Software").toStdString());
        for (const QString& root : {dir.path() + "/windows", dir.path()}) { // the Windows folder or the drive
            const Expected<InstallationHives, Error> hives = findInstallationHives(root.toStdString());
            QVERIFY2(hives.has_value(), hives ? "" : hives.error().message().c_str());
            QCOMPARE(QString::fromStdString(hives->system.string()), config + "/system");
            QVERIFY(hives->software.has_value());
            QCOMPARE(QString::fromStdString(hives->software->string()), config + "/Software");
        }
        const Expected<InstallationHives, Error> missing = findInstallationHives(config.toStdString());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void measureOpenReplayEditCommit() {
        // The largest real hive: open (with replay of its logs), edit, durable commit; next to cp + sync.
        QTemporaryDir dir;
        const fs::path hive = unpackDirtyWindows10(dir.path());
        QElapsedTimer copyTimer;
        copyTimer.start();
        const ProcessResult copied = run(
            "sh", {"-c", "cp \"$0\" \"$0.copy\" && sync \"$0.copy\"", QString::fromStdString(hive.string())});
        const qint64 copyMs = copyTimer.elapsed();
        QCOMPARE(copied.exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<OfflineTarget> target = openTarget(hive);
        const qint64 openMs = timer.elapsed();
        const RegistryValue changed =
            withInteractive(*target->registry().read(subsystemsWindowsValue()), 12288);
        QVERIFY(target->registry().write(subsystemsWindowsValue(), changed).has_value());
        const qint64 totalMs = timer.elapsed();
        qInfo("open+replay %lld ms, open+replay+edit+commit %lld ms; cp+sync of the same %lld bytes %lld ms",
              openMs, totalMs, static_cast<long long>(fs::file_size(hive)), copyMs);
        QVERIFY(totalMs < 30000);
    }
};

QTEST_APPLESS_MAIN(HiveRegistryTest)
#include "tst_hiveregistry.moc"
