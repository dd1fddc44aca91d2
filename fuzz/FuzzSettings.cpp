// libFuzzer target: any text through nf::parseSettings. Settings the parser accepts must survive
// being written back and read again unchanged (the app rewrites the file on every `set`).

#include "core/Settings.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = nf::parseSettings(text, "settings.toml");
    if (auto* error = std::get_if<nf::ParseError>(&parsed)) {
        if (error->line < 0 || error->column < 0 || error->message.empty())
            std::abort();
        return 0;
    }
    const std::string written = nf::serializeSettings(std::get<nf::Settings>(parsed));
    auto reread = nf::parseSettings(written, "settings.toml");
    if (!std::holds_alternative<nf::Settings>(reread))
        std::abort();
    if (nf::serializeSettings(std::get<nf::Settings>(reread)) != written)
        std::abort();
    return 0;
}
