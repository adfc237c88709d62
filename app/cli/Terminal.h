#pragma once
// Asking "Apply? [y/N]": only when a person can answer, i.e. standard input is a terminal.

#include <string_view>

namespace heapfix::cli {

bool stdinIsTerminal();
// Prints the question on stderr (stdout stays clean for --json) and reads one line; true only for y/yes.
bool askYesNo(std::string_view question);

} // namespace heapfix::cli
