// Bad input to heapfix-cli: broken, truncated, random, empty and read-only hive files, a value without a
// usable SharedSection, restore files that name anything else, a backup folder that cannot be written. Each
// gives its documented exit code, says what is wrong on stderr, and changes nothing (sha256 of every file).

#include "CliTestKit.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace heapfix::clitest;
using heapfix::test::ProcessResult;

namespace {

void writeFile(const QString& file, const QByteArray& bytes) {
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), bytes.size());
}

// The Windows value of an NT 4.0 hive copy replaced through hivexregedit --merge (an independent writer).
void setWindowsValue(const QString& hive, const QString& text) {
    QByteArray hex;
    for (const char byte : utf16WithNul(text))
        hex += QByteArray::number(static_cast<unsigned char>(byte), 16).rightJustified(2, '0') + ",";
    hex.chop(1);
    const QString reg = hive + ".merge.reg";
    writeFile(reg,
              "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\"
              "Session Manager\\SubSystems]\n\"Windows\"=hex(2):" +
                  hex + "\n");
    const ProcessResult merge =
        heapfix::test::run("hivexregedit", {"--merge", "--prefix", "HKEY_LOCAL_MACHINE\\SYSTEM", hive, reg});
    QVERIFY2(merge.exitCode == 0, merge.err.constData());
    QFile::remove(reg);
}

} // namespace

class CliBadInputTest : public QObject {
    Q_OBJECT

private slots:
    void brokenHive_data();
    void brokenHive();
    void missingHive();
    void readOnlyHive();
    void malformedValue_data();
    void malformedValue();
    void hostileRestoreFile_data();
    void hostileRestoreFile();
    void restoreFileMissing();
    void backupFolderUnwritable();
};

void CliBadInputTest::brokenHive_data() {
    QTest::addColumn<QString>("damage");
    QTest::newRow("checksum broken") << "checksum";
    QTest::newRow("truncated half") << "half";
    QTest::newRow("truncated base block") << "base";
    QTest::newRow("random bytes") << "random";
    QTest::newRow("empty file") << "empty";
}

void CliBadInputTest::brokenHive() {
    QFETCH(QString, damage);
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("win7-sp1-x86.SYSTEM", folder.path()));
    QByteArray bytes = heapfix::test::readFile(hive.toStdString());
    if (damage == "checksum")
        bytes[0x1FC] = static_cast<char>(bytes[0x1FC] ^ 0x5A);
    else if (damage == "half")
        bytes.truncate(bytes.size() / 2);
    else if (damage == "base")
        bytes.truncate(2000);
    else if (damage == "empty")
        bytes.clear();
    else {
        QRandomGenerator random(20261121);
        for (char& byte : bytes)
            byte = static_cast<char>(random.bounded(256));
    }
    writeFile(hive, bytes);
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const QStringList target{"--system-hive", hive, "--backup-dir", backups.path()};

    const ProcessResult status = runCli(target + QStringList{"status"});
    QCOMPARE(status.exitCode, 2);
    QVERIFY2(status.err.contains(hive.toUtf8()), status.err.constData()); // names the file
    QVERIFY(status.out.isEmpty());
    const ProcessResult apply = runCli(target + QStringList{"--json", "apply", "--yes"});
    QCOMPARE(apply.exitCode, 2);
    QCOMPARE(jsonObject(apply)["exit_code"].toInt(), 2);
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY(snapshot(backups.path()).isEmpty());
}

void CliBadInputTest::missingHive() {
    QTemporaryDir folder;
    const ProcessResult status = runCli({"--system-hive", folder.path() + "/no-such-SYSTEM", "status"});
    QCOMPARE(status.exitCode, 2);
    QVERIFY2(status.err.contains("no-such-SYSTEM"), status.err.constData());
    const ProcessResult dir = runCli({"--windows-dir", folder.path(), "status"}); // no System32\config inside
    QCOMPARE(dir.exitCode, 2);
    QVERIFY(QDir(folder.path()).isEmpty());
}

