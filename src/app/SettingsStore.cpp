#include "app/SettingsStore.hpp"

#include "app/Files.hpp"

#include <stdexcept>
#include <system_error>

namespace nf {

Settings SettingsStore::load() const {
    std::error_code ec;
    if (!std::filesystem::exists(m_file, ec))
        return Settings{};
    auto parsed = parseSettings(readTextFile(m_file), m_file.string());
    if (auto* err = std::get_if<ParseError>(&parsed))
        throw std::runtime_error(err->toString() +
                                 " (fix or remove the file; it was left as it is)");
    return std::get<Settings>(std::move(parsed));
}

void SettingsStore::save(const Settings& settings) const {
    const std::string text = serializeSettings(settings);
    // A file the program cannot read back would stop every command: check before it replaces
    // the old one.
    const auto back = parseSettings(text, m_file.string());
    if (const auto* err = std::get_if<ParseError>(&back))
        throw std::runtime_error(m_file.string() + ": the new settings would not read back (" +
                                 err->message + "); the old file is unchanged");
    writeFileAtomically(m_file, text, OutputKind::OwnFile);
}

} // namespace nf
