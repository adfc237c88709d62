#pragma once
// An in-memory RegistryStore for tests and for driving the wizard without a real registry. It can be told to
// fail at a given step: a fake, used only for faults the real backends cannot be made to produce on demand
// (a write that fails half-way, a disk that fills, a read-back that differs).

#include "RegistryStore.h"

#include <map>
#include <optional>
#include <string>

namespace heapfix {

class MemoryRegistry : public RegistryStore {
public:
    enum class Operation { Read, Write };

    // CurrentControlSet in a key resolves to this control set ("ControlSet001").
    explicit MemoryRegistry(std::string controlSet = "ControlSet001");

    void set(const ValuePath& path, RegistryValue value); // seeds a value without counting as a step
    std::optional<RegistryValue> get(const ValuePath& path) const;

    // The nth (1-based) call of the operation, counted from now, fails with this error, nothing changed.
    void failAt(Operation operation, int nth, Error error);
    // The nth write stores these bytes instead of the ones it was given, and reports success.
    void corruptWriteAt(int nth, RegistryValue stored);
    int count(Operation operation) const;

    Expected<RegistryValue, Error> read(const ValuePath& path) override;
    Expected<void, Error> write(const ValuePath& path, const RegistryValue& value) override;
    std::string resolveKey(std::string_view key) const override;

private:
    std::string normalized(const ValuePath& path) const;

    std::string controlSet_;
    std::map<std::string, RegistryValue> values_;
    int reads_ = 0;
    int writes_ = 0;
    struct Failure {
        Operation operation;
        int at;
        Error error;
    };
    std::optional<Failure> failure_;
    std::optional<std::pair<int, RegistryValue>> corruption_;
};

} // namespace heapfix
