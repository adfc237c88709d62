// openPlatformTarget on Linux: offline folders and hive files, the samples as fresh generated installations
// that vanish with their target, and the live registry refused with the options to use instead.
#include "HiveTestKit.h"
#include "TestSupport.h"

#include "model/core/SampleCatalog.h"
#include "model/fix/Targets.h"
#include "model/hive/OfflineTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

TargetSpec spec(TargetSpec::Kind kind, const QString& path = {}) {
    TargetSpec result;
    result.kind = kind;
    result.path = path.toStdString();
    return result;
}

} // namespace

class HiveTargetsTest : public QObject {
    Q_OBJECT

private slots:
    void liveIsUnsupportedOnLinux() {
        const Expected<std::unique_ptr<Target>, Error> target = openTarget(spec(TargetSpec::Kind::Live));
        QVERIFY(!target.has_value());
        QCOMPARE(target.error().code, ErrorCode::Unsupported);
        for (const char* option : {"--windows-dir", "--system-hive", "--sample"})
            QVERIFY(QString::fromStdString(target.error().detail).contains(option));
    }

    void hiveFilesAndWindowsFolder() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("WINDOWS/system32/CONFIG"));
        const QString config = dir.path() + "/WINDOWS/system32/CONFIG";
        const fs::path system = unpackHive("nt4-sp3-x86.SYSTEM", config);
        fs::rename(system, (config + "/SYSTEM").toStdString());
        fs::rename(unpackHive("nt4-sp3-x86.SOFTWARE", config), (config + "/software").toStdString());

        TargetSpec folder = spec(TargetSpec::Kind::WindowsDir, dir.path() + "/WINDOWS");
        const Expected<std::unique_ptr<Target>, Error> fromFolder = openTarget(folder);
        QVERIFY2(fromFolder.has_value(), fromFolder ? "" : fromFolder.error().message().c_str());
        QCOMPARE((*fromFolder)->info().kind, TargetKind::Offline);
        QCOMPARE((*fromFolder)->info().controlSet, std::string("ControlSet001"));
        QCOMPARE((*fromFolder)->windowsVersion().family(), WindowsFamily::NT4);

        TargetSpec files = spec(TargetSpec::Kind::Hives, config + "/SYSTEM");
        const Expected<std::unique_ptr<Target>, Error> fromFile = openTarget(files);
        QVERIFY(fromFile.has_value());
        QCOMPARE((*fromFile)->windowsVersion().source, VersionSource::Inferred); // no SOFTWARE given
        files.softwareHive = (config + "/software").toStdString();
        QCOMPARE((*openTarget(files))->windowsVersion().source, VersionSource::Read);

        TargetSpec nowhere = spec(TargetSpec::Kind::WindowsDir, dir.path() + "/elsewhere");
        QCOMPARE(openTarget(nowhere).error().code, ErrorCode::NotFound);
    }

    void samplesAreFreshCopiesRemovedWithTheTarget_data() {
        QTest::addColumn<QString>("name");
        for (const std::string& name : sampleNames())
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void samplesAreFreshCopiesRemovedWithTheTarget() {
        QFETCH(QString, name);
        TargetSpec sampleSpec = spec(TargetSpec::Kind::Sample);
        sampleSpec.sampleName = name.toStdString();
        Expected<std::unique_ptr<Target>, Error> target = openTarget(sampleSpec);
        QVERIFY2(target.has_value(), target ? "" : target.error().message().c_str());
        const TargetInfo info = (*target)->info();
        QCOMPARE(info.kind, TargetKind::Sample);
        QCOMPARE(info.sampleName, sampleSpec.sampleName);
        QCOMPARE(info.controlSet, std::string("ControlSet001"));
        QVERIFY(fs::is_directory(info.path));
        const WindowsVersion version = (*target)->windowsVersion();
        QCOMPARE(version.source, VersionSource::Read);
        const SampleDefinition* sample = findSample(sampleSpec.sampleName);
        QVERIFY(sample);
        QCOMPARE(version.family(), sample->windows.family());
        QCOMPARE(version.bitness(), sample->windows.bitness());
        const Expected<RegistryValue, Error> value = (*target)->registry().read(subsystemsWindowsValue());
        QVERIFY(value.has_value());
        QCOMPARE(valueText(*value), QString::fromStdU16String(sample->windowsValue));
        // A write goes through the same safe commit as any offline hive.
        const RegistryValue changed = withInteractive(*value, 12288);
        QVERIFY((*target)->registry().write(subsystemsWindowsValue(), changed).has_value());
        QCOMPARE(*(*target)->registry().read(subsystemsWindowsValue()), changed);
        target->reset();
        QVERIFY(!fs::exists(info.path)); // the target owned its temporary folder
    }

    void sampleCopyGoesToTheChosenTemporaryFolderElseToMemory() {
        // TMPDIR set: the user's choice. Unset: /dev/shm where it exists (nothing of the copy is kept).
        const QByteArray saved = qgetenv("TMPDIR");
        QTemporaryDir chosen;
        qputenv("TMPDIR", chosen.path().toUtf8());
        std::string inChosen;
        {
            const Expected<std::unique_ptr<Target>, Error> target =
                openTarget(spec(TargetSpec::Kind::Default));
            QVERIFY(target.has_value());
            inChosen = (*target)->info().path;
        }
        qunsetenv("TMPDIR");
        std::string inMemory;
        {
            const Expected<std::unique_ptr<Target>, Error> target =
                openTarget(spec(TargetSpec::Kind::Default));
            QVERIFY(target.has_value());
            inMemory = (*target)->info().path;
        }
        if (!saved.isNull())
            qputenv("TMPDIR", saved);
        QVERIFY2(inChosen.starts_with(chosen.path().toStdString() + "/heapfix-sample-"), inChosen.c_str());
        QVERIFY(!fs::exists(inChosen));
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            QVERIFY2(inMemory.starts_with("/dev/shm/heapfix-sample-"), inMemory.c_str());
        QVERIFY(!fs::exists(inMemory));
    }

    void memoryCopyOfAProcessThatIsGoneIsRemoved() {
        // The copy goes to /dev/shm when TMPDIR is not set (a Linux machine has a writable /dev/shm).
        QVERIFY2(QFileInfo(QStringLiteral("/dev/shm")).isWritable(), "/dev/shm is not writable here");
        const QByteArray savedTmpdir = qgetenv("TMPDIR");
        qunsetenv("TMPDIR");
        const pid_t pid = fork(); // a process id that no longer exists once waited for
        if (pid == 0)
            _exit(0);
        QVERIFY(pid > 0);
        QCOMPARE(waitpid(pid, nullptr, 0), pid);
        const fs::path orphan =
            fs::path("/dev/shm") / ("heapfix-sample-pid" + std::to_string(pid) + "-Ab12Cd");
        const fs::path living =
            fs::path("/dev/shm") / ("heapfix-sample-pid" + std::to_string(getpid()) + "-Ef34Gh");
        fs::create_directories(orphan / "win10-x64" / "Windows");
        fs::create_directories(living);
        {
            const Expected<std::unique_ptr<Target>, Error> target =
                openTarget(spec(TargetSpec::Kind::Default));
            if (!savedTmpdir.isNull())
                qputenv("TMPDIR", savedTmpdir);
            QVERIFY(target.has_value());
        }
        const bool orphanLeft = fs::exists(orphan);
        const bool livingKept = fs::exists(living);
        fs::remove_all(orphan);
        fs::remove_all(living);
        QVERIFY(!orphanLeft);
        QVERIFY(livingKept); // this process's own folders are never touched
    }

    void defaultIsTheWindows10SampleOnLinux() {
        const Expected<std::unique_ptr<Target>, Error> target = openTarget(spec(TargetSpec::Kind::Default));
        QVERIFY2(target.has_value(), target ? "" : target.error().message().c_str());
        QCOMPARE((*target)->info().kind, TargetKind::Sample);
        QCOMPARE((*target)->info().sampleName, std::string("win10-x64"));
    }
};

QTEST_APPLESS_MAIN(HiveTargetsTest)
#include "tst_hivetargets.moc"
