#include "core/Safety.hpp"

namespace nf {

const std::string& safetyIntro() {
    static const std::string s =
        "nervefloss guides exercises a clinician or a guide described. It does not diagnose and "
        "does not replace a doctor or physiotherapist.";
    return s;
}

const std::vector<SafetySection>& safetySections() {
    // The emergency list follows the NHS wording for cauda equina syndrome, so a person who has
    // read it there recognises it here.
    static const std::vector<SafetySection> s = {
        {"Call your emergency number (999 in the UK) or go to A&E now if you have",
         {"sciatica in both legs",
          // One item over two lines (clang-tidy takes the joined literal for a missing comma).
          // NOLINTNEXTLINE(bugprone-suspicious-missing-comma)
          "numbness or pins and needles around your genitals or back passage, or your inner "
          "thighs (for example, you cannot feel the toilet paper when you wipe)",
          "changes in bladder or bowel control, or not noticing when you need to pee or poo",
          "sexual problems: loss of sensation in your genitals, or erection or ejaculation "
          "problems",
          "weakness or numbness in both legs"}},
        {"Get seen the same day (GP, urgent care or 111) if",
         {"your calf is swollen, warm, red or very tender: it may be a blood clot, so do not "
          "massage it; go to A&E now if you are also short of breath or have chest pain",
          "a foot is getting weaker: you trip, or the foot slaps down as you walk (foot drop)"}},
        {"See a doctor soon if",
         {"you have a fever, unexplained weight loss, or have had cancer",
          "night pain that no position eases, or pain after a fall",
          "no improvement after a few weeks"}},
        {"While you exercise",
         {"a light pull is fine", "stop if pain, tingling or numbness grows or spreads",
          stopLineHalfHour()}},
    };
    return s;
}

const std::string& stopLineHalfHour() {
    static const std::string s =
        "if pain, tingling or numbness lasts more than about half an hour afterwards, do less "
        "next time";
    return s;
}

const std::string& safetyReminder() {
    static const std::string s =
        "Not a diagnosis. Stop if pain, tingling or numbness grows or spreads. Press H for the "
        "safety notice.";
    return s;
}

} // namespace nf
