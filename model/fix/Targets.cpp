#include "Targets.h"

#include "../backup/AtomicFile.h"
#include "../core/SampleCatalog.h"

#include <system_error>

namespace heapfix {

std::vector<std::string> sampleNames() {
    std::vector<std::string> names;
    for (const SampleDefinition& sample : sampleCatalog())
        names.push_back(sample.name);
    return names;
}

Expected<std::unique_ptr<Target>, Error> openTarget(const TargetSpec& spec) {
    if (spec.kind == TargetSpec::Kind::Sample && !findSample(spec.sampleName))
        return unexpected(makeError(ErrorCode::NotFound, spec.sampleName,
                                    "there is no sample installation of that name",
                                    ErrorCause::UnknownSample));
    if ((spec.kind == TargetSpec::Kind::WindowsDir || spec.kind == TargetSpec::Kind::Hives) &&
        spec.path.empty())
        return unexpected(makeError(ErrorCode::NotFound, "", "no folder or hive file was named"));
    return openPlatformTarget(spec);
}

Expected<void, Error> removeKeptSample(const std::filesystem::path& folder, const std::string& sampleName) {
    namespace fs = std::filesystem;
    if (!findSample(sampleName))
        return unexpected(makeError(ErrorCode::NotFound, sampleName,
                                    "there is no sample installation of that name",
                                    ErrorCause::UnknownSample));
    const fs::path kept = folder / sampleName;
    std::error_code error;
    const fs::file_status status = fs::symlink_status(kept, error);
    if (status.type() == fs::file_type::not_found)
        return {};
    if (error)
        return unexpected(fileSystemError(error, kept, "cannot check the practice installation"));
    if (status.type() != fs::file_type::directory)
        return unexpected(makeError(ErrorCode::Refused, pathToUtf8(kept),
                                    "is not a folder heapfix made: it is left as it is"));
    fs::remove_all(kept, error); // never follows a link inside it
    if (error)
        return unexpected(fileSystemError(error, kept, "cannot remove the practice installation"));
    return {};
}

} // namespace heapfix
