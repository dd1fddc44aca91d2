#include "app/gui/kit/Palette.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace nf::gui {
namespace {

double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t lerp8(std::uint8_t a, std::uint8_t b, double t) {
    return static_cast<std::uint8_t>(std::lround(a + (b - a) * std::clamp(t, 0.0, 1.0)));
}

} // namespace

double luminance(Rgb c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrastRatio(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb textOn(Rgb background) {
    return contrastRatio(palette::kInk, background) >= contrastRatio(palette::kPaper, background)
               ? palette::kInk
               : palette::kPaper;
}

Rgb mix(Rgb a, Rgb b, double t) {
    return {lerp8(a.r, b.r, t), lerp8(a.g, b.g, t), lerp8(a.b, b.b, t), lerp8(a.a, b.a, t)};
}

int postureSlot(const Exercise& exercise, int phaseIndex) {
    std::vector<std::string> seen;
    int slot = -1;
    for (int i = 0; i < static_cast<int>(exercise.phases.size()) && i <= phaseIndex; ++i) {
        const std::string& key = exercise.phases[static_cast<std::size_t>(i)].posture;
        auto it = key.empty() ? seen.end() : std::find(seen.begin(), seen.end(), key);
        if (it == seen.end()) {
            // A phase with no key never matches another; it still takes a slot.
            seen.push_back(key.empty() ? "\x01" + std::to_string(i) : key);
            it = seen.end() - 1;
        }
        if (i == phaseIndex)
            slot = static_cast<int>(it - seen.begin());
    }
    return std::max(slot, 0);
}

Rgb postureColour(int slot) {
    const int n = palette::kPostureCount;
    return palette::kPostures[((slot % n) + n) % n];
}

Scheme neutralScheme(Rgb background) {
    const Rgb fg = textOn(background);
    return {background, fg, mix(background, fg, 0.6), mix(background, fg, 0.85)};
}

Scheme schemeForPosture(int slot) {
    const Rgb bg = postureColour(slot);
    const Rgb fg = textOn(bg);
    return {bg, fg, mix(bg, fg, 0.45), fg};
}

Scheme schemeFor(const Timeline& timeline, const Step* step) {
    if (!step)
        return neutralScheme(palette::kHome);
    switch (step->kind) {
    case StepKind::Phase: {
        const auto& exercises = timeline.routine().exercises;
        if (step->exercise < 0 || step->exercise >= static_cast<int>(exercises.size()))
            return schemeForPosture(step->phase);
        return schemeForPosture(
            postureSlot(exercises[static_cast<std::size_t>(step->exercise)], step->phase));
    }
    case StepKind::LeadIn:
        return neutralScheme(palette::kLeadIn);
    case StepKind::Rest:
        return neutralScheme(palette::kRest);
    case StepKind::Switch:
    case StepKind::Transition:
        return neutralScheme(palette::kSwitch);
    }
    return neutralScheme(palette::kHome);
}

} // namespace nf::gui
