#pragma once

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/String.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace nf::gui {

// Measures a line of text exactly as sf::Text's getLocalBounds() does, from FreeType's metrics
// alone: it owns its own FreeType face of the font and a table of the glyph metrics it has read,
// and leaves drawing to sf::Font. sf::Font rasterizes every glyph it is asked about into its
// texture, so fitting texts (measured at 100 px) kept a 100 px copy of every letter ever laid
// out: 5 MiB of pages nobody drew, on software rendering process memory, and a quarter of the
// first frame's time spent rasterizing them.
class GlyphMetrics {
  public:
    // `file` is the font's path (FreeType maps it, as sf::Font does: only the pages read are in
    // memory); `font` is the same font loaded by SFML, asked for kerning only (which rasterizes
    // nothing).
    GlyphMetrics(const std::string& file, const sf::Font& font);
    ~GlyphMetrics();
    GlyphMetrics(const GlyphMetrics&) = delete;
    GlyphMetrics& operator=(const GlyphMetrics&) = delete;

    // False when FreeType could not open the font: bounds() then measures with sf::Text.
    bool ok() const { return m_face != nullptr; }
    // sf::Text(text, font, size).getLocalBounds(), to the bit.
    sf::FloatRect bounds(const sf::String& text, unsigned size) const;

  private:
    struct Metrics {
        float advance = 0.f;
        sf::FloatRect bounds; // empty for a glyph without ink (a space)
    };
    const Metrics& glyph(std::uint32_t codePoint, unsigned size) const;
    // sf::Font's kerning, remembered: asking FreeType costs about 800 instructions a pair, and
    // wrapping a paragraph measures every line it tries (40,000 pairs for the safety notice).
    float kerning(std::uint32_t first, std::uint32_t second, unsigned size) const;

    const sf::Font& m_font;
    void* m_library = nullptr; // FT_Library
    void* m_face = nullptr;    // FT_Face
    mutable unsigned m_faceSize = 0;
    mutable std::unordered_map<std::uint64_t, Metrics> m_glyphs;
    mutable std::unordered_map<std::uint64_t, float> m_kerning;
};

} // namespace nf::gui
