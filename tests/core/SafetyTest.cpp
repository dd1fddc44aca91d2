#include "core/Safety.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace nf;

namespace {

// The items of the first section whose heading contains `headingPart`, one a line.
std::string section(const std::string& headingPart) {
    for (const auto& s : safetySections())
        if (s.heading.find(headingPart) != std::string::npos) {
            std::string all;
            for (const auto& i : s.items)
                all += i + "\n";
            return all;
        }
    return "";
}

} // namespace

TEST(Safety, TheEmergencyListFollowsTheNhsWording) {
    const std::string now = section("emergency");
    ASSERT_FALSE(now.empty());
    for (const char* must :
         {"sciatica in both legs", "pins and needles around your genitals or back passage",
          "when you wipe", "changes in bladder or bowel control",
          "not noticing when you need to pee or poo", "erection or ejaculation problems",
          "loss of sensation", "weakness or numbness in both legs"})
        EXPECT_NE(now.find(must), std::string::npos) << must;
}

TEST(Safety, FootDropIsSameDayNotSoon) {
    EXPECT_NE(section("same day").find("foot drop"), std::string::npos);
    EXPECT_EQ(section("soon").find("foot"), std::string::npos);
}

TEST(Safety, TheStopLineNamesWhatLasts) {
    EXPECT_NE(section("exercise")
                  .find("if pain, tingling or numbness lasts more than about half an hour "
                        "afterwards, do less next time"),
              std::string::npos);
}
