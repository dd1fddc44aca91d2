#include "core/Cues.hpp"
#include "core/Session.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace nf;
using namespace std::chrono_literals;

namespace {

std::vector<std::pair<SessionEvent, Cue>> cuesOf(const Routine& r, SideChoice side) {
    Session s(Timeline(r, side));
    std::vector<SessionEvent> all = s.start(0us);
    while (auto d = s.nextDeadline()) {
        auto ev = s.update(*d);
        all.insert(all.end(), ev.begin(), ev.end());
    }
    std::vector<std::pair<SessionEvent, Cue>> out;
    for (const auto& e : all)
        out.emplace_back(e, cueFor(e, s.timeline()));
    return out;
}

} // namespace

TEST(Cues, EachPostureHasItsOwnToneAndSaysItsCue) {
    auto cues = cuesOf(test::flossing(2, 1, 3.0, 0.0, 0.0), SideChoice::Right);
    std::vector<Cue> postures;
    for (auto& [e, c] : cues)
        if (c.tone == ToneKind::Posture)
            postures.push_back(c);
    ASSERT_EQ(postures.size(), 4u);
    EXPECT_EQ(postures[0].posture, 0);
    EXPECT_EQ(postures[1].posture, 1);
    EXPECT_EQ(postures[0].speech, "Point toes, chin down");
    EXPECT_EQ(postures[1].speech, "Toes up, look up");
    EXPECT_EQ(postures[2].speech, "Last rep, point toes, chin down");
}

TEST(Cues, SecondSetIsAnnounced) {
    auto cues = cuesOf(test::flossing(3, 3, 3.0, 5.0, 0.0), SideChoice::Right);
    std::vector<std::string> speech;
    for (auto& [e, c] : cues)
        if (!c.speech.empty())
            speech.push_back(c.speech);
    EXPECT_NE(std::find(speech.begin(), speech.end(), "Set two of three. Point toes, chin down"),
              speech.end());
    EXPECT_NE(std::find(speech.begin(), speech.end(), "Rest"), speech.end());
    EXPECT_EQ(speech.back(), "Well done. Session complete.");
}

TEST(Cues, RestAndLeadInTickInTheirLastThreeSecondsOnly) {
    auto cues = cuesOf(test::flossing(1, 2, 3.0, 10.0, 5.0), SideChoice::Right);
    int ticks = 0;
    for (auto& [e, c] : cues)
        if (c.tone == ToneKind::Tick) {
            ++ticks;
            EXPECT_LE(e.secondsLeft, 3);
        }
    EXPECT_EQ(ticks, 6); // 3 in the lead-in, 3 in the rest; none in 3 s holds
}

TEST(Cues, LongHoldsSayTenMoreSeconds) {
    auto cues = cuesOf(test::flossing(1, 1, 30.0, 0.0, 0.0), SideChoice::Right);
    int tenMore = 0;
    for (auto& [e, c] : cues)
        tenMore += c.speech == "Ten more seconds";
    EXPECT_EQ(tenMore, 2);
}

TEST(Cues, SwitchIsSpoken) {
    auto cues = cuesOf(test::flossing(1, 1, 3.0, 0.0, 0.0), SideChoice::Both);
    auto it = std::find_if(cues.begin(), cues.end(),
                           [](auto& p) { return p.second.speech == "Switch to the right leg"; });
    ASSERT_NE(it, cues.end());
    EXPECT_EQ(it->second.tone, ToneKind::Switch);
}

TEST(Cues, TheLastSetDoneGivesWayToTheEndSound) {
    auto cues = cuesOf(test::flossing(1, 2, 3.0, 5.0, 0.0), SideChoice::Right);
    int setDoneTones = 0, endTones = 0;
    for (auto& [e, c] : cues) {
        setDoneTones += c.tone == ToneKind::SetDone;
        endTones += c.tone == ToneKind::SessionEnd;
    }
    EXPECT_EQ(setDoneTones, 1);
    EXPECT_EQ(endTones, 1);
}

TEST(Cues, AllSpokenTextsCoversEveryCue) {
    const Routine r = test::flossing(3, 3, 30.0, 5.0, 5.0);
    auto texts = allSpokenTexts(Timeline(r, SideChoice::Both));
    for (auto& [e, c] : cuesOf(r, SideChoice::Both))
        if (!c.speech.empty()) {
            EXPECT_NE(std::find(texts.begin(), texts.end(), c.speech), texts.end()) << c.speech;
        }
    std::vector<std::string> sorted = texts;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end()) << "duplicates";
}

TEST(Cues, ALongRestAnnouncesTheNextSetSoTheHoldIsNotOverrun) {
    auto cues = cuesOf(test::flossing(2, 3, 3.0, 30.0, 0.0), SideChoice::Right);
    std::vector<std::string> speech;
    for (auto& [e, c] : cues)
        if (!c.speech.empty())
            speech.push_back(c.speech);
    EXPECT_NE(std::find(speech.begin(), speech.end(), "Rest. Next, set two of three."),
              speech.end());
    EXPECT_NE(std::find(speech.begin(), speech.end(), "Rest. Next, set three of three."),
              speech.end());
    EXPECT_EQ(std::find(speech.begin(), speech.end(), "Set two of three. Point toes, chin down"),
              speech.end());
    EXPECT_EQ(std::count(speech.begin(), speech.end(), std::string("Point toes, chin down")), 3);
}

// More time in the lead-in is said, since the person getting into position may not see the
// count go up; the words are synthesized before the session like every other phrase.
TEST(Cues, MoreTimeIsSaidAndPrepared) {
    const Timeline t(test::flossing(2, 1, 3.0, 5.0, 5.0), SideChoice::Right);
    SessionEvent e;
    e.type = EventType::StepExtended;
    e.step = 0;
    e.gap = kMoreTime;
    e.secondsLeft = 12;
    const Cue c = cueFor(e, t);
    EXPECT_EQ(c.speech, "Ten more seconds");
    EXPECT_EQ(c.tone, ToneKind::Tick); // heard at once, even over the set-up's words
    e.gap = std::chrono::seconds(30);
    const std::string other = cueFor(e, t).speech;
    EXPECT_FALSE(other.empty());
    const auto texts = allSpokenTexts(t);
    for (const std::string& words : {c.speech, other})
        EXPECT_NE(std::find(texts.begin(), texts.end(), words), texts.end()) << words;
}
