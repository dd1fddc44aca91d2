#include "app/SettingsStore.hpp"

#include "app/Files.hpp"

#include <stdexcept>
#include <system_error>

namespace nf {

Settings SettingsStore::load() const {
    std::error_code ec;
    if (!std::filesystem::exists(m_file, ec)) return Settings{};
    auto parsed = parseSettings(readTextFile(m_file), m_file.string());
    if (auto* err = std::get_if<ParseError>(&parsed))
        throw std::runtime_error(err->toString() + " (fix or remove the file; it was left as it is)");
    return std::get<Settings>(std::move(parsed));
}

void SettingsStore::save(const Settings& settings) const {
    writeFileAtomically(m_file, serializeSettings(settings));
}

} // namespace nf
