// The whole interface at once, in English and Dutch: every page of every path in each state a user can
// bring it into (PageTour), checked for the other language's words (issue 14 item 1: every details box and
// the saved report included), for accelerators used twice on one page, QWizard's buttons included (item 7),
// and for a minimum size that a small screen cannot show (item 8: 1366x768 at 125% and 1920x1080 at 200%,
// each with a taskbar).

#include "PageTour.h"

#include "TestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace heapfix;
using namespace heapfix::test;

namespace {

// Words of the other language that a screen in this one must not show. Technical names (the registry key,
// the raw value, file names) are left out before the words are counted: see words().
const QSet<QString>& foreignWords(const QString& language) {
    static const QSet<QString> english{
        "the",         "and",      "to",      "for",     "with",         "not",      "done",
        "failed",      "waiting",  "inspect", "backup",  "write",        "verify",   "rollback",
        "target",      "sample",   "changed", "result",  "before",       "after",    "value",
        "setting",     "settings", "step",    "found",   "read",         "check",    "checked",
        "error",       "file",     "folder",  "key",     "this",         "that",     "are",
        "has",         "have",     "will",    "could",   "cannot",       "programs", "shared",
        "interactive", "yes",      "show",    "hide",    "copy",         "path",     "browse",
        "choose",      "next",     "back",    "finish",  "cancel",       "restart",  "installation",
        "repair",      "undo",     "what",    "which",   "your",         "you",      "now",
        "recommended", "why",      "numbers", "edition", "professional", "practice", "mode",
        "run",         "not-run",  "changes", "nothing", "made",         "saved",    "report",
        "created",     "problem",  "solved",  "disk",    "free",         "space",    "list",
        "page",        "store",    "hive",    "off",     "none"};
    static const QSet<QString> dutch{
        "de",         "het",         "een",        "van",        "niet",       "wordt",    "op",
        "voor",       "met",         "instelling", "waarde",     "back-up",    "klaar",    "gereed",
        "mislukt",    "installatie", "bestand",    "map",        "kopiëren",   "openen",   "terug",
        "volgende",   "voltooien",   "annuleren",  "probleem",   "oplossen",   "getallen", "nu",
        "aanbevolen", "waarom",      "wacht",      "uitgevoerd", "oefenmodus", "schijf",   "wijzigen",
        "gedaan",     "opgelost",    "zelf"};
    return language == "nl" ? english : dutch;
}

// The words of a text, without what is technical: anything with a backslash, a slash, '=', '%', '_' or a
// dot inside a word (keys, paths, file names, the raw value), hexadecimal numbers and GUIDs.
QStringList words(QString text) {
    static const QRegularExpression technical(R"(\S*[\\/=%_{}]\S*|\S+\.\S+|0x[0-9a-fA-F]+)");
    text.remove(technical);
    static const QRegularExpression word(R"(\b[\p{L}][\p{L}'-]*\b)");
    QStringList found;
    for (const auto& match : word.globalMatch(text))
        found << match.captured().toLower();
    return found;
}

QStringList foreignIn(const QStringList& texts, const QString& language) {
    QStringList found;
    for (const QString& text : texts)
        for (const QString& each : words(text))
            if (foreignWords(language).contains(each))
                found << QStringLiteral("\"%1\" in \"%2\"").arg(each, text.left(120));
    return found;
}

void addLanguages() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("nl") << "nl";
}

// The room a window has, in the logical pixels Qt lays out in: the screen at its scale, less a 48-pixel
// taskbar and a 32-pixel title bar. 1920x1080 at 200% is the smaller: 960x484.
constexpr QSize roomAt(int width, int height, double scale) {
    return QSize(static_cast<int>(width / scale), static_cast<int>((height - 48) / scale) - 32);
}

} // namespace

class WholeInterfaceTest : public QObject {
    Q_OBJECT

private slots:
    void noWordOfTheOtherLanguage_data() { addLanguages(); }
    void noWordOfTheOtherLanguage();
    void acceleratorsAreUniqueOnEveryPage_data() { addLanguages(); }
    void acceleratorsAreUniqueOnEveryPage();
    void everyPageFitsASmallScreen_data() { addLanguages(); }
    void everyPageFitsASmallScreen();
};

void WholeInterfaceTest::noWordOfTheOtherLanguage() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString report = dir.filePath("report.txt");
    QStringList found;
    int states = 0;
    tourEveryPage(language, report, [&](WizardHarness& run, const QString& where) {
        ++states;
        for (const QString& each : foreignIn(visibleTexts(run.wizard()), language))
            found << where + ": " + each;
    });
    QVERIFY2(states >= 30, qPrintable(QString::number(states)));
    const QString saved = QString::fromUtf8(readFile(report.toStdString()));
    QVERIFY(saved.contains("1024,20480,768"));
    for (const QString& each : foreignIn(saved.split('\n'), language))
        found << "report: " + each;
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

void WholeInterfaceTest::acceleratorsAreUniqueOnEveryPage() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    QStringList twice;
    tourEveryPage(language, dir.filePath("report.txt"), [&](WizardHarness& run, const QString& where) {
        QHash<QChar, QString> seen;
        for (const auto& [key, text] : visibleAccelerators(run.wizard())) {
            if (seen.contains(key))
                twice << QStringLiteral("%1: '%2' in \"%3\" and \"%4\"").arg(where, key, seen[key], text);
            seen[key] = text;
        }
    });
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join('\n')));
}

void WholeInterfaceTest::everyPageFitsASmallScreen() {
    QFETCH(QString, language);
    const QSize small125 = roomAt(1366, 768, 1.25);
    const QSize small200 = roomAt(1920, 1080, 2.0);
    const QSize room = small125.boundedTo(small200);
    QCOMPARE(room, QSize(960, 484));
    QTemporaryDir dir;
    QStringList tooLarge;
    tourEveryPage(language, dir.filePath("report.txt"), [&](WizardHarness& run, const QString& where) {
        QWizard& wizard = run.wizard();
        for (const QSize& least : {wizard.minimumSize(), wizard.currentPage()->minimumSizeHint()})
            if (least.width() > room.width() || least.height() > room.height())
                tooLarge << QStringLiteral("%1: %2x%3").arg(where).arg(least.width()).arg(least.height());
        // Shrunk to that room, the buttons are still inside the window.
        const QSize before = wizard.size();
        wizard.resize(room);
        QAbstractButton* button = run.primaryButton();
        if (button && !wizard.rect().contains(QRect(button->mapTo(&wizard, QPoint(0, 0)), button->size())))
            tooLarge << where + ": the button " + button->text() + " leaves the window";
        wizard.resize(before);
    });
    QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join('\n')));
}

QTEST_MAIN(WholeInterfaceTest)
#include "tst_WholeInterface.moc"
