#include "core/TomlRead.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace nf::detail {
namespace {

std::string typeName(const toml::node& n) {
    switch (n.type()) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "a whole number";
    case toml::node_type::floating_point:
        return "a number";
    case toml::node_type::boolean:
        return "true or false";
    case toml::node_type::table:
        return "a table";
    case toml::node_type::array:
        return "a list";
    default:
        return "a date or time";
    }
}

// Where toml++ 3.3.0 (Debian 12) would look at a non-ASCII character to ask whether it is
// whitespace: outside quotes and comments, right after a backslash in a """ string, and at the
// start of the line after a line-ending backslash. For many such characters (U+00A1-U+0499, most
// of U+2C5E-U+3057) its is_non_ascii_horizontal_whitespace() reaches __builtin_unreachable(), which
// is undefined behaviour (toml++ issues #190 and #295; found by the fuzzers in fuzz/). Outside
// quotes and comments, and right after a backslash, such a character is a TOML error anyway, so it
// is reported here first. At the start of the line after a line-ending backslash it is legal TOML,
// but rejected too: the one kind of valid file this refuses.
struct NonAsciiAt {
    int line = 1;
    int column = 1;
    std::string character; // cppcheck-suppress unusedStructMember ; read in parseToml()
    enum class Where { Unquoted, AfterBackslash };
    Where where = Where::Unquoted;
};

std::optional<NonAsciiAt> findUnquotedNonAscii(std::string_view text) {
    int line = 1;
    int column = 1; // in code points, as toml++ counts them
    std::size_t i = 0;
    auto advance = [&] {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
        ++i;
    };
    auto at = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
    auto report = [&](NonAsciiAt::Where where) {
        std::size_t end = i + 1;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80 &&
               end - i < 4)
            ++end;
        return NonAsciiAt{line, column, std::string(text.substr(i, end - i)), where};
    };
    // A quote opens a string only where a key or value may start; inside a bare value (a date,
    // a number) toml++ does not read it as a string, so neither does this scan.
    char previous = '\n'; // the last character outside strings and comments, blanks skipped
    auto opensString = [&] {
        return std::string_view("\n=[{,.").find(previous) != std::string_view::npos;
    };
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80)
            return report(NonAsciiAt::Where::Unquoted);
        const bool quote = (c == '"' || c == '\'') && opensString();
        if (c != ' ' && c != '\t' && c != '\r' && c != '#')
            previous = static_cast<char>(c);
        if (c == '#') {
            while (i < text.size() && text[i] != '\n')
                advance();
        } else if (quote && (at("\"\"\"") || at("'''"))) {
            const std::string_view close = text.substr(i, 3);
            const bool basic = close[0] == '"';
            for (int k = 0; k < 3; ++k)
                advance();
            while (i < text.size() && !at(close)) {
                if (basic && text[i] == '\\') {
                    // toml++ asks whether the character after a backslash, and each blank after
                    // it, is whitespace; after a line-ending backslash, also the first character
                    // of the text that follows.
                    advance();
                    bool blank = false;
                    while (i < text.size() &&
                           (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) {
                        advance();
                        blank = true;
                    }
                    if (i < text.size() && text[i] == '\n') {
                        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' ||
                                                   text[i] == '\r' || text[i] == '\n'))
                            advance();
                        if (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80)
                            return report(NonAsciiAt::Where::AfterBackslash);
                        // What follows a line-ending backslash is read afresh: it may be
                        // another line-ending backslash (found by fuzzing).
                        continue;
                    }
                    if (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80)
                        return report(NonAsciiAt::Where::AfterBackslash);
                    if (!blank && i < text.size())
                        advance(); // the escaped character, e.g. \"
                    continue;
                }
                advance();
            }
            // The closing delimiter; up to two more quotes after it still belong to the text.
            for (int k = 0; k < 3 && i < text.size(); ++k)
                advance();
            for (int k = 0; k < 2 && i < text.size() && text[i] == close[0]; ++k)
                advance();
        } else if (quote) {
            advance();
            while (i < text.size() && text[i] != static_cast<char>(c) && text[i] != '\n') {
                if (c == '"' && text[i] == '\\' && i + 1 < text.size() && text[i + 1] != '\n')
                    advance();
                advance();
            }
            if (i < text.size() && text[i] == static_cast<char>(c))
                advance();
        } else {
            advance();
        }
    }
    return std::nullopt;
}

// The UTF-8 bytes of the code point at a 1-based line and column (columns in code points), or
// empty when there is none.
std::string codePointAt(std::string_view text, int line, int column) {
    std::size_t i = 0;
    for (int l = 1; l < line && i < text.size(); ++i)
        if (text[i] == '\n')
            ++l;
    for (int c = 1; c < column && i < text.size() && text[i] != '\n'; ++c) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            ++i;
    }
    if (i >= text.size() || text[i] == '\n')
        return {};
    std::size_t end = i + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80 &&
           end - i < 4)
        ++end;
    return std::string(text.substr(i, end - i));
}

} // namespace

void fail(const toml::node& at, std::string message) {
    const auto& b = at.source().begin;
    throw TomlFail{static_cast<int>(b.line), static_cast<int>(b.column), std::move(message)};
}

void fail(const toml::table& at, std::string message) {
    fail(static_cast<const toml::node&>(at), std::move(message));
}

void rejectUnknownKeys(const toml::table& table, std::initializer_list<std::string_view> known,
                       std::string_view where) {
    for (const auto& [key, node] : table) {
        if (std::find(known.begin(), known.end(), key.str()) == known.end()) {
            std::string list;
            for (auto k : known)
                list += (list.empty() ? "" : ", ") + std::string(k);
            fail(node, "unknown key '" + std::string(key.str()) + "' in " + std::string(where) +
                           " (expected one of: " + list + ")");
        }
    }
}

