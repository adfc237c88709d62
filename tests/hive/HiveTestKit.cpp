#include "HiveTestKit.h"

#include "TestSupport.h"

#include "model/core/SharedSection.h"
#include "model/core/Utf16.h"

#include <QFile>
#include <QRegularExpression>

namespace heapfix::test {

QByteArray exportHive(const std::filesystem::path& hive, const QString& prefix) {
    const ProcessResult result =
        run("hivexregedit", {"--export", "--prefix", prefix, QString::fromStdString(hive.string()), "\\"}, {},
            120000);
    if (result.exitCode != 0)
        qFatal("hivexregedit --export %s failed: %s", hive.c_str(), result.err.constData());
    return result.out;
}

QStringList differingLines(const QByteArray& before, const QByteArray& after) {
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    if (a.size() != b.size())
        return {QStringLiteral("line counts differ: %1 and %2").arg(a.size()).arg(b.size())};
    QStringList differing;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            differing << QString::fromUtf8(a[i].left(60)) << QString::fromUtf8(b[i].left(60));
    return differing;
}

QString hivexgetWindows(const std::filesystem::path& hive, const QString& controlSet) {
    const ProcessResult result =
        run("hivexget", {QString::fromStdString(hive.string()),
                         "\\" + controlSet + "\\Control\\Session Manager\\SubSystems", "Windows"});
    return result.exitCode == 0 ? QString::fromUtf8(result.out).trimmed() : QString();
}

QByteArray regedWindowsBytes(const std::filesystem::path& hive, const QString& controlSet,
                             const QString& workDir) {
    const QString out = workDir + "/reged-export.reg";
    QFile::remove(out);
    const ProcessResult result =
        run("reged", {"-x", QString::fromStdString(hive.string()), "HKEY_LOCAL_MACHINE\\SYSTEM",
                      "\\" + controlSet + "\\Control\\Session Manager\\SubSystems", out});
    if (result.exitCode != 0)
        return {};
    const QString text = QString::fromLatin1(readFile(out.toStdString()));
    const qsizetype start = text.indexOf("\"Windows\"=hex(2):");
    if (start < 0)
        return {};
    QByteArray bytes;
    // hex(2): pairs separated by commas, continued on the next line after a backslash.
    static const QRegularExpression pair("^\\s*([0-9a-fA-F]{2})");
    QString rest = text.mid(start + 17);
    while (true) {
        const QRegularExpressionMatch match = pair.match(rest);
        if (!match.hasMatch())
            break;
        bytes.append(static_cast<char>(match.captured(1).toInt(nullptr, 16)));
        rest = rest.mid(match.capturedEnd());
        if (rest.startsWith(",\\"))
            rest = rest.mid(rest.indexOf('\n') + 1);
        else if (rest.startsWith(","))
            rest = rest.mid(1);
        else
            break;
    }
    return bytes;
}

QString valueText(const RegistryValue& value) {
    const Expected<std::u16string, Error> text = decodeUtf16Le(value.data);
    return text ? QString::fromStdU16String(std::u16string(withoutTrailingNuls(*text))) : QString();
}

RegistryValue withInteractive(const RegistryValue& value, std::uint32_t interactive) {
    const std::u16string text = *decodeUtf16Le(value.data);
    const Expected<SharedSection, SharedSectionParseError> parsed = SharedSection::parse(text);
    if (!parsed)
        qFatal("the value has no valid SharedSection");
    SharedSectionValues numbers = parsed->values();
    numbers.interactive = interactive;
    return RegistryValue{value.type, encodeUtf16Le(parsed->withValues(text, numbers))};
}

} // namespace heapfix::test
