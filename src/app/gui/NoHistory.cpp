// A build without the history module (NERVEFLOSS_MODULES without "store"): home has no history.

#include "app/gui/HomeHistory.hpp"

namespace nf::gui {

std::unique_ptr<HomeHistory> makeHomeHistory(AppContext&) { return nullptr; }

} // namespace nf::gui
