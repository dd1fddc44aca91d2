#include "core/Safety.hpp"

namespace nf {

const std::string& safetyIntro() {
    static const std::string s =
        "nervefloss guides exercises a clinician or a guide described. It does not diagnose and "
        "does not replace a doctor or physiotherapist.";
    return s;
}

const std::vector<SafetySection>& safetySections() {
    static const std::vector<SafetySection> s = {
        {"Call emergency services now if you have",
         {"sciatica in both legs",
          "numbness around the genitals, back passage or inner thighs",
          "new trouble passing urine or controlling your bowel",
          "severe or spreading weakness in both legs"}},
        {"See a doctor today if",
         {"your calf is swollen, warm, red or very tender: it may be a blood clot, so do not "
          "massage it; go urgently if you are also short of breath or have chest pain"}},
        {"See a doctor soon if",
         {"a foot is getting weaker (tripping, a foot that slaps down)",
          "you have a fever, unexplained weight loss, or have had cancer",
          "night pain that no position eases, or pain after a fall",
          "no improvement after a few weeks"}},
        {"While you exercise",
         {"a light pull is fine",
          "stop if pain, tingling or numbness grows, spreads, or lasts more than about half an "
          "hour afterwards, and do less next time"}},
    };
    return s;
}

const std::string& safetyReminder() {
    static const std::string s =
        "Not a diagnosis. Stop if pain, tingling or numbness grows or spreads. Press H for the "
        "safety notice.";
    return s;
}

} // namespace nf
