#include "app/gui/home/SafetyModel.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/session/HandsFree.hpp"
#include "app/gui/session/PainView.hpp"
#include "app/gui/session/SessionView.hpp"
#include "core/HistoryRules.hpp"

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

// The end of a session: what was done and, when the session is recorded, the pain before again
// if it is missing, then the pain after (keys 0-10 or a click; Enter skips); then home or the
// same routine again.
class SummaryScreen final : public Screen {
  public:
    SummaryScreen(Summary summary, std::shared_ptr<SessionRun> run)
        : m_summary(std::move(summary)), m_run(std::move(run)), m_request(m_run->request()),
          m_pain(m_run->painBefore(), m_run->painAfter()) {}

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        if (m_run->recorded()) {
            if (const auto d = digitKey(key.code))
                return rate(m_pain.entry().digit(*d));
            // Enter first settles the rating (a pending 1, or skipping it); only an Enter after
            // the last one goes home, so one key never both records a rating and moves on.
            if (key.code == sf::Keyboard::Enter && m_pain.entry().enter())
                return;
            m_pain.entry().otherKey();
        }
        if (const auto a = actionFor(keyMap(KeyScreen::Summary), key.code, key.shift))
            onButton(*a, host);
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            onButton(static_cast<int>(SummaryAction::Help), host);
    }
    void onButton(int a, ScreenHost& host) override {
        if (a >= kPainButtons) {
            if (a == kPainButtons + kPainSkip)
                m_pain.entry().enter();
            else if (const auto v = m_pain.entry().choose(a - kPainButtons))
                rate(*v);
            return;
        }
        switch (static_cast<SummaryAction>(a)) {
        case SummaryAction::Home:
            host.popToHome();
            break;
        case SummaryAction::Again: {
            // Again writes no trace: --trace describes the run it was given for.
            RunRequest again = m_request;
            again.tracePath.reset();
            again.painBefore.reset();
            again.painAfter.reset();
            host.replace(makeSessionScreen(host, std::move(again)));
            break;
        }
        case SummaryAction::Quit:
            host.quit();
            break;
        case SummaryAction::Help:
            host.push(makeHelpScreen(KeyScreen::Summary));
            break;
        case SummaryAction::FullScreen:
            host.toggleFullscreen();
            break;
        case SummaryAction::PainDigit:
            break; // taken by the rating above
        }
    }
    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        // A rise of 2 or more is an amber: the summary says to stop, not "well done".
        m_summary.heading = summaryHeading(m_summary.stopped, m_pain.before(), m_pain.after());
        paintSummary(target, host.theme(), host.size(), m_summary, m_request.routine.name, m_hover,
                     m_buttons, m_run->recorded() ? &m_pain.entry() : nullptr, m_pain.before(),
                     m_pain.asking());
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 " + m_summary.heading; }

  private:
    void rate(int pain) {
        m_run->ratePain(m_pain.asking() == PainWhen::BeforeAtEnd ? PainMoment::Before
                                                                 : PainMoment::After,
                        pain);
    }

    Summary m_summary;
    std::shared_ptr<SessionRun> m_run; // the pains are rated on the finished session
    RunRequest m_request;
    EndRatings m_pain;
};

// The session: follows one SessionRun, paints its frames, turns keys and clicks into commands.
class SessionScreen final : public Screen {
  public:
    SessionScreen(ScreenHost& host, RunRequest request)
        : m_run(host.startSession(std::move(request))), m_painBefore(m_run->request().painBefore) {}

    void update(ScreenHost& host) override {
        if (!m_started) {
            m_started = true;
            m_mutedApplied = host.muted();
            m_run->setMuted(m_mutedApplied);
            m_run->start(); // the lead-in starts at once: nothing waits for a key
        }
        if (m_mutedApplied != host.muted()) {
            m_mutedApplied = host.muted();
            m_run->setMuted(m_mutedApplied);
        }
        for (RemoteCommand c : m_run->remoteCommands())
            remote(c, host);
        m_run->update();
        if (m_run->state() == SessionState::Finished && !m_done) {
            m_done = true;
            host.replace(std::make_unique<SummaryScreen>(
                summarize(m_run->snapshot(), m_run->timeline()), m_run));
        }
    }

    bool changed(ScreenHost& host) const override {
        return !m_painted || *m_painted != frameNow(host.clock().now());
    }
    std::optional<Micros> untilChange(ScreenHost& host) const override {
        return untilNextChange(m_run->snapshot(host.clock().now()), m_run->timeline());
    }
    std::optional<Micros> deadline() const override { return m_run->nextDeadline(); }

