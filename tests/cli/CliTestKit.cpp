#include "CliTestKit.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace heapfix::clitest {

QString cliPath() {
    return QStringLiteral(HEAPFIX_CLI_PATH);
}

test::ProcessResult runCli(const QStringList& arguments, const QByteArray& input) {
    return test::run(cliPath(), arguments, input, 180000);
}

test::ProcessResult runCliOnTerminal(const QStringList& arguments, const QByteArray& typed) {
    QStringList quoted{cliPath()};
    for (const QString& argument : arguments)
        quoted << "'" + QString(argument).replace("'", "'\\''") + "'";
    // script -e returns the child's exit code; -q keeps its own banner out of the output.
    return test::run("script", {"-qec", quoted.join(' '), "/dev/null"}, typed, 180000);
}

static QJsonDocument document(const test::ProcessResult& result) {
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("stdout is not one JSON document (%s): %s", qPrintable(error.errorString()),
                 result.out.constData());
    return parsed;
}

const QJsonObject jsonObject(const test::ProcessResult& result) {
    return document(result).object();
}

const QJsonArray jsonArray(const test::ProcessResult& result) {
    return document(result).array();
}

QString numbers(const QJsonValue& sharedSection) {
    if (!sharedSection.isObject())
        return "null";
    const QJsonObject o = sharedSection.toObject();
    QString text =
        QString::number(o["system"].toInteger()) + "," + QString::number(o["interactive"].toInteger());
    if (!o["non_interactive"].isNull())
        text += "," + QString::number(o["non_interactive"].toInteger());
    return text;
}

QMap<QString, QByteArray> snapshot(const QString& folder) {
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.insert(file.mid(folder.size()), test::sha256OfFile(file.toStdString()));
    }
    return files;
}

QString pathText(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

QString withNumbers(const QString& valueText, const QString& numbers) {
    QString text = valueText;
    static const QRegularExpression token("SharedSection=[0-9,]+", QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = token.match(text);
    if (!match.hasMatch())
        return {};
    return text.replace(match.capturedStart(), match.capturedLength(), "SharedSection=" + numbers);
}

QByteArray utf16WithNul(const QString& text) {
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes.append(2, '\0');
}

} // namespace heapfix::clitest
