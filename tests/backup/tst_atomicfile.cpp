// Durable writes: a temporary file beside the target, flushed, renamed over it. Failures are real ones: a
// parent that is a regular file, a target that is a folder, a full tmpfs and a read-only mount (mounted in a
// private mount namespace of this test process, since chmod does not stop root and the tests run as root).
#include "TestSupport.h"

#include "model/backup/AtomicFile.h"
#include "model/backup/SafeOpen.h"

#include <QDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <fstream>

#include <sys/mount.h>

using namespace heapfix;
namespace fs = std::filesystem;

namespace {

// Entered before main(), while the process has one thread (unshare needs that; Qt Test starts a watchdog).
const std::string namespaceError = test::enterPrivateMountNamespace();

std::vector<std::uint8_t> bytesOf(std::string_view text) {
    return {text.begin(), text.end()};
}

void writePlain(const fs::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::string contentOf(const fs::path& file) {
    const QByteArray bytes = test::readFile(file);
    return bytes.toStdString();
}

QStringList entriesOf(const fs::path& folder) {
    return QDir(QString::fromStdString(folder.string()))
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// A tmpfs of `size` mounted on a fresh folder inside `parent`, private to this process.
fs::path mountTmpfs(const fs::path& parent, const char* options) {
    const fs::path point = parent / "mnt";
    fs::create_directory(point);
    if (mount("heapfix-test", point.c_str(), "tmpfs", 0, options) != 0)
        qFatal("mount tmpfs: %s", std::strerror(errno));
    return point;
}

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void writesANewFile() {
        QTemporaryDir dir;
        const fs::path target = fs::path(dir.path().toStdString()) / "backup.reg";
        const Expected<void, Error> written = writeFileAtomically(target, bytesOf("new content"));
        QVERIFY(written.has_value());
        QCOMPARE(contentOf(target), std::string("new content"));
        QCOMPARE(entriesOf(target.parent_path()), QStringList{"backup.reg"});
    }

    void replacesAnExistingFileAndLeavesNoTemporary() {
        QTemporaryDir dir;
        const fs::path target = fs::path(dir.path().toStdString()) / "record.json";
        writePlain(target, "old content that is longer than the new one");
        QVERIFY(writeFileAtomically(target, bytesOf("new")).has_value());
        QCOMPARE(contentOf(target), std::string("new"));
        QCOMPARE(entriesOf(target.parent_path()), QStringList{"record.json"});
    }

    void emptyContentIsAFile() {
        QTemporaryDir dir;
        const fs::path target = fs::path(dir.path().toStdString()) / "empty";
        QVERIFY(writeFileAtomically(target, {}).has_value());
        QVERIFY(fs::exists(target));
        QCOMPARE(fs::file_size(target), std::uintmax_t(0));
    }

    // The rename fails after the temporary file was written: it must be gone, the target untouched.
    void failedRenameLeavesTheOldTargetAndNoTemporary() {
        QTemporaryDir dir;
        const fs::path folder(dir.path().toStdString());
        const fs::path target = folder / "occupied";
        fs::create_directory(target);
        writePlain(target / "inside", "keep");
        const Expected<void, Error> written = writeFileAtomically(target, bytesOf("data"));
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::Io);
        QCOMPARE(written.error().subject, target.string());
        QCOMPARE(contentOf(target / "inside"), std::string("keep"));
        QCOMPARE(entriesOf(folder), QStringList{"occupied"});
    }

    // The one way files are written: a StagedFile removes itself when it goes out of scope unless kept, and
    // only while its name still leads to it; a name taken (a link included) is refused, never followed.
    void stagedFileCleansUpOnlyItself() {
        QTemporaryDir dir;
        const fs::path folder(dir.path().toStdString());
        fs::path staging;
        {
            Expected<StagedFile, Error> staged =
                StagedFile::write(folder, bytesOf("mine"), StagedFile::Access::OwnerOnly, folder / "wanted");
            QVERIFY(staged.has_value());
            staging = staged->path();
            QCOMPARE(fs::status(staging).permissions() & fs::perms::all,
                     fs::perms::owner_read | fs::perms::owner_write);
            fs::create_symlink(folder / "elsewhere", folder / "wanted");
            const Expected<bool, Error> moved = staged->moveToFreeName(folder / "wanted");
            QVERIFY(moved.has_value() && !*moved);
            QVERIFY(!fs::exists(folder / "elsewhere"));
            QCOMPARE(staged->path(), staging);
            // Someone else's file under its staging name, its own moved away (so no inode is reused).
            fs::rename(staging, folder / "moved-away");
            writePlain(staging, "theirs");
        }
        QCOMPARE(contentOf(staging), std::string("theirs"));
        QCOMPARE(contentOf(folder / "moved-away"), std::string("mine"));
        fs::remove(staging);
        fs::remove(folder / "moved-away");
        {
            Expected<StagedFile, Error> dropped =
                StagedFile::write(folder, bytesOf("dropped"), StagedFile::Access::Shared, folder / "x");
            QVERIFY(dropped.has_value());
            Expected<StagedFile, Error> kept =
                StagedFile::write(folder, bytesOf("kept"), StagedFile::Access::Shared, folder / "y");
            QVERIFY(kept.has_value());
            const Expected<bool, Error> moved = kept->moveToFreeName(folder / "y");
            QVERIFY(moved.has_value() && *moved);
            kept->keep();
        }
        QCOMPARE(entriesOf(folder), (QStringList{"wanted", "y"}));
        QCOMPARE(contentOf(folder / "y"), std::string("kept"));
    }

    void parentThatIsARegularFile() {
        QTemporaryDir dir;
        const fs::path notAFolder = fs::path(dir.path().toStdString()) / "file";
        writePlain(notAFolder, "x");
        const fs::path target = notAFolder / "backup.reg";
        const Expected<void, Error> written = writeFileAtomically(target, bytesOf("data"));
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::NotFound); // ENOTDIR
        QCOMPARE(written.error().subject, target.string());
        QCOMPARE(contentOf(notAFolder), std::string("x"));
    }

