// restore may only put back a value that differs from the current one inside the SharedSection numbers
// (issue 11 item 1): a REG_SZ for the REG_EXPAND_SZ, an empty or zero-length value, no or two SharedSection
// tokens, another program, or other characters changed are refused with exit 1 and a "reason" in --json, the
// hive's sha256 unchanged and no backup written; hivexsh lsval shows the type kept. A restore that changes
// only the numbers goes through (the control), read back with hivexget.

#include "CliTestKit.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace heapfix::clitest;
using heapfix::test::ProcessResult;

namespace {

const QString kKey = "\\ControlSet001\\Control\\Session Manager\\SubSystems";

QString hexOf(const QByteArray& bytes) {
    QStringList parts;
    for (const char byte : bytes)
        parts << QString::number(static_cast<unsigned char>(byte), 16).rightJustified(2, '0');
    return parts.join(',');
}

// A regedit file holding only the Windows value, with this type prefix ("hex(2):..." or a quoted string).
QString writeReg(const QString& folder, const QString& name, const QString& valueData) {
    const QString file = folder + "/" + name + ".reg";
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\"
              "Control\\Session Manager\\SubSystems]\r\n\"Windows\"=" +
              valueData.toUtf8() + "\r\n");
    return file;
}

QString regString(const QString& text) {
    QString escaped = text;
    escaped.replace("\\", "\\\\").replace("\"", "\\\"");
    return "\"" + escaped + "\"";
}

QByteArray sha256(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class CliRestoreValueTest : public QObject {
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void onlyTheNumbersChange();
};

void CliRestoreValueTest::refused_data() {
    QTest::addColumn<QString>("regData");
    QTest::addColumn<QString>("reason");
    // The hive's own value, read with hivexget, is the base of each case.
    QTemporaryDir folder;
    const QString hive = pathText(heapfix::test::unpackHive("win7-sp1-x86.SYSTEM", folder.path()));
    const ProcessResult get = heapfix::test::run("hivexget", {hive, kKey, "Windows"});
    QVERIFY2(get.exitCode == 0, get.err.constData());
    const QString current = QString::fromUtf8(get.out).trimmed();
    QVERIFY(current.contains("SharedSection=", Qt::CaseInsensitive));
    QString otherProgram = current;
    otherProgram.replace("csrss.exe", "evil.exe", Qt::CaseInsensitive);
    QVERIFY(otherProgram != current);
    QTest::newRow("REG_SZ") << regString(current) << "type-would-change";
    QTest::newRow("empty") << "hex(2):"
                           << "value-does-not-parse";
    QTest::newRow("zero-length") << "hex(2):00,00"
                                 << "value-does-not-parse";
    QTest::newRow("no token") << "hex(2):" + hexOf(utf16WithNul("%SystemRoot%\\system32\\csrss.exe"))
                              << "value-does-not-parse";
    QTest::newRow("two tokens") << "hex(2):" + hexOf(utf16WithNul(current + " SharedSection=1024,3072"))
                                << "value-does-not-parse";
    QTest::newRow("evil.exe") << "hex(2):" + hexOf(utf16WithNul("C:\\Users\\Public\\evil.exe --pwn"))
                              << "value-does-not-parse";
    QTest::newRow("other program") << "hex(2):" + hexOf(utf16WithNul(otherProgram))
                                   << "other-characters-differ";
}

void CliRestoreValueTest::refused() {
    QFETCH(QString, regData);
    QFETCH(QString, reason);
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("win7-sp1-x86.SYSTEM", folder.path()));
    const QString reg =
        writeReg(backups.path() + "/..", QFileInfo(backups.path()).fileName() + "-in", regData);
    QVERIFY(!reg.isEmpty());
    const QByteArray before = sha256(hive);
    const QMap<QString, QByteArray> files = snapshot(folder.path());
    const ProcessResult restore =
        runCli({"--system-hive", hive, "--backup-dir", backups.path(), "--json", "restore", reg, "--yes"});
    QCOMPARE(restore.exitCode, 1);
    const QJsonObject error = jsonObject(restore)["error"].toObject();
    QCOMPARE(error["reason"].toString(), reason);
    QVERIFY2(restore.err.contains(QFileInfo(reg).fileName().toUtf8()), restore.err.constData());
    QCOMPARE(sha256(hive), before);
    QCOMPARE(snapshot(folder.path()), files);
    QVERIFY(snapshot(backups.path()).isEmpty());
    const ProcessResult lsval = heapfix::test::run("hivexsh", {hive}, ("cd " + kKey + "\nlsval\n").toUtf8());
    QVERIFY2(lsval.out.contains("\"Windows\"=str(2):"), lsval.out.constData());
}

void CliRestoreValueTest::onlyTheNumbersChange() {
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("win7-sp1-x86.SYSTEM", folder.path()));
    const QString current =
        QString::fromUtf8(heapfix::test::run("hivexget", {hive, kKey, "Windows"}).out).trimmed();
    const QString wanted = withNumbers(current, "1024,12288,2048");
    QVERIFY(wanted != current);
    const QString reg = writeReg(folder.path(), "numbers", "hex(2):" + hexOf(utf16WithNul(wanted)));
    const ProcessResult restore =
        runCli({"--system-hive", hive, "--backup-dir", backups.path(), "restore", reg, "--yes"});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QCOMPARE(QString::fromUtf8(heapfix::test::run("hivexget", {hive, kKey, "Windows"}).out).trimmed(),
             wanted);
    const ProcessResult lsval = heapfix::test::run("hivexsh", {hive}, ("cd " + kKey + "\nlsval\n").toUtf8());
    QVERIFY2(lsval.out.contains("\"Windows\"=str(2):"), lsval.out.constData());
}

QTEST_APPLESS_MAIN(CliRestoreValueTest)
#include "tst_cli_restorevalue.moc"
