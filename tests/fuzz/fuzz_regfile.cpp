// Fuzzes the .reg reader with arbitrary bytes (a restore file is user input). The reader either refuses with
// Malformed or Corrupt, or gives a document; restorableValue() either refuses or gives a REG_EXPAND_SZ or
// REG_SZ; and a value it gives, written out by writeRegFile() and read back, is the same value.

#include "model/backup/RegFile.h"

#include <cstdio>
#include <cstdlib>

using namespace heapfix;

namespace {

constexpr std::string_view kResolvedKey =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\Session Manager\\SubSystems";

void require(bool condition, const char* rule) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_regfile: broken rule: %s\n", rule);
        std::abort();
    }
}

Expected<RegistryValue, Error> restorable(const RegFileDocument& document) {
    return restorableValue(document, kSubSystemsKey, kResolvedKey, kWindowsValueName);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::uint8_t> bytes(data, data + size);
    const auto document = parseRegFile(bytes, "fuzz.reg");
    if (!document) {
        const ErrorCode code = document.error().code;
        require(code == ErrorCode::Malformed || code == ErrorCode::Corrupt,
                "bad input is Malformed or Corrupt");
        return 0;
    }
    const auto value = restorable(*document);
    if (!value) {
        require(value.error().code == ErrorCode::Refused || value.error().code == ErrorCode::Malformed,
                "a document without the one value is refused");
        return 0;
    }
    require(value->type == ValueType::ExpandString || value->type == ValueType::String,
            "only a string restores");
    const auto written = parseRegFile(writeRegFile(kSubSystemsKey, kWindowsValueName, *value), "again.reg");
    require(written.has_value(), "what heapfix writes, heapfix reads");
    const auto again = restorable(*written);
    require(again.has_value() && *again == *value, "a restorable value survives writing and reading");
    return 0;
}
