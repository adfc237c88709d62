#include "EvidenceText.h"

#include "ModelText.h"
#include "Seams.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace heapfix {
namespace {

QString kindName(EvidenceKind kind) {
    switch (kind) {
    case EvidenceKind::Win32k243:
        return EvidenceText::tr("Win32k 243, a desktop heap allocation failed");
    case EvidenceKind::Win32k244:
        return EvidenceText::tr("Win32k 244, a desktop could not be created");
    case EvidenceKind::PopupDllInit:
        return EvidenceText::tr("Application Popup 26, a DLL initialization failure (0xC0000142)");
    case EvidenceKind::ServiceDllInit:
        return EvidenceText::tr("Service Control Manager, a service failed with error 1114");
    }
    return {};
}

// At most five names, each at most 40 characters (a log can name services by long made-up strings).
QString names(const std::vector<NamedCount>& named) {
    constexpr std::size_t kShown = 5;
    constexpr qsizetype kLength = 40;
    QStringList list;
    for (std::size_t i = 0; i < named.size() && i < kShown; ++i) {
        QString name = QString::fromStdString(named[i].name);
        if (name.size() > kLength)
            name = name.left(kLength - 1) + QChar(0x2026);
        list << QStringLiteral("%1 (%2)").arg(name).arg(named[i].count);
    }
    if (named.size() > kShown)
        list << EvidenceText::tr("and %1 more").arg(named.size() - kShown);
    return list.join(QStringLiteral(", "));
}

} // namespace

QString EvidenceText::date(EventTime time) {
    const QDateTime when = QDateTime::fromSecsSinceEpoch(time.unixSeconds(), QTimeZone::utc());
    return QLocale().toString(when.date(), QStringLiteral("d MMM yyyy")).remove('.');
}

bool EvidenceText::warns(const EvidenceReport& report, TargetKind kind) {
    if (!report.log.readable)
        return kind != TargetKind::Sample;
    return report.summary.total() == 0;
}

QString EvidenceText::sentence(const EvidenceReport& report, const Diagnosis& diagnosis, TargetKind kind) {
    if (!report.log.readable) {
        if (kind == TargetKind::Sample)
            return tr("The practice installation has no event log: on a real computer heapfix reads Windows' "
                      "System event log here to see whether the desktop heap ran out.");
        return tr("Windows' System event log could not be read, so heapfix cannot tell whether the desktop "
                  "heap ran out: %1")
            .arg(report.log.error ? ModelText::error(*report.log.error) : QString());
    }
    const EvidenceSummary& summary = report.summary;
    if (summary.total() == 0)
        return tr("Windows logged no desktop-heap failures in its System event log (%1 events). The problem "
                  "may have another cause: a program that keeps making windows without freeing them, or too "
                  "little memory (add memory to the computer). You can still go on.")
            .arg(report.log.records);
    const QString since = summary.first ? date(*summary.first) : QString();
    QString text;
    if (summary.sessions.services > summary.sessions.programs)
        text = tr("Windows logged %1 desktop-heap failures in services since %2.")
                   .arg(summary.sessions.services)
                   .arg(since);
    else if (summary.sessions.programs > 0)
        text = tr("Windows logged %1 desktop-heap failures in programs since %2.")
                   .arg(summary.sessions.programs)
                   .arg(since);
    else
        text = tr("Windows logged %1 desktop-heap failures since %2; the log does not say whether in "
                  "services or in programs.")
                   .arg(summary.total())
                   .arg(since);
    if (diagnosis.desktopsRanOut)
        text += ' ' + tr("The desktops as a whole ran out: raising a number would make it worse.");
    return text;
}

QString EvidenceText::details(const EvidenceReport& report) {
    QStringList lines;
    const LogStatus& log = report.log;
    if (!log.path.empty())
        lines << tr("Event log: %1").arg(QString::fromStdString(log.path));
    if (!log.readable) {
        if (log.error)
            lines << ModelText::error(*log.error);
        return lines.join('\n');
    }
    lines << tr("Events in the log: %1").arg(log.records);
    if (log.first && log.last)
        lines << tr("The log covers: %1 to %2").arg(date(*log.first), date(*log.last));
    for (EvidenceKind kind : kEvidenceKinds)
        if (const std::uint64_t count = report.summary.count(kind))
            lines << QStringLiteral("%1: %2").arg(kindName(kind)).arg(count);
    if (!report.summary.services.empty())
        lines << tr("Services: %1").arg(names(report.summary.services));
    if (!report.summary.processes.empty())
        lines << tr("Programs: %1").arg(names(report.summary.processes));
    if (report.summary.last)
        lines << tr("Last failure: %1").arg(QString::fromStdString(toIso8601(*report.summary.last)));
    return lines.join('\n');
}

QString EvidenceText::sinceChange(const EvidenceReport& report, const ChangeComparison& comparison,
                                  TargetKind kind) {
    if (!report.log.readable)
        return sentence(report, Diagnosis{}, kind);
    const QString on = date(comparison.change);
    const std::uint64_t after = comparison.after.total();
    const std::uint64_t before = comparison.before.total();
    if (after == 0)
        return tr("No new desktop-heap failures since the change on %1, %2 before it.").arg(on).arg(before);
    return tr("Windows logged %1 new desktop-heap failures since the change on %2, %3 before it.")
        .arg(after)
        .arg(on)
        .arg(before);
}

namespace {

QString heapSizeText(const HeapSizeCheck& check, const DesktopHeapSize& measured) {
    switch (check.verdict) {
    case HeapSizeVerdict::AsSet:
        return EvidenceText::tr("Windows gave this desktop the %1 KB of desktop heap that the setting asks "
                                "for: the size took effect.")
            .arg(check.measuredKb);
    case HeapSizeVerdict::Smaller:
        return EvidenceText::
            tr("Windows gave this desktop only %1 KB of desktop heap, less than the %2 KB that the setting "
               "asks for. If the computer has restarted since the change, Windows could not reserve that "
               "much and fell back to smaller heaps: choose smaller numbers, or put the old setting back.")
                .arg(check.measuredKb)
                .arg(check.settingKb);
    case HeapSizeVerdict::Larger:
        return EvidenceText::tr("Windows still gives this desktop %1 KB of desktop heap, more than the %2 KB "
                                "that the setting asks for: the setting counts from the next restart.")
            .arg(check.measuredKb)
            .arg(check.settingKb);
    case HeapSizeVerdict::Unknown:
        break;
    }
    if (measured.kilobytes)
        return EvidenceText::
            tr("Windows gave this desktop %1 KB of desktop heap; no number of the setting decides its size.")
                .arg(*measured.kilobytes);
    return EvidenceText::tr("Windows does not tell the size of this desktop's heap, so heapfix cannot check "
                            "that the size took effect.");
}

} // namespace

QString EvidenceText::heapSizeNow(const Inspection* inspected, TargetKind kind, bool* warns) {
    if (warns)
        *warns = false;
    if (!inspected || !inspected->sharedSection)
        return {};
    const std::optional<DesktopHeapSize> measured = Seams::desktopHeapSize(kind);
    if (!measured)
        return {};
    const HeapSizeCheck check = checkHeapSize(*measured, inspected->sharedSection->values());
    if (warns)
        *warns = check.verdict == HeapSizeVerdict::Smaller;
    return heapSizeText(check, *measured);
}

} // namespace heapfix
