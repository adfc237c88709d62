// heapfix's .reg files against Wine's reg.exe, live: Wine imports them and exports the same bytes back; a
// file of many values of every length and name length comes back wrapped exactly as heapfix wraps it; Wine
// and heapfix read the REGEDIT4 and REG_SZ fixtures alike. Runs in a Wine prefix of its own in the build
// folder.
#include "RegFileFixtures.h"

#include "model/backup/RegFile.h"

#include <QDir>
#include <QThread>
#include <QtTest>

#include <algorithm>

using namespace heapfix;
namespace fs = std::filesystem;

namespace {

const QString kWineKey = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\SubSystems";
const QString kWrapKey = "HKEY_CURRENT_USER\\Software\\heapfix-wrap-test";

// Wine sees the Unix root as drive Z:.
QString winePath(const fs::path& file) {
    return "Z:" + QString::fromStdString(file.string()).replace('/', '\\');
}

test::ProcessResult wine(const QStringList& arguments) {
    return test::run("wine", arguments, {}, 120000);
}

// A reg.exe call that must work (import, query, export of a file Wine accepts). Wine's reg.exe once failed an
// import in CI with nothing on stderr, under load, between two imports of the same kind that passed: a fault
// of Wine's start-up, not of the file, whose bytes are the same on every run (13 runs here, 5 in fresh
// prefixes, never failed). So it gets three tries, each failure reported in full; the test fails if none
// works.
test::ProcessResult wineMustWork(const QStringList& arguments) {
    test::ProcessResult result;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        result = wine(arguments);
        if (result.exitCode == 0)
            break;
        qWarning("wine %s: exit %d (try %d of 3); stdout: %s; stderr: %s", qPrintable(arguments.join(' ')),
                 result.exitCode, attempt, result.out.constData(), result.err.constData());
        QThread::sleep(2);
    }
    return result;
}

void writeBytes(const fs::path& file, const std::vector<std::uint8_t>& bytes) {
    QFile out(QString::fromStdString(file.string()));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size())),
             qint64(bytes.size()));
}

std::vector<std::uint8_t> bytesOf(const QByteArray& data) {
    return {data.begin(), data.end()};
}

// The value lines of a one-value file of ours: between "]\r\n" and the closing blank line.
std::u16string valueBlock(const std::vector<std::uint8_t>& file) {
    const std::u16string text = *decodeUtf16Le({file.begin() + 2, file.end()});
    const std::size_t begin = text.find(u"]\r\n") + 3;
    return text.substr(begin, text.size() - 4 - begin); // without the CRLF and the blank line
}

// The value blocks of a file: each starts at a line beginning with '"' or '@'.
std::vector<std::u16string> valueBlocks(std::u16string_view text) {
    std::vector<std::u16string> blocks;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find(u"\r\n", at), text.size());
        const std::u16string_view line = text.substr(at, end - at);
        if (!line.empty() && (line[0] == u'"' || line[0] == u'@'))
            blocks.emplace_back(line);
        else if (line.starts_with(u"  ") && !blocks.empty())
            blocks.back() += u"\r\n" + std::u16string(line);
        at = end + 2;
    }
    return blocks;
}

} // namespace

