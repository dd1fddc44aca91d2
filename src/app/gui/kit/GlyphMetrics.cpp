#include "app/gui/kit/GlyphMetrics.hpp"

#include <SFML/Graphics/Text.hpp>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>

namespace nf::gui {

GlyphMetrics::GlyphMetrics(const std::string& file, const sf::Font& font) : m_font(font) {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0)
        return;
    m_library = library;
    FT_Face face = nullptr;
    if (FT_New_Face(library, file.c_str(), 0, &face) != 0)
        return;
    // As sf::Font opens a face: Unicode code points.
    if (FT_Select_Charmap(face, FT_ENCODING_UNICODE) != 0) {
        FT_Done_Face(face);
        return;
    }
    m_face = face;
}

GlyphMetrics::~GlyphMetrics() {
    if (m_face)
        FT_Done_Face(static_cast<FT_Face>(m_face));
    if (m_library)
        FT_Done_FreeType(static_cast<FT_Library>(m_library));
}

const GlyphMetrics::Metrics& GlyphMetrics::glyph(std::uint32_t codePoint, unsigned size) const {
    const std::uint64_t key = (std::uint64_t{size} << 32) | codePoint;
    if (const auto it = m_glyphs.find(key); it != m_glyphs.end())
        return it->second;
    Metrics m;
    const auto face = static_cast<FT_Face>(m_face);
    if (m_faceSize != size && FT_Set_Pixel_Sizes(face, 0, size) == 0)
        m_faceSize = size;
    // The flags sf::Font loads with (autohinted, so the metrics are the hinted ones it uses).
    if (m_faceSize == size &&
        FT_Load_Char(face, codePoint, FT_LOAD_TARGET_NORMAL | FT_LOAD_FORCE_AUTOHINT) == 0) {
        const FT_Glyph_Metrics& g = face->glyph->metrics;
        constexpr float k26_6 = static_cast<float>(1 << 6);
        m.advance = static_cast<float>(g.horiAdvance) / k26_6;
        // sf::Font gives bounds only to a glyph whose bitmap has pixels: FreeType renders any
        // outline with points at least a pixel wide and high, and nothing for an empty one.
        const bool ink =
            face->glyph->format == FT_GLYPH_FORMAT_OUTLINE && face->glyph->outline.n_points > 0;
        if (ink)
            m.bounds = {static_cast<float>(g.horiBearingX) / k26_6,
                        static_cast<float>(-g.horiBearingY) / k26_6,
                        static_cast<float>(g.width) / k26_6, static_cast<float>(g.height) / k26_6};
    }
    return m_glyphs.emplace(key, m).first->second;
}

float GlyphMetrics::kerning(std::uint32_t first, std::uint32_t second, unsigned size) const {
    // Code points take 21 bits each; sizes above 2^22 px are not drawn.
    const std::uint64_t key = (std::uint64_t{size} << 42) | (std::uint64_t{first} << 21) | second;
    if (const auto it = m_kerning.find(key); it != m_kerning.end())
        return it->second;
    return m_kerning.emplace(key, m_font.getKerning(first, second, size)).first->second;
}

sf::FloatRect GlyphMetrics::bounds(const sf::String& text, unsigned size) const {
    if (!m_face)
        return sf::Text(text, m_font, size).getLocalBounds();
    if (text.isEmpty())
        return {};
    // sf::Text::ensureGeometryUpdate's walk (SFML 2.5), regular style, spacing factors of 1, the
    // same operations in the same order, so the floats come out the same.
    const float letterSpacing = (glyph(U' ', size).advance / 3.f) * (1.f - 1.f);
    const float whitespaceWidth = glyph(U' ', size).advance + letterSpacing;
    const float lineSpacing = m_font.getLineSpacing(size) * 1.f;
    float x = 0.f;
    float y = static_cast<float>(size);
    float minX = static_cast<float>(size);
    float minY = static_cast<float>(size);
    float maxX = 0.f;
    float maxY = 0.f;
    sf::Uint32 previous = 0;
    for (std::size_t i = 0; i < text.getSize(); ++i) {
        const sf::Uint32 c = text[i];
        if (c == '\r')
            continue;
        x += kerning(previous, c, size);
        previous = c;
        if (c == U' ' || c == U'\n' || c == U'\t') {
            minX = std::min(minX, x);
            minY = std::min(minY, y);
            switch (c) {
            case U' ':
                x += whitespaceWidth;
                break;
            case U'\t':
                x += whitespaceWidth * 4;
                break;
            default:
                y += lineSpacing;
                x = 0;
                break;
            }
            maxX = std::max(maxX, x);
            maxY = std::max(maxY, y);
            continue;
        }
        const Metrics& g = glyph(c, size);
        const float left = g.bounds.left;
        const float top = g.bounds.top;
        const float right = g.bounds.left + g.bounds.width;
        const float bottom = g.bounds.top + g.bounds.height;
        minX = std::min(minX, x + left - 0.f * bottom);
        maxX = std::max(maxX, x + right - 0.f * top);
        minY = std::min(minY, y + top);
        maxY = std::max(maxY, y + bottom);
        x += g.advance + letterSpacing;
    }
    return {minX, minY, maxX - minX, maxY - minY};
}

} // namespace nf::gui
