#pragma once

#include "app/AppContext.hpp"
#include "app/gui/home/HomeLayout.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Theme.hpp"

#include <SFML/Window/Event.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nf::gui {

class ScreenHost;

// The history's part of the home screen: owns the window's connection to the history, and shows
// today's plan for each routine, today against the daily target, the streak and the last pain in a
// band, the guardrail's suggestion (applied with U or a click) in a second band, and opens the
// history screen (G) and, once a window run, the morning question; then the check-ins: where it was
// felt right after each session, the weekly urgent signs and the two-weekly bothersomeness when
// due. The home screen keeps its own rows and buttons and only hands this its bands, keys and
// clicks. Made by makeHomeHistory; null in a build without the history module.
class HomeHistory {
  public:
    virtual ~HomeHistory() = default;

    // How many bands home must make room for (layoutHome's historyBands): 1 or 2.
    virtual int bands() const = 0;
    // Before home paints: reloads the status if home was covered or the day changed, and asks
    // the morning question the first time it is due.
    virtual void refresh(ScreenHost& host) = 0;
    // Home was covered by another screen (a session, settings...): read the history again.
    virtual void stale() = 0;
    // Today's plan for a routine's row ("1 of 2 done (08:12); next at 18:30", "rest day, next
    // tomorrow"), or nothing when the routine is not in the plan or the plan cannot be read.
    virtual std::optional<std::string> planFor(const std::string& routineId) const = 0;
    // The same in a few words for a one-line row ("due", "done 08:12", "rest day"): planShort.
    virtual std::optional<std::string> planShortFor(const std::string& routineId) const = 0;
    // One line for home's subheading while it is due (a history file moved aside), or nothing.
    virtual std::optional<std::string> notice() const = 0;

    // Paints the bands of `layout` and appends their buttons; `hover` indexes `buttons`.
    virtual void paint(sf::RenderTarget& target, ScreenHost& host, const HomeLayout& layout,
                       std::vector<Button>& buttons, int hover) = 0;
    // True when the button (or key: home's key map gives HomeAction::History and ::Apply) was
    // the history's.
    virtual bool onButton(int action, ScreenHost& host) = 0;
};

// The history's button numbers on the home screen start here, apart from home's own
// (HomeAction::History and ::Apply are its first two).
inline constexpr int kHomeHistoryButtons = 900;

std::unique_ptr<HomeHistory> makeHomeHistory(AppContext& context);

} // namespace nf::gui
