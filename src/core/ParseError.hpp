#pragma once

#include <string>
#include <variant>

namespace nf {

// What is wrong with a piece of text, and where. line and column are 1-based; 0 when the
// problem is the whole text (an empty or binary file).
struct ParseError {
    std::string source; // the file name or "<text>"
    int line = 0;
    int column = 0;
    std::string message;

    // "source:line:column: message", the one line the shell prints.
    std::string toString() const;
};

template <typename T> using Parsed = std::variant<T, ParseError>;

template <typename T> bool ok(const Parsed<T>& p) {
    return std::holds_alternative<T>(p);
}

} // namespace nf
