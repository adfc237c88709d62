// bench_hive_edit SYSTEM-HIVE NEW-WINDOWS-VALUE: the offline edit through the model alone, as the harness
// times it against cp + sync: open (replaying the logs of a dirty hive), write SubSystems\Windows with the
// safe commit (temporary file, fsync, re-open and check, rename), then read the value back.
// ASCII values only: the harness passes the current value with other SharedSection numbers.

#include "model/hive/HiveRegistry.h"

#include <cstdio>
#include <string>

namespace {

int fail(const heapfix::Error& error) {
    std::fprintf(stderr, "bench_hive_edit: %s\n", error.message().c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_hive_edit SYSTEM-HIVE NEW-WINDOWS-VALUE\n");
        return 64;
    }
    const std::string ascii = argv[2];
    const std::u16string text(ascii.begin(), ascii.end());
    const auto value = heapfix::RegistryValue::fromText(heapfix::ValueType::ExpandString, text);

    auto registry = heapfix::HiveRegistry::open(argv[1], std::nullopt);
    if (!registry)
        return fail(registry.error());
    if (auto written = (*registry)->write(heapfix::subsystemsWindowsValue(), value); !written)
        return fail(written.error());
    auto reread = (*registry)->read(heapfix::subsystemsWindowsValue());
    if (!reread)
        return fail(reread.error());
    if (*reread != value) {
        std::fprintf(stderr, "bench_hive_edit: the value read back differs\n");
        return 1;
    }
    return 0;
}
