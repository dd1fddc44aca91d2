#include "app/gui/session/PainEntry.hpp"

#include "core/SessionEvent.hpp"

#include <algorithm>

namespace nf::gui {
namespace {

constexpr const char* kArrow = " \xE2\x86\x92 "; // a right arrow
constexpr const char* kDash = "\xE2\x80\x93";    // an en dash: not given

} // namespace

PainEntry::PainEntry(std::optional<int> given) {
    if (given && validPain(*given)) {
        m_value = given;
        m_finished = true;
    }
}

int PainEntry::digit(int d) {
    d = std::clamp(d, 0, 9);
    if (m_tenPending && d == 0) {
        m_value = 10;
        m_tenPending = false;
    } else {
        m_value = d;
        m_tenPending = d == 1;
    }
    return *m_value;
}

std::optional<int> PainEntry::choose(int value) {
    m_tenPending = false;
    if (!validPain(value))
        return std::nullopt;
    m_value = value;
    m_finished = true;
    return m_value;
}

bool PainEntry::enter() {
    m_tenPending = false;
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

std::string painLabel(PainWhen when, const PainEntry& entry, std::optional<int> before) {
    const char* word = when == PainWhen::After ? "after" : "before";
    if (!entry.value())
        return when == PainWhen::Before        ? "Calf pain now? Keys 0-10 (1 then 0 is 10)"
               : when == PainWhen::BeforeAtEnd ? "Calf pain before you started? 0-10, Enter skips"
                                               : "Calf pain now? Keys 0-10, Enter skips";
    // The rating before beside the one after, and at most one bracket.
    std::string s = when == PainWhen::After && before
                        ? "Calf pain: before " + std::to_string(*before) + ", after " +
                              std::to_string(*entry.value())
                        : std::string("Calf pain ") + word + ": " + std::to_string(*entry.value());
    if (entry.mayBecomeTen())
        s += " (0 for 10)";
    return s;
}

std::string painPair(std::optional<int> before, std::optional<int> after) {
    if (!before && !after)
        return "";
    auto one = [](const std::optional<int>& v) {
        return v ? std::to_string(*v) : std::string(kDash);
    };
    return one(before) + kArrow + one(after);
}

} // namespace nf::gui
