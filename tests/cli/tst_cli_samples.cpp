// heapfix-cli on each built-in sample installation: status, apply, backups and restore, in JSON and in text.
// The expected numbers are PRODUCT.md's table applied by hand, not the policy's own output.

#include "CliTestKit.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace heapfix::clitest;
using heapfix::test::ProcessResult;

namespace {

// A .reg as regedit exports it (UTF-16LE, BOM, CRLF, hex(2) wrapped), naming CurrentControlSet: what a user
// would bring from another machine. Written here, independently of the model's writer.
QByteArray regeditExport(const QString& valueText) {
    const QByteArray bytes = utf16WithNul(valueText);
    QString text =
        "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\"
        "Control\\Session Manager\\SubSystems]\r\n\"Windows\"=hex(2):";
    int column = static_cast<int>(text.size() - text.lastIndexOf('\n') - 1);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const QString pair = QString("%1").arg(static_cast<unsigned char>(bytes[i]), 2, 16, QChar('0'));
        const bool last = i + 1 == bytes.size();
        if (!last && column + 3 > 77) {
            text += pair + ",\\\r\n  ";
            column = 2;
        } else {
            text += pair + (last ? "" : ",");
            column += 3;
        }
    }
    text += "\r\n\r\n";
    QByteArray file("\xFF\xFE", 2);
    for (const QChar c : text)
        file.append(static_cast<char>(c.unicode() & 0xFF)).append(static_cast<char>(c.unicode() >> 8));
    return file;
}

} // namespace

class CliSamplesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eachSample_data();
    void eachSample();
    void textOutput();
    void symptomServicesRaisesOnlyZzzz();
    void restoreAcceptsAForeignRegeditExport();

private:
    QTemporaryDir backups_;
};

void CliSamplesTest::initTestCase() {
    QVERIFY(backups_.isValid());
}

void CliSamplesTest::eachSample_data() {
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("bitness");
    QTest::addColumn<int>("major");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("recommended");
    QTest::newRow("win10-x64") << "win10-x64"
                               << "windows-10" << 64 << 10 << "1024,20480,768"
                               << "1024,20480,2048";
    QTest::newRow("win7-x86") << "win7-x86"
                              << "windows-7" << 32 << 6 << "1024,12288,512"
                              << "1024,12288,1024";
    QTest::newRow("xp-x86") << "xp-x86"
                            << "windows-xp" << 32 << 5 << "1024,3072,512"
                            << "1024,12288,1024";
    QTest::newRow("2003-x64") << "2003-x64"
                              << "server-2003" << 64 << 5 << "1024,20480,768"
                              << "1024,20480,1024";
    QTest::newRow("nt4-x86") << "nt4-x86"
                             << "nt-4.0" << 32 << 4 << "1024,3072"
                             << "1024,3072,512";
}

