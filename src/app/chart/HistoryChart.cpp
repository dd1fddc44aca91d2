#include "app/chart/HistoryChart.hpp"

#include "app/SavePicture.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/System/Err.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>

namespace nf {
namespace {

// Everything is measured in units of the base text size, which follows the area's height.
struct Layout {
    float unit = 20.f;
    sf::FloatRect title, legend, painCaption, pain, sessionsCaption, sessions, dates;
    float axisWidth = 0.f;
    int legendRows = 1;
};

// The target's label sits right of the sessions panel, on its line: never over a bar.
std::string targetLabel(int target) {
    return "target " + std::to_string(target);
}

float textWidth(const sf::Font& font, const std::string& s, float px);

Layout layout(sf::FloatRect area, const sf::Font& font, int target) {
    Layout l;
    // Large enough to read from a few metres: a 340 px high chart in a 1024x720 window gets
    // about 23 px, its labels 20 px. The width caps it so the legend still fits on one line.
    // In a narrow area the legend takes two rows, for larger words.
    const float oneRow = std::min(area.height / 15.f, area.width / 46.f);
    const float twoRows = std::min(area.height / 16.2f, area.width / 26.f);
    l.legendRows = twoRows > oneRow ? 2 : 1;
    l.unit = std::clamp(std::max(oneRow, twoRows), 12.f, 60.f);
    const float u = l.unit;
    const float pad = u * 0.5f;
    l.axisWidth = u * 1.8f;
    const float right = textWidth(font, targetLabel(target), u * 0.85f) + u * 0.5f;
    const float left = area.left + pad + l.axisWidth;
    const float width = std::max(10.f, area.width - 2 * pad - l.axisWidth - right);
    float y = area.top + pad;
    l.title = {area.left + pad, y, area.width - 2 * pad, u * 1.4f};
    y += l.title.height + u * 0.3f;
    l.legend = {area.left + pad, y, area.width - 2 * pad,
                u * 1.2f * static_cast<float>(l.legendRows)};
    y += l.legend.height + u * 0.4f;
    // Each panel has its own caption and axis, apart from the other's: the numbers of the two
    // axes never run together.
    // A caption's row, and half a label's height under it for the top axis label.
    const float caption = u * 1.6f;
    const float datesHeight = u * 1.4f;
    const float gap = u * 0.5f;
    const float rest =
        std::max(20.f, area.top + area.height - pad - datesHeight - y - 2 * caption - gap);
    l.painCaption = {area.left + pad, y, area.width - 2 * pad, u * 1.1f};
    y += caption;
    l.pain = {left, y, width, rest * 0.56f};
    y += l.pain.height + gap;
    l.sessionsCaption = {area.left + pad, y, area.width - 2 * pad, u * 1.1f};
    y += caption;
    l.sessions = {left, y, width, rest * 0.44f};
    l.dates = {left, l.sessions.top + l.sessions.height, width, datesHeight};
    return l;
}

unsigned textSize(float px) {
    return static_cast<unsigned>(std::lround(std::max(8.f, px)));
}

enum class Align { Left, Centre, Right };

using TextProbe = std::function<void(const sf::Text&)>;

void text(const TextProbe& probe, sf::RenderTarget& target, const sf::Font& font,
          const std::string& s, float px, sf::Color colour, sf::Vector2f at, Align align,
          bool middle = true) {
    sf::Text t(s, font, textSize(px));
    t.setFillColor(colour);
    const sf::FloatRect b = t.getLocalBounds();
    float x = at.x - b.left;
    if (align == Align::Centre)
        x -= b.width / 2.f;
    if (align == Align::Right)
        x -= b.width;
    // Vertically centre on the line's cap height so labels sit on their grid line.
    const float y = middle ? at.y - static_cast<float>(t.getCharacterSize()) * 0.62f : at.y;
    t.setPosition(std::round(x), std::round(y));
    if (probe)
        probe(t);
    target.draw(t);
}

float textWidth(const sf::Font& font, const std::string& s, float px) {
    sf::Text t(s, font, textSize(px));
    return t.getLocalBounds().width;
}

void rect(sf::RenderTarget& target, sf::FloatRect r, sf::Color colour) {
    sf::RectangleShape shape({r.width, r.height});
    shape.setPosition(r.left, r.top);
    shape.setFillColor(colour);
    target.draw(shape);
}

void dot(sf::RenderTarget& target, sf::Vector2f at, float radius, sf::Color fill, sf::Color ring) {
    sf::CircleShape c(radius);
    c.setOrigin(radius, radius);
    c.setPosition(at);
    c.setFillColor(fill);
    c.setOutlineColor(ring);
    c.setOutlineThickness(radius * 0.3f);
    target.draw(c);
}

// A thick line from a to b, as two triangles (SFML lines are one pixel wide).
void segment(sf::VertexArray& tris, sf::Vector2f a, sf::Vector2f b, float width, sf::Color c) {
    const sf::Vector2f d = b - a;
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    if (len <= 0.f)
        return;
    const sf::Vector2f n{-d.y / len * width / 2.f, d.x / len * width / 2.f};
    for (sf::Vector2f p : {a + n, b + n, b - n, a + n, b - n, a - n})
        tris.append({p, c});
}

std::string shortDate(Date d) {
    static constexpr std::array<const char*, 12> kMonths = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::string(kMonths[static_cast<unsigned>(d.month()) - 1]) + " " +
           std::to_string(static_cast<unsigned>(d.day()));
}

float columnX(const sf::FloatRect& panel, std::size_t i, std::size_t n) {
    const float w = panel.width / static_cast<float>(std::max<std::size_t>(1, n));
    return panel.left + w * (static_cast<float>(i) + 0.5f);
}

void painLine(sf::RenderTarget& target, const Layout& l, const ChartData& data, bool before,
              sf::Color colour, const ChartStyle& style) {
    const std::size_t n = data.days.size();
    auto value = [&](std::size_t i) {
        return before ? data.days[i].painBefore : data.days[i].painAfter;
    };
    auto point = [&](std::size_t i) {
        return sf::Vector2f{columnX(l.pain, i, n),
                            l.pain.top +
                                l.pain.height * (1.f - static_cast<float>(*value(i)) / 10.f)};
    };
    sf::VertexArray tris(sf::Triangles);
    // Consecutive rated days are joined; a day without a rating breaks the line.
    for (std::size_t i = 1; i < n; ++i)
        if (value(i - 1) && value(i))
            segment(tris, point(i - 1), point(i), l.unit * 0.22f, colour);
    target.draw(tris);
    for (std::size_t i = 0; i < n; ++i)
        if (value(i))
            dot(target, point(i), l.unit * 0.32f, colour, style.background);
}

} // namespace

ChartStyle ChartStyle::dark() {
    ChartStyle s;
    s.background = {24, 26, 30};
    s.text = {235, 235, 235};
    s.muted = {160, 160, 160};
    s.grid = {60, 64, 70};
    s.painBefore = {240, 175, 40};
    s.painAfter = {86, 180, 233};
    s.floss = {0, 180, 130};
    s.flossStopped = {0, 100, 74};
    s.other = {110, 110, 110};
    s.target = {240, 110, 40};
    return s;
}

void drawHistoryChart(sf::RenderTarget& target, sf::FloatRect area, const ChartData& data,
                      const sf::Font& font, const ChartStyle& style, const sf::Font* bold) {
    const Layout l = layout(area, font, data.dailyTarget);
    const float u = l.unit;
    const std::size_t n = data.days.size();

    // Title and legend.
    const std::string title =
        "Calf pain and sessions, last " + std::to_string(n) + (n == 1 ? " day" : " days");
    text(style.onText, target, bold ? *bold : font, title, u * 1.3f, style.text,
         {l.title.left, l.title.top}, Align::Left, false);
    float x = l.legend.left;
    float ly = l.legend.top + u * 0.6f;
    auto legendItem = [&](sf::Color colour, const std::string& label, bool bar) {
        if (x > l.legend.left &&
            x + u * 1.2f + textWidth(font, label, u * 0.9f) > l.legend.left + l.legend.width) {
            x = l.legend.left; // the next row
            ly += u * 1.2f;
        }
        if (bar)
            rect(target, {x, ly - u * 0.4f, u * 0.8f, u * 0.8f}, colour);
        else
            dot(target, {x + u * 0.4f, ly}, u * 0.35f, colour, style.background);
        x += u * 1.2f;
        text(style.onText, target, font, label, u * 0.9f, style.text, {x, ly}, Align::Left);
        x += textWidth(font, label, u * 0.9f) + u * 1.2f;
    };
    legendItem(style.painBefore, "Pain before", false);
    legendItem(style.painAfter, "Pain after", false);
    legendItem(style.floss, "Flossing", true);
    legendItem(style.flossStopped, "Stopped early", true);
    legendItem(style.other, "Other routines", true);

    auto caption = [&](const sf::FloatRect& r, const std::string& words) {
        text(style.onText, target, font, words, u * 0.85f, style.muted,
             {r.left, r.top + r.height / 2.f}, Align::Left);
    };

    // The pain panel: 0 (none) to 10 (worst).
    caption(l.painCaption, "Calf pain, 0 (none) to 10 (worst)");
    // Every second value when the labels have room, else 0, 5 and 10.
    const int painStep = l.pain.height / 5.f >= u * 1.05f ? 2 : 5;
    for (int v = 0; v <= 10; v += painStep) {
        const float y = l.pain.top + l.pain.height * (1.f - static_cast<float>(v) / 10.f);
        rect(target, {l.pain.left, y - 1.f, l.pain.width, 2.f}, style.grid);
        text(style.onText, target, font, std::to_string(v), u * 0.85f, style.muted,
             {l.pain.left - u * 0.5f, y}, Align::Right);
    }
    const bool anyPain = std::any_of(data.days.begin(), data.days.end(),
                                     [](const DayStats& d) { return d.painBefore || d.painAfter; });
    if (!anyPain)
        text(style.onText, target, font, "No pain ratings in these days yet", u, style.muted,
             {l.pain.left + l.pain.width / 2.f, l.pain.top + l.pain.height / 2.f}, Align::Centre);
    painLine(target, l, data, true, style.painBefore, style);
    painLine(target, l, data, false, style.painAfter, style);

    // The sessions panel: stacked bars (finished flossing at the bottom, then flossing stopped
    // early as far as its reps went, then other routines), with the target across.
    caption(l.sessionsCaption, "Sessions a day");
    float most = static_cast<float>(std::max(1, data.dailyTarget));
    for (const DayStats& d : data.days)
        most = std::max(most, static_cast<float>(d.flossSessions + d.otherSessions) +
                                  static_cast<float>(d.flossStopped));
    const int whole = static_cast<int>(std::ceil(most));
    const float top = static_cast<float>(whole) + 0.5f;
    auto barY = [&](float v) { return l.sessions.top + l.sessions.height * (1.f - v / top); };
    rect(target, {l.sessions.left, barY(0.f) - 1.f, l.sessions.width, 2.f}, style.muted);
    // Labels at least a line apart.
    const float perSession = l.sessions.height / top;
    const int step = std::max(whole > 6 ? 2 : 1,
                              static_cast<int>(std::ceil(u * 1.05f / std::max(perSession, 1.f))));
    for (int v = step; v <= whole; v += step) {
        const float y = barY(static_cast<float>(v));
        rect(target, {l.sessions.left, y - 1.f, l.sessions.width, 2.f}, style.grid);
        text(style.onText, target, font, std::to_string(v), u * 0.85f, style.muted,
             {l.sessions.left - u * 0.5f, y}, Align::Right);
    }
    const float colW = l.sessions.width / static_cast<float>(std::max<std::size_t>(1, n));
    const float barW = std::max(2.f, colW * 0.7f);
    for (std::size_t i = 0; i < n; ++i) {
        const float cx = columnX(l.sessions, i, n);
        float base = 0.f;
        auto segment = [&](float amount, sf::Color colour) {
            if (amount <= 0.f)
                return;
            rect(target,
                 {cx - barW / 2.f, barY(base + amount), barW, barY(base) - barY(base + amount)},
                 colour);
            base += amount;
        };
        segment(static_cast<float>(data.days[i].flossSessions), style.floss);
        segment(static_cast<float>(data.days[i].flossStopped), style.flossStopped);
        segment(static_cast<float>(data.days[i].otherSessions), style.other);
    }
    const float ty = barY(static_cast<float>(data.dailyTarget));
    const int dashes = static_cast<int>(std::ceil(l.sessions.width / (u * 0.9f)));
    for (int k = 0; k < dashes; ++k) {
        const float dx = static_cast<float>(k) * u * 0.9f;
        rect(target,
             {l.sessions.left + dx, ty - u * 0.08f, std::min(u * 0.55f, l.sessions.width - dx),
              u * 0.16f},
             style.target);
    }
    text(style.onText, target, font, targetLabel(data.dailyTarget), u * 0.85f, style.target,
         {l.sessions.left + l.sessions.width + u * 0.3f, ty}, Align::Left);

    // Dates: every seventh day counted back from today, so today always has its label.
    for (std::size_t i = 0; i < n; ++i) {
        if ((n - 1 - i) % 7 != 0)
            continue;
        const float cx = columnX(l.dates, i, n);
        rect(target, {cx - 1.f, l.dates.top, 2.f, u * 0.3f}, style.muted);
        const std::string label = i + 1 == n ? "today" : shortDate(data.days[i].day);
        const Align align = i + 1 == n ? Align::Right : (i < 2 ? Align::Left : Align::Centre);
        const float ax =
            align == Align::Right ? std::min(cx + u, l.dates.left + l.dates.width) : cx;
        text(style.onText, target, font, label, u * 0.85f, style.muted,
             {ax, l.dates.top + u * 0.95f}, align);
    }
}

void saveHistoryChart(const std::filesystem::path& file, const ChartData& data,
                      const sf::Font& font, const sf::Font* bold, unsigned width, unsigned height) {
    if (auto problem = displayProblem())
        throw ChartError("cannot draw the chart: " + *problem);
    // SFML reports on sf::err() (stderr) in several lines; keep them and say one line instead.
    std::ostringstream sfmlErrors;
    std::streambuf* previous = sf::err().rdbuf(sfmlErrors.rdbuf());
    struct Restore {
        std::streambuf* buffer;
        ~Restore() { sf::err().rdbuf(buffer); }
    } restore{previous};

    sf::RenderTexture texture;
    if (!texture.create(width, height))
        throw ChartError("cannot draw the chart: no off-screen drawing surface of " +
                         std::to_string(width) + "x" + std::to_string(height));
    const ChartStyle style = ChartStyle::light();
    texture.clear(style.background);
    drawHistoryChart(texture, {0.f, 0.f, static_cast<float>(width), static_cast<float>(height)},
                     data, font, style, bold);
    texture.display();
    try {
        savePicture(texture.getTexture().copyToImage(), file);
    } catch (const std::runtime_error& e) {
        throw ChartError(e.what());
    }
}

} // namespace nf