    void onClose(ScreenHost&) override {
        if (m_run->state() != SessionState::Finished)
            m_run->command(SessionCommand::Stop);
    }

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        if (m_confirm != Confirm::None) {
            const KeyScreen dialog = m_confirm == Confirm::Leave  ? KeyScreen::Leave
                                     : m_confirm == Confirm::GoOn ? KeyScreen::GoOn
                                                                  : KeyScreen::Restart;
            if (const auto a = actionFor(keyMap(dialog), key.code, key.shift))
                onButton(*a, host);
            return;
        }
        // The pain before: asked from the lead-in on, until answered or skipped, and never waited
        // for: a number key gives it whenever it is asked.
        if (askingPain(host)) {
            if (const auto d = digitKey(key.code)) {
                rateBefore(m_painBefore.digit(*d));
                m_painted.reset();
                return;
            }
            if (key.code == sf::Keyboard::Enter && m_painBefore.enter()) {
                m_painted.reset();
                return;
            }
        }
        m_painBefore.otherKey();
        if (const auto a = actionFor(keyMap(KeyScreen::Session), key.code, key.shift))
            onButton(*a, host);
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            act(SessionAction::Help, host);
    }
    void onPadButton(unsigned button, ScreenHost& host) override {
        const auto pad = padAction(button);
        if (!pad)
            return;
        // Over the leave question a pad only closes it: it must never end a session by accident.
        if (m_confirm != Confirm::None)
            return act(SessionAction::Stay, host);
        switch (*pad) {
        case PadAction::TogglePause:
            act(SessionAction::TogglePause, host);
            break;
        case PadAction::Skip:
            act(SessionAction::Skip, host);
            break;
        case PadAction::EndSet:
            act(SessionAction::EndSet, host);
            break;
        }
    }
    void onButton(int a, ScreenHost& host) override {
        if (a >= kPainButtons) {
            if (a == kPainButtons + kPainSkip)
                m_painBefore.enter();
            else if (const auto v = m_painBefore.choose(a - kPainButtons))
                rateBefore(*v);
            m_painted.reset();
            return;
        }
        act(static_cast<SessionAction>(a), host);
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const SessionFrame frame = frameNow(host.clock().now());
        SessionChrome chrome;
        chrome.overlay = m_confirm == Confirm::Leave     ? SessionOverlay::ConfirmLeave
                         : m_confirm == Confirm::Restart ? SessionOverlay::ConfirmRestart
                         : m_confirm == Confirm::GoOn    ? SessionOverlay::ConfirmGoOn
                         : frame.paused                  ? SessionOverlay::Paused
                                                         : SessionOverlay::None;
        chrome.repsInSet = m_run->snapshot(host.clock().now()).repsInSet;
        if (chrome.overlay != m_overlay)
            m_hover = -1; // another set of buttons
        m_overlay = chrome.overlay;
        chrome.muted = host.muted();
        chrome.soundless = !m_run->soundProblem().empty();
        chrome.fullscreen = host.fullscreen();
        chrome.hover = m_hover;
        chrome.reminder = leadInReminder(host.context().settings);
        if (askingPain(host))
            chrome.painBefore = &m_painBefore;
        chrome.gettingReady = gettingReady(host);
        paintSession(target, host.theme(), host.size(), frame, chrome, m_buttons);
        m_painted = frame;
    }
    std::string title() const override {
        return "nervefloss \xE2\x80\x94 " + m_run->timeline().routine().name;
    }

  private:
    SessionFrame frameNow(Micros now) const {
        return describeSession(m_run->snapshot(now), m_run->timeline());
    }
    // A recorded session asks for the pain before from its lead-in on, until it is skipped with
    // Enter or answered: during the lead-in the answer may still change; after it, an answer
    // stays in sight to the end of its step (a 1 may still become 10), then the question goes.
    bool askingPain(const ScreenHost& host) const {
        if (!m_run->recorded() || m_painBefore.skipped())
            return false;
        const SessionSnapshot snap = m_run->snapshot(host.clock().now());
        if (!snap.step || snap.state == SessionState::Finished)
            return false;
        return snap.step->kind == StepKind::LeadIn || !m_painBefore.value() ||
               m_answeredInStep == snap.stepIndex;
    }
    bool gettingReady(const ScreenHost& host) const {
        return m_run->snapshot(host.clock().now()).gettingReady();
    }

    // A media key: the same as its key on the keyboard, except that Play and Pause are not
    // toggles, and Stop only asks to leave (a headset button pressed by mistake must not end
    // the session).
    void remote(RemoteCommand c, ScreenHost& host) {
        switch (c) {
        case RemoteCommand::PlayPause:
            act(SessionAction::TogglePause, host);
            break;
        case RemoteCommand::Next:
            act(SessionAction::Skip, host);
            break;
        case RemoteCommand::Stop:
            act(SessionAction::Back, host);
            break;
        case RemoteCommand::Play:
            m_run->command(SessionCommand::Resume);
            m_painted.reset();
            break;
        case RemoteCommand::Pause:
            m_run->command(SessionCommand::Pause);
            m_painted.reset();
            break;
        }
    }

    void act(SessionAction a, ScreenHost& host) {
        switch (a) {
        case SessionAction::Go:
            // Space: getting ready, start at once; otherwise pause or go on.
            m_run->command(gettingReady(host) ? SessionCommand::Skip : SessionCommand::TogglePause);
            break;
        case SessionAction::TogglePause:
            m_run->command(SessionCommand::TogglePause);
            break;
        case SessionAction::MoreTime:
            m_run->command(SessionCommand::MoreTime); // the core refuses it in a posture
            break;
        case SessionAction::Skip:
            m_run->command(SessionCommand::Skip);
            break;
        case SessionAction::EndSet:
            m_run->command(SessionCommand::EndSetEarly);
            break;
        case SessionAction::Restart:
            // Restarting throws the set's reps away: ask first when there are any.
            if (m_run->snapshot(host.clock().now()).repsInSet > 0)
                ask(Confirm::Restart);
            else
                m_run->command(SessionCommand::RestartSet);
            break;
        case SessionAction::RestartConfirmed:
            m_confirm = Confirm::None;
            m_run->command(SessionCommand::RestartSet); // resumes first if paused
            break;
        case SessionAction::Mute:
            host.setMuted(!host.muted());
            break;
        case SessionAction::FullScreen:
            host.toggleFullscreen();
            break;
        case SessionAction::Help:
            // Reading the help is not exercising: the session waits.
            m_run->command(SessionCommand::Pause);
            host.push(makeHelpScreen(KeyScreen::Session));
            break;
        case SessionAction::Safety:
            m_run->command(SessionCommand::Pause);
            host.push(makeSafetyScreen(SafetyMode::Reading));
            break;
        case SessionAction::Back:
            if (m_run->state() == SessionState::Finished)
                host.popToHome();
            else
                ask(Confirm::Leave);
            break;
        case SessionAction::Stay:
            m_confirm = Confirm::None;
            if (m_pausedToAsk)
                m_run->command(SessionCommand::Resume);
            m_pausedToAsk = false;
            break;
        case SessionAction::Leave:
            m_confirm = Confirm::None;
            m_run->command(SessionCommand::Stop); // the summary follows on the next update
            break;
        case SessionAction::Symptom:
        case SessionAction::Pause: // the self-check guide's only
        case SessionAction::PainDigit:
            break; // taken by the pain entry above
        }
        m_painted.reset();
    }

    // A question over the session: the session waits while it is asked (as for the help), and
    // goes on only if it was running when asked.
    enum class Confirm { None, Leave, Restart, GoOn };

    // A flare is no time to floss: a pain before of 8 or more asks, once, whether to go on at
    // all (as the terminal does before it starts); the session waits for the answer.
    void rateBefore(int pain) {
        m_run->ratePain(PainMoment::Before, pain);
        m_answeredInStep = m_run->snapshot().stepIndex;
        if (asksWhetherToGoOn(pain) && !m_goOnAsked) {
            m_goOnAsked = true;
            ask(Confirm::GoOn);
        }
    }
    void ask(Confirm what) {
        m_pausedToAsk =
            m_run->state() == SessionState::Running || m_run->state() == SessionState::LeadIn;
        if (m_pausedToAsk)
            m_run->command(SessionCommand::Pause);
        m_confirm = what;
    }

    std::shared_ptr<SessionRun> m_run;
    PainEntry m_painBefore;
    bool m_started = false;
    bool m_done = false;
    Confirm m_confirm = Confirm::None;
    bool m_pausedToAsk = false;
    bool m_goOnAsked = false;
    std::size_t m_answeredInStep = 0; // the step in which the pain before was last given
    bool m_mutedApplied = false;
    SessionOverlay m_overlay = SessionOverlay::None;
    std::optional<SessionFrame> m_painted;
};

} // namespace

std::unique_ptr<Screen> makeSessionScreen(ScreenHost& host, RunRequest request) {
    return std::make_unique<SessionScreen>(host, std::move(request));
}

} // namespace nf::gui
