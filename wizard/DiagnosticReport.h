#pragma once
// The report a helpdesk needs, in the user's language: the installation, its Windows, the problem, the values
// before and after, the backup, each step with its error, and the answer.

#include <QString>

#include <filesystem>

namespace heapfix {

class WizardSession;
struct DataLocation;

QString diagnosticReport(WizardSession& session);

// Where the report is saved unless the user chooses otherwise: where a helpdesk will be told to look. The
// Desktop (Documents where there is none); beside a portable heapfix its own heapfix-data\reports.
std::filesystem::path reportFolder(const DataLocation& data);

} // namespace heapfix
