// The recommendation table of PRODUCT.md row by row (both bitnesses, both symptoms, never lower, never xxxx,
// unknown versions) and the validation of custom values, each code with its numbers.

#include "model/core/RecommendationPolicy.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <set>

using namespace heapfix;

Q_DECLARE_METATYPE(heapfix::WindowsVersion)

namespace {

WindowsVersion windows(std::uint32_t major, std::uint32_t minor, std::uint32_t build, bool server,
                       Architecture architecture, VersionSource source = VersionSource::Read) {
    WindowsVersion version;
    version.major = major;
    version.minor = minor;
    version.build = build;
    version.server = server;
    version.architecture = architecture;
    version.source = source;
    return version;
}

WindowsVersion unknownWindows(Architecture architecture) {
    return windows(0, 0, 0, false, architecture, VersionSource::Unknown);
}

// An offline SYSTEM hive alone whose SubSystems value has "ServerDll=sxssrv,4" (VersionReader).
WindowsVersion vistaOrLater(Architecture architecture) {
    WindowsVersion version = windows(0, 0, 0, false, architecture, VersionSource::Inferred);
    version.vistaOrLater = true;
    return version;
}

// "1024,3072,512" through the parser, so that the table reads like the value.
SharedSectionValues numbers(const QString& text) {
    const auto parsed = SharedSection::parse(u"SharedSection=" + text.toStdU16String());
    Q_ASSERT(parsed.has_value());
    return parsed->values();
}

QString text(const SharedSectionValues& values) {
    return QString::fromStdString(formatSharedSection(values));
}
QString name(std::string_view name) {
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString describe(const ValidationIssue& issue) {
    return QStringLiteral("%1 %2 [%3] %4/%5")
        .arg(name(validationCodeName(issue.code)), name(severityName(issue.severity)))
        .arg(issue.index)
        .arg(issue.value)
        .arg(issue.limit);
}

constexpr auto X86 = Architecture::X86;
constexpr auto X64 = Architecture::X64;
constexpr auto Unknown = Architecture::Unknown;

} // namespace

class RecommendationPolicyTest : public QObject {
    Q_OBJECT

private slots:
    void recommendsTheTableValue_data();
    void recommendsTheTableValue();
    void neverLowersAndNeverTouchesXxxx_data();
    void neverLowersAndNeverTouchesXxxx();
    void validatesCustomValues_data();
    void validatesCustomValues();
    void recommendationsPassTheirOwnValidation_data();
    void recommendationsPassTheirOwnValidation();
    void applyingTheRecommendationTwiceChangesNothing_data();
    void applyingTheRecommendationTwiceChangesNothing();
    void namesAreStableKebabCase();
};

void RecommendationPolicyTest::recommendsTheTableValue_data() {
    QTest::addColumn<WindowsVersion>("version");
    QTest::addColumn<int>("symptom");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("recommended");
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("inferred");
    QTest::addColumn<int>("interactiveReason");
    QTest::addColumn<int>("nonInteractiveReason");

    const int programs = int(Symptom::ManyPrograms);
    const int services = int(Symptom::ServiceFails);
    using R = ReasonCode;
    using Row = PolicyRow;
    const auto row = [](const char* label, WindowsVersion version, int symptom, const char* current,
                        const char* recommended, Row policyRow, bool inferred, R interactive,
                        R nonInteractive) {
        QTest::newRow(label) << version << symptom << QString::fromLatin1(current)
                             << QString::fromLatin1(recommended) << int(policyRow) << inferred
                             << int(interactive) << int(nonInteractive);
    };
    // NT 3.1 - 4.0: add ",512"; on 3.5/3.51 also yyyy 3072 (NT 3.1's default).
    row("NT 3.1", windows(3, 10, 528, false, X86), programs, "1024,3072", "1024,3072,512", Row::NT, false,
        R::Unchanged, R::AddedThirdValue);
    row("NT 3.5", windows(3, 50, 807, false, X86), programs, "1024,512", "1024,3072,512", Row::NT, false,
        R::RaisedToNt31Default, R::AddedThirdValue);
    row("NT 3.51", windows(3, 51, 1057, true, X86), programs, "1024,512", "1024,3072,512", Row::NT, false,
        R::RaisedToNt31Default, R::AddedThirdValue);
    row("NT 4.0 (seed 002)", windows(4, 0, 1381, false, X86), programs, "1024,3072", "1024,3072,512", Row::NT,
        false, R::Unchanged, R::AddedThirdValue);
    row("NT 4.0, services", windows(4, 0, 1381, true, X86), services, "1024,3072", "1024,3072,512", Row::NT,
        false, R::NotForThisSymptom, R::AddedThirdValue);
    row("NT 3.5, services: yyyy stays", windows(3, 50, 807, false, X86), services, "1024,512", "1024,512,512",
        Row::NT, false, R::NotForThisSymptom, R::AddedThirdValue);
    row("NT 4.0 with the KB's smaller 256", windows(4, 0, 1381, false, X86), programs, "1024,3072,256",
        "1024,3072,512", Row::NT, false, R::Unchanged, R::RaisedToRecommended);
    // 2000, XP, 2003: 32-bit 12288/1024, 64-bit 20480/1024.
    row("2000", windows(5, 0, 2195, false, X86), programs, "1024,3072,512", "1024,12288,1024", Row::Legacy32,
        false, R::RaisedToRecommended, R::RaisedToRecommended);
    row("2000, architecture unknown (32-bit only)", windows(5, 0, 2195, true, Unknown), programs,
        "1024,3072,512", "1024,12288,1024", Row::Legacy32, false, R::RaisedToRecommended,
        R::RaisedToRecommended);
    row("XP", windows(5, 1, 2600, false, X86), programs, "1024,3072,512", "1024,12288,1024", Row::Legacy32,
        false, R::RaisedToRecommended, R::RaisedToRecommended);
    row("XP, services", windows(5, 1, 2600, false, X86), services, "1024,3072,512", "1024,3072,1024",
        Row::Legacy32, false, R::NotForThisSymptom, R::RaisedToRecommended);
    row("Server 2003 32-bit", windows(5, 2, 3790, true, X86), programs, "1024,3072,512", "1024,12288,1024",
        Row::Legacy32, false, R::RaisedToRecommended, R::RaisedToRecommended);
    row("XP x64", windows(5, 2, 3790, false, X64), programs, "1024,3072,512", "1024,20480,1024",
        Row::Legacy64, false, R::RaisedToRecommended, R::RaisedToRecommended);
    row("XP x64, architecture unknown (5.2 client is 64-bit)", windows(5, 2, 3790, false, Unknown), programs,
        "1024,3072,512", "1024,20480,1024", Row::Legacy64, false, R::RaisedToRecommended,
        R::RaisedToRecommended);
    row("Server 2003 x64", windows(5, 2, 3790, true, X64), programs, "1024,3072,512", "1024,20480,1024",
        Row::Legacy64, false, R::RaisedToRecommended, R::RaisedToRecommended);
    row("Server 2003 x64, services", windows(5, 2, 3790, true, X64), services, "1024,3072,512",
        "1024,3072,1024", Row::Legacy64, false, R::NotForThisSymptom, R::RaisedToRecommended);
    row("Server 2003, bitness unknown: 32-bit numbers", windows(5, 2, 3790, true, Unknown), programs,
        "1024,3072,512", "1024,12288,1024", Row::Legacy32, true, R::VersionUnknown, R::RaisedToRecommended);
    // Vista and later: 32-bit 12288/1024, 64-bit 20480/2048.
    row("Vista 32-bit", windows(6, 0, 6002, false, X86), programs, "1024,3072,512", "1024,12288,1024",
        Row::Modern32, false, R::RaisedToRecommended, R::RaisedToRecommended);
    row("7 32-bit (real hive)", windows(6, 1, 7601, false, X86), programs, "1024,12288,512",
        "1024,12288,1024", Row::Modern32, false, R::Unchanged, R::RaisedToRecommended);
    row("7 32-bit, services", windows(6, 1, 7601, false, X86), services, "1024,12288,512", "1024,12288,1024",
        Row::Modern32, false, R::NotForThisSymptom, R::RaisedToRecommended);
    row("10 32-bit", windows(10, 0, 19045, false, X86), programs, "1024,12288,512", "1024,12288,1024",
        Row::Modern32, false, R::Unchanged, R::RaisedToRecommended);
    row("Server 2008 64-bit", windows(6, 0, 6002, true, X64), programs, "1024,3072,512", "1024,20480,2048",
        Row::Modern64, false, R::RaisedToRecommended, R::RaisedToRecommended);
    row("7 64-bit", windows(6, 1, 7601, false, X64), programs, "1024,20480,768", "1024,20480,2048",
        Row::Modern64, false, R::Unchanged, R::RaisedToRecommended);
    row("10 64-bit (real hive)", windows(10, 0, 16299, false, X64), programs, "1024,20480,768",
        "1024,20480,2048", Row::Modern64, false, R::Unchanged, R::RaisedToRecommended);
    row("10 64-bit, services", windows(10, 0, 16299, false, X64), services, "1024,20480,768",
        "1024,20480,2048", Row::Modern64, false, R::NotForThisSymptom, R::RaisedToRecommended);
    row("11 ARM64", windows(10, 0, 22631, false, Architecture::Arm64), programs, "1024,20480,768",
        "1024,20480,2048", Row::Modern64, false, R::Unchanged, R::RaisedToRecommended);
    row("Server 2022", windows(10, 0, 20348, true, X64), programs, "1024,12288,768", "1024,20480,2048",
        Row::Modern64, false, R::RaisedToRecommended, R::RaisedToRecommended);
    row("10 64-bit with a two-number value", windows(10, 0, 19045, false, X64), programs, "1024,20480",
        "1024,20480,2048", Row::Modern64, false, R::Unchanged, R::AddedThirdValue);
    row("10, bitness unknown: 32-bit numbers", windows(10, 0, 19045, false, Unknown), programs,
        "1024,20480,768", "1024,20480,1024", Row::Modern32, true, R::Unchanged, R::VersionUnknown);
    // Unknown version, no sign of Vista or later: the row that raises least. Two numbers: NT (NT 3.5's
    // variant: yyyy at least 3072); three numbers: NT, yyyy as it is; 64-bit (never NT): 2003 x64's row.
    row("unknown, two numbers: NT", unknownWindows(Unknown), programs, "1024,3072", "1024,3072,512", Row::NT,
        true, R::Unchanged, R::AddedThirdValue);
    row("unknown, two numbers at NT 3.5's default", unknownWindows(X86), programs, "1024,512",
        "1024,3072,512", Row::NT, true, R::VersionUnknown, R::AddedThirdValue);
    row("unknown, two numbers, services", unknownWindows(Unknown), services, "1024,512", "1024,512,512",
        Row::NT, true, R::NotForThisSymptom, R::AddedThirdValue);
    row("unknown, two numbers, 64-bit: never NT", unknownWindows(X64), programs, "1024,20480",
        "1024,20480,1024", Row::Legacy64, true, R::Unchanged, R::VersionUnknown);
    row("unknown, NT 4.0 after one apply (real hive): yyyy stays", unknownWindows(X86), programs,
        "1024,3072,512", "1024,3072,512", Row::NT, true, R::Unchanged, R::Unchanged);
    row("unknown, three numbers, zzzz below 512", unknownWindows(X86), programs, "1024,3072,256",
        "1024,3072,512", Row::NT, true, R::Unchanged, R::VersionUnknown);
    row("unknown, three numbers, 64-bit (2003 x64's value)", unknownWindows(X64), programs, "1024,20480,768",
        "1024,20480,1024", Row::Legacy64, true, R::Unchanged, R::VersionUnknown);
    row("unknown, three numbers, bitness unknown", unknownWindows(Unknown), programs, "1024,3072,512",
        "1024,3072,512", Row::NT, true, R::Unchanged, R::Unchanged);
    row("source unknown wins over numbers", windows(10, 0, 19045, false, X64, VersionSource::Unknown),
        programs, "1024,3072", "1024,20480,1024", Row::Legacy64, true, R::RaisedToRecommended,
        R::VersionUnknown);
    row("unreadable version numbers", windows(7, 3, 1, false, X86), programs, "1024,3072", "1024,3072,512",
        Row::NT, true, R::Unchanged, R::AddedThirdValue);
    // Unknown version, SubSystems value with "ServerDll=sxssrv,4": the Vista-and-later rows.
    row("Vista or later, 32-bit (real win7 hive)", vistaOrLater(X86), programs, "1024,12288,512",
        "1024,12288,1024", Row::Modern32, true, R::Unchanged, R::RaisedToRecommended);
    row("Vista or later, 32-bit, XP-sized value", vistaOrLater(X86), programs, "1024,3072,512",
        "1024,12288,1024", Row::Modern32, true, R::RaisedToRecommended, R::RaisedToRecommended);
    row("Vista or later, 64-bit (real win10 hive)", vistaOrLater(X64), programs, "1024,20480,768",
        "1024,20480,2048", Row::Modern64, true, R::Unchanged, R::RaisedToRecommended);
    row("Vista or later, 64-bit, services", vistaOrLater(X64), services, "1024,20480,768", "1024,20480,2048",
        Row::Modern64, true, R::NotForThisSymptom, R::RaisedToRecommended);
    row("Vista or later, bitness unknown: 32-bit numbers", vistaOrLater(Unknown), programs, "1024,3072,512",
        "1024,12288,1024", Row::Modern32, true, R::VersionUnknown, R::VersionUnknown);
    WindowsVersion xpSaidVista = windows(5, 1, 2600, false, X86);
    xpSaidVista.vistaOrLater = true;
    row("a read version wins over vistaOrLater", xpSaidVista, programs, "1024,3072,512", "1024,12288,1024",
        Row::Legacy32, false, R::RaisedToRecommended, R::RaisedToRecommended);
}

void RecommendationPolicyTest::recommendsTheTableValue() {
    QFETCH(WindowsVersion, version);
    QFETCH(int, symptom);
    QFETCH(QString, current);
    QFETCH(QString, recommended);
    QFETCH(int, row);
    QFETCH(bool, inferred);
    QFETCH(int, interactiveReason);
    QFETCH(int, nonInteractiveReason);

    const Recommendation result =
        RecommendationPolicy::recommend(version, numbers(current), Symptom(symptom));
    QCOMPARE(text(result.current), current);
    QCOMPARE(text(result.recommended), recommended);
    QCOMPARE(name(policyRowName(result.row)), name(policyRowName(PolicyRow(row))));
    QCOMPARE(result.inferred, inferred);
    QCOMPARE(name(reasonCodeName(result.system.reason)), name(reasonCodeName(ReasonCode::NeverTouched)));
    QCOMPARE(name(reasonCodeName(result.interactive.reason)),
             name(reasonCodeName(ReasonCode(interactiveReason))));
    QCOMPARE(name(reasonCodeName(result.nonInteractive.reason)),
             name(reasonCodeName(ReasonCode(nonInteractiveReason))));
    // The advice agrees with the values it summarises.
    QCOMPARE(result.changeNeeded(), current != recommended);
    QCOMPARE(result.interactive.recommended.value(), result.recommended.interactive);
    QVERIFY(result.nonInteractive.recommended == result.recommended.nonInteractive);
    QVERIFY(result.nonInteractive.current == result.current.nonInteractive);
    QCOMPARE(result.interactive.changed(), result.current.interactive != result.recommended.interactive);
}

void RecommendationPolicyTest::neverLowersAndNeverTouchesXxxx_data() {
    QTest::addColumn<WindowsVersion>("version");
    QTest::addColumn<int>("symptom");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("recommended");
    const auto row = [](const char* label, WindowsVersion version, Symptom symptom, const char* current,
                        const char* recommended) {
        QTest::newRow(label) << version << int(symptom) << QString::fromLatin1(current)
                             << QString::fromLatin1(recommended);
    };
    const auto programs = Symptom::ManyPrograms;
    const auto services = Symptom::ServiceFails;
    row("10 64-bit, all above", windows(10, 0, 19045, false, X64), programs, "1024,32768,4096",
        "1024,32768,4096");
    row("10 64-bit, services, all above", windows(10, 0, 19045, false, X64), services, "1024,32768,4096",
        "1024,32768,4096");
    row("7 32-bit, yyyy above, zzzz below", windows(6, 1, 7601, false, X86), programs, "2048,16384,768",
        "2048,16384,1024");
    row("XP, yyyy below, zzzz above", windows(5, 1, 2600, false, X86), programs, "1024,3072,4096",
        "1024,12288,4096");
    row("NT 4.0 with a large third", windows(4, 0, 1381, false, X86), programs, "1024,3072,3072",
        "1024,3072,3072");
    row("NT 3.5 already raised", windows(3, 50, 807, false, X86), programs, "1024,4096", "1024,4096,512");
    row("xxxx small stays", windows(10, 0, 19045, false, X64), programs, "512,20480,768", "512,20480,2048");
    row("xxxx large stays", windows(10, 0, 19045, false, X64), programs, "65536,20480,768",
        "65536,20480,2048");
    row("xxxx zero stays", unknownWindows(Unknown), programs, "0,3072", "0,3072,512");
    row("unknown, all above", unknownWindows(Unknown), programs, "1024,30000,9000", "1024,30000,9000");
    row("largest numbers", windows(10, 0, 19045, false, X64), programs, "4294967295,4294967295,4294967295",
        "4294967295,4294967295,4294967295");
}

void RecommendationPolicyTest::neverLowersAndNeverTouchesXxxx() {
    QFETCH(WindowsVersion, version);
    QFETCH(int, symptom);
    QFETCH(QString, current);
    QFETCH(QString, recommended);
    const SharedSectionValues before = numbers(current);
    const Recommendation result = RecommendationPolicy::recommend(version, before, Symptom(symptom));
    QCOMPARE(text(result.recommended), recommended);
    QCOMPARE(result.recommended.system, before.system);
    QVERIFY(result.recommended.interactive >= before.interactive);
    if (before.nonInteractive)
        QVERIFY(*result.recommended.nonInteractive >= *before.nonInteractive);
    if (current == recommended) {
        QVERIFY(!result.changeNeeded());
        QVERIFY(!result.interactive.changed());
        QVERIFY(!result.nonInteractive.changed());
    }
}

void RecommendationPolicyTest::validatesCustomValues_data() {
    QTest::addColumn<WindowsVersion>("version");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<bool>("errors");
    const auto row = [](const char* label, WindowsVersion version, const char* current, const char* proposed,
                        QStringList issues) {
        const bool errors = std::any_of(issues.begin(), issues.end(), [](const QString& issue) {
            return issue.contains(QStringLiteral(" error "));
        });
        QTest::newRow(label) << version << QString::fromLatin1(current) << QString::fromLatin1(proposed)
                             << issues << errors;
    };
    const WindowsVersion win10 = windows(10, 0, 19045, false, X64);
    const WindowsVersion xp = windows(5, 1, 2600, false, X86);
    row("the recommendation", win10, "1024,20480,768", "1024,20480,2048", {});
    row("unchanged", win10, "1024,20480,768", "1024,20480,768", {});
    row("the limits themselves", win10, "128,128,128", "128,65536,128",
        {"interactive-above-ceiling warning [1] 65536/20480"});
    row("below 128", win10, "1024,20480,768", "1024,100,768",
        {"below-minimum error [1] 100/128", "lower-than-current warning [1] 100/20480"});
    row("zzzz below 128", win10, "1024,20480,768", "1024,20480,127",
        {"below-minimum error [2] 127/128", "lower-than-current warning [2] 127/768"});
    row("xxxx below 128", win10, "1024,20480,768", "0,20480,768",
        {"below-minimum error [0] 0/128", "system-changed warning [0] 0/1024"});
    row("above 65536", win10, "1024,20480,768", "1024,65537,768",
        {"above-maximum error [1] 65537/65536", "interactive-above-ceiling warning [1] 65537/20480"});
    row("zzzz above 65536", win10, "1024,20480,768", "1024,20480,70000",
        {"above-maximum error [2] 70000/65536", "non-interactive-above-ceiling warning [2] 70000/8192"});
    row("third value removed", win10, "1024,20480,768", "1024,20480",
        {"third-value-removed error [2] 768/0"});
    row("xxxx changed", win10, "1024,20480,768", "2048,20480,768", {"system-changed warning [0] 2048/1024"});
    row("yyyy lowered", win10, "1024,20480,768", "1024,12288,768",
        {"lower-than-current warning [1] 12288/20480"});
    row("zzzz lowered", win10, "1024,20480,768", "1024,20480,512",
        {"lower-than-current warning [2] 512/768"});
    row("yyyy at the ceiling", win10, "1024,20480,768", "1024,20480,768", {});
    row("yyyy above the ceiling", win10, "1024,20480,768", "1024,20481,768",
        {"interactive-above-ceiling warning [1] 20481/20480"});
    row("zzzz at the ceiling", win10, "1024,20480,768", "1024,20480,8192", {});
    row("zzzz above the ceiling", win10, "1024,20480,768", "1024,20480,8193",
        {"non-interactive-above-ceiling warning [2] 8193/8192"});
    row("NT 4.0 adding a third below yyyy is the fix", windows(4, 0, 1381, false, X86), "1024,3072",
        "1024,3072,512", {});
    // 2000/XP/2003 32-bit: yyyy + 128 + 64 + 3 x zzzz within 49152 KB.
    row("XP recommendation: 15552 KB", xp, "1024,3072,512", "1024,12288,1024", {});
    row("XP just under the session view: 49151 KB", xp, "1024,3072,512", "1024,20480,9493",
        {"non-interactive-above-ceiling warning [2] 9493/8192"});
    row("XP just over the session view", xp, "1024,3072,512", "1024,20480,9494",
        {"non-interactive-above-ceiling warning [2] 9494/8192",
         "session-view-exceeded warning [1] 49154/49152"});
    row("XP large yyyy", xp, "1024,3072,512", "1024,40000,3000",
        {"interactive-above-ceiling warning [1] 40000/20480",
         "session-view-exceeded warning [1] 49192/49152"});
    row("2000 two numbers: zzzz is yyyy", windows(5, 0, 2195, false, X86), "1024,3072", "1024,16000",
        {"session-view-exceeded warning [1] 64192/49152"});
    row("2003 32-bit", windows(5, 2, 3790, true, X86), "1024,3072,512", "1024,16384,11000",
        {"non-interactive-above-ceiling warning [2] 11000/8192",
         "session-view-exceeded warning [1] 49576/49152"});
    row("2003 x64 has no 48 MB limit", windows(5, 2, 3790, true, X64), "1024,3072,512", "1024,40000,3000",
        {"interactive-above-ceiling warning [1] 40000/20480"});
    row("7 32-bit has no 48 MB limit", windows(6, 1, 7601, false, X86), "1024,12288,512", "1024,40000,3000",
        {"interactive-above-ceiling warning [1] 40000/20480"});
    row("unknown 32-bit could be XP", unknownWindows(X86), "1024,3072,512", "1024,40000,3000",
        {"interactive-above-ceiling warning [1] 40000/20480",
         "session-view-exceeded warning [1] 49192/49152"});
    row("unknown 64-bit could not", unknownWindows(X64), "1024,3072,512", "1024,40000,3000",
        {"interactive-above-ceiling warning [1] 40000/20480"});
    row("everything at once", xp, "1024,3072,512", "64,70000",
        {"below-minimum error [0] 64/128", "above-maximum error [1] 70000/65536",
         "third-value-removed error [2] 512/0", "system-changed warning [0] 64/1024",
         "interactive-above-ceiling warning [1] 70000/20480",
         "session-view-exceeded warning [1] 280192/49152"});
}

void RecommendationPolicyTest::validatesCustomValues() {
    QFETCH(WindowsVersion, version);
    QFETCH(QString, current);
    QFETCH(QString, proposed);
    QFETCH(QStringList, issues);
    QFETCH(bool, errors);
    const auto found = RecommendationPolicy::validate(version, numbers(current), numbers(proposed));
    QStringList described;
    for (const ValidationIssue& issue : found)
        described << describe(issue);
    QCOMPARE(described, issues);
    QCOMPARE(RecommendationPolicy::hasErrors(found), errors);
}

void RecommendationPolicyTest::recommendationsPassTheirOwnValidation_data() {
    recommendsTheTableValue_data();
}

// What the policy recommends never needs an error, nor a "lower" or "xxxx changed" warning.
void RecommendationPolicyTest::recommendationsPassTheirOwnValidation() {
    QFETCH(WindowsVersion, version);
    QFETCH(int, symptom);
    QFETCH(QString, current);
    const Recommendation result =
        RecommendationPolicy::recommend(version, numbers(current), Symptom(symptom));
    for (const ValidationIssue& issue :
         RecommendationPolicy::validate(version, result.current, result.recommended)) {
        QVERIFY2(issue.severity == Severity::Warning, qPrintable(describe(issue)));
        QVERIFY2(issue.code != ValidationCode::LowerThanCurrent &&
                     issue.code != ValidationCode::SystemChanged,
                 qPrintable(describe(issue)));
    }
}

void RecommendationPolicyTest::applyingTheRecommendationTwiceChangesNothing_data() {
    recommendsTheTableValue_data();
}

// The version stays what it was (a SYSTEM hive alone is read the same way before and after: heapfix never
// touches "ServerDll=sxssrv,4"), so the second recommendation must be the first one's result unchanged.
void RecommendationPolicyTest::applyingTheRecommendationTwiceChangesNothing() {
    QFETCH(WindowsVersion, version);
    QFETCH(int, symptom);
    QFETCH(QString, current);
    QFETCH(QString, recommended);
    const Recommendation first = RecommendationPolicy::recommend(version, numbers(current), Symptom(symptom));
    QCOMPARE(text(first.recommended), recommended);
    const Recommendation second =
        RecommendationPolicy::recommend(version, first.recommended, Symptom(symptom));
    QCOMPARE(text(second.recommended), recommended);
    QVERIFY(!second.changeNeeded());
    QCOMPARE(second.row, first.row);
}

void RecommendationPolicyTest::namesAreStableKebabCase() {
    const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QStringList names;
    for (int code = int(ReasonCode::Unchanged); code <= int(ReasonCode::VersionUnknown); ++code)
        names << name(reasonCodeName(ReasonCode(code)));
    for (int code = int(ValidationCode::BelowMinimum); code <= int(ValidationCode::ThirdValueRemoved); ++code)
        names << name(validationCodeName(ValidationCode(code)));
    for (int row = int(PolicyRow::NT); row <= int(PolicyRow::Modern64); ++row)
        names << name(policyRowName(PolicyRow(row)));
    names << name(symptomName(Symptom::ManyPrograms)) << name(symptomName(Symptom::ServiceFails));
    for (const QString& each : names)
        QVERIFY2(kebab.match(each).hasMatch(), qPrintable(each));
    QCOMPARE(std::set<QString>(names.begin(), names.end()).size(), std::size_t(names.size()));
    QCOMPARE(names.size(), 7 + 8 + 5 + 2);
    QCOMPARE(name(reasonCodeName(ReasonCode::RaisedToNt31Default)), QStringLiteral("raised-to-nt31-default"));
    QCOMPARE(name(validationCodeName(ValidationCode::SessionViewExceeded)),
             QStringLiteral("session-view-exceeded"));
    QVERIFY(symptomFromName("services") == Symptom::ServiceFails);
    QVERIFY(symptomFromName("programs") == Symptom::ManyPrograms);
    QVERIFY(!symptomFromName("Services").has_value());
}

QTEST_APPLESS_MAIN(RecommendationPolicyTest)
#include "tst_recommendationpolicy.moc"
