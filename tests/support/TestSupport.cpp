#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace heapfix::test {

std::filesystem::path unpackHive(const QString& name, const QString& folder) {
    const QString source = QString::fromUtf8(kHivesDir) + "/" + name + ".xz";
    const QString target = folder + "/" + name;
    const ProcessResult xz = run("xz", {"-dc", source});
    if (xz.exitCode != 0)
        qFatal("xz -dc %s failed: %s", qPrintable(source), xz.err.constData());
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(xz.out) != xz.out.size())
        qFatal("cannot write %s", qPrintable(target));
    return std::filesystem::path(target.toStdString());
}

ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs) {
    ProcessResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return result;
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray readFile(const std::filesystem::path& file) {
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray sha256OfFile(const std::filesystem::path& file) {
    return QCryptographicHash::hash(readFile(file), QCryptographicHash::Sha256).toHex();
}

} // namespace heapfix::test