std::optional<std::string> readString(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n)
        return std::nullopt;
    if (n->is_string())
        return *n->value<std::string>();
    fail(*n, "'" + std::string(key) + "' must be text in quotes, got " + typeName(*n));
}

std::string requireString(const toml::table& t, std::string_view key, std::string_view where) {
    auto v = readString(t, key);
    if (!v)
        fail(t, std::string(where) + " needs a '" + std::string(key) + "'");
    if (v->empty())
        fail(*t.get(key), "'" + std::string(key) + "' must not be empty");
    return *v;
}

std::optional<long long> readInt(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n)
        return std::nullopt;
    if (n->is_integer())
        return n->value<long long>();
    fail(*n, "'" + std::string(key) + "' must be a whole number, got " + typeName(*n));
}

std::optional<double> readNumber(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n)
        return std::nullopt;
    if (n->is_number()) {
        // toml++ gives nothing for a whole number a double cannot hold exactly; that must be
        // an error, not a value silently left out.
        if (auto v = n->value<double>())
            return v;
        fail(*n, "'" + std::string(key) + "' is out of range");
    }
    fail(*n, "'" + std::string(key) + "' must be a number of seconds, got " + typeName(*n));
}

std::optional<bool> readBool(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n)
        return std::nullopt;
    if (n->is_boolean())
        return n->value<bool>();
    fail(*n, "'" + std::string(key) + "' must be true or false, got " + typeName(*n));
}

std::vector<std::string> readStrings(const toml::table& t, std::string_view key) {
    std::vector<std::string> out;
    const toml::node* n = t.get(key);
    if (!n)
        return out;
    const toml::array* arr = n->as_array();
    if (!arr)
        fail(*n, "'" + std::string(key) + "' must be a list of texts, got " + typeName(*n));
    for (const toml::node& item : *arr) {
        if (!item.is_string())
            fail(item, "'" + std::string(key) + "' must hold only texts");
        out.push_back(*item.value<std::string>());
    }
    return out;
}

void checkAt(const toml::table& t, std::string_view key,
             const std::optional<std::string>& problem) {
    if (!problem)
        return;
    if (const toml::node* n = t.get(key))
        fail(*n, *problem);
    fail(t, *problem);
}

Parsed<toml::table> parseToml(std::string_view text, std::string_view source) {
    const std::string src(source);
    if (text.find('\0') != std::string_view::npos)
        return ParseError{src, 0, 0, "not a text file (it holds binary data)"};
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        return ParseError{src, 0, 0, "the file is empty"};
    // Debian's toml++ 3.3.0 reaches undefined behaviour when it asks whether some non-ASCII
    // characters are whitespace, and in a malformed document it may ask that of any of them
    // (fuzzing found several shapes). So a document with non-ASCII characters is first parsed
    // with each such character replaced by '?' (one code point for one, so lines and columns
    // stay true): a malformed document fails there, safely. A well-formed one is then scanned
    // for the few places where toml++ still looks at such a character, then parsed for real.
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        std::string ascii;
        ascii.reserve(text.size());
        for (char c : text) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x80)
                ascii += c;
            else if ((u & 0xC0) != 0x80)
                ascii += '?'; // a lead byte; continuation bytes go
        }
        try {
            (void)toml::parse(ascii, src);
        } catch (const toml::parse_error& e) {
            const auto& b = e.source().begin;
            const int line = static_cast<int>(b.line), column = static_cast<int>(b.column);
            const std::string original = codePointAt(text, line, column);
            if (!original.empty() && static_cast<unsigned char>(original[0]) >= 0x80)
                return ParseError{src, line, column,
                                  "'" + original +
                                      "' is only allowed inside quotes or in a # comment"};
            return ParseError{src, line, column, std::string(e.description())};
        }
    }
    if (auto bad = findUnquotedNonAscii(text)) {
        std::string why;
        switch (bad->where) {
        case NonAsciiAt::Where::AfterBackslash:
            why = "may not follow a backslash in a \"\"\" text, nor start the line after a "
                  "line-ending one";
            break;
        case NonAsciiAt::Where::Unquoted:
            why = "is only allowed inside quotes or in a # comment";
            break;
        }
        return ParseError{src, bad->line, bad->column, "'" + bad->character + "' " + why};
    }
    try {
        return toml::parse(text, src);
    } catch (const toml::parse_error& e) {
        const auto& b = e.source().begin;
        return ParseError{src, static_cast<int>(b.line), static_cast<int>(b.column),
                          std::string(e.description())};
    }
}

std::vector<TimeOfDay> readTimesOfDay(const toml::table& t, std::string_view key) {
    std::vector<TimeOfDay> out;
    const toml::node* n = t.get(key);
    if (!n)
        return out;
    const std::string name(key);
    const toml::array* arr = n->as_array();
    if (!arr)
        fail(*n, "'" + name + "' must be a list of times like [\"08:00\", \"18:30\"]");
    for (const toml::node& item : *arr) {
        const auto text = item.value<std::string>();
        const auto time = text ? parseTimeOfDay(*text) : std::nullopt;
        if (!time)
            fail(item, "'" + name + "' must hold times of day like \"08:00\" (00:00 to 23:59)");
        if (!out.empty() && !(out.back() < *time))
            fail(item, "'" + name + "' times must be in order through the day, each once");
        out.push_back(*time);
    }
    return out;
}

} // namespace nf::detail