void CliBadInputTest::readOnlyHive() {
    // A read-only medium: as root (who ignores file modes) a read-only bind mount in a private mount
    // namespace; otherwise the file and its folder without write permission.
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString media = folder.path() + "/media";
    QDir().mkpath(media);
    const QString hive = pathText(heapfix::test::unpackHive("nt4-sp3-x86.SYSTEM", media));
    const QMap<QString, QByteArray> before = snapshot(media);
    const QStringList arguments{"--system-hive", hive, "--backup-dir", backups.path(), "apply", "--yes"};
    ProcessResult apply;
    if (geteuid() == 0) {
        QString command = "mount --bind -o ro '" + media + "' '" + media + "' && exec '" + cliPath() + "'";
        for (const QString& argument : arguments)
            command += " '" + argument + "'";
        apply = heapfix::test::run("unshare", {"-m", "sh", "-c", command});
    } else {
        QFile::setPermissions(hive, QFileDevice::ReadOwner);
        QFile::setPermissions(media, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        apply = runCli(arguments);
        QFile::setPermissions(media,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QVERIFY2(apply.exitCode == 3, apply.err.constData());
    QVERIFY2(apply.err.contains(media.toUtf8()), apply.err.constData()); // names the file or its folder
    QVERIFY(apply.err.contains("read-only"));
    QCOMPARE(snapshot(media), before);
    // Refused before the backup (issue 11 item 11): no backup is left behind for a change never made.
    QVERIFY(snapshot(backups.path()).isEmpty());
}

void CliBadInputTest::malformedValue_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    const QString head = "%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows ";
    const QString tail = " Windows=On SubSystemType=Windows ServerDll=basesrv,1";
    QTest::newRow("no SharedSection") << head + "Windows=On SubSystemType=Windows"
                                      << "no-token";
    QTest::newRow("not a number") << head + "SharedSection=1024,abc" + tail << "not-a-number";
    QTest::newRow("one number") << head + "SharedSection=1024" + tail << "too-few-numbers";
    QTest::newRow("two tokens") << head + "SharedSection=1024,3072 SharedSection=1024,3072" + tail
                                << "multiple-tokens";
}

void CliBadInputTest::malformedValue() {
    QFETCH(QString, value);
    QFETCH(QString, code);
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("nt4-sp3-x86.SYSTEM", folder.path()));
    setWindowsValue(hive, value);
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const QStringList target{"--system-hive", hive, "--backup-dir", backups.path(), "--json"};

    const ProcessResult status = runCli(target + QStringList{"status"});
    QCOMPARE(status.exitCode, 2);
    const QJsonObject found = jsonObject(status);
    QCOMPARE(found["value"]["data"].toString(), value); // still shown, whole
    QVERIFY(found["shared_section"].isNull());
    QCOMPARE(found["parse_error"]["code"].toString(), code);
    QVERIFY2(status.err.contains("SubSystems\\Windows"), status.err.constData());

    for (const QStringList& command :
         {QStringList{"apply", "--yes"}, QStringList{"apply", "--values", "1024,4096,512", "--yes"}}) {
        const ProcessResult apply = runCli(target + command);
        QCOMPARE(apply.exitCode, 2);
        QVERIFY2(apply.err.contains("malformed"), apply.err.constData());
    }
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY(snapshot(backups.path()).isEmpty());
}

void CliBadInputTest::hostileRestoreFile_data() {
    QTest::addColumn<QString>("file");
    const QDir fixtures(QString::fromUtf8(heapfix::test::kFixturesDir));
    const QStringList hostile = fixtures.entryList({"hostile-*.reg"}, QDir::Files, QDir::Name);
    QVERIFY(hostile.contains("hostile-another-key.reg"));
    for (const QString& name : hostile)
        QTest::newRow(qPrintable(name)) << fixtures.filePath(name);
}

void CliBadInputTest::hostileRestoreFile() {
    // Each names another key, more than one value, a deletion, another type, or is malformed: refused (exit
    // 1, the file named), the hive untouched and no backup written.
    QFETCH(QString, file);
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("win7-sp1-x86.SYSTEM", folder.path()));
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const ProcessResult restore =
        runCli({"--system-hive", hive, "--backup-dir", backups.path(), "restore", file, "--yes"});
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains(QFileInfo(file).fileName().toUtf8()), restore.err.constData());
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY(snapshot(backups.path()).isEmpty());
}

void CliBadInputTest::restoreFileMissing() {
    QTemporaryDir folder;
    const QString hive = pathText(heapfix::test::unpackHive("nt4-sp3-x86.SYSTEM", folder.path()));
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const ProcessResult restore =
        runCli({"--system-hive", hive, "restore", folder.path() + "/missing-backup.reg", "--yes"});
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains("missing-backup.reg"), restore.err.constData());
    QCOMPARE(snapshot(folder.path()), before);
}

void CliBadInputTest::backupFolderUnwritable() {
    // The backup folder cannot be created (a file is in the way): exit 4, the hive untouched.
    QTemporaryDir folder;
    const QString hive = pathText(heapfix::test::unpackHive("nt4-sp3-x86.SYSTEM", folder.path()));
    writeFile(folder.path() + "/not-a-folder", "x");
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const ProcessResult apply = runCli({"--system-hive", hive, "--backup-dir",
                                        folder.path() + "/not-a-folder/backups", "--json", "apply", "--yes"});
    QCOMPARE(apply.exitCode, 4);
    const QJsonObject result = jsonObject(apply);
    QCOMPARE(result["changed"].toBool(), false);
    QCOMPARE(result["outcome"].toString(), QString("backup-failed"));
    QVERIFY2(apply.err.contains("not-a-folder"), apply.err.constData());
    QCOMPARE(snapshot(folder.path()), before);
}

QTEST_APPLESS_MAIN(CliBadInputTest)
#include "tst_cli_badinput.moc"
