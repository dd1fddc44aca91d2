#include "app/SavePicture.hpp"
#include "app/gui/kit/Gui.hpp"
#include "app/gui/session/SessionView.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <limits>
#include <sstream>
#include <stdexcept>

namespace nf::gui {

void renderSessionFrame(const RunRequest& run, const RenderRequest& req) {
    // The picture is of an uninterrupted run: no long-gap pause when jumping straight to `at`.
    SessionOptions options;
    options.maxGap = Micros{std::numeric_limits<Micros::rep>::max() / 4};
    options.maxStall = options.maxGap;
    Session session(Timeline(run.routine, run.side), options);
    const Micros at = fromSeconds(req.atSeconds);
    session.start(Micros{0});
    session.update(at);
    if (req.paused)
        session.pause(at);
    const SessionSnapshot snap = session.snapshot(at);

    const Theme theme;
    sf::RenderTexture texture;
    sf::ContextSettings cs;
    cs.antialiasingLevel = 4;
    std::ostringstream quiet;
    std::streambuf* previous = sf::err().rdbuf(quiet.rdbuf());
    const bool created = texture.create(req.width, req.height, cs);
    sf::err().rdbuf(previous);
    if (!created)
        throw std::runtime_error("cannot make a " + std::to_string(req.width) + "x" +
                                 std::to_string(req.height) + " offscreen picture");
    const Size size{static_cast<double>(req.width), static_cast<double>(req.height)};
    std::vector<Button> buttons;
    if (session.state() == SessionState::Finished) {
        paintSummary(texture, theme, size, summarize(snap, session.timeline()), run.routine.name,
                     -1, buttons);
    } else {
        SessionChrome chrome;
        chrome.overlay = req.paused ? SessionOverlay::Paused : SessionOverlay::None;
        // The buttons the live window shows there: Start and +10 s while getting ready.
        chrome.gettingReady = snap.gettingReady();
        paintSession(texture, theme, size, describeSession(snap, session.timeline()), chrome,
                     buttons);
    }
    texture.display();
    savePicture(texture.getTexture().copyToImage(), req.output);
}

} // namespace nf::gui
