// Portable mode: heapfix.portable beside the executable moves every file heapfix writes into heapfix-data/
// beside it, but only when that folder can really be written. The read-only case is a real read-only bind
// mount in this process's own mount namespace (chmod does not stop root, and CI runs as root).

#include "TestSupport.h"

#include "model/backup/DataLocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include <sys/mount.h>

using heapfix::DataLocation;
using heapfix::resolveDataLocation;
namespace fs = std::filesystem;

namespace {

std::string namespaceError; // why the private mount namespace could not be entered, if it could not

bool writeText(const std::string& file, const std::string& text) {
    std::ofstream out(file);
    out << text;
    return static_cast<bool>(out);
}

fs::path pathOf(const QTemporaryDir& dir) {
    return fs::path(dir.path().toStdString());
}

void touch(const fs::path& file) {
    QVERIFY(writeText(file.string(), ""));
}

QStringList entriesOf(const fs::path& folder) {
    return QDir(QString::fromStdString(folder.string()))
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestDataLocation : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(dataHome_.isValid());
        qputenv("XDG_DATA_HOME", dataHome_.path().toUtf8());
    }

    void markerInWritableFolderIsPortable() {
        QTemporaryDir exeFolder;
        touch(pathOf(exeFolder) / "heapfix.portable");

        const DataLocation location = resolveDataLocation(pathOf(exeFolder));

        QVERIFY(location.portable);
        QVERIFY(!location.portableRefused);
        QCOMPARE(location.root, pathOf(exeFolder) / "heapfix-data");
        QCOMPARE(location.backups(), pathOf(exeFolder) / "heapfix-data" / "backups");
        // The writability probe is gone again: only the marker is there.
        QCOMPARE(entriesOf(pathOf(exeFolder)), QStringList{"heapfix.portable"});
    }

    void markerInReadOnlyFolderIsRefused() {
        QVERIFY2(namespaceError.empty(), namespaceError.c_str());
        QTemporaryDir exeFolder;
        const auto folder = pathOf(exeFolder);
        touch(folder / "heapfix.portable");
        QVERIFY2(mount(folder.c_str(), folder.c_str(), nullptr, MS_BIND, nullptr) == 0, std::strerror(errno));
        QVERIFY2(mount(nullptr, folder.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0,
                 std::strerror(errno));
        // The situation is real: not even root can create a file there now.
        QFile probe(QString::fromStdString((folder / "x").string()));
        QVERIFY(!probe.open(QIODevice::WriteOnly));

        const DataLocation location = resolveDataLocation(folder);
        umount2(folder.c_str(), MNT_DETACH);

        QVERIFY(!location.portable);
        QVERIFY(location.portableRefused);
        QCOMPARE(location.root, pathOf(dataHome_) / "heapfix");
    }

    void noMarkerUsesXdgDataHome() {
        QTemporaryDir exeFolder;
        const DataLocation location = resolveDataLocation(pathOf(exeFolder));
        QVERIFY(!location.portable);
        QVERIFY(!location.portableRefused);
        QCOMPARE(location.root, pathOf(dataHome_) / "heapfix");
        QVERIFY(entriesOf(pathOf(exeFolder)).isEmpty()); // nothing probed or created without a marker
    }

    void noXdgDataHomeUsesLocalShare() {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_DATA_HOME", "relative/is/ignored"); // the XDG spec: only absolute paths count
        const DataLocation location = resolveDataLocation(pathOf(home) / "no-such-folder");
        qputenv("HOME", oldHome);
        QCOMPARE(location.root, pathOf(home) / ".local" / "share" / "heapfix");
        QVERIFY(!location.portable);
    }

    void markerThatIsAFolderIsIgnored() {
        QTemporaryDir exeFolder;
        QVERIFY(QDir(exeFolder.path()).mkdir("heapfix.portable"));
        const DataLocation location = resolveDataLocation(pathOf(exeFolder));
        QVERIFY(!location.portable);
        QVERIFY(!location.portableRefused);
    }

    void executableFolderUnderAFileIsNotPortable() {
        QTemporaryDir dir;
        touch(pathOf(dir) / "file");
        const DataLocation location = resolveDataLocation(pathOf(dir) / "file" / "bin");
        QVERIFY(!location.portable);
        QVERIFY(!location.portableRefused);
        QCOMPARE(location.root, pathOf(dataHome_) / "heapfix");
    }

    void currentExecutableFolderIsThisTestsFolder() {
        // CMake says where it put this executable; no symlink or working folder may change the answer.
        QCOMPARE(fs::canonical(heapfix::currentExecutableFolder()), fs::canonical(HEAPFIX_TEST_EXE_FOLDER));
    }

private:
    QTemporaryDir dataHome_;
};

int main(int argc, char** argv) {
    namespaceError = heapfix::test::enterPrivateMountNamespace(); // before Qt Test starts threads
    TestDataLocation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_DataLocation.moc"
