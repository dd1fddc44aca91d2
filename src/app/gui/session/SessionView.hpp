#pragma once

#include "app/gui/kit/KeyMap.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Texts.hpp"
#include "app/gui/kit/Theme.hpp"
#include "app/gui/session/PainEntry.hpp"
#include "app/gui/session/SessionFrame.hpp"

#include <vector>

namespace nf::gui {

// Which buttons the session screen offers: an exercise routine's, or the self-check guide's
// (next step, stop at a symptom; no sets to end or restart).
enum class SessionControls { Exercise, Guide };

// What is drawn over the session.
enum class SessionOverlay { None, Paused, ConfirmLeave, ConfirmRestart, ConfirmGoOn };

struct SessionChrome {
    SessionOverlay overlay = SessionOverlay::None;
    SessionControls controls = SessionControls::Exercise;
    std::string reminder; // the lead-in's safety line until the notice is acknowledged, or empty
    bool muted = false;
    bool soundless = false; // sound was wanted and no device plays it
    bool fullscreen = false;
    int hover = -1;
    // The pain before, asked (when set) from the lead-in on until it is answered or skipped.
    const PainEntry* painBefore = nullptr;
    bool gettingReady = false; // the lead-in or a new exercise's set-up, not paused: Space starts
    int repsInSet = 0;         // ConfirmRestart: the reps a restart would throw away
};

// The pain strips' buttons: kPainButtons + 0..10 (and + kPainSkip), apart from every action.
inline constexpr int kPainButtons = 100;

// Paints one session frame into a target of `size` (a window or an offscreen texture) and lists
// its buttons. The same function serves the live window and `nervefloss render`.
void paintSession(sf::RenderTarget& target, const Theme& theme, Size size,
                  const SessionFrame& frame, const SessionChrome& chrome,
                  std::vector<Button>& buttons);

// With `painAfter`, the summary asks for a pain rating: the one after the session (`before`
// shown beside it), or, with `asking` BeforeAtEnd, the pain before asked again.
void paintSummary(sf::RenderTarget& target, const Theme& theme, Size size, const Summary& summary,
                  const std::string& routineName, int hover, std::vector<Button>& buttons,
                  const PainEntry* painAfter = nullptr, std::optional<int> before = std::nullopt,
                  PainWhen asking = PainWhen::After);

} // namespace nf::gui
