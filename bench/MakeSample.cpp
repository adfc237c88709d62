// bench_make_sample NAME FOLDER: writes the built-in sample installation NAME under FOLDER, the same files
// `heapfix-cli --sample NAME` works on, and prints its SYSTEM hive, so that the peer can read that file.

#include "model/core/SampleCatalog.h"
#include "model/hive/SampleInstallation.h"

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_make_sample NAME FOLDER\n");
        return 64;
    }
    const heapfix::SampleDefinition* sample = heapfix::findSample(argv[1]);
    if (!sample) {
        std::fprintf(stderr, "bench_make_sample: no sample named %s\n", argv[1]);
        return 64;
    }
    auto files = heapfix::createSampleInstallation(*sample, argv[2]);
    if (!files) {
        std::fprintf(stderr, "bench_make_sample: %s\n", files.error().message().c_str());
        return 1;
    }
    std::printf("%s\n", files->systemHive.string().c_str());
    return 0;
}
