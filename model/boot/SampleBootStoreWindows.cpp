// The practice BCD store is written with heapfix's regf writer and filled through hivex, which the Windows
// build does not have: there the practice installation has no BCD store, and the boot path says so.

#include "SampleBootStore.h"

#include "../backup/AtomicFile.h"

namespace heapfix {

Expected<std::filesystem::path, Error> createSampleBootStore(const std::filesystem::path& installationRoot) {
    return unexpected(makeError(ErrorCode::Unsupported, pathToUtf8(sampleBootStorePath(installationRoot)),
                                "the practice BCD store is made with hivex, which the Windows build does not "
                                "have: practise the boot repair with the Linux build"));
}

} // namespace heapfix
