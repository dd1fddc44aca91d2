#include "core/TomlRead.hpp"

#include <algorithm>

namespace nf::detail {
namespace {

std::string typeName(const toml::node& n) {
    switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "a whole number";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true or false";
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "a list";
    default: return "a date or time";
    }
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
            for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
            fail(node, "unknown key '" + std::string(key.str()) + "' in " + std::string(where) +
                           " (expected one of: " + list + ")");
        }
    }
}

std::optional<std::string> readString(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (n->is_string()) return *n->value<std::string>();
    fail(*n, "'" + std::string(key) + "' must be text in quotes, got " + typeName(*n));
}

std::string requireString(const toml::table& t, std::string_view key, std::string_view where) {
    auto v = readString(t, key);
    if (!v) fail(t, std::string(where) + " needs a '" + std::string(key) + "'");
    if (v->empty()) fail(*t.get(key), "'" + std::string(key) + "' must not be empty");
    return *v;
}

std::optional<long long> readInt(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (n->is_integer()) return n->value<long long>();
    fail(*n, "'" + std::string(key) + "' must be a whole number, got " + typeName(*n));
}

std::optional<double> readNumber(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (n->is_number()) return n->value<double>();
    fail(*n, "'" + std::string(key) + "' must be a number of seconds, got " + typeName(*n));
}

std::optional<bool> readBool(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (n->is_boolean()) return n->value<bool>();
    fail(*n, "'" + std::string(key) + "' must be true or false, got " + typeName(*n));
}

std::vector<std::string> readStrings(const toml::table& t, std::string_view key) {
    std::vector<std::string> out;
    const toml::node* n = t.get(key);
    if (!n) return out;
    const toml::array* arr = n->as_array();
    if (!arr) fail(*n, "'" + std::string(key) + "' must be a list of texts, got " + typeName(*n));
    for (const toml::node& item : *arr) {
        if (!item.is_string()) fail(item, "'" + std::string(key) + "' must hold only texts");
        out.push_back(*item.value<std::string>());
    }
    return out;
}

void checkAt(const toml::table& t, std::string_view key, const std::optional<std::string>& problem) {
    if (!problem) return;
    if (const toml::node* n = t.get(key)) fail(*n, *problem);
    fail(t, *problem);
}

Parsed<toml::table> parseToml(std::string_view text, std::string_view source) {
    const std::string src(source);
    if (text.find('\0') != std::string_view::npos)
        return ParseError{src, 0, 0, "not a text file (it holds binary data)"};
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        return ParseError{src, 0, 0, "the file is empty"};
    try {
        return toml::parse(text, src);
    } catch (const toml::parse_error& e) {
        const auto& b = e.source().begin;
        return ParseError{src, static_cast<int>(b.line), static_cast<int>(b.column),
                          std::string(e.description())};
    }
}

} // namespace nf::detail
