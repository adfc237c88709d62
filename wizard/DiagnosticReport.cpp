#include "DiagnosticReport.h"

#include "EvidenceText.h"

#include "ModelText.h"
#include "Paths.h"
#include "TargetText.h"
#include "WizardSession.h"

#include "heapfix/Version.h"
#include "model/core/Utf16.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QStandardPaths>

namespace heapfix {

class DiagnosticReport {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticReport)

public:
    static QString make(WizardSession& session);
};

QString DiagnosticReport::make(WizardSession& session) {
    const TargetInfo info = session.targetInfo();
    const WindowsVersion& windows = session.windows();
    QStringList lines;
    lines << tr("heapfix diagnostic report") << QStringLiteral("heapfix %1").arg(kToolVersion)
          << tr("Created: %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat))
          << QString() << tr("Installation: %1").arg(TargetText::targetKind(info))
          << tr("Windows: %1 (%2.%3.%4, %5)")
                 .arg(TargetText::windowsName(windows))
                 .arg(windows.major)
                 .arg(windows.minor)
                 .arg(windows.build)
                 .arg(TargetText::architecture(windows));
    if (const HeapPass* pass = session.heap()) {
        lines << tr("Problem: %1").arg(ModelText::symptom(pass->symptom()));
        if (const Inspection* inspection = pass->inspected())
            lines << tr("Value before: %1").arg(toQString(withoutTrailingNuls(inspection->text)));
        else
            lines << tr("The value could not be read: %1").arg(ModelText::error(pass->inspection().error()));
        lines << tr("Numbers before: %1").arg(pass->sharedSectionBefore())
              << tr("Numbers after: %1").arg(pass->sharedSectionAfter());
        if (const BackupRecord* backup = pass->verifiedBackup())
            lines << tr("Backup: %1").arg(nativePath(backup->regFile));
        lines << EvidenceText::sentence(pass->evidence(), pass->diagnosis(), info.kind)
              << EvidenceText::details(pass->evidence());
        if (const auto around = pass->aroundChange())
            lines << EvidenceText::sinceChange(pass->evidence(), *around, info.kind);
        // Against the value read at the start of this walk: not right after a change made in it, which counts
        // only from the restart.
        const bool changedNow = pass->changed() && !pass->earlier();
        if (const QString heap =
                changedNow ? QString() : EvidenceText::heapSizeNow(pass->inspected(), info.kind);
            !heap.isEmpty())
            lines << heap;
        if (const auto& result = pass->result())
            lines << tr("Result: %1").arg(ModelText::fixOutcome(result->outcome))
                  << ModelText::steps(*result, pass->restoring()) << ModelText::receipt(*result);
    }
    return lines.join('\n') + '\n';
}

QString diagnosticReport(WizardSession& session) {
    return DiagnosticReport::make(session);
}

std::filesystem::path reportFolder(const DataLocation& data) {
    if (data.portable)
        return data.reports();
    for (auto where : {QStandardPaths::DesktopLocation, QStandardPaths::DocumentsLocation}) {
        const QString folder = QStandardPaths::writableLocation(where);
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return pathFromUser(folder);
    }
    return data.reports();
}

} // namespace heapfix
