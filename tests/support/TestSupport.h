#pragma once
// Helpers shared by the tests: temporary copies of the real hives, reading files, running peer tools.

#include "TestPaths.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <filesystem>
#include <string>

namespace heapfix::test {

// Decompresses ../shared/testdata/hives/<name>.xz into `folder` (never touching the shared copy) and returns
// the new file's path. Fails the calling test (QFAIL-style, via qFatal) when xz fails.
std::filesystem::path unpackHive(const QString& name, const QString& folder);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};
// Runs a program with arguments, optional stdin, and a timeout; never uses a shell.
ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                  int timeoutMs = 60000);

QByteArray readFile(const std::filesystem::path& file);
QByteArray sha256OfFile(const std::filesystem::path& file);

#ifdef __linux__
// Moves this process into a mount namespace of its own with every mount private, so the real read-only and
// full-disk mounts the tests make are seen by no other process and go away with this one. Must be called
// while the process has a single thread (unshare() requires it): before QTest::qExec, which starts a watchdog
// thread. As root a new mount namespace suffices; otherwise a user namespace maps the caller to root inside
// it. Returns why it failed, or an empty string; tests that mount assert it is empty.
std::string enterPrivateMountNamespace();
#endif

} // namespace heapfix::test
