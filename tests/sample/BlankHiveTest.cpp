// The blank regf hive heapfix writes itself: its layout checked byte by byte against the public regf
// specification, and read by the real readers (hivex without UNSAFE, hivexsh, hivexregedit).

#include "RegExportParsing.h"
#include "TestSupport.h"

#include "model/hive/BlankHive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <hivex.h>

#include <cstdlib>
#include <filesystem>

using namespace heapfix;
using namespace heapfix::test;

namespace {

QByteArray asBytes(const std::vector<std::uint8_t>& bytes) {
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

std::uint16_t readLe16(const QByteArray& bytes, int offset) {
    return static_cast<std::uint16_t>(static_cast<std::uint8_t>(bytes.at(offset)) |
                                      static_cast<std::uint8_t>(bytes.at(offset + 1)) << 8);
}

std::filesystem::path writeTo(const QTemporaryDir& dir, const QString& name,
                              const std::vector<std::uint8_t>& hive) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(asBytes(hive)) != static_cast<qint64>(hive.size()))
        qFatal("cannot write %s", qPrintable(path));
    return std::filesystem::path(path.toStdString());
}

} // namespace

class BlankHiveTest : public QObject {
    Q_OBJECT

private slots:
    void baseBlockFollowsTheSpecification() {
        const QByteArray hive = asBytes(blankHive(u"ROOT", u"SYSTEM"));
        QCOMPARE(hive.size(), 8192);
        QCOMPARE(hive.left(4), QByteArray("regf"));
        QCOMPARE(readLe32(hive, 4), readLe32(hive, 8)); // clean: primary = secondary sequence number
        QVERIFY(readLe32(hive, 12) != 0 || readLe32(hive, 16) != 0); // last written timestamp set
        QCOMPARE(readLe32(hive, 20), 1u);                            // major
        QCOMPARE(readLe32(hive, 24), 5u);                            // minor
        QCOMPARE(readLe32(hive, 28), 0u);                            // primary file
        QCOMPARE(readLe32(hive, 32), 1u);                            // direct memory load
        QCOMPARE(readLe32(hive, 36), 0x20u);                         // root cell offset
        QCOMPARE(readLe32(hive, 40), 4096u);                         // hive bins data size
        QCOMPARE(readLe32(hive, 44), 1u);                            // clustering factor
        QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t*>(hive.constData() + 48), 6),
                 QString("SYSTEM"));
        QCOMPARE(readLe32(hive, 0x1FC), xorOfFirst508Bytes(hive));
        QCOMPARE(hive.mid(4096, 4), QByteArray("hbin"));
        QCOMPARE(readLe32(hive, 4096 + 4), 0u);    // first bin at offset 0
        QCOMPARE(readLe32(hive, 4096 + 8), 4096u); // its size
    }

    void cellsAreRootKeySecurityAndFreeSpace() {
        const QByteArray hive = asBytes(blankHive(u"ROOT"));
        const int bins = 4096;
        const int root = bins + 0x20;
        const auto rootSize = static_cast<std::int32_t>(readLe32(hive, root));
        QVERIFY(rootSize < 0); // allocated
        QCOMPARE(hive.mid(root + 4, 2), QByteArray("nk"));
        QCOMPARE(readLe16(hive, root + 6), std::uint16_t{0x2C}); // HIVE_ENTRY | NO_DELETE | COMP_NAME
        QCOMPARE(readLe32(hive, root + 4 + 16), 0xFFFFFFFFu);    // no parent
        QCOMPARE(readLe32(hive, root + 4 + 20), 0u);             // no subkeys
        QCOMPARE(readLe32(hive, root + 4 + 28), 0xFFFFFFFFu);    // no subkeys list
        QCOMPARE(readLe32(hive, root + 4 + 36), 0u);             // no values
        QCOMPARE(readLe32(hive, root + 4 + 48), 0xFFFFFFFFu);    // no class
        QCOMPARE(readLe16(hive, root + 4 + 72), std::uint16_t{4});
        QCOMPARE(hive.mid(root + 4 + 76, 4), QByteArray("ROOT"));

        const std::uint32_t skOffset = readLe32(hive, root + 4 + 44);
        const int sk = bins + static_cast<int>(skOffset);
        QCOMPARE(sk, root - rootSize); // right after the root cell
        QCOMPARE(hive.mid(sk + 4, 2), QByteArray("sk"));
        QCOMPARE(readLe32(hive, sk + 8), skOffset);  // flink: itself
        QCOMPARE(readLe32(hive, sk + 12), skOffset); // blink: itself
        QCOMPARE(readLe32(hive, sk + 16), 1u);       // one key uses it
        const int descriptor = sk + 24;
        QCOMPARE(static_cast<int>(hive.at(descriptor)), 1);              // revision
        QCOMPARE(readLe16(hive, descriptor + 2), std::uint16_t{0x8004}); // self-relative, DACL present
        const std::uint32_t dacl = readLe32(hive, descriptor + 16);
        QCOMPARE(readLe16(hive, descriptor + static_cast<int>(dacl) + 4), std::uint16_t{7}); // seven ACEs
        const std::uint32_t owner = readLe32(hive, descriptor + 4);
        // Owner S-1-5-32-544 (Administrators).
        QCOMPARE(hive.mid(descriptor + static_cast<int>(owner), 8), QByteArray("\x01\x02\0\0\0\0\0\x05", 8));
        QCOMPARE(readLe32(hive, descriptor + static_cast<int>(owner) + 12), 544u);

        const auto skSize = static_cast<std::int32_t>(readLe32(hive, sk));
        QVERIFY(skSize < 0);
        const int freeCell = sk - skSize;
        const auto freeSize = static_cast<std::int32_t>(readLe32(hive, freeCell));
        QVERIFY(freeSize > 0);
        QCOMPARE(freeCell + freeSize, 8192); // the cells fill the bin exactly
        QCOMPARE((freeCell - bins) % 8, 0);
    }

    void opensWithHivexWithoutUnsafe() {
        QTemporaryDir dir;
        const auto file = writeTo(dir, "blank", blankHive(u"ROOT"));
        hive_h* hive = hivex_open(file.c_str(), 0);
        QVERIFY2(hive != nullptr, strerror(errno));
        const hive_node_h root = hivex_root(hive);
        QVERIFY(root != 0);
        char* name = hivex_node_name(hive, root);
        QCOMPARE(QByteArray(name), QByteArray("ROOT"));
        std::free(name);
        QCOMPARE(hivex_node_nr_children(hive, root), std::size_t{0});
        QCOMPARE(hivex_node_nr_values(hive, root), std::size_t{0});
        hivex_close(hive);
    }

    void hivexshListsIt() {
        QTemporaryDir dir;
        const auto file = writeTo(dir, "blank", blankHive(u"ROOT"));
        const ProcessResult shell =
            run("hivexsh", {QString::fromStdString(file.string())}, "ls\nlsval\nexit\n");
        QVERIFY(shell.started);
        QCOMPARE(shell.exitCode, 0);
        QVERIFY2(shell.err.isEmpty(), shell.err.constData());
    }

    void hivexregeditExportsIt() {
        QTemporaryDir dir;
        const auto file = writeTo(dir, "blank", blankHive(u"ROOT"));
        const ProcessResult exported =
            run("hivexregedit", {"--export", "--prefix", "HKEY_LOCAL_MACHINE\\BLANK",
                                 QString::fromStdString(file.string()), "\\"});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains("[HKEY_LOCAL_MACHINE\\BLANK\\]"), exported.out.constData());
    }

    void minorVersionThreeOpens() {
        QTemporaryDir dir;
        const auto bytes = blankHive(u"System", u"SYSTEM", 3);
        QCOMPARE(readLe32(asBytes(bytes), 24), 3u);
        const auto file = writeTo(dir, "nt4", bytes);
        hive_h* hive = hivex_open(file.c_str(), 0);
        QVERIFY(hive != nullptr);
        hivex_close(hive);
    }

    void nonLatinRootNameIsStoredAsUtf16() {
        QTemporaryDir dir;
        const auto bytes = blankHive(u"Wurzel\u20ac");
        QCOMPARE(readLe16(asBytes(bytes), 4096 + 0x20 + 6) & 0x20, 0); // not a compressed name
        const auto file = writeTo(dir, "utf16", bytes);
        hive_h* hive = hivex_open(file.c_str(), 0);
        QVERIFY(hive != nullptr);
        char* name = hivex_node_name(hive, hivex_root(hive));
        QCOMPARE(QString::fromUtf8(name), QString::fromUtf16(u"Wurzel\u20ac"));
        std::free(name);
        hivex_close(hive);
    }

    // hivex grows the hive and commits it; the result still opens safely and its checksum is right.
    void hivexWritesIntoIt() {
        QTemporaryDir dir;
        const auto file = writeTo(dir, "grown", blankHive(u"ROOT"));
        hive_h* hive = hivex_open(file.c_str(), HIVEX_OPEN_WRITE);
        QVERIFY(hive != nullptr);
        const hive_node_h child = hivex_node_add_child(hive, hivex_root(hive), "Select");
        QVERIFY(child != 0);
        char data[4] = {1, 0, 0, 0};
        hive_set_value value{const_cast<char*>("Current"), hive_t_REG_DWORD, 4, data};
        QCOMPARE(hivex_node_set_value(hive, child, &value, 0), 0);
        QCOMPARE(hivex_commit(hive, nullptr, 0), 0);
        hivex_close(hive);

        const QByteArray written = readFile(file);
        QCOMPARE(readLe32(written, 0x1FC), xorOfFirst508Bytes(written));
        const ProcessResult get =
            run("hivexget", {QString::fromStdString(file.string()), "\\Select", "Current"});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out.trimmed(), QByteArray("1"));
    }
};

QTEST_APPLESS_MAIN(BlankHiveTest)
#include "BlankHiveTest.moc"
