// The slump self-check in the window: the guide (a session of the self-check routine, with its
// own buttons), then the questions, then the result; the answers are events of the guide's
// session, so the trace and the history see them.

#include "app/gui/home/SafetyModel.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/selfcheck/SelfCheckFlow.hpp"
#include "app/gui/selfcheck/SelfCheckView.hpp"
#include "app/gui/session/SessionView.hpp"

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

// The questions after the guide, then the result. Owns the flow; once the last answer is given,
// hands every answer to the guide's session, whose history sink keeps them.
class SelfCheckAnswersScreen final : public Screen {
  public:
    SelfCheckAnswersScreen(std::shared_ptr<SessionRun> run, const SelfCheckGuide& guide)
        : m_run(std::move(run)), m_request(m_run->request()),
          m_flow(guide.testedLegs(), guide.symptomLegs()) {}

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        const bool asking = m_flow.stage() == SelfCheckStage::Questions;
        const KeyMap& keys = keyMap(asking ? KeyScreen::Questions : KeyScreen::Result);
        if (const auto a = actionFor(keys, key.code, key.shift))
            onButton(*a, host);
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            onButton(static_cast<int>(AnswerAction::Help), host);
    }
    void onButton(int a, ScreenHost& host) override {
        const bool asking = m_flow.stage() == SelfCheckStage::Questions;
        switch (static_cast<AnswerAction>(a)) {
        case AnswerAction::Yes:
        case AnswerAction::No:
            if (!asking)
                break;
            m_flow.answer(static_cast<AnswerAction>(a) == AnswerAction::Yes);
            if (m_flow.takeSave())
                save();
            break;
        case AnswerAction::Undo:
            m_flow.undo();
            break;
        case AnswerAction::Help:
            host.push(makeHelpScreen(asking ? KeyScreen::Questions : KeyScreen::Result));
            break;
        case AnswerAction::Leave:
        case AnswerAction::Home:
            host.popToHome();
            break;
        case AnswerAction::Again: {
            RunRequest again = m_request;
            again.tracePath.reset();
            host.replace(makeSelfCheckScreen(host, std::move(again)));
            break;
        }
        case AnswerAction::Safety:
            host.push(makeSafetyScreen(SafetyMode::Reading));
            break;
        case AnswerAction::FullScreen:
            host.toggleFullscreen();
            break;
        }
        m_hover = -1; // the buttons change with the question
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        paintSelfCheckAnswers(target, host.theme(), host.size(), m_flow, m_saveNote, m_hover,
                              m_buttons);
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 Self-check"; }

  private:
    void save() {
        for (const LegAnswers& leg : m_flow.answers())
            for (std::size_t q = 0; q < leg.answers.size(); ++q)
                if (leg.answers[q])
                    m_run->answerSelfCheck(leg.leg, static_cast<int>(q), *leg.answers[q]);
        m_run->completeSelfCheck(m_flow.outcome().overall == SelfCheckVerdict::Urgent);
        m_saveNote = kSelfCheckKept;
    }

    std::shared_ptr<SessionRun> m_run;
    RunRequest m_request;
    SelfCheckFlow m_flow;
    std::string m_saveNote;
};

// The guide: the self-check routine on the ordinary session (sound, cues and trace as for any
// routine), with Space for the next step and S to stop at the first symptom.
class SelfCheckGuideScreen final : public Screen {
  public:
    SelfCheckGuideScreen(ScreenHost& host, RunRequest request)
        : m_run(host.startSession(std::move(request))),
          m_guide(m_run->request().side == SideChoice::Left ? SideChoice::Left
                                                            : SideChoice::Right) {}

