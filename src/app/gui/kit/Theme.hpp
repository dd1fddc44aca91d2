#pragma once

#include "app/gui/figures/Figure.hpp"
#include "app/gui/kit/Geometry.hpp"
#include "app/gui/kit/Palette.hpp"

#include <SFML/Graphics.hpp>

#include <array>
#include <initializer_list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace nf::gui {

class GlyphMetrics;

enum class Align { Left, Centre, Right };
enum class Weight { Regular, Bold };

// A clickable area of a screen, remembered from the last paint so a click can be matched to it.
struct Button {
    Rect rect;
    std::string label;
    int action = 0; // the screen's own command number
    bool enabled = true;
    bool selected = false; // drawn as the current choice
};

// Where one drawn text's letters landed: the ink box of each glyph, in target pixels, and the
// text's size in pixels. Tests lay out every screen with a probe and check that no two texts'
// glyphs overlap, that none leaves the window, and that none is too small to read.
struct TextInk {
    std::string text;
    unsigned size = 0;
    std::vector<Rect> glyphs;
};

// The fonts and the painting helpers every screen uses. Owns the fonts and the texts it laid out
// for earlier frames; the screens decide what goes where (Layout.hpp) and this only paints it.
class Theme {
  public:
    // Loads the fonts from the assets folder; throws std::runtime_error naming the file that is
    // missing or cannot be read as a font.
    Theme();
    ~Theme();
    // The measures refer to the fonts inside: a theme stays where it was made.
    Theme(const Theme&) = delete;
    Theme& operator=(const Theme&) = delete;

    const sf::Font& font(Weight weight) const {
        return weight == Weight::Bold ? m_bold : m_regular;
    }

    // Text fitted into a box: as large as fits (capped at maxSize), aligned, centred vertically.
    // Digits use their own ink height, so "3" fills the box it is given. Returns the char size.
    unsigned text(sf::RenderTarget& target, const std::string& utf8, const Rect& box, Rgb colour,
                  Weight weight = Weight::Regular, Align align = Align::Centre,
                  unsigned maxSize = 1000) const;
    // Big digits whose ink height is the box's height (narrowed only if too wide).
    void digits(sf::RenderTarget& target, const std::string& digits, const Rect& box,
                Rgb colour) const;
    // Words wrapped over several lines at one char size, top-aligned in the box.
    void paragraph(sf::RenderTarget& target, const std::vector<std::string>& paragraphs,
                   const Rect& box, Rgb colour, unsigned charSize,
                   Weight weight = Weight::Regular) const;
    // The largest char size (up to maxSize) at which the paragraphs fit the box.
    unsigned paragraphSize(const std::vector<std::string>& paragraphs, const Rect& box,
                           unsigned maxSize, Weight weight = Weight::Regular) const;
    float width(const std::string& utf8, unsigned charSize, Weight weight = Weight::Regular) const;

    static void fill(sf::RenderTarget& target, const Rect& rect, Rgb colour, double radius = 0.0);
    // A bar filling from the left over `progress` (0..1) on a track.
    static void bar(sf::RenderTarget& target, const Rect& rect, double progress, Rgb track,
                    Rgb fill);
    // The char size at which a single line fits the box (capped at maxSize).
    unsigned fitSize(const std::string& utf8, const Rect& box, Weight weight,
                     unsigned maxSize) const;
    // charSize 0: as large as the button allows.
    void button(sf::RenderTarget& target, const Button& button, const Scheme& scheme, bool hover,
                unsigned charSize = 0) const;
    // A row of buttons, all labels at one size.
    void buttons(sf::RenderTarget& target, const std::vector<Button>& list, const Scheme& s,
                 int hover) const;
    // A figure drawing, its tones taken from the scheme: the part `extent` of its unit box
    // (inkExtent of its family) scaled as large as fits `area`, centred.
    void figure(sf::RenderTarget& target, const Drawing& d, const Rect& area, const Scheme& s,
                const Rect& extent = {0.0, 0.0, 1.0, 1.0}) const;

    // With a probe, every text drawn from now on is also listed in it (null: no listing).
    void setInkProbe(std::vector<TextInk>* probe) const { m_probe = probe; }
    // Lists a text drawn by someone else with these fonts (the history chart).
    void recordInk(const sf::Text& text) const;
    // An opaque box (a dialog) was drawn over `area`: the letters under it are hidden.
    void hideInk(const Rect& area) const;

  private:
    // A text laid out once: placed, sized, its glyphs' geometry built. Fitting a text measures
    // it at several sizes, and each measure builds its geometry and asks the font for every
    // glyph and kerning pair: on the session screen that was half the CPU of a frame, for
    // texts that mostly stay the same from one frame to the next. So each is laid out once per
    // string, box and style, and the next frame only draws it.
    struct Laid {
        sf::Text text;
        unsigned size = 0;  // the char size text() returns; 0: too small to draw
        unsigned glyph = 0; // the digits' glyph size
    };
    // Up to this many laid-out texts are kept; then they are all forgotten (texts that change
    // every second, the time left, would otherwise pile up), and the next frames lay out again.
    static constexpr std::size_t kMaxRemembered = 400;
    // Widths are many more: wrapping the lead-in's set-up text measures every line it tries at
    // every size it tries, a few thousand strings. About 100 bytes each.
    static constexpr std::size_t kMaxWidths = 16384;
    static std::string cacheKey(const std::string& utf8, std::initializer_list<double> values);
    Laid layOutText(const std::string& utf8, const Rect& box, Weight weight, Align align,
                    unsigned maxSize) const;
    Laid layOutDigits(const std::string& digits, const Rect& box) const;
    const GlyphMetrics& metrics(Weight weight) const;
    unsigned measureFit(const std::string& utf8, const Rect& box, Weight weight,
                        unsigned maxSize) const;
    // The cached value for `key`, made by `make()` the first time it is asked for.
    template <typename T, typename Make>
    static T& cached(std::unordered_map<std::string, T>& cache, std::string key, Make make,
                     std::size_t limit = kMaxRemembered);

    // The big digits' own copy of the bold font, holding glyphs of one size only: the digits are
    // drawn at their real size (crisp, never a small glyph scaled up), and another size (the
    // lead-in's smaller count once, a resized window) reloads the copy, so old sizes' glyph
    // pages (megabytes each on software rendering) do not pile up in memory.
    const sf::Font& digitFont(unsigned size) const;

    sf::Font m_regular;
    sf::Font m_bold;
    // The fonts' files: measured by m_metrics, and the bold one copied for the digits.
    std::string m_regularFile;
    std::string m_boldFile;
    // Texts are measured without rasterizing their glyphs into the fonts above: regular, bold.
    std::array<std::unique_ptr<GlyphMetrics>, 2> m_metrics;
    mutable sf::Font m_digitFont;
    mutable unsigned m_digitSize = 0;
    mutable std::vector<TextInk>* m_probe = nullptr;
    mutable std::unordered_map<std::string, Laid> m_laid;
    mutable std::unordered_map<std::string, float> m_widths;
    mutable std::unordered_map<std::string, unsigned> m_fits;
    // A paragraph's lines at a width, size and weight: wrapping measures every line it tries,
    // hundreds of lookups a frame for the lead-in's set-up text.
    mutable std::unordered_map<std::string, std::vector<std::string>> m_wrapped;
};

sf::Color toSf(Rgb c);
sf::String fromUtf8(const std::string& s);
// Which button of a list contains the point, or -1.
int hitTest(const std::vector<Button>& buttons, Vec2 point);

} // namespace nf::gui
