#pragma once

#include "core/ParseError.hpp"
#include "core/Plan.hpp"
#include "core/Routine.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

enum class AudioMode { VoiceAndTones, TonesOnly, Silent };

// Everything the user chose that is remembered between runs, as one value. It is read from and
// written to settings.toml by the shell; this type only converts to and from text.
struct Settings {
    std::map<std::string, Dose> doses; // by routine id; only the fields the user set
    AudioMode audioMode = AudioMode::VoiceAndTones;
    int volume = 80; // percent, 0-100
    bool muted = false;
    bool safetyAcknowledged = false;
    int dailyFlossTarget = 2; // flossing sessions a day, 1-10
    // When `nervefloss remind` runs each day (systemd user timers), earliest first, at most
    // kMaxReminders; empty: no reminders.
    std::vector<TimeOfDay> reminders;
    // The leg the person said is affected, asked at the first run instead of assuming one.
    // A routine's own side (doses) or --side still wins.
    std::optional<SideChoice> affectedLeg;

    Dose doseFor(const std::string& routineId) const;
    // The leg a routine works: its own side, else the affected leg, else the default. One rule
    // for the window, the terminal and every list, so what is shown is what is run.
    SideChoice sideFor(const std::string& routineId) const;
};

inline constexpr std::size_t kMaxReminders = 6;

Parsed<Settings> parseSettings(std::string_view text, std::string_view source);
std::string serializeSettings(const Settings& settings);
// A TOML key as it must be written: bare when it can be, else a quoted, escaped string.
std::string tomlKey(std::string_view key);

std::string toString(AudioMode mode); // "voice", "tones", "silent"
std::optional<AudioMode> audioModeFromString(std::string_view text);

} // namespace nf
