#pragma once
// Helpers of the heapfix-cli tests: running the real binary (its path comes from CMake) and reading what it
// prints; snapshots of folders by sha256 to prove that a failed command changed nothing.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <filesystem>

namespace heapfix::clitest {

QString cliPath();
// heapfix-cli with these arguments; stdin is a pipe (never a terminal) fed with `input`.
test::ProcessResult runCli(const QStringList& arguments, const QByteArray& input = {});
// heapfix-cli under script(1), so that its stdin is a terminal; `typed` is what the user types.
test::ProcessResult runCliOnTerminal(const QStringList& arguments, const QByteArray& typed);

// The one JSON object or array on stdout; an empty one (and a test warning) when stdout is not exactly that.
const QJsonObject jsonObject(const test::ProcessResult& result);
const QJsonArray jsonArray(const test::ProcessResult& result);
// {"system": a, "interactive": b, "non_interactive": c or null} as "a,b[,c]" (or "null").
QString numbers(const QJsonValue& sharedSection);

// Every file under the folder (recursively) with its sha256, keyed by relative path.
QMap<QString, QByteArray> snapshot(const QString& folder);
QString pathText(const std::filesystem::path& path);

// The value's text as it will be after the SharedSection numbers became `numbers` ("1024,20480,2048").
QString withNumbers(const QString& valueText, const QString& numbers);
QByteArray utf16WithNul(const QString& text);

} // namespace heapfix::clitest
