#pragma once
// Where heapfix-cli's words go: results on stdout (plain English, or one JSON document with --json), messages
// and warnings on stderr, in English, naming the file or key and what to do.

#include "ExitCode.h"

#include "model/core/Error.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace heapfix::cli {

class Output {
public:
    explicit Output(bool json)
        : json_(json) {}
    bool json() const { return json_; }

    void text(std::string_view text) const; // stdout, text mode only
    void printJson(const nlohmann::ordered_json& document) const;
    void warning(std::string_view message) const; // stderr
    void note(std::string_view message) const;    // stderr, without a prefix

    // Reports a failure that ends the command before it has a result to show; with --json an
    // {"error": ..., "exit_code": n} object is printed too. Returns the exit code.
    ExitCode fail(ExitCode code, const Error& error) const;
    ExitCode fail(ExitCode code, std::string_view message) const;

private:
    bool json_;
};

} // namespace heapfix::cli
