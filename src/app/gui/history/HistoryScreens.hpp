#pragma once

#include "app/AppContext.hpp"
#include "app/gui/history/CheckInFlow.hpp"
#include "app/history/HistoryStore.hpp"

#include <functional>
#include <memory>

namespace nf::gui {

class Screen;

// The screens that read or write the history (built only with the history module). The store
// belongs to the home screen's HomeHistory, which outlives every screen pushed over home.

// Pain before and after per day and sessions per day over the last 30 days, and the recent
// sessions. Read once when made: nothing on it changes until it is opened again.
std::unique_ptr<Screen> makeHistoryScreen(const HistoryStore& store, const AppContext& context);

// "How is your calf this morning?" about `sessionDay`: better, same or worse, or skip.
// `answered` runs after an answer was recorded (not after a skip).
std::unique_ptr<Screen> makeMorningScreen(HistoryStore& store, Date sessionDay,
                                          std::function<void()> answered);

// A check-in (where felt, the urgent signs, bothersomeness) asked and kept in `store`, as
// `nervefloss checkin` keeps it; `kept` runs after the answers were recorded. A yes to an urgent
// sign replaces it with the urgent notice.
std::unique_ptr<Screen> makeCheckInScreen(HistoryStore& store, CheckInKind kind,
                                          std::function<void()> kept);

} // namespace nf::gui
