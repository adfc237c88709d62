#include "Targets.h"

#include "../core/SampleCatalog.h"

namespace heapfix {

std::vector<std::string> sampleNames() {
    std::vector<std::string> names;
    for (const SampleDefinition& sample : sampleCatalog())
        names.push_back(sample.name);
    return names;
}

Expected<std::unique_ptr<Target>, Error> openTarget(const TargetSpec& spec) {
    if (spec.kind == TargetSpec::Kind::Sample && !findSample(spec.sampleName))
        return unexpected(makeError(ErrorCode::NotFound, spec.sampleName, "there is no sample installation of that name"));
    if ((spec.kind == TargetSpec::Kind::WindowsDir || spec.kind == TargetSpec::Kind::Hives) && spec.path.empty())
        return unexpected(makeError(ErrorCode::NotFound, "", "no folder or hive file was named"));
    return openPlatformTarget(spec);
}

} // namespace heapfix
