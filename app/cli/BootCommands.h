#pragma once
// The "Windows does not start: 0xC0000017" commands (seed 001): boot-check, boot-repair and boot-revert, with
// the --bcd option. Registered beside the other commands by one object in runCli; thin front ends over the
// model's boot use-cases (model/fix/BootRepair.h), the same ones the wizard calls.

#include "CliOptions.h"
#include "ExitCode.h"

#include <memory>

namespace CLI {
class App;
}

namespace heapfix::cli {

class BootCommands {
public:
    // Adds --bcd and the three subcommands; their --yes is the other commands' (options.yes).
    BootCommands(CLI::App& app, CliOptions& options);
    ~BootCommands();
    BootCommands(const BootCommands&) = delete;
    BootCommands& operator=(const BootCommands&) = delete;

    bool chosen() const; // after parsing: one of the boot commands was given
    ExitCode run(const CliOptions& options) const;

    struct Options; // what the boot options parsed into

private:
    std::unique_ptr<Options> options_;
};

} // namespace heapfix::cli
