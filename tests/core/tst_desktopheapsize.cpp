// checkHeapSize (issue 13's proof that the size took effect): the measured heap of a desktop against the
// number of the setting that decides it, for the visible window station's desktops (the second number), a
// service's (the third, or the second where NT 4.0's two-number form has none), the desktops with sizes of
// their own (Winlogon, Disconnect), and sizes Windows does not tell.

#include "model/core/DesktopHeapSize.h"

#include <QTest>

using namespace heapfix;

Q_DECLARE_METATYPE(heapfix::HeapSizeVerdict)

namespace {

SharedSectionValues values(std::uint32_t system, std::uint32_t interactive,
                           std::optional<std::uint32_t> nonInteractive) {
    SharedSectionValues result;
    result.system = system;
    result.interactive = interactive;
    result.nonInteractive = nonInteractive;
    return result;
}

DesktopHeapSize measured(std::optional<std::uint32_t> kilobytes, std::string desktop,
                         std::optional<bool> interactive) {
    DesktopHeapSize size;
    size.kilobytes = kilobytes;
    size.desktop = std::move(desktop);
    size.interactive = interactive;
    if (!kilobytes)
        size.reason = "Windows does not tell";
    return size;
}

} // namespace

class DesktopHeapSizeTest : public QObject {
    Q_OBJECT
private slots:
    void verdicts_data();
    void verdicts();
};

void DesktopHeapSizeTest::verdicts_data() {
    QTest::addColumn<std::uint32_t>("measuredKb");
    QTest::addColumn<QString>("desktop");
    QTest::addColumn<int>("interactive");    // 1 yes, 0 no, -1 Windows did not say
    QTest::addColumn<int>("nonInteractive"); // the third number, -1: absent
    QTest::addColumn<HeapSizeVerdict>("verdict");
    QTest::addColumn<std::uint32_t>("settingKb");
    // The setting 1024,20480,768 (the seed's raised value).
    QTest::newRow("interactive, as set")
        << 20480u << "WinSta0\\Default" << 1 << 768 << HeapSizeVerdict::AsSet << 20480u;
    QTest::newRow("interactive, fell back")
        << 12288u << "WinSta0\\Default" << 1 << 768 << HeapSizeVerdict::Smaller << 20480u;
    QTest::newRow("interactive, before the restart")
        << 24576u << "WinSta0\\Default" << 1 << 768 << HeapSizeVerdict::Larger << 20480u;
    QTest::newRow("service, the third number")
        << 768u << "Service-0x0-3e7$\\Default" << 0 << 768 << HeapSizeVerdict::AsSet << 768u;
    QTest::newRow("service, less than the third")
        << 512u << "Service-0x0-3e7$\\Default" << 0 << 768 << HeapSizeVerdict::Smaller << 768u;
    QTest::newRow("service, NT 4.0's two numbers: the second")
        << 20480u << "Service-0x0-3e7$\\Default" << 0 << -1 << HeapSizeVerdict::AsSet << 20480u;
    QTest::newRow("Winlogon has its own size")
        << 128u << "WinSta0\\Winlogon" << 1 << 768 << HeapSizeVerdict::Unknown << 0u;
    QTest::newRow("Disconnect has its own size")
        << 64u << "WinSta0\\disconnect" << 1 << 768 << HeapSizeVerdict::Unknown << 0u;
    QTest::newRow("which station, unknown") << 20480u << "" << -1 << 768 << HeapSizeVerdict::Unknown << 0u;
    QTest::newRow("no size") << 0u << "WinSta0\\Default" << 1 << 768 << HeapSizeVerdict::Unknown << 0u;
}

void DesktopHeapSizeTest::verdicts() {
    QFETCH(std::uint32_t, measuredKb);
    QFETCH(QString, desktop);
    QFETCH(int, interactive);
    QFETCH(int, nonInteractive);
    QFETCH(HeapSizeVerdict, verdict);
    QFETCH(std::uint32_t, settingKb);
    const SharedSectionValues setting = values(
        1024, 20480,
        nonInteractive < 0 ? std::nullopt : std::optional<std::uint32_t>(std::uint32_t(nonInteractive)));
    const HeapSizeCheck check = checkHeapSize(
        measured(measuredKb ? std::optional<std::uint32_t>(measuredKb) : std::nullopt, desktop.toStdString(),
                 interactive < 0 ? std::nullopt : std::optional<bool>(interactive == 1)),
        setting);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(check.settingKb, settingKb);
    if (verdict != HeapSizeVerdict::Unknown) {
        QCOMPARE(check.measuredKb, measuredKb);
        QCOMPARE(check.interactive, interactive == 1);
    }
}

QTEST_APPLESS_MAIN(DesktopHeapSizeTest)
#include "tst_desktopheapsize.moc"
