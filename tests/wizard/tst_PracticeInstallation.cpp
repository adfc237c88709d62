// The practice installation the wizard keeps in its data folder (TargetSpec::keepSampleIn): made on first
// use, opened again with what was written to it (read back by hivexget), made afresh after removeKeptSample,
// and a link in its place is refused, never followed.

#include "TestSupport.h"

#include "model/backup/BackupStore.h"
#include "model/fix/FixTransaction.h"
#include "model/fix/Targets.h"

#include <QTemporaryDir>
#include <QTest>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

QString valueOfHive(const fs::path& hive) {
    const ProcessResult result =
        run("hivexget", {QString::fromStdString(hive.string()),
                         "\\ControlSet001\\Control\\Session Manager\\SubSystems", "Windows"});
    return QString::fromUtf8(result.out).trimmed();
}

TargetSpec keptSample(const fs::path& folder) {
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Sample;
    spec.sampleName = "win7-x86";
    spec.keepSampleIn = folder;
    return spec;
}

} // namespace

class PracticeInstallationTest : public QObject {
    Q_OBJECT

private slots:
    void keptBetweenOpeningsAndStartedOver();
    void linkInItsPlaceIsRefused();
};

void PracticeInstallationTest::keptBetweenOpeningsAndStartedOver() {
    QTemporaryDir dir;
    const fs::path folder = fs::path(dir.path().toStdString()) / "data" / "practice";
    const fs::path hive = folder / "win7-x86" / "Windows" / "System32" / "config" / "SYSTEM";
    {
        auto target = openTarget(keptSample(folder));
        QVERIFY2(target, target ? "" : target.error().message().c_str());
        QCOMPARE((*target)->info().kind, TargetKind::Sample);
        QCOMPARE((*target)->info().sampleName, std::string("win7-x86"));
        QCOMPARE(fs::path((*target)->info().path), folder / "win7-x86" / "Windows");
        BackupStore backups(fs::path(dir.path().toStdString()) / "backups");
        FixTransaction fix(**target, backups);
        QCOMPARE(fix.apply({1024, 12288, 2048}).outcome, FixOutcome::Changed);
    }
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,12288,2048 ")); // kept after the target went
    {
        auto again = openTarget(keptSample(folder));
        QVERIFY2(again, again ? "" : again.error().message().c_str());
    }
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,12288,2048 "));

    QVERIFY(removeKeptSample(folder, "win7-x86"));
    QVERIFY(!fs::exists(folder / "win7-x86"));
    QVERIFY(removeKeptSample(folder, "win7-x86")); // nothing there: not an error
    auto fresh = openTarget(keptSample(folder));
    QVERIFY2(fresh, fresh ? "" : fresh.error().message().c_str());
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,12288,512 ")); // the sample's own default
    QVERIFY(!removeKeptSample(folder, "no-such-sample"));
}

void PracticeInstallationTest::linkInItsPlaceIsRefused() {
    QTemporaryDir dir;
    const fs::path folder = fs::path(dir.path().toStdString()) / "practice";
    const fs::path elsewhere = fs::path(dir.path().toStdString()) / "elsewhere";
    fs::create_directories(elsewhere / "keep-me");
    fs::create_directories(folder);
    fs::create_directory_symlink(elsewhere, folder / "win7-x86");
    auto target = openTarget(keptSample(folder));
    QVERIFY(!target);
    QCOMPARE(target.error().code, ErrorCode::Refused);
    auto removed = removeKeptSample(folder, "win7-x86");
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::Refused);
    QVERIFY(fs::is_directory(elsewhere / "keep-me")); // nothing behind the link was touched
    QVERIFY(fs::is_symlink(folder / "win7-x86"));
}

QTEST_GUILESS_MAIN(PracticeInstallationTest)
#include "tst_PracticeInstallation.moc"
