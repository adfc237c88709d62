// heapfix-cli on every real SYSTEM hive in ../shared/testdata/hives (with its SOFTWARE hive where there is
// one): status reports what SOURCES.md says; apply changes exactly the one value, as hivexregedit and
// chntpw's reged (independent readers) see it; restore puts back the exact original bytes.

#include "CliTestKit.h"
#include "HiveTestKit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace heapfix;
using namespace heapfix::clitest;
using heapfix::test::ProcessResult;

namespace {

const QString kSubSystems = "[\\ControlSet001\\Control\\Session Manager\\SubSystems]";

// "key \"name\"" of every line that differs between two exports of one hive (the export is one line per
// value, keys in a fixed order), or "line counts differ".
QStringList changedValues(const QByteArray& before, const QByteArray& after) {
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    if (a.size() != b.size())
        return {"line counts differ"};
    QStringList changed;
    QByteArray key;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].startsWith('['))
            key = a[i];
        if (a[i] != b[i])
            changed << QString::fromUtf8(key + " " + a[i].left(a[i].indexOf('=')));
    }
    return changed;
}

// A real installation as the CLI is pointed at it: the hive arguments and the SYSTEM file they name.
struct Installation {
    QStringList targetArguments;
    std::filesystem::path systemHive;
};

// The SYSTEM hive alone, SYSTEM with SOFTWARE, or a Windows folder with oddly cased names (found
// case-insensitively, as on a disk mounted from Windows).
Installation unpack(const QString& hive, const QString& software, bool asFolder, const QString& folder) {
    if (asFolder) {
        const QString config = folder + "/WINDOWS/system32/Config";
        QDir().mkpath(config);
        const auto system = test::unpackHive(hive, config);
        QFile::rename(pathText(system), config + "/system");
        const auto soft = test::unpackHive(software, config);
        QFile::rename(pathText(soft), config + "/Software");
        return {{"--windows-dir", folder + "/WINDOWS"}, (config + "/system").toStdString()};
    }
    const auto system = test::unpackHive(hive, folder);
    if (software.isEmpty())
        return {{"--system-hive", pathText(system)}, system};
    return {
        {"--system-hive", pathText(system), "--software-hive", pathText(test::unpackHive(software, folder))},
        system};
}

} // namespace

class CliRealHivesTest : public QObject {
    Q_OBJECT

private slots:
    void statusApplyRestore_data();
    void statusApplyRestore();
    void dirtyHiveIsReplayedOrRefused();
    void nonSystemHiveIsRefused_data();
    void nonSystemHiveIsRefused();
};

void CliRealHivesTest::statusApplyRestore_data() {
    QTest::addColumn<QString>("hive");
    QTest::addColumn<QString>("software");
    QTest::addColumn<bool>("asFolder");
    QTest::addColumn<int>("bitness");
    QTest::addColumn<QString>("versionSource"); // "read" with a SOFTWARE hive
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("recommended");
    // SOURCES.md: NT 4.0 SP3 x86, 1024,3072 -> a third number 512 (KB126962); Windows 7 SP1 x86,
    // 1024,12288,512 -> 32-bit Vista-and-later row: 12288, 1024. Without SOFTWARE the version is inferred:
    // the Windows 7 value has "ServerDll=sxssrv,4" (Vista and later), the NT 4.0 one has not (NT row).
    QTest::newRow("nt4 SYSTEM+SOFTWARE") << "nt4-sp3-x86.SYSTEM"
                                         << "nt4-sp3-x86.SOFTWARE" << false << 32 << "read"
                                         << "Windows NT 4.0"
                                         << "1024,3072"
                                         << "1024,3072,512";
    QTest::newRow("nt4 Windows folder") << "nt4-sp3-x86.SYSTEM"
                                        << "nt4-sp3-x86.SOFTWARE" << true << 32 << "read"
                                        << "Windows NT 4.0"
                                        << "1024,3072"
                                        << "1024,3072,512";
    QTest::newRow("nt4 SYSTEM only") << "nt4-sp3-x86.SYSTEM"
                                     << "" << false << 32 << "inferred"
                                     << "Unknown Windows"
                                     << "1024,3072"
                                     << "1024,3072,512";
    QTest::newRow("win7 SYSTEM only") << "win7-sp1-x86.SYSTEM"
                                      << "" << false << 32 << "inferred"
                                      << "Windows Vista or later"
                                      << "1024,12288,512"
                                      << "1024,12288,1024";
}

