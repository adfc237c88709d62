#pragma once
// The report a helpdesk needs, in the user's language: the installation, its Windows, the problem, the values
// before and after, the backup, each step with its error, and the answer.

#include <QString>

namespace heapfix {

class WizardSession;

QString diagnosticReport(WizardSession& session);

} // namespace heapfix