    void update(ScreenHost& host) override {
        if (!m_started) {
            m_started = true;
            m_mutedApplied = host.muted();
            m_run->setMuted(m_mutedApplied);
            m_run->start();
        }
        if (m_mutedApplied != host.muted()) {
            m_mutedApplied = host.muted();
            m_run->setMuted(m_mutedApplied);
        }
        m_run->update();
        if (m_run->state() == SessionState::Finished && !m_done) {
            m_done = true;
            if (m_left) {
                host.popToHome();
            } else {
                m_guide.reached(m_run->snapshot().stepIndex, m_run->timeline());
                host.replace(std::make_unique<SelfCheckAnswersScreen>(m_run, m_guide));
            }
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
        const KeyMap& keys = keyMap(m_confirm ? KeyScreen::Leave : KeyScreen::Guide);
        if (const auto a = actionFor(keys, key.code, key.shift))
            act(static_cast<SessionAction>(*a), host);
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            act(SessionAction::Help, host);
    }
    void onButton(int a, ScreenHost& host) override { act(static_cast<SessionAction>(a), host); }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const SessionFrame frame = frameNow(host.clock().now());
        SessionChrome chrome;
        chrome.controls = SessionControls::Guide;
        chrome.overlay = m_confirm      ? SessionOverlay::ConfirmLeave
                         : frame.paused ? SessionOverlay::Paused
                                        : SessionOverlay::None;
        if (chrome.overlay != m_overlay)
            m_hover = -1;
        m_overlay = chrome.overlay;
        chrome.muted = host.muted();
        chrome.soundless = !m_run->soundProblem().empty();
        chrome.fullscreen = host.fullscreen();
        chrome.hover = m_hover;
        chrome.reminder = leadInReminder(host.context().settings);
        paintSession(target, host.theme(), host.size(), frame, chrome, m_buttons);
        m_painted = frame;
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 Self-check"; }

  private:
    SessionFrame frameNow(Micros now) const {
        return describeSession(m_run->snapshot(now), m_run->timeline());
    }

    void act(SessionAction a, ScreenHost& host) {
        switch (a) {
        case SessionAction::TogglePause:
        case SessionAction::Pause:
            m_run->command(SessionCommand::TogglePause);
            break;
        case SessionAction::Skip:
            // Space (the next step) goes on when the guide is paused.
            m_run->command(m_run->snapshot().state == SessionState::Paused
                               ? SessionCommand::TogglePause
                               : SessionCommand::Skip);
            break;
        case SessionAction::Symptom:
            // No further into tension: on to "look up" for this leg, then relax, then the other
            // leg. The questions afterwards ask about what was felt.
            if (m_run->state() == SessionState::Finished)
                break;
            if (const auto to = m_guide.symptomAt(m_run->snapshot().stepIndex, m_run->timeline()))
                m_run->skipTo(*to);
            break;
        case SessionAction::Mute:
            host.setMuted(!host.muted());
            break;
        case SessionAction::FullScreen:
            host.toggleFullscreen();
            break;
        case SessionAction::Help:
            m_run->command(SessionCommand::Pause);
            host.push(makeHelpScreen(KeyScreen::Guide));
            break;
        case SessionAction::Safety:
            m_run->command(SessionCommand::Pause);
            host.push(makeSafetyScreen(SafetyMode::Reading));
            break;
        case SessionAction::Back:
            if (m_run->state() == SessionState::Finished) {
                host.popToHome();
            } else {
                // The guide waits while the question is open, as the session does.
                m_pausedToAsk = m_run->state() != SessionState::Paused;
                if (m_pausedToAsk)
                    m_run->command(SessionCommand::Pause);
                m_confirm = true;
            }
            break;
        case SessionAction::Stay:
            m_confirm = false;
            if (m_pausedToAsk)
                m_run->command(SessionCommand::Resume);
            m_pausedToAsk = false;
            break;
        case SessionAction::Leave:
            m_confirm = false;
            m_left = true;
            m_run->command(SessionCommand::Stop);
            break;
        case SessionAction::EndSet:
        case SessionAction::Restart:
        case SessionAction::RestartConfirmed:
        case SessionAction::PainDigit:
        case SessionAction::Go:
        case SessionAction::MoreTime:
            break; // a guide has no sets and no pain rating; its Space is the next step
        }
        m_painted.reset();
    }

    std::shared_ptr<SessionRun> m_run;
    SelfCheckGuide m_guide;
    bool m_started = false;
    bool m_done = false;
    bool m_confirm = false;
    bool m_pausedToAsk = false; // the Leave question paused the guide: Stay goes on
    bool m_left = false;
    bool m_mutedApplied = false;
    SessionOverlay m_overlay = SessionOverlay::None;
    std::optional<SessionFrame> m_painted;
};

} // namespace

std::unique_ptr<Screen> makeSelfCheckScreen(ScreenHost& host, RunRequest request) {
    return std::make_unique<SelfCheckGuideScreen>(host, std::move(request));
}

} // namespace nf::gui