class TestRegFileWine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        const QString prefix = QString(test::kBinaryDir) + "/tests/backup/wine-prefix";
        qputenv("WINEPREFIX", prefix.toUtf8());
        qputenv("WINEDEBUG", "-all");
        qputenv("WINEDLLOVERRIDES", "mscoree,mshtml=;winemenubuilder.exe=d;winedbg.exe=d");
        qunsetenv("DISPLAY");
        // Wine's background services inherit the pipes of whoever starts them: start them detached.
        const QString boot = QFile::exists(prefix + "/drive_c/windows/system32/kernel32.dll")
                                 ? ""
                                 : "wineboot -i </dev/null >/dev/null 2>&1; ";
        const test::ProcessResult warm =
            test::run("sh",
                      {"-c", boot + "wineserver -p60 </dev/null >/dev/null 2>&1; "
                                    "wine cmd /c exit </dev/null >/dev/null 2>&1"},
                      {}, 300000);
        QCOMPARE(warm.exitCode, 0);
        QVERIFY(QFile::exists(prefix + "/drive_c/windows/system32/kernel32.dll"));
    }

    void wineImportsOurFilesAndExportsTheSameBytes_data() {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("text"); // empty: the release's real value
        QTest::newRow("NT 4.0") << "nt4"
                                << "";
        QTest::newRow("Windows 7") << "win7"
                                   << "";
        QTest::newRow("Windows 10") << "win10"
                                    << "";
        QTest::newRow("non-ASCII") << ""
                                   << QString::fromUtf8(
                                          "C:\\Prógram Fïles\\中文 SharedSection=1024,20480,768 Ω");
    }
    void wineImportsOurFilesAndExportsTheSameBytes() {
        QFETCH(QString, release);
        QFETCH(QString, text);
        const std::u16string value16 =
            text.isEmpty() ? test::realWindowsValue(release) : text.toStdU16String();
        const RegistryValue value = RegistryValue::fromText(ValueType::ExpandString, value16);
        QTemporaryDir dir;
        const fs::path ours = fs::path(dir.path().toStdString()) / "ours.reg";
        const fs::path back = fs::path(dir.path().toStdString()) / "back.reg";
        const std::vector<std::uint8_t> bytes = writeRegFile(kSubSystemsKey, "Windows", value);
        writeBytes(ours, bytes);

        wine({"reg", "delete", kWineKey, "/f"});
        const test::ProcessResult imported = wineMustWork({"reg", "import", winePath(ours)});
        QCOMPARE(imported.exitCode, 0);
        const test::ProcessResult query = wineMustWork({"reg", "query", kWineKey, "/v", "Windows"});
        QCOMPARE(query.exitCode, 0);
        QVERIFY(query.out.contains("REG_EXPAND_SZ"));
        if (text.isEmpty()) // reg query prints CP437: compare the ASCII values only
            QVERIFY(query.out.contains(QString::fromStdU16String(value16).toLatin1()));
        const test::ProcessResult exported = wineMustWork({"reg", "export", kWineKey, winePath(back), "/y"});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(test::readFile(back), test::readFile(ours));
    }

    // One key with values of every byte count from 0 to 100 under names of 1 to 6 characters (the name's
    // length moves where the first line breaks): Wine re-wraps on export by its own rule, regedit's.
    void wrappingOfEveryLengthMatchesWine() {
        QTemporaryDir dir;
        std::u16string file =
            u"Windows Registry Editor Version 5.00\r\n\r\n[" + QString(kWrapKey).toStdU16String() + u"]\r\n";
        std::vector<std::u16string> ours;
        const auto add = [&](const std::string& name, std::size_t size) {
            std::vector<std::uint8_t> data(size);
            for (std::size_t i = 0; i < size; ++i)
                data[i] = std::uint8_t(i * 13 + size);
            // Wine's import appends a NUL to a string that lacks one, so strings end in one, as real ones do.
            const ValueType type = size % 2 == 0 && size >= 2 ? ValueType::ExpandString : ValueType::Binary;
            if (type == ValueType::ExpandString)
                data[size - 1] = data[size - 2] = 0;
            ours.push_back(
                valueBlock(writeRegFile(QString(kWrapKey).toStdString(), name, RegistryValue{type, data})));
            file += ours.back() + u"\r\n";
        };
        for (int nameLength : {3, 4, 5, 7}) // three residues modulo 3, and "Windows"'s length
            for (std::size_t size = 0; size <= 100; ++size)
                add(char('a' + nameLength) +
                        QString::number(int(size), 36).rightJustified(nameLength - 1, '0').toStdString(),
                    size);
        for (std::size_t size : {0, 1, 40, 41, 99})
            add(size == 0 ? std::string() : "q\"\\" + std::to_string(size),
                size); // the default value; escapes
        file += u"\r\n";
        const fs::path input = fs::path(dir.path().toStdString()) / "many.reg";
        const fs::path back = fs::path(dir.path().toStdString()) / "back.reg";
        std::vector<std::uint8_t> bytes = {0xFF, 0xFE};
        const std::vector<std::uint8_t> encoded = encodeUtf16Le(file);
        bytes.insert(bytes.end(), encoded.begin(), encoded.end());
        writeBytes(input, bytes);
        wine({"reg", "delete", kWrapKey, "/f"});
        QCOMPARE(wineMustWork({"reg", "import", winePath(input)}).exitCode, 0);
        QCOMPARE(wineMustWork({"reg", "export", kWrapKey, winePath(back), "/y"}).exitCode, 0);
        const QByteArray exported = test::readFile(back);
        std::vector<std::u16string> theirs = valueBlocks(*decodeUtf16Le(bytesOf(exported.mid(2))));
        QCOMPARE(theirs.size(), ours.size());
        std::sort(theirs.begin(), theirs.end());
        std::sort(ours.begin(), ours.end());
        for (std::size_t i = 0; i < ours.size(); ++i)
            QCOMPARE(QString::fromStdU16String(ours[i]), QString::fromStdU16String(theirs[i]));
    }

    // Wine reads the hand-made encodings as heapfix does: import, export, and compare the values.
    void wineReadsTheOtherEncodingsAsWeDo_data() {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("REGEDIT4 ANSI") << "regedit4-win7.reg";
        QTest::newRow("REG_SZ string") << "regsz-string-win7.reg";
    }
    void wineReadsTheOtherEncodingsAsWeDo() {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const fs::path back = fs::path(dir.path().toStdString()) / "back.reg";
        wine({"reg", "delete", kWineKey, "/f"});
        QCOMPARE(
            wineMustWork({"reg", "import", winePath(fs::path(test::kFixturesDir) / fixture.toStdString())})
                .exitCode,
            0);
        QCOMPARE(wineMustWork({"reg", "export", kWineKey, winePath(back), "/y"}).exitCode, 0);
        const auto fromWine = parseRegFile(bytesOf(test::readFile(back)), "back.reg");
        const auto fromUs = parseRegFile(test::fixtureBytes(fixture), "fixture.reg");
        QVERIFY(fromWine.has_value() && fromUs.has_value());
        const std::string key(kSubSystemsKey);
        const auto theirs = restorableValue(*fromWine, key, key, "Windows");
        const auto ours = restorableValue(*fromUs, key, key, "Windows");
        QVERIFY(theirs.has_value() && ours.has_value());
        QCOMPARE(*ours, *theirs);
    }

    // Files both refuse to read as registry scripts.
    void wineAlsoRejectsWhatWeCallMalformed_data() {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("unknown header") << "hostile-unknown-header.reg";
        QTest::newRow("binary") << "hostile-binary.reg";
        QTest::newRow("UTF-16BE") << "hostile-utf16be.reg";
    }
    void wineAlsoRejectsWhatWeCallMalformed() {
        QFETCH(QString, fixture);
        QVERIFY(!parseRegFile(test::fixtureBytes(fixture), "x.reg").has_value());
        QVERIFY(wine({"reg", "import", winePath(fs::path(test::kFixturesDir) / fixture.toStdString())})
                    .exitCode != 0);
    }
};

QTEST_APPLESS_MAIN(TestRegFileWine)
#include "tst_regfile_wine.moc"
