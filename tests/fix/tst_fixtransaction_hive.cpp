// The fix transaction on real hives through the real offline backend (hivex), checked with independent
// readers: hivexget for the value, hivexregedit --export for the whole key (every other value untouched).
#include "TestSupport.h"

#include "model/backup/AtomicFile.h"
#include "model/backup/RegFile.h"
#include "model/core/Utf16.h"
#include "model/fix/FixTransaction.h"
#include "model/fix/Inspection.h"
#include "model/fix/Targets.h"

#include <QtTest>

using namespace heapfix;

namespace {

const QString kSubSystems = "\\ControlSet001\\Control\\Session Manager\\SubSystems";

QString hivexget(const std::filesystem::path& hive) {
    const test::ProcessResult got =
        test::run("hivexget", {QString::fromStdString(hive.string()), kSubSystems, "Windows"});
    return QString::fromUtf8(got.out.trimmed());
}

QByteArray exportKey(const std::filesystem::path& hive) {
    const test::ProcessResult got =
        test::run("hivexregedit", {"--export", QString::fromStdString(hive.string()), kSubSystems});
    return got.out;
}

// The key's export with the "Windows" value's lines taken out.
QByteArray withoutWindowsValue(QByteArray text) {
    const qsizetype begin = text.indexOf("\"Windows\"=");
    qsizetype end = begin;
    while ((end = text.indexOf('\n', end) + 1) > 0 && text.mid(end, 2) == "  ")
        ;
    return text.remove(begin, end - begin);
}

} // namespace

class TestFixTransactionHive : public QObject {
    Q_OBJECT
private slots:
    void applyThenRestoreOnRealHives_data() {
        QTest::addColumn<QString>("hive");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("NT 4.0: a third number") << "nt4-sp3-x86.SYSTEM"
                                                << "SharedSection=1024,3072 "
                                                << "SharedSection=1024,3072,512 ";
        QTest::newRow("Windows 7 x86") << "win7-sp1-x86.SYSTEM"
                                       << "SharedSection=1024,12288,512 "
                                       << "SharedSection=1024,12288,1024 ";
    }
    void applyThenRestoreOnRealHives() {
        QFETCH(QString, hive);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QTemporaryDir dir;
        const std::filesystem::path system = test::unpackHive(hive, dir.path());
        const QString originalValue = hivexget(system);
        const QByteArray originalKey = exportKey(system);
        QVERIFY(originalValue.contains(before));

        TargetSpec spec;
        spec.kind = TargetSpec::Kind::Hives;
        spec.path = system;
        auto target = openTarget(spec);
        QVERIFY2(target.has_value(), target ? "" : target.error().message().c_str());
        const auto inspection = inspect(**target);
        QVERIFY(inspection && inspection->recommendation);
        BackupStore backups(std::filesystem::path(dir.path().toStdString()) / "backups");
        FixTransaction transaction(**target, backups);
        const FixResult applied = transaction.apply(inspection->recommendation->recommended);
        QVERIFY2(applied.outcome == FixOutcome::Changed,
                 applied.step(FixStep::Write).error ? applied.step(FixStep::Write).error->message().c_str()
                                                    : "");
        QVERIFY(applied.verified);

        // Only the numbers changed, in the hive file itself, and no other value of the key.
        QCOMPARE(hivexget(system), QString(originalValue).replace(before, after));
        const QByteArray changedKey = exportKey(system);
        QVERIFY(changedKey != originalKey);
        QCOMPARE(withoutWindowsValue(changedKey), withoutWindowsValue(originalKey));

        // The backup restores the value byte for byte.
        const auto bytes = readWholeFile(applied.backup->regFile);
        QVERIFY(bytes.has_value());
        const auto document = parseRegFile(*bytes, "backup.reg");
        QVERIFY(document.has_value());
        const auto value =
            restorableValue(*document, std::string(kSubSystemsKey), applied.backup->key, "Windows");
        QVERIFY(value.has_value());
        QCOMPARE(*value, *applied.before);
        const FixResult restored = transaction.restore(*value);
        QCOMPARE(restored.outcome, FixOutcome::Changed);
        QCOMPARE(hivexget(system), originalValue);
        QCOMPARE(exportKey(system), originalKey);
        QCOMPARE(backups.list().size(), std::size_t(2)); // the restore backed up the changed value first
    }

    void sampleInstallation() {
        TargetSpec spec;
        spec.kind = TargetSpec::Kind::Sample;
        spec.sampleName = "win10-x64";
        auto target = openTarget(spec);
        QVERIFY2(target.has_value(), target ? "" : target.error().message().c_str());
        QTemporaryDir dir;
        BackupStore backups(dir.path().toStdString());
        FixTransaction transaction(**target, backups);
        const FixResult applied = transaction.apply({1024, 20480, 2048});
        QCOMPARE(applied.outcome, FixOutcome::Changed);
        const auto inspection = inspect(**target);
        QVERIFY(inspection && inspection->sharedSection);
        QCOMPARE(inspection->sharedSection->values(), (SharedSectionValues{1024, 20480, 2048}));
        QCOMPARE(transaction.apply({1024, 20480, 2048}).outcome, FixOutcome::NothingToChange);
        QCOMPARE(transaction.restore(*applied.before).outcome, FixOutcome::Changed);
        QCOMPARE(inspect(**target)->value, *applied.before);
    }
};

QTEST_APPLESS_MAIN(TestFixTransactionHive)
#include "tst_fixtransaction_hive.moc"
