#pragma once
// Opening a target from what the user named (TargetSpec, in core/ so that the backends below can take it):
// the CLI's and the wizard's target options.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/Target.h"
#include "../core/TargetSpec.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

// Names of the built-in samples: win10-x64, win7-x86, xp-x86, 2003-x64, nt4-x86 (and any more there are).
std::vector<std::string> sampleNames();

Expected<std::unique_ptr<Target>, Error> openTarget(const TargetSpec& spec);

// "Start the practice over": removes the practice installation `sampleName` kept in `folder` (see
// TargetSpec::keepSampleIn), so that the next openTarget makes it afresh. Only a real folder of a known
// sample's name is removed (a link is refused, never followed); none there is not an error.
Expected<void, Error> removeKeptSample(const std::filesystem::path& folder, const std::string& sampleName);

} // namespace heapfix
