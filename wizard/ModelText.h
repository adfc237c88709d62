#pragma once
// The one place where the model's codes become words in the user's language. Pages never spell out a code.

#include "model/backup/BackupStore.h"
#include "model/core/Error.h"
#include "model/core/RecommendationPolicy.h"
#include "model/core/SharedSection.h"
#include "model/core/Target.h"
#include "model/core/WindowsVersion.h"
#include "model/fix/FixTransaction.h"
#include "widgets/StatusLine.h"

#include <QCoreApplication>
#include <QString>

namespace heapfix {

class ModelText {
    Q_DECLARE_TR_FUNCTIONS(ModelText)

public:
    static QString error(const Error& error);                    // a sentence, subject included
    static QString errorCode(ErrorCode code);                    // the sentence without the subject
    static QString errorCause(ErrorCause cause, ErrorCode code); // the cause's sentence, else the code's
    static QString parseError(const SharedSectionParseError& error);
    // Why a number is proposed; `index` 0, 1, 2 for xxxx, yyyy, zzzz.
    static QString reason(const Recommendation& advice, int index);
    static QString validation(const ValidationIssue& issue);
    static QString step(FixStep step, bool restoring = false);
    static QString outcome(StepOutcome outcome);
    static StatusKind statusOf(StepOutcome outcome);
    // Every step of a change with its outcome and error, one line each (the details and the report).
    static QString steps(const FixResult& result, bool restoring);
    // Where the write kept whole files and what it removed beside the hive: one line each, for the details
    // and the report.
    static QStringList receipt(const FixResult& result);
    static QString fixOutcome(FixOutcome outcome);
    static QString numberName(int index); // "Windows itself", "Programs", "Services" for 0, 1, 2
    static QString symptom(Symptom symptom);
    // The message Windows shows when a service's desktop heap is full (Q142676), said the same everywhere.
    static QString user32Message();
    // What else causes the problem when the numbers are large enough already (the seed's advice).
    static QString otherCauses();
    static QString kilobytes(std::optional<std::uint32_t> value); // "20480 KB" or "not set"
};

QString toQString(const std::string& text);
QString toQString(std::u16string_view text);

} // namespace heapfix