void CliRealHivesTest::statusApplyRestore() {
    QFETCH(QString, hive);
    QFETCH(QString, software);
    QFETCH(bool, asFolder);
    QFETCH(int, bitness);
    QFETCH(QString, versionSource);
    QFETCH(QString, displayName);
    QFETCH(QString, current);
    QFETCH(QString, recommended);
    QTemporaryDir folder;
    QTemporaryDir backups;
    const Installation installation = unpack(hive, software, asFolder, folder.path());
    const QStringList target =
        installation.targetArguments + QStringList{"--backup-dir", backups.path(), "--json"};

    // status: the control set, bitness and numbers of SOURCES.md.
    const ProcessResult status = runCli(target + QStringList{"status"});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject found = jsonObject(status);
    QCOMPARE(found["target"]["kind"].toString(), QString("offline"));
    QCOMPARE(found["target"]["control_set"].toString(), QString("ControlSet001"));
    QCOMPARE(found["windows"]["bitness"].toInt(), bitness);
    QCOMPARE(found["windows"]["source"].toString(), versionSource);
    QCOMPARE(found["windows"]["display_name"].toString(), displayName);
    if (versionSource == "read") { // SOURCES.md: NT 4.0 SP3, build 1381
        QCOMPARE(found["windows"]["family"].toString(), QString("nt-4.0"));
        QCOMPARE(found["windows"]["build"].toInt(), 1381);
    } else {
        QCOMPARE(found["windows"]["family"].toString(), QString("unknown"));
    }
    QCOMPARE(found["value"]["type"].toString(), QString("REG_EXPAND_SZ"));
    QCOMPARE(numbers(found["shared_section"]), current);
    QCOMPARE(numbers(found["recommended"]), recommended);
    QCOMPARE(found["change_needed"].toBool(), true);
    const QString originalText = found["value"]["data"].toString();
    QVERIFY(originalText.contains("SharedSection=" + current + " "));

    // apply: exactly one value differs in hivexregedit's export, and reged reads the new value.
    const QByteArray exportBefore = test::exportHive(installation.systemHive, "");
    const QByteArray originalBytes =
        test::regedWindowsBytes(installation.systemHive, "ControlSet001", folder.path());
    QCOMPARE(originalBytes, utf16WithNul(originalText));
    const ProcessResult apply = runCli(target + QStringList{"apply", "--recommended", "--yes"});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    const QJsonObject applied = jsonObject(apply);
    QCOMPARE(applied["changed"].toBool(), true);
    QCOMPARE(applied["verified"].toBool(), true);
    QCOMPARE(numbers(applied["before"]["shared_section"]), current);
    QCOMPARE(numbers(applied["after"]["shared_section"]), recommended);
    const QString backupReg = applied["backup"]["reg"].toString();
    QVERIFY(QFile::exists(backupReg));
    QVERIFY(QFile::exists(applied["backup"]["record"].toString()));

    QCOMPARE(changedValues(exportBefore, test::exportHive(installation.systemHive, "")),
             QStringList{kSubSystems + " \"Windows\""});
    const QString expectedText = withNumbers(originalText, recommended);
    QCOMPARE(test::regedWindowsBytes(installation.systemHive, "ControlSet001", folder.path()),
             utf16WithNul(expectedText));

    // status sees the new numbers and the recommendation met, also where the version was inferred (the
    // change does not alter what it is inferred from): a second apply changes nothing and writes nothing.
    const QJsonObject now = jsonObject(runCli(target + QStringList{"status"}));
    QCOMPARE(numbers(now["shared_section"]), recommended);
    QCOMPARE(now["change_needed"].toBool(), false);
    QCOMPARE(now["windows"]["display_name"].toString(), displayName);
    const QByteArray hiveAfterApply = test::sha256OfFile(installation.systemHive);
    const ProcessResult again = runCli(target + QStringList{"apply", "--recommended", "--yes"});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(jsonObject(again)["outcome"].toString(), QString("nothing-to-change"));
    QCOMPARE(test::sha256OfFile(installation.systemHive), hiveAfterApply);
    QCOMPARE(test::hivexgetWindows(installation.systemHive, "ControlSet001"), expectedText);

    // restore the backup: the whole hive exports exactly as before.
    const ProcessResult restore = runCli(target + QStringList{"restore", backupReg, "--yes"});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QCOMPARE(jsonObject(restore)["changed"].toBool(), true);
    QCOMPARE(test::exportHive(installation.systemHive, ""), exportBefore);
    QCOMPARE(test::regedWindowsBytes(installation.systemHive, "ControlSet001", folder.path()), originalBytes);

    // backups lists both: the one before apply and the one restore made of the changed value.
    const QJsonArray listed = jsonArray(runCli({"--backup-dir", backups.path(), "--json", "backups"}));
    QCOMPARE(listed.size(), 2);
    QStringList values;
    for (const QJsonValue& entry : listed)
        values << entry["shared_section"].toString();
    QStringList expected{current, recommended};
    values.sort();
    expected.sort();
    QCOMPARE(values, expected);
}

