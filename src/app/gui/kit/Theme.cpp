#include "app/gui/kit/Theme.hpp"

#include "app/Assets.hpp"
#include "app/gui/kit/GlyphMetrics.hpp"
#include "app/gui/kit/Layout.hpp"

#include <filesystem>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <numbers>
#include <sstream>
#include <stdexcept>

namespace nf::gui {
namespace {

constexpr unsigned kMeasureSize = 100;

void loadFont(sf::Font& font, const std::string& file) {
    const auto path = Assets::get().font(file);
    // SFML explains a failed load on sf::err() over several lines; we say it in one.
    std::ostringstream sink;
    std::streambuf* previous = sf::err().rdbuf(sink.rdbuf());
    const bool ok = font.loadFromFile(path.string());
    sf::err().rdbuf(previous);
    if (!ok) {
        std::error_code ec;
        throw std::runtime_error(path.string() + (std::filesystem::exists(path, ec)
                                                      ? ": cannot be read as a font"
                                                      : ": font file missing"));
    }
}

sf::Vector2f v(Vec2 p, const Rect& box) {
    return {static_cast<float>(box.x + p.x * box.w), static_cast<float>(box.y + p.y * box.h)};
}

// Thick lines and discs with a soft one-pixel edge, gathered into one vertex array: smooth
// outlines without multisampling (which cost ten times the CPU on software rendering) and one
// draw call for a whole figure.
class SoftShapes {
  public:
    void segment(sf::Vector2f a, sf::Vector2f b, float half, sf::Color c) {
        const sf::Vector2f d = b - a;
        const float len = std::hypot(d.x, d.y);
        if (len < 0.01f)
            return;
        const sf::Vector2f n{-d.y / len, d.x / len};
        const float in = std::max(half - 0.5f, 0.0f), out = half + 0.5f;
        const sf::Color clear = transparent(c);
        quad(a + n * in, b + n * in, a - n * in, b - n * in, c, c);
        quad(a + n * out, b + n * out, a + n * in, b + n * in, clear, c);
        quad(a - n * in, b - n * in, a - n * out, b - n * out, c, clear);
    }
    void disc(sf::Vector2f centre, float radius, sf::Color c) {
        const int n = std::clamp(static_cast<int>(radius * 0.9f), 12, 64);
        const float in = std::max(radius - 0.5f, 0.0f), out = radius + 0.5f;
        const sf::Color clear = transparent(c);
        auto at = [&](int i, float r) {
            const double a = 2.0 * std::numbers::pi * i / n;
            return centre + sf::Vector2f{static_cast<float>(std::cos(a)) * r,
                                         static_cast<float>(std::sin(a)) * r};
        };
        for (int i = 0; i < n; ++i) {
            add(centre, c);
            add(at(i, in), c);
            add(at(i + 1, in), c);
            quad(at(i, out), at(i + 1, out), at(i, in), at(i + 1, in), clear, c);
        }
    }
    const sf::VertexArray& vertices() const { return m_v; }

