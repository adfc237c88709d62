#pragma once
// heapfix-cli as a function: the arguments (UTF-8, without the program name) in, the exit code out.

#include <string>
#include <vector>

namespace heapfix::cli {

int runCli(const std::vector<std::string>& arguments);

} // namespace heapfix::cli