void CliRealHivesTest::dirtyHiveIsReplayedOrRefused() {
    // The Windows 10 hive has pending changes in its .LOG1/.LOG2. heapfix either replays them (and sets the
    // logs aside, since the committed hive is clean) or refuses to write with exit 3, leaving every byte.
    QTemporaryDir folder;
    QTemporaryDir backups;
    const auto hive = test::unpackHive("win10-1709-x64-dirty.SYSTEM", folder.path());
    test::unpackHive("win10-1709-x64-dirty.SYSTEM.LOG1", folder.path());
    test::unpackHive("win10-1709-x64-dirty.SYSTEM.LOG2", folder.path());
    const QStringList target{"--system-hive", pathText(hive), "--backup-dir", backups.path(), "--json"};
    const QMap<QString, QByteArray> before = snapshot(folder.path());

    const ProcessResult status = runCli(target + QStringList{"status"});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject found = jsonObject(status);
    QCOMPARE(found["target"]["control_set"].toString(), QString("ControlSet001"));
    QCOMPARE(found["windows"]["bitness"].toInt(), 64);
    QCOMPARE(numbers(found["shared_section"]), QString("1024,20480,768"));
    QCOMPARE(numbers(found["recommended"]), QString("1024,20480,2048"));
    QCOMPARE(snapshot(folder.path()), before); // reading writes nothing

    const ProcessResult apply = runCli(target + QStringList{"apply", "--recommended", "--yes"});
    if (apply.exitCode == 3) {
        QVERIFY2(apply.err.toLower().contains("unsafe") || apply.err.contains("log"), apply.err.constData());
        QCOMPARE(snapshot(folder.path()), before);
        return;
    }
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    QCOMPARE(jsonObject(apply)["verified"].toBool(), true);
    const QString expected = withNumbers(found["value"]["data"].toString(), "1024,20480,2048");
    QCOMPARE(test::regedWindowsBytes(hive, "ControlSet001", folder.path()), utf16WithNul(expected));
    const QMap<QString, QByteArray> after = snapshot(folder.path());
    for (const QString log : {"/win10-1709-x64-dirty.SYSTEM.LOG1", "/win10-1709-x64-dirty.SYSTEM.LOG2"})
        QVERIFY2(after.value(log) != before.value(log), qPrintable(log + " was left in place unchanged"));
}

void CliRealHivesTest::nonSystemHiveIsRefused_data() {
    QTest::addColumn<QString>("hive");
    QTest::newRow("win11 BCD") << "win11-template.BCD";
    QTest::newRow("efi BCD") << "efi-2021.BCD";
    QTest::newRow("nt4 SOFTWARE") << "nt4-sp3-x86.SOFTWARE";
}

void CliRealHivesTest::nonSystemHiveIsRefused() {
    // Real hives that are not a SYSTEM hive: the key is not there. Exit 2, named, nothing changed.
    QFETCH(QString, hive);
    QTemporaryDir folder;
    QTemporaryDir backups;
    const auto file = test::unpackHive(hive, folder.path());
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const QStringList target{"--system-hive", pathText(file), "--backup-dir", backups.path()};
    const ProcessResult status = runCli(target + QStringList{"status"});
    QCOMPARE(status.exitCode, 2);
    QVERIFY2(status.err.contains("heapfix-cli: error:"), status.err.constData());
    const ProcessResult apply = runCli(target + QStringList{"apply", "--yes"});
    QCOMPARE(apply.exitCode, 2);
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY(snapshot(backups.path()).isEmpty());
}

QTEST_APPLESS_MAIN(CliRealHivesTest)
#include "tst_cli_realhives.moc"