void CliSamplesTest::eachSample() {
    QFETCH(QString, sample);
    QFETCH(QString, family);
    QFETCH(int, bitness);
    QFETCH(int, major);
    QFETCH(QString, current);
    QFETCH(QString, recommended);
    QTemporaryDir backups;
    const QStringList target{"--sample", sample, "--backup-dir", backups.path(), "--json"};

    const ProcessResult status = runCli(target + QStringList{"status"});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QJsonObject found = jsonObject(status);
    QCOMPARE(found["target"]["kind"].toString(), QString("sample"));
    QCOMPARE(found["target"]["control_set"].toString(), QString("ControlSet001"));
    QCOMPARE(found["windows"]["family"].toString(), family);
    QCOMPARE(found["windows"]["bitness"].toInt(), bitness);
    QCOMPARE(found["windows"]["major"].toInt(), major);
    QCOMPARE(found["windows"]["source"].toString(), QString("read"));
    QCOMPARE(found["value"]["type"].toString(), QString("REG_EXPAND_SZ"));
    QVERIFY(found["value"]["data"].toString().contains("SharedSection=" + current + " "));
    QCOMPARE(numbers(found["shared_section"]), current);
    QCOMPARE(numbers(found["recommended"]), recommended);
    QCOMPARE(found["change_needed"].toBool(), true);
    if (!current.contains(QRegularExpression(",.*,")))
        QVERIFY(found["shared_section"]["non_interactive"].isNull());

    const ProcessResult apply = runCli(target + QStringList{"apply", "--recommended", "--yes"});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    const QJsonObject applied = jsonObject(apply);
    QCOMPARE(applied["changed"].toBool(), true);
    QCOMPARE(applied["verified"].toBool(), true);
    QCOMPARE(applied["outcome"].toString(), QString("changed"));
    QCOMPARE(numbers(applied["after"]["shared_section"]), recommended);
    QCOMPARE(applied["after"]["data"].toString(),
             withNumbers(found["value"]["data"].toString(), recommended));
    QCOMPARE(applied["steps"].toArray().size(), 5);
    const QString reg = applied["backup"]["reg"].toString();
    const QByteArray regBytes = heapfix::test::readFile(reg.toStdString());
    QVERIFY(regBytes.startsWith("\xFF\xFE"));                               // regedit's UTF-16LE with BOM
    QVERIFY(regBytes.contains(utf16WithNul("Session Manager").chopped(2))); // names the key

    const QJsonArray listed = jsonArray(runCli({"--backup-dir", backups.path(), "--json", "backups"}));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed[0]["reg"].toString(), reg);
    QCOMPARE(listed[0]["target_kind"].toString(), QString("sample"));
    QCOMPARE(listed[0]["shared_section"].toString(), current);

    // The fresh copy still has the original value: restoring the backup (by its record) changes nothing.
    const ProcessResult restore =
        runCli(target + QStringList{"restore", applied["backup"]["record"].toString()});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QCOMPARE(jsonObject(restore)["outcome"].toString(), QString("nothing-to-change"));
}

void CliSamplesTest::textOutput() {
    const QStringList target{"--sample", "win10-x64", "--backup-dir", backups_.path()};
    const ProcessResult status = runCli(target + QStringList{"status"});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains("SharedSection: 1024,20480,768"), status.out.constData());
    QVERIFY(status.out.contains("Windows 10"));
    QVERIFY(status.out.contains("A change is recommended"));
    QVERIFY(status.err.isEmpty());

    const ProcessResult apply = runCli(target + QStringList{"apply", "--yes"});
    QCOMPARE(apply.exitCode, 0);
    QVERIFY2(apply.out.contains("to SharedSection=1024,20480,2048"), apply.out.constData());
    QVERIFY(apply.out.contains("Done: the value was written, read back and verified."));
    QVERIFY(apply.out.contains("Backup:        " + backups_.path().toUtf8()));
    QVERIFY(apply.out.contains("restart"));

    const ProcessResult list = runCli({"--backup-dir", backups_.path(), "backups"});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("SharedSection=1024,20480,768"), list.out.constData());
}

void CliSamplesTest::symptomServicesRaisesOnlyZzzz() {
    // Q142676: a service that fails to start needs zzzz, not yyyy. On XP x86 that is 3072 kept, 512 -> 1024.
    const ProcessResult apply = runCli({"--sample", "xp-x86", "--backup-dir", backups_.path(), "--json",
                                        "apply", "--symptom", "services", "--yes"});
    QCOMPARE(apply.exitCode, 0);
    QCOMPARE(numbers(jsonObject(apply)["after"]["shared_section"]), QString("1024,3072,1024"));
}

void CliSamplesTest::restoreAcceptsAForeignRegeditExport() {
    const ProcessResult status = runCli({"--sample", "win7-x86", "--json", "status"});
    const QString wanted = withNumbers(jsonObject(status)["value"]["data"].toString(), "1024,4096,768");
    QVERIFY(!wanted.isEmpty());
    QTemporaryDir folder;
    const QString file = folder.path() + "/from-another-pc.reg";
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(regeditExport(wanted));
    out.close();

    const ProcessResult restore =
        runCli({"--sample", "win7-x86", "--backup-dir", backups_.path(), "--json", "restore", file, "--yes"});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    const QJsonObject restored = jsonObject(restore);
    QCOMPARE(restored["changed"].toBool(), true);
    QCOMPARE(restored["after"]["data"].toString(), wanted);
    QCOMPARE(numbers(restored["before"]["shared_section"]), QString("1024,12288,512"));
    QVERIFY(QFile::exists(restored["backup"]["reg"].toString())); // the value it replaced was backed up
}

QTEST_APPLESS_MAIN(CliSamplesTest)
#include "tst_cli_samples.moc"
