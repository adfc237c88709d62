#include "CommandLine.h"

#include "heapfix/Version.h"

namespace heapfix {
namespace {

std::filesystem::path toPath(const QString& text) {
    return std::filesystem::path(text.toStdString());
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments) {
    CommandLine line;
    auto valueOf = [&](qsizetype& i, const QString& option) -> std::optional<QString> {
        if (i + 1 >= arguments.size()) {
            line.error = tr("The option %1 needs a value.").arg(option);
            return std::nullopt;
        }
        return arguments[++i];
    };
    for (qsizetype i = 1; i < arguments.size() && line.error.isEmpty(); ++i) {
        const QString option = arguments[i];
        if (option == "--help" || option == "-h") {
            line.help = true;
        } else if (option == "--version") {
            line.version = true;
        } else if (option == "--sample") {
            if (auto name = valueOf(i, option)) {
                line.target.kind = TargetSpec::Kind::Sample;
                line.target.sampleName = name->toStdString();
            }
        } else if (option == "--windows-dir") {
            if (auto folder = valueOf(i, option)) {
                line.target.kind = TargetSpec::Kind::WindowsDir;
                line.target.path = toPath(*folder);
            }
        } else if (option == "--system-hive") {
            if (auto file = valueOf(i, option)) {
                line.target.kind = TargetSpec::Kind::Hives;
                line.target.path = toPath(*file);
            }
        } else if (option == "--software-hive") {
            if (auto file = valueOf(i, option))
                line.target.softwareHive = toPath(*file);
        } else if (option == "--bcd") {
            if (auto file = valueOf(i, option))
                line.bcd = toPath(*file);
        } else if (option == "--backup-dir") {
            if (auto folder = valueOf(i, option))
                line.backupFolder = toPath(*folder);
        } else if (option == "--lang") {
            if (auto language = valueOf(i, option)) {
                line.language = *language;
                if (line.language != "nl" && line.language != "en")
                    line.error = tr("Unknown language \"%1\": use nl or en.").arg(*language);
            }
        } else if (option == "--feedback") {
            line.feedback = true;
            if (i + 1 < arguments.size() && !arguments[i + 1].startsWith("--"))
                line.feedbackRecord = toPath(arguments[++i]);
        } else if (option == "--screenshot-tour") {
            if (auto folder = valueOf(i, option))
                line.screenshotTour = *folder;
        } else {
            line.error = tr("Unknown option \"%1\".").arg(option);
        }
    }
    if (line.error.isEmpty() && !line.target.softwareHive.empty() &&
        line.target.kind != TargetSpec::Kind::Hives)
        line.error = tr("--software-hive needs --system-hive as well.");
    if (line.error.isEmpty() && line.bcd && line.target.kind != TargetSpec::Kind::WindowsDir)
        line.error =
            tr("--bcd needs --windows-dir as well: the BCD store belongs to the offline installation "
               "in that folder.");
    return line;
}

QString CommandLine::helpText() {
    return tr("Usage: heapfix [options]\n"
              "Fixes \"Out of memory\" errors and services that fail to start with a user32.dll error by\n"
              "raising the Windows desktop heap, safely: a verified backup first.\n"
              "\n"
              "Where the setting lives (default: this computer; on Linux the sample installation):\n"
              "  --sample NAME           a built-in sample installation (%1)\n"
              "  --windows-dir DIR       an offline Windows folder (its System32\\config is used)\n"
              "  --system-hive FILE      an offline SYSTEM hive file\n"
              "  --software-hive FILE    its SOFTWARE hive file (for the Windows version)\n"
              "  --bcd FILE              with --windows-dir: the installation's BCD store, for the repair "
              "of\n"
              "                          \"Windows does not start: 0xC0000017\" (default: found on the same\n"
              "                          disk, EFI\\Microsoft\\Boot\\BCD or Boot\\BCD)\n"
              "\n"
              "Other options:\n"
              "  --backup-dir DIR        keep backups in this folder\n"
              "  --feedback [RECORD]     ask whether an earlier change solved the problem, with what\n"
              "                          Windows logged since (RECORD: its backup's .json; default: the\n"
              "                          newest backup of this installation)\n"
              "  --lang nl|en            the language (default: the system's)\n"
              "  --version               show the version and stop\n"
              "  --help                  show this help and stop\n")
        .arg(QString::fromStdString([] {
            std::string names;
            for (const std::string& name : sampleNames())
                names += (names.empty() ? "" : ", ") + name;
            return names;
        }()));
}

QString CommandLine::versionText() {
    return QStringLiteral("heapfix %1").arg(QString::fromLatin1(kToolVersion));
}

} // namespace heapfix
