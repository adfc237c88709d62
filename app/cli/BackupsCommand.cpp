#include "Commands.h"
#include "JsonReport.h"
#include "TargetChoice.h"
#include "TextReport.h"

#include "model/backup/BackupStore.h"

namespace heapfix::cli {

ExitCode runBackups(const CliOptions& options, const Output& out) {
    const BackupStore store(backupFolder(options, out));
    const std::vector<BackupRecord> records = store.list();
    if (out.json()) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const BackupRecord& record : records)
            list.push_back(backupRecordJson(record));
        out.printJson(list);
    } else {
        out.text(backupsText(records, store.folder()));
    }
    return kDone;
}

} // namespace heapfix::cli
