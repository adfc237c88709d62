// The backup folder: .reg + JSON record written durably and verified; listed newest first; loaded from either
// file or from a bare .reg of another tool (Wine's reg export); tampering caught by the checksum.
#include "RegFileFixtures.h"

#include "model/backup/BackupStore.h"
#include "model/backup/RegFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <fstream>
#include <set>

using namespace heapfix;
namespace fs = std::filesystem;

namespace {

BackupRequest win10Request() {
    BackupRequest request;
    request.target.kind = TargetKind::Sample;
    request.target.path = "/tmp/sample/Windows";
    request.target.controlSet = "ControlSet001";
    request.target.sampleName = "win10-x64";
    request.windows.major = 10;
    request.windows.build = 16299;
    request.windows.productName = "Windows 10 Pro";
    request.windows.architecture = Architecture::X64;
    request.windows.source = VersionSource::Read;
    request.key = std::string(kSubSystemsKey);
    request.valueName = "Windows";
    request.value = RegistryValue::fromText(ValueType::ExpandString, test::realWindowsValue("win10"));
    return request;
}

std::chrono::system_clock::time_point at(std::int64_t secondsSinceEpoch) {
    return std::chrono::system_clock::time_point(std::chrono::seconds(secondsSinceEpoch));
}

QJsonObject jsonOf(const fs::path& file) {
    return QJsonDocument::fromJson(test::readFile(file)).object();
}

QString sha256sum(const fs::path& file) {
    const test::ProcessResult sum = test::run("sha256sum", {QString::fromStdString(file.string())});
    return QString::fromLatin1(sum.out.left(64));
}

} // namespace

class TestBackupStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { realWin10_ = test::realWindowsValue("win10"); }

    void savesAVerifiedBackup() {
        QTemporaryDir dir;
        BackupStore store(fs::path(dir.path().toStdString()) / "backups");
        store.setClock([] { return at(1795302312); }); // 2026-11-21T23:05:12Z
        const Expected<BackupRecord, Error> saved = store.save(win10Request());
        QVERIFY2(saved.has_value(), saved ? "" : saved.error().message().c_str());
        QCOMPARE(QString::fromStdString(saved->regFile.filename().string()),
                 "heapfix-20261121-230512-sample-win10-x64.reg");
        QCOMPARE(QString::fromStdString(saved->recordFile.filename().string()),
                 "heapfix-20261121-230512-sample-win10-x64.json");
        // The .reg is what Wine's reg.exe exports for this value, byte for byte.
        QCOMPARE(test::readFile(saved->regFile),
                 test::readFile(fs::path(test::kFixturesDir) / "wine-reg-export-win10.reg"));
        QCOMPARE(QString::fromStdString(saved->sha256), sha256sum(saved->regFile));
        const QJsonObject json = jsonOf(saved->recordFile);
        QCOMPARE(json["created"].toString(), "2026-11-21T23:05:12Z");
        QCOMPARE(json["targetKind"].toString(), "sample");
        QCOMPARE(json["controlSet"].toString(), "ControlSet001");
        QCOMPARE(json["windows"].toString(), "Windows 10 Pro 10.0.16299 x64");
        QCOMPARE(json["valueType"].toString(), "REG_EXPAND_SZ");
        QCOMPARE(json["valueBefore"].toString().toStdU16String(), realWin10_);
        QCOMPARE(json["sharedSection"].toString(), "1024,20480,768");
        QCOMPARE(json["sha256"].toString(), sha256sum(saved->regFile));
        QCOMPARE(json["regFile"].toString(), "heapfix-20261121-230512-sample-win10-x64.reg");
        QVERIFY(store.verify(*saved).has_value());
        QCOMPARE(QDir(dir.path() + "/backups").entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void twoBackupsInOneSecondGetDistinctNames() {
        QTemporaryDir dir;
        BackupStore store(dir.path().toStdString());
        store.setClock([] { return at(1795302312); });
        std::set<fs::path> names;
        for (int i = 0; i < 3; ++i) {
            const auto saved = store.save(win10Request());
            QVERIFY(saved.has_value());
            names.insert(saved->regFile.filename());
        }
        QCOMPARE(names.size(), std::size_t(3));
        QVERIFY(names.count("heapfix-20261121-230512-sample-win10-x64-2.reg"));
        QVERIFY(names.count("heapfix-20261121-230512-sample-win10-x64-3.reg"));
        QCOMPARE(store.list().size(), std::size_t(3));
    }

    // Eleven backups in one second: newest first is -11, -10, ..., -2, then the one without a number (a plain
    // comparison of the names would put "-10" before "-2" and the first backup before "-2").
    void backupsOfOneSecondListNewestFirst() {
        QTemporaryDir dir;
        BackupStore store(dir.path().toStdString());
        store.setClock([] { return at(1795302312); });
        std::vector<fs::path> saved;
        for (int i = 0; i < 11; ++i) {
            const auto backup = store.save(win10Request());
            QVERIFY(backup.has_value());
            saved.push_back(backup->regFile);
        }
        const std::vector<BackupRecord> records = store.list();
        QCOMPARE(records.size(), saved.size());
        for (std::size_t i = 0; i < saved.size(); ++i)
            QCOMPARE(records[i].regFile.filename().string(), saved[saved.size() - 1 - i].filename().string());
    }

    void listsNewestFirstAndSkipsUnreadableRecords() {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        BackupStore store(folder);
        std::int64_t now = 1795302312;
        store.setClock([&now] { return at(now); });
        BackupRequest request = win10Request();
        QVERIFY(store.save(request).has_value());
        now += 3600;
        request.target = TargetInfo{TargetKind::Offline, "/mnt/c/Windows/System32/config/SYSTEM",
                                    "ControlSet002", "", std::nullopt};
        const auto newest = store.save(request);
        QVERIFY(newest.has_value());
        QVERIFY(newest->regFile.filename().string().ends_with("-offline-SYSTEM.reg"));
        std::ofstream(folder / "garbage.json") << "{ not json";
        std::ofstream(folder / "other.json") << R"({"format":"something-else"})";
        std::ofstream(folder / "notes.txt") << "x";
        fs::copy_file(fs::path(test::kFixturesDir) / "hostile-two-values.reg", folder / "hostile.reg");
        const std::vector<BackupRecord> records = store.list();
        QCOMPARE(records.size(), std::size_t(2));
        QCOMPARE(records[0].regFile, newest->regFile);
        QCOMPARE(records[0].targetKind, std::string("offline"));
        QCOMPARE(records[1].created, std::string("2026-11-21T23:05:12Z"));
    }

    void loadsFromRecordOrRegFile() {
        QTemporaryDir dir;
        BackupStore store(dir.path().toStdString());
        const auto saved = store.save(win10Request());
        QVERIFY(saved.has_value());
        for (const fs::path& file : {saved->recordFile, saved->regFile}) {
            const auto loaded = store.load(file);
            QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message().c_str());
            QCOMPARE(loaded->regFile, saved->regFile);
            QCOMPARE(loaded->recordFile, saved->recordFile);
            QCOMPARE(loaded->sha256, saved->sha256);
            QCOMPARE(loaded->valueBefore, saved->valueBefore);
            QCOMPARE(loaded->windows, saved->windows);
            QVERIFY(store.verify(*loaded).has_value());
        }
    }

    // A .reg from Wine's reg export, with no record beside it: what the file says, nothing invented.
    void loadsABareRegFileOfAnotherTool() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "exported.reg";
        fs::copy_file(fs::path(test::kFixturesDir) / "wine-reg-export-win10.reg", file);
        BackupStore store(dir.path().toStdString());
        const auto loaded = store.load(file);
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message().c_str());
        QCOMPARE(loaded->key, std::string(kSubSystemsKey));
        QCOMPARE(loaded->valueName, std::string("Windows"));
        QCOMPARE(loaded->valueType, std::string("REG_EXPAND_SZ"));
        QCOMPARE(QString::fromStdString(loaded->valueBefore).toStdU16String(), realWin10_);
        QCOMPARE(loaded->sharedSection, std::string("1024,20480,768"));
        QCOMPARE(QString::fromStdString(loaded->sha256), sha256sum(file));
        QVERIFY(loaded->targetKind.empty());
        QVERIFY(loaded->toolVersion.empty());
        QVERIFY(!loaded->created.empty());
        QVERIFY(store.verify(*loaded).has_value());
        QCOMPARE(store.list().size(), std::size_t(1));
    }

    void loadRefusesAHostileBareRegFile() {
        BackupStore store(test::kFixturesDir);
        const auto loaded = store.load(fs::path(test::kFixturesDir) / "hostile-two-values.reg");
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, ErrorCode::Refused);
    }

    void tamperedRegFileIsCaughtByItsChecksum() {
        QTemporaryDir dir;
        BackupStore store(dir.path().toStdString());
        const auto saved = store.save(win10Request());
        QVERIFY(saved.has_value());
        QByteArray bytes = test::readFile(saved->regFile);
        const qsizetype digits = bytes.indexOf(QByteArray("3\0"
                                                          "1\0"
                                                          ",\0"
                                                          "0\0"
                                                          "0\0",
                                                          10)); // "31,00": the '1' of 1024
        QVERIFY(digits > 0);
        bytes[digits + 2] = '2'; // 1024 -> 2024: still a well-formed .reg
        std::ofstream(saved->regFile, std::ios::binary | std::ios::trunc)
            .write(bytes.constData(), bytes.size());
        const auto verified = store.verify(*saved);
        QVERIFY(!verified.has_value());
        QCOMPARE(verified.error().code, ErrorCode::Corrupt);
        QVERIFY(verified.error().detail.find("SHA-256") != std::string::npos);
        // The file itself still parses: only the checksum tells.
        QVERIFY(parseRegFile(std::vector<std::uint8_t>(bytes.begin(), bytes.end()), "t.reg").has_value());
    }

    void recordThatDisagreesWithItsRegFile() {
        QTemporaryDir dir;
        BackupStore store(dir.path().toStdString());
        auto saved = store.save(win10Request());
        QVERIFY(saved.has_value());
        saved->valueBefore += " edited";
        const auto verified = store.verify(*saved);
        QVERIFY(!verified.has_value());
        QCOMPARE(verified.error().code, ErrorCode::Mismatch);
    }

    void missingRegFile() {
        QTemporaryDir dir;
        BackupStore store(dir.path().toStdString());
        const auto saved = store.save(win10Request());
        QVERIFY(saved.has_value());
        fs::remove(saved->regFile);
        const auto verified = store.verify(*saved);
        QVERIFY(!verified.has_value());
        QCOMPARE(verified.error().code, ErrorCode::NotFound);
        QCOMPARE(store.list().size(), std::size_t(1)); // the record still lists; verify says what is wrong
    }

    // A backup folder that cannot exist: a real failure, reported with the folder named and what to do.
    void unusableFolderLeavesNothing() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "stick";
        std::ofstream(file) << "a file where the folder should be";
        BackupStore store(file / "backups");
        const auto saved = store.save(win10Request());
        QVERIFY(!saved.has_value());
        QCOMPARE(saved.error().code, ErrorCode::NotFound);
        QCOMPARE(saved.error().subject, (file / "backups").string());
        QVERIFY(saved.error().detail.find("nothing was changed") != std::string::npos);
        QVERIFY(saved.error().detail.find("Choose another backup folder") != std::string::npos);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{"stick"});
        QVERIFY(store.list().empty());
    }

private:
    std::u16string realWin10_;
};

QTEST_APPLESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