  private:
    static sf::Color transparent(sf::Color c) { return {c.r, c.g, c.b, 0}; }
    void add(sf::Vector2f p, sf::Color c) { m_v.append({p, c}); }
    // Two triangles: the edge a0-a1 in colour ca, the edge b0-b1 in colour cb.
    void quad(sf::Vector2f a0, sf::Vector2f a1, sf::Vector2f b0, sf::Vector2f b1, sf::Color ca,
              sf::Color cb) {
        add(a0, ca);
        add(a1, ca);
        add(b0, cb);
        add(a1, ca);
        add(b1, cb);
        add(b0, cb);
    }
    sf::VertexArray m_v{sf::Triangles};
};

Rgb toneColour(Tone tone, const Scheme& s) {
    switch (tone) {
    case Tone::Figure:
        return s.foreground;
    case Tone::Far:
        return s.muted;
    case Tone::Prop:
        return mix(s.background, s.foreground, 0.28);
    case Tone::Accent:
        return s.accent;
    case Tone::Background:
        return s.background;
    }
    return s.foreground;
}

} // namespace

sf::Color toSf(Rgb c) {
    return {c.r, c.g, c.b, c.a};
}

sf::String fromUtf8(const std::string& s) {
    return sf::String::fromUtf8(s.begin(), s.end());
}

int hitTest(const std::vector<Button>& buttons, Vec2 p) {
    for (std::size_t i = 0; i < buttons.size(); ++i)
        if (buttons[i].enabled && buttons[i].rect.contains(p))
            return static_cast<int>(i);
    return -1;
}

Theme::Theme() {
    loadFont(m_regular, "DejaVuSans.ttf");
    loadFont(m_bold, "DejaVuSans-Bold.ttf");
    // Opened once more (already known to be readable fonts) to be measured, and the bold one for
    // the digits' copy: from the file, which FreeType maps (a copy of the bytes on the heap
    // cost 1.4 MiB).
    m_regularFile = Assets::get().font("DejaVuSans.ttf").string();
    m_boldFile = Assets::get().font("DejaVuSans-Bold.ttf").string();
    m_metrics[0] = std::make_unique<GlyphMetrics>(m_regularFile, m_regular);
    m_metrics[1] = std::make_unique<GlyphMetrics>(m_boldFile, m_bold);
}

Theme::~Theme() = default;

const GlyphMetrics& Theme::metrics(Weight weight) const {
    return *m_metrics[weight == Weight::Bold ? 1 : 0];
}

std::string Theme::cacheKey(const std::string& utf8, std::initializer_list<double> values) {
    std::string key = utf8;
    key.push_back('\0');
    for (double v : values) {
        char bytes[sizeof v];
        std::memcpy(bytes, &v, sizeof v);
        key.append(bytes, sizeof v);
    }
    return key;
}

template <typename T, typename Make>
T& Theme::cached(std::unordered_map<std::string, T>& cache, std::string key, Make make,
                 std::size_t limit) {
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    if (cache.size() >= limit)
        cache.clear();
    return cache.emplace(std::move(key), make()).first->second;
}

float Theme::width(const std::string& utf8, unsigned charSize, Weight weight) const {
    return cached(
        m_widths, cacheKey(utf8, {static_cast<double>(charSize), static_cast<double>(weight)}),
        [&] { return metrics(weight).bounds(fromUtf8(utf8), charSize).width; }, kMaxWidths);
}

// Glyphs are rasterized at most this large and scaled up beyond it. Every character size gets
// its own glyph pages in the font's texture, and on software rendering texture memory is process
// memory: the seconds at full screen on a 4K monitor would take a 64 MiB page. Scaled glyphs are
// drawn smoothed, and at this size their edges stay crisp enough to read across a room.
constexpr unsigned kMaxGlyph = 128;

// Sets the text's character size for `size` pixels: the size itself up to kMaxGlyph, then a scale.
void sizeText(sf::Text& t, double size) {
    if (size <= kMaxGlyph) {
        t.setCharacterSize(static_cast<unsigned>(size));
        t.setScale(1.f, 1.f);
    } else {
        t.setCharacterSize(kMaxGlyph);
        const float k = static_cast<float>(size / kMaxGlyph);
        t.setScale(k, k);
    }
}

// The width of the line `str` that sizeText gives `size` pixels, as getGlobalBounds() would
// measure it.
static float sizedWidth(const GlyphMetrics& m, const sf::String& str, unsigned size) {
    sf::Text scaled;
    sizeText(scaled, size);
    return scaled.getTransform().transformRect(m.bounds(str, scaled.getCharacterSize())).width;
}

// Small sizes are hinted a little wider than the measure at 100 px says: a long line fitted by
// that measure could run past its box (and out of the window), so this steps down until it fits.
static unsigned shrinkToWidth(const GlyphMetrics& m, const sf::String& str, double width,
                              unsigned size) {
    while (sizedWidth(m, str, size) > width && size > 4)
        size = quantizeCharSize(size - 1);
    return size;
}

unsigned Theme::text(sf::RenderTarget& target, const std::string& utf8, const Rect& box, Rgb colour,
                     Weight weight, Align align, unsigned maxSize) const {
    if (utf8.empty() || box.w <= 1 || box.h <= 1)
        return 0;
    Laid& laid = cached(m_laid,
                        cacheKey(utf8, {box.x, box.y, box.w, box.h, static_cast<double>(weight),
                                        static_cast<double>(align), static_cast<double>(maxSize)}),
                        [&] { return layOutText(utf8, box, weight, align, maxSize); });
    if (laid.size == 0)
        return 0;
    laid.text.setFillColor(toSf(colour));
    recordInk(laid.text);
    target.draw(laid.text);
    return laid.size;
}

Theme::Laid Theme::layOutText(const std::string& utf8, const Rect& box, Weight weight, Align align,
                              unsigned maxSize) const {
    const unsigned size = measureFit(utf8, box, weight, maxSize);
    if (size < 4)
        return {};
    const sf::Font& f = font(weight);
    sf::Text t(fromUtf8(utf8), f);
    sizeText(t, size);
    const sf::FloatRect b = t.getGlobalBounds(); // scaled, at the origin
    double x = box.x - b.left;
    if (align == Align::Centre)
        x = box.x + (box.w - b.width) / 2.0 - b.left;
    if (align == Align::Right)
        x = box.right() - b.width - b.left;
    // Centre the box on the middle of a capital letter, whatever the string's own ink.
    sf::Text ref("H", f);
    sizeText(ref, size);
    const sf::FloatRect rb = ref.getGlobalBounds();
    const double y = box.y + box.h / 2.0 - (rb.top + rb.height / 2.0);
    t.setPosition(static_cast<float>(std::round(x)), static_cast<float>(std::round(y)));
    return {t, size, 0};
}

// Real-size digits up to this size; beyond it (a 4K screen) the glyphs are scaled, since one
// size's glyph page would take tens of MiB of process memory on software rendering.
constexpr unsigned kMaxDigitGlyph = 640;

const sf::Font& Theme::digitFont(unsigned size) const {
    if (size != m_digitSize) {
        // A fresh copy drops the glyph pages of the size before.
        m_digitFont = sf::Font();
        m_digitSize = 0;
        if (!m_digitFont.loadFromFile(m_boldFile))
            return m_bold;
        m_digitSize = size;
    }
    return m_digitFont;
}

void Theme::digits(sf::RenderTarget& target, const std::string& digits, const Rect& box,
                   Rgb colour) const {
    if (digits.empty() || box.h <= 1)
        return;
    Laid& laid = cached(m_laid, cacheKey(digits, {box.x, box.y, box.w, box.h, -1.0}),
                        [&] { return layOutDigits(digits, box); });
    if (laid.size == 0)
        return;
    // The digits' font holds one glyph size at a time: a text laid out at another size before
    // has it loaded again, and the text rebuilds its glyphs from it.
    if (laid.glyph != m_digitSize)
        laid.text.setFont(digitFont(laid.glyph));
    laid.text.setFillColor(toSf(colour));
    recordInk(laid.text);
    target.draw(laid.text);
}

Theme::Laid Theme::layOutDigits(const std::string& digits, const Rect& box) const {
    const GlyphMetrics& m = metrics(Weight::Bold);
    const sf::String str = fromUtf8(digits);
    const sf::String all("0123456789");
    const double inkH = m.bounds(all, kMeasureSize).height / kMeasureSize;
    const double w = (m.bounds(str, kMeasureSize).width + 1.0) / kMeasureSize;
    // Not quantized: the digits must be exactly as tall as their box (a third of the window).
    const double size = std::floor(std::min(box.h / inkH, box.w / w));
    if (size < 4)
        return {};
    const unsigned glyph = static_cast<unsigned>(std::min<double>(size, kMaxDigitGlyph));
    sf::Text t(str, digitFont(glyph), glyph);
    const float k = static_cast<float>(size / glyph);
    t.setScale(k, k);
    const sf::FloatRect b = t.getGlobalBounds();
    // All ten digits measured, not drawn: the digits' font keeps only the glyphs it shows (a
    // 3 s hold needs three: one page of 1 MiB rather than 4 MiB for all ten at this size).
    const sf::FloatRect rb = t.getTransform().transformRect(m.bounds(all, glyph));
    t.setPosition(static_cast<float>(std::round(box.x + (box.w - b.width) / 2.0 - b.left)),
                  static_cast<float>(std::round(box.y + (box.h - rb.height) / 2.0 - rb.top)));
    return {t, static_cast<unsigned>(size), glyph};
}

unsigned Theme::paragraphSize(const std::vector<std::string>& paragraphs, const Rect& box,
                              unsigned maxSize, Weight weight) const {
    for (unsigned size = quantizeCharSize(maxSize); size >= 8;
         size = quantizeCharSize(size * 0.9)) {
        const double lineH = font(weight).getLineSpacing(size);
        double used = 0;
        for (const auto& p : paragraphs) {
            auto lines =
                wrapWords(p, box.w, [&](const std::string& s) { return width(s, size, weight); });
            used += static_cast<double>(lines.size()) * lineH + lineH * kParagraphGap;
        }
        if (used <= box.h)
            return size;
        if (size <= 9)
            break;
    }
    return 8;
}

void Theme::paragraph(sf::RenderTarget& target, const std::vector<std::string>& paragraphs,
                      const Rect& box, Rgb colour, unsigned size, Weight weight) const {
    const sf::Font& f = font(weight);
    const double lineH = f.getLineSpacing(size);
    double y = box.y;
    for (const auto& p : paragraphs) {
        const auto& lines = cached(
            m_wrapped, cacheKey(p, {box.w, static_cast<double>(size), static_cast<double>(weight)}),
            [&] {
                return wrapWords(p, box.w,
                                 [&](const std::string& s) { return width(s, size, weight); });
            });
        for (const auto& line : lines) {
            if (y + lineH > box.bottom() + lineH * 0.3)
                return;
            sf::Text& t = cached(m_laid,
                                 cacheKey(line, {box.x, y, static_cast<double>(size),
                                                 static_cast<double>(weight), -2.0}),
                                 [&] {
                                     sf::Text made(fromUtf8(line), f, size);
                                     made.setPosition(static_cast<float>(std::round(box.x)),
                                                      static_cast<float>(std::round(y)));
                                     return Laid{made, size, 0};
                                 })
                              .text;
            t.setFillColor(toSf(colour));
            recordInk(t);
            target.draw(t);
            y += lineH;
        }
        y += lineH * kParagraphGap;
    }
}

void Theme::recordInk(const sf::Text& t) const {
    if (!m_probe || !t.getFont())
        return;
    const sf::String& str = t.getString();
    const unsigned size = t.getCharacterSize();
    const float k = t.getScale().y;
    TextInk ink;
    const std::basic_string<sf::Uint8> utf8 = str.toUtf8();
    ink.text.assign(utf8.begin(), utf8.end());
    ink.size = static_cast<unsigned>(std::lround(static_cast<float>(size) * k));
    for (std::size_t i = 0; i < str.getSize(); ++i) {
        const sf::FloatRect g = t.getFont()->getGlyph(str[i], size, false).bounds;
        if (g.width <= 0.f || g.height <= 0.f)
            continue; // a space
        // The pen's place at the top of the line; the glyph hangs from the baseline below it.
        const sf::Vector2f pen = t.findCharacterPos(i);
        ink.glyphs.push_back({pen.x + g.left * k, pen.y + (static_cast<float>(size) + g.top) * k,
                              g.width * k, g.height * k});
    }
    m_probe->push_back(std::move(ink));
}

void Theme::hideInk(const Rect& area) const {
    if (!m_probe)
        return;
    for (TextInk& ink : *m_probe)
        std::erase_if(ink.glyphs, [&](const Rect& g) { return g.intersects(area); });
}

// An opaque colour replaces what is under it, so it is drawn without blending: the same pixels,
// and software rendering (llvmpipe) neither reads the pixels beneath nor blends them. With the
// fills' own vertices (no sf::Shape per fill), callgrind counted 25.1 million instructions a
// posture-screen frame, 28.4 million before (rasterizing 21.4 -> 19.9, painting 7.0 -> 5.2).
static sf::RenderStates fillStates(Rgb colour) {
    return colour.a == 255 ? sf::RenderStates(sf::BlendNone) : sf::RenderStates::Default;
}

void Theme::fill(sf::RenderTarget& target, const Rect& r, Rgb colour, double radius) {
    if (r.w <= 0 || r.h <= 0)
        return;
    radius = std::min({radius, r.w / 2.0, r.h / 2.0});
    const sf::Color c = toSf(colour);
    if (radius < 1.0) {
        // The corners where sf::RectangleShape put them: its size added to its position.
        const auto x = static_cast<float>(r.x), y = static_cast<float>(r.y);
        const auto w = static_cast<float>(r.w), h = static_cast<float>(r.h);
        const sf::Vertex quad[] = {
            {{x, y}, c}, {{x + w, y}, c}, {{x, y + h}, c}, {{x + w, y + h}, c}};
        target.draw(quad, 4, sf::TriangleStrip, fillStates(colour));
        return;
    }
    // A rounded rectangle: each corner a quarter circle, fanned from the centre of its bounds as
    // sf::ConvexShape does, without the shape's own bookkeeping every frame.
    constexpr std::size_t kCorner = 6;
    std::array<sf::Vertex, 4 * kCorner + 2> fan;
    const Vec2 centres[4] = {{r.right() - radius, r.y + radius},
                             {r.x + radius, r.y + radius},
                             {r.x + radius, r.bottom() - radius},
                             {r.right() - radius, r.bottom() - radius}};
    for (std::size_t k = 0; k < 4; ++k)
        for (std::size_t i = 0; i < kCorner; ++i) {
            const double a =
                (static_cast<double>(k) * 90.0 + static_cast<double>(i) * 90.0 / (kCorner - 1)) *
                std::numbers::pi / 180.0;
            fan[1 + k * kCorner + i] = {{static_cast<float>(centres[k].x + radius * std::cos(a)),
                                         static_cast<float>(centres[k].y - radius * std::sin(a))},
                                        c};
        }
    fan.back() = fan[1];
    sf::FloatRect bounds(fan[1].position, {0.f, 0.f});
    float right = bounds.left, bottom = bounds.top;
    for (std::size_t i = 1; i + 1 < fan.size(); ++i) {
        bounds.left = std::min(bounds.left, fan[i].position.x);
        bounds.top = std::min(bounds.top, fan[i].position.y);
        right = std::max(right, fan[i].position.x);
        bottom = std::max(bottom, fan[i].position.y);
    }
    fan[0] = {{bounds.left + (right - bounds.left) / 2.f, bounds.top + (bottom - bounds.top) / 2.f},
              c};
    target.draw(fan.data(), fan.size(), sf::TriangleFan, fillStates(colour));
}

void Theme::bar(sf::RenderTarget& target, const Rect& r, double progress, Rgb track,
                Rgb fillColour) {
    fill(target, r, track, r.h / 2.0);
    const double w = r.w * std::clamp(progress, 0.0, 1.0);
    if (w > 0.5)
        fill(target, {r.x, r.y, std::max(w, std::min(r.h, r.w)), r.h}, fillColour, r.h / 2.0);
}

// Where a button's label goes: a fifth of its height clear above and below, less at the sides,
// where the rounded corners leave room.
static Rect labelBox(const Rect& r) {
    const double side = r.h * 0.12, top = r.h * 0.2;
    return {r.x + side, r.y + top, r.w - 2 * side, r.h - 2 * top};
}

unsigned Theme::fitSize(const std::string& utf8, const Rect& box, Weight weight,
                        unsigned maxSize) const {
    return cached(m_fits,
                  cacheKey(utf8, {box.x, box.y, box.w, box.h, static_cast<double>(weight),
                                  static_cast<double>(maxSize)}),
                  [&] { return measureFit(utf8, box, weight, maxSize); });
}

unsigned Theme::measureFit(const std::string& utf8, const Rect& box, Weight weight,
                           unsigned maxSize) const {
    const sf::Font& f = font(weight);
    const sf::String str = fromUtf8(utf8);
    // Heights come from the font, not the string, so every line of a screen sits alike.
    const double lineH = f.getLineSpacing(kMeasureSize) * 0.92;
    const unsigned size = fitCharSize(
        box.w, box.h, (metrics(weight).bounds(str, kMeasureSize).width + 1.0) / kMeasureSize,
        lineH / kMeasureSize, maxSize);
    return size < 4 ? size : shrinkToWidth(metrics(weight), str, box.w, size);
}

void Theme::button(sf::RenderTarget& target, const Button& b, const Scheme& s, bool hover,
                   unsigned charSize) const {
    Rgb bg = mix(s.background, s.foreground, b.selected ? 0.85 : hover ? 0.3 : 0.16);
    Rgb fg = b.selected ? s.background : s.foreground;
    if (!b.enabled)
        fg = mix(s.background, s.foreground, 0.4);
    fill(target, b.rect, bg, b.rect.h * 0.18);
    if (charSize == 0)
        charSize = quantizeCharSize(b.rect.h * 0.42);
    text(target, b.label, labelBox(b.rect), fg, Weight::Bold, Align::Centre, charSize);
}

void Theme::buttons(sf::RenderTarget& target, const std::vector<Button>& list, const Scheme& s,
                    int hover) const {
    // One text size for a whole row of buttons: the size the longest label allows.
    unsigned size = 1000;
    for (const Button& b : list)
        if (!b.label.empty())
            size = std::min(size, fitSize(b.label, labelBox(b.rect), Weight::Bold,
                                          quantizeCharSize(b.rect.h * 0.42)));
    for (std::size_t i = 0; i < list.size(); ++i)
        button(target, list[i], s, static_cast<int>(i) == hover, size);
}

void Theme::figure(sf::RenderTarget& target, const Drawing& d, const Rect& area, const Scheme& s,
                   const Rect& extent) const {
    if (extent.w <= 0 || extent.h <= 0)
        return;
    // One scale for both directions, so the person keeps their proportions.
    const double k = std::min(area.w / extent.w, area.h / extent.h);
    const double ox = area.x + (area.w - extent.w * k) / 2.0 - extent.x * k;
    const double oy = area.y + (area.h - extent.h * k) / 2.0 - extent.y * k;
    const Rect box{ox, oy, k, k}; // where the unit box lands
    for (const Block& b : d.blocks)
        fill(target,
             {box.x + b.rect.x * box.w, box.y + b.rect.y * box.h, b.rect.w * box.w,
              b.rect.h * box.h},
             toneColour(b.tone, s));
    SoftShapes shapes;
    for (const Stroke& st : d.strokes) {
        const sf::Color c = toSf(toneColour(st.tone, s));
        const float half = static_cast<float>(st.width * box.w / 2.0);
        for (std::size_t i = 0; i + 1 < st.points.size(); ++i)
            shapes.segment(v(st.points[i], box), v(st.points[i + 1], box), half, c);
        // Round joints and ends.
        for (const Vec2& p : st.points)
            shapes.disc(v(p, box), half, c);
    }
    for (const Disc& dc : d.discs)
        shapes.disc(v(dc.centre, box), static_cast<float>(dc.radius * box.w),
                    toSf(toneColour(dc.tone, s)));
    target.draw(shapes.vertices());
    for (const Label& l : d.labels) {
        const Rect r{box.x + (l.centre.x - l.height) * box.w,
                     box.y + (l.centre.y - l.height / 2) * box.h, l.height * 2 * box.w,
                     l.height * box.h};
        text(target, l.text, r, toneColour(l.tone, s), Weight::Bold);
    }
}

} // namespace nf::gui
