#include "BootTestKit.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>

namespace heapfix::test {

namespace fs = std::filesystem;

BootDisk makeBootDisk(const QString& folder, const QString& systemName, const QString& bcdName) {
    BootDisk disk;
    disk.root = fs::path(folder.toStdString()) / "disk";
    disk.windowsDir = disk.root / "Windows";
    const fs::path config = disk.windowsDir / "System32" / "config";
    fs::create_directories(config);
    const fs::path system = unpackHive(systemName, QString::fromStdString(config.string()));
    disk.systemHive = config / "SYSTEM";
    fs::rename(system, disk.systemHive);
    for (const char* log : {".LOG1", ".LOG2"})
        if (QFile::exists(QStringLiteral("%1/%2%3.xz").arg(kHivesDir, systemName, log)))
            fs::rename(unpackHive(systemName + log, QString::fromStdString(config.string())),
                       config / (std::string("SYSTEM") + log));
    if (!bcdName.isEmpty()) {
        const fs::path boot = disk.root / "EFI" / "Microsoft" / "Boot";
        fs::create_directories(boot);
        disk.bcd = boot / "BCD";
        fs::rename(unpackHive(bcdName, QString::fromStdString(boot.string())), disk.bcd);
    }
    return disk;
}

void mergeFixture(const fs::path& hive, const QString& fixture) {
    const ProcessResult result =
        run("hivexregedit", {"--merge", QString::fromStdString(hive.string()),
                             QStringLiteral("%1/bcd/%2").arg(kFixturesDir, fixture)});
    if (result.exitCode != 0)
        qFatal("hivexregedit --merge %s failed: %s", qPrintable(fixture), result.err.constData());
}

QSet<QByteArray> exportLines(const fs::path& hive) {
    const ProcessResult result =
        run("hivexregedit", {"--export", QString::fromStdString(hive.string()), "\\"}, {}, 120000);
    if (result.exitCode != 0)
        qFatal("hivexregedit --export %s failed: %s", hive.c_str(), result.err.constData());
    QSet<QByteArray> lines;
    for (const QByteArray& line : result.out.split('\n'))
        lines.insert(line.trimmed());
    return lines;
}

QByteArray exportKey(const fs::path& hive, const QString& key) {
    const ProcessResult result =
        run("hivexregedit", {"--export", QString::fromStdString(hive.string()), key}, {}, 120000);
    if (result.exitCode != 0)
        return {};
    QByteArray values;
    for (const QByteArray& line : result.out.split('\n'))
        if (line.startsWith('"'))
            values += line.trimmed() + '\n';
    return values;
}

QString stepsText(const std::vector<StepReport>& steps) {
    QStringList words;
    for (const StepReport& report : steps)
        words << QString::fromUtf8(fixStepName(report.step)) +
                     (report.store ? "/" + QString::fromUtf8(bootStoreName(*report.store)) : QString()) +
                     ":" + QString::fromUtf8(stepOutcomeName(report.outcome));
    return words.join(' ');
}

} // namespace heapfix::test
