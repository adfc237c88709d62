// The translations: every source string has a finished Dutch (and English) translation that keeps its
// placeholders, the .ts files are what lupdate makes of today's sources, and the compiled Dutch is loaded.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString& file) {
    QList<Message> messages;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    QXmlStreamReader xml(&in);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            message = Message{context, {}, {}, {}};
        else if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            message.type = xml.attributes().value("type").toString();
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages << message;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(file), qPrintable(xml.errorString()));
    return messages;
}

QString tsFile(const char* language) {
    return QString::fromUtf8(heapfix::test::kSourceDir) + "/translations/heapfix_" + language + ".ts";
}

QStringList placeholders(const QString& text) {
    QStringList found;
    static const QRegularExpression pattern("%\\d");
    for (const auto& match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void everyStringHasAFinishedTranslation_data();
    void everyStringHasAFinishedTranslation();
    void bothLanguagesHaveTheSameStrings();
    void tsFilesAreCurrent();
    void dutchIsCompiledIn();
};

void TranslationsTest::everyStringHasAFinishedTranslation_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("nl") << tsFile("nl");
    QTest::newRow("en") << tsFile("en");
}

void TranslationsTest::everyStringHasAFinishedTranslation() {
    QFETCH(QString, file);
    const QList<Message> messages = readTs(file);
    QVERIFY(messages.size() > 100);
    for (const Message& message : messages) {
        const QString where = message.context + ": " + message.source;
        QVERIFY2(message.type.isEmpty(), qPrintable(message.type + " — " + where));
        QVERIFY2(!message.translation.trimmed().isEmpty(), qPrintable("empty — " + where));
        QVERIFY2(placeholders(message.translation) == placeholders(message.source),
                 qPrintable("placeholders differ — " + where));
        QVERIFY2(message.translation.count('&') == message.source.count('&'),
                 qPrintable("accelerator lost or added — " + where));
    }
}

void TranslationsTest::bothLanguagesHaveTheSameStrings() {
    QSet<QString> dutch;
    QSet<QString> english;
    for (const Message& message : readTs(tsFile("nl")))
        dutch << message.context + '\n' + message.source;
    for (const Message& message : readTs(tsFile("en")))
        english << message.context + '\n' + message.source;
    QCOMPARE(dutch, english);
}

// lupdate over today's sources, into copies of the committed files: a stale .ts fails here (and in CI).
void TranslationsTest::tsFilesAreCurrent() {
    QTemporaryDir folder;
    QStringList arguments{"-no-obsolete", "-locations", "none", "-silent"};
    for (const QString& source :
         QString::fromUtf8(HEAPFIX_WIZARD_SOURCE_FILES).split('|', Qt::SkipEmptyParts))
        arguments << source;
    arguments << "-ts";
    for (const char* language : {"en", "nl"}) {
        const QString copy = folder.filePath(QStringLiteral("heapfix_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsFile(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        arguments << copy;
    }
    QProcess lupdate;
    lupdate.start(QString::fromUtf8(HEAPFIX_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    for (const char* language : {"en", "nl"}) {
        const QByteArray regenerated = heapfix::test::readFile(
            folder.filePath(QStringLiteral("heapfix_%1.ts").arg(language)).toStdString());
        const QByteArray committed = heapfix::test::readFile(tsFile(language).toStdString());
        QVERIFY2(
            regenerated == committed,
            qPrintable(QStringLiteral("translations/heapfix_%1.ts is stale: build the update_translations "
                                      "target (see translations/TRANSLATION_INSTRUCTIONS)")
                           .arg(language)));
    }
}

void TranslationsTest::dutchIsCompiledIn() {
    QTranslator dutch;
    QVERIFY(dutch.load(":/i18n/heapfix_nl.qm"));
    QCOMPARE(dutch.translate("heapfix::FeedbackPage", "Is the problem solved?"),
             QStringLiteral("Is het probleem opgelost?"));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_Translations.moc"
