#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#ifdef __linux__
#include <cerrno>
#include <cstring>
#include <fstream>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>
#endif

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

ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input,
                  int timeoutMs) {
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

#ifdef __linux__
namespace {

bool writeText(const char* file, const std::string& text) {
    std::ofstream out(file);
    out << text;
    out.flush();
    return static_cast<bool>(out);
}

} // namespace

std::string enterPrivateMountNamespace() {
    if (geteuid() != 0) {
        const std::string uid = std::to_string(getuid());
        const std::string gid = std::to_string(getgid());
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return std::string("user+mount namespace: ") + std::strerror(errno);
        if (!writeText("/proc/self/setgroups", "deny") ||
            !writeText("/proc/self/uid_map", "0 " + uid + " 1") ||
            !writeText("/proc/self/gid_map", "0 " + gid + " 1"))
            return std::string("mapping to root in the user namespace: ") + std::strerror(errno);
    } else if (unshare(CLONE_NEWNS) != 0) {
        return std::string("mount namespace: ") + std::strerror(errno);
    }
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return std::string("making mounts private: ") + std::strerror(errno);
    return {};
}
#endif

} // namespace heapfix::test