    void fullDiskLeavesTheOldFile() {
        QVERIFY2(namespaceError.empty(), namespaceError.c_str());
        QTemporaryDir dir;
        const fs::path mounted = mountTmpfs(dir.path().toStdString(), "size=64k");
        const fs::path target = mounted / "backup.reg";
        writePlain(target, "the old backup");
        const std::vector<std::uint8_t> big(512 * 1024, 0x41);
        const Expected<void, Error> written = writeFileAtomically(target, big);
        const QStringList left = entriesOf(mounted);
        umount(mounted.c_str());
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::NoSpace);
        QCOMPARE(written.error().subject, target.string());
        QCOMPARE(left, QStringList{"backup.reg"});
    }

    void fullDiskKeepsOldContent() {
        QVERIFY2(namespaceError.empty(), namespaceError.c_str());
        QTemporaryDir dir;
        const fs::path mounted = mountTmpfs(dir.path().toStdString(), "size=64k");
        const fs::path target = mounted / "backup.reg";
        writePlain(target, "the old backup");
        QVERIFY(!writeFileAtomically(target, std::vector<std::uint8_t>(512 * 1024, 0x42)).has_value());
        const std::string kept = contentOf(target);
        umount(mounted.c_str());
        QCOMPARE(kept, std::string("the old backup"));
    }

    void readOnlyMount() {
        QVERIFY2(namespaceError.empty(), namespaceError.c_str());
        QTemporaryDir dir;
        const fs::path mounted = mountTmpfs(dir.path().toStdString(), "size=64k");
        writePlain(mounted / "backup.reg", "old");
        QCOMPARE(mount(nullptr, mounted.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, "size=64k"), 0);
        const Expected<void, Error> written = writeFileAtomically(mounted / "backup.reg", bytesOf("new"));
        const std::string kept = contentOf(mounted / "backup.reg");
        const QStringList left = entriesOf(mounted);
        umount(mounted.c_str());
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::ReadOnly);
        QCOMPARE(kept, std::string("old"));
        QCOMPARE(left, QStringList{"backup.reg"});
    }

    void errorCodesOfTheOperatingSystem_data() {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("code");
        QTest::newRow("EACCES") << EACCES << int(ErrorCode::AccessDenied);
        QTest::newRow("EPERM") << EPERM << int(ErrorCode::AccessDenied);
        QTest::newRow("EROFS") << EROFS << int(ErrorCode::ReadOnly);
        QTest::newRow("ENOSPC") << ENOSPC << int(ErrorCode::NoSpace);
        QTest::newRow("ENOENT") << ENOENT << int(ErrorCode::NotFound);
        QTest::newRow("EIO") << EIO << int(ErrorCode::Io);
        QTest::newRow("EISDIR") << EISDIR << int(ErrorCode::Io);
    }
    void errorCodesOfTheOperatingSystem() {
        QFETCH(int, error);
        QFETCH(int, code);
        const Error mapped =
            fileSystemError(std::error_code(error, std::generic_category()), "/some/file", "cannot x");
        QCOMPARE(int(mapped.code), code);
        QCOMPARE(mapped.subject, std::string("/some/file"));
        QVERIFY(mapped.detail.starts_with("cannot x: "));
    }

    void readWholeFileRespectsItsLimit() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "f";
        writePlain(file, std::string(1000, 'x'));
        const auto exact = readWholeFile(file, 1000);
        QVERIFY(exact.has_value());
        QCOMPARE(exact->size(), std::size_t(1000));
        const auto tooBig = readWholeFile(file, 999);
        QVERIFY(!tooBig.has_value());
        QCOMPARE(tooBig.error().code, ErrorCode::Malformed);
        QCOMPARE(tooBig.error().subject, file.string());
    }

    void readingAMissingFile() {
        const auto missing = readWholeFile("/nonexistent/heapfix/file.reg");
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().subject, std::string("/nonexistent/heapfix/file.reg"));
    }

    // A whole file's bytes as FileContents gives them (mapped on Linux) against Qt's reading of the same
    // file; the size limit, a link and an empty file as openRegularFile treats them; a move leaves one owner.
    void fileContentsHoldTheWholeFile() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "hive";
        std::string text;
        for (int i = 0; text.size() < 3 * 4096 + 17; ++i)
            text += std::to_string(i * 7919) + ',';
        writePlain(file, text);
        Expected<FileContents, Error> contents = FileContents::read(file, text.size());
        QVERIFY(contents.has_value());
        const QByteArray peer = test::readFile(file);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(contents->bytes().data()),
                            qsizetype(contents->bytes().size())),
                 peer);
        FileContents moved = std::move(*contents);
        QVERIFY(contents->bytes().empty());
        QCOMPARE(moved.bytes().size(), text.size());
        QCOMPARE(moved.bytes().back(), std::uint8_t(','));

        const auto tooBig = FileContents::read(file, text.size() - 1);
        QVERIFY(!tooBig.has_value());
        QCOMPARE(tooBig.error().code, ErrorCode::Malformed);
        const fs::path link = file.parent_path() / "link";
        fs::create_symlink(file, link);
        const auto throughLink = FileContents::read(link, UINTMAX_MAX);
        QVERIFY(!throughLink.has_value());
        QCOMPARE(throughLink.error().code, ErrorCode::Refused);
        writePlain(file.parent_path() / "empty", "");
        const auto empty = FileContents::read(file.parent_path() / "empty", 10);
        QVERIFY(empty.has_value());
        QVERIFY(empty->bytes().empty());
    }

    void syncingFilesAndFolders() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "f";
        writePlain(file, "x");
        QVERIFY(syncFile(file).has_value());
        QVERIFY(syncFolder(file.parent_path()).has_value());
        const auto missing = syncFile(file.parent_path() / "missing");
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void appendingDurably() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "log";
        QVERIFY(appendDurably(file, bytesOf("one\n")).has_value());
        QVERIFY(appendDurably(file, bytesOf("two\n")).has_value());
        QCOMPARE(contentOf(file), std::string("one\ntwo\n"));
    }
};

QTEST_APPLESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
