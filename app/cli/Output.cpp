#include "Output.h"

#include "ErrorAdvice.h"
#include "JsonReport.h"

#include <iostream>

namespace heapfix::cli {

void Output::text(std::string_view text) const {
    if (!json_)
        std::cout << text << std::flush;
}

void Output::printJson(const nlohmann::ordered_json& document) const {
    std::cout << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n'
              << std::flush;
}

void Output::warning(std::string_view message) const {
    std::cerr << "heapfix-cli: warning: " << message << '\n';
}

void Output::note(std::string_view message) const {
    std::cerr << message << '\n';
}

ExitCode Output::fail(ExitCode code, const Error& error) const {
    std::cerr << "heapfix-cli: error: " << error.message() << '\n';
    const std::string_view advice = adviceFor(error.code);
    if (!advice.empty())
        std::cerr << advice << '\n';
    if (json_)
        printJson({{"error", errorJson(error)}, {"exit_code", static_cast<int>(code)}});
    return code;
}

ExitCode Output::fail(ExitCode code, std::string_view message) const {
    std::cerr << "heapfix-cli: error: " << message << '\n';
    if (json_)
        printJson({{"error", {{"code", code == kUsage ? "usage" : "failed"}, {"detail", message}}},
                   {"exit_code", static_cast<int>(code)}});
    return code;
}

} // namespace heapfix::cli
