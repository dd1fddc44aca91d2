#include "app/Paths.hpp"
#include "app/Process.hpp"
#include "app/Reminders.hpp"
#include "app/gui/history/HistoryModel.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/kit/Texts.hpp"
#include "app/gui/settings/SettingsLayout.hpp"
#include "app/gui/settings/SettingsModel.hpp"

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

// Beside the key map's SettingsAction: the tabs', the minus and plus buttons' and the rows'
// numbers.
constexpr int kReset = static_cast<int>(SettingsAction::Reset),
              kBack = static_cast<int>(SettingsAction::Back);
enum SettingsButton { kTab = 200, kMinus = 300, kPlus = 400, kRow = 500 };

// Reps, hold, sets, rest, lead-in and side for each routine, and on a last tab the daily flossing
// target, the sound and the volume; changed with keys or clicks and saved at once to the settings
// file the command line uses (SettingsStore). Values are clamped by SettingsModel and
// HistoryModel; this screen only shows and forwards.
class SettingsScreen final : public Screen {
  public:
    SettingsScreen(AppContext& context, int routine) : m_context(context), m_routine(routine) {
        // The tab after the last routine is the sound tab: it can be opened too.
        const int n = static_cast<int>(m_context.catalog.routines().size());
        m_routine = std::clamp(routine, 0, n);
    }

    static constexpr const char* kAppTab = "Sound and reminders";

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        const auto a = actionFor(keyMap(KeyScreen::Settings), key.code, key.shift);
        if (!a)
            return;
        const int rows = rowCount();
        const int n =
            static_cast<int>(m_context.catalog.routines().size()) + 1; // the app's tab last
        const int big = key.shift ? 5 : 1;
        switch (static_cast<SettingsAction>(*a)) {
        case SettingsAction::Up:
            m_field = (m_field + rows - 1) % rows;
            break;
        case SettingsAction::Down:
            m_field = (m_field + 1) % rows;
            break;
        case SettingsAction::Less:
            change(m_field, -big);
            break;
        case SettingsAction::More:
            change(m_field, big);
            break;
        case SettingsAction::NextTab:
        case SettingsAction::PreviousTab:
            m_routine =
                (m_routine + (*a == static_cast<int>(SettingsAction::PreviousTab) ? n - 1 : 1)) % n;
            m_field = std::min(m_field, rowCount() - 1);
            break;
        case SettingsAction::Help:
            host.push(makeHelpScreen(KeyScreen::Settings));
            break;
        case SettingsAction::FullScreen:
            host.toggleFullscreen();
            break;
        case SettingsAction::Reset:
        case SettingsAction::Back:
            onButton(*a, host);
            break;
        }
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            host.push(makeHelpScreen(KeyScreen::Settings));
    }
    void onButton(int a, ScreenHost& host) override {
        if (a == kBack)
            return host.pop();
        if (a >= kTab && a < kMinus) {
            m_routine = a - kTab;
            m_field = std::min(m_field, rowCount() - 1);
            return;
        }
        const Routine* r = routine();
        if (!r && !appTab())
            return;
        if (a == kReset) {
            if (r)
                save(resetRoutine(*r, m_context.settings));
            return;
        }
        if (a >= kRow)
            m_field = a - kRow;
        else if (a >= kPlus)
            change(a - kPlus, 1);
        else if (a >= kMinus)
            change(a - kMinus, -1);
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const auto& routines = m_context.catalog.routines();
        const int rows = static_cast<int>(kDoseFields.size());
        // The sound tab's values are words ("voice and tones"), its names short: a wider value.
        const SettingsLayout L = layoutSettings(host.size(), static_cast<int>(routines.size()) + 1,
                                                rows, appTab() ? 0.36 : 0.26);
        th.text(target, "Settings", L.heading, sc.foreground, Weight::Bold, Align::Left);
        m_buttons.clear();
        for (std::size_t i = 0; i < routines.size(); ++i) {
            Button tab{L.tabs[i], routines[i].name, kTab + static_cast<int>(i)};
            tab.selected = static_cast<int>(i) == m_routine;
            m_buttons.push_back(tab);
        }
        Button app{L.tabs[routines.size()], kAppTab, kTab + static_cast<int>(routines.size())};
        app.selected = appTab();
        m_buttons.push_back(app);
        paintButtons(target, th, sc, 0, m_buttons.size());
        if (appTab())
            paintAppRows(target, th, sc, L);
        const Routine* r = routine();
        // One text size for every row's name: the longest name decides.
        unsigned labelSize = 1000;
        for (int i = 0; r && i < rows; ++i) {
            const Rect& box = L.rows[static_cast<std::size_t>(i)].label;
            labelSize = std::min(labelSize,
                                 th.fitSize(fieldName(kDoseFields[static_cast<std::size_t>(i)]),
                                            box, Weight::Regular, quantizeCharSize(box.h * 0.42)));
        }
        const std::size_t steppers = m_buttons.size();
        for (int i = 0; r && i < rows; ++i) {
            const DoseField f = kDoseFields[static_cast<std::size_t>(i)];
            const SettingsRowLayout& row = L.rows[static_cast<std::size_t>(i)];
            const bool applies = fieldApplies(*r, f);
            if (i == m_field)
                Theme::fill(target, row.row, mix(sc.background, sc.foreground, 0.1),
                            row.row.h * 0.12);
            const Rgb fg = applies ? sc.foreground : sc.muted;
            th.text(target, fieldName(f), row.label, fg, Weight::Regular, Align::Left, labelSize);
            const bool saved = fieldSaved(*r, m_context.settings, f);
            th.text(target, fieldValue(*r, m_context.settings, f), row.value,
                    saved ? postureColour(1) : fg, Weight::Bold, Align::Centre,
                    quantizeCharSize(row.row.h * 0.5));
            m_buttons.push_back(
                {row.minus, f == DoseField::Side ? "<" : "\xE2\x88\x92", kMinus + i, applies});
            m_buttons.push_back({row.plus, f == DoseField::Side ? ">" : "+", kPlus + i, applies});
        }
        paintButtons(target, th, sc, steppers, m_buttons.size());
        for (int i = 0; r && i < rows; ++i) // a click on a row's name selects the row
            m_buttons.push_back({L.rows[static_cast<std::size_t>(i)].label, "", kRow + i});
        for (int i = 0; appTab() && i < static_cast<int>(kAppFields.size()); ++i)
            m_buttons.push_back({L.rows[static_cast<std::size_t>(i)].label, "", kRow + i});
        // The note's first part always; each further part (where the settings are kept last) only
        // if the note still reads at the smallest size with it.
        std::string note = m_note;
        if (note.empty()) {
            const std::vector<std::string> parts = noteParts(host);
            note = parts.front();
            for (std::size_t i = 1; i < parts.size(); ++i)
                if (th.fitSize(note + parts[i], L.note, Weight::Regular, kSmallestText) >=
                    kSmallestText)
                    note += parts[i];
        }
        th.text(target, note, L.note, m_note.empty() ? sc.muted : palette::kWarn, Weight::Regular,
                Align::Left);
        const auto cells = splitRow(L.toolbar, 2, L.toolbar.h * 0.3);
        const std::size_t bar = m_buttons.size();
        m_buttons.push_back({cells[0], "Back to the routine's values (Del)", kReset, r != nullptr});
        m_buttons.push_back({cells[1], "Done (Esc)", kBack});
        paintButtons(target, th, sc, bar, m_buttons.size());
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 Settings"; }

  private:
    bool appTab() const {
        return m_routine == static_cast<int>(m_context.catalog.routines().size());
    }
    int rowCount() const {
        return static_cast<int>(appTab() ? kAppFields.size() : kDoseFields.size());
    }

    // The app's tab: the same rows as a routine's, for the target and the sound.
    void paintAppRows(sf::RenderTarget& target, const Theme& th, const Scheme& sc,
                      const SettingsLayout& L) {
        unsigned labelSize = 1000;
        for (std::size_t i = 0; i < kAppFields.size(); ++i)
            labelSize = std::min(labelSize, th.fitSize(appFieldName(kAppFields[i]), L.rows[i].label,
                                                       Weight::Regular,
                                                       quantizeCharSize(L.rows[i].label.h * 0.42)));
        const std::size_t first = m_buttons.size();
        for (std::size_t i = 0; i < kAppFields.size(); ++i) {
            const SettingsRowLayout& row = L.rows[i];
            if (static_cast<int>(i) == m_field)
                Theme::fill(target, row.row, mix(sc.background, sc.foreground, 0.1),
                            row.row.h * 0.12);
            th.text(target, appFieldName(kAppFields[i]), row.label, sc.foreground, Weight::Regular,
                    Align::Left, labelSize);
            th.text(target, appFieldValue(m_context.settings, kAppFields[i]), row.value,
                    sc.foreground, Weight::Bold, Align::Centre, quantizeCharSize(row.row.h * 0.5));
            const bool cycles = kAppFields[i] == AppField::Sound;
            m_buttons.push_back(
                {row.minus, cycles ? "<" : "\xE2\x88\x92", kMinus + static_cast<int>(i)});
            m_buttons.push_back({row.plus, cycles ? ">" : "+", kPlus + static_cast<int>(i)});
        }
        paintButtons(target, th, sc, first, m_buttons.size());
    }

    const Routine* routine() const {
        const auto& rs = m_context.catalog.routines();
        return m_routine < static_cast<int>(rs.size()) ? &rs[static_cast<std::size_t>(m_routine)]
                                                       : nullptr;
    }
    // The note under the rows, most needed first. On the sound tab it first says why nothing
    // will be heard (no device, or muted), as home and the session do.
    std::vector<std::string> noteParts(const ScreenHost& host) const {
        const std::string where = " Saved in " + m_context.settingsStore.file().string();
        if (!appTab())
            return {"Up/Down choose, Left/Right change (Shift: x5), Tab next routine.", where};
        std::string sound = "M mutes a session and is remembered.";
        if (!host.soundProblem().empty())
            sound = kNoSoundHome;
        else if (host.muted())
            sound = "Sessions are muted: M in a session unmutes.";
        return {sound, " Sound and volume apply from the next session.",
                " Reminders: `nervefloss reminders list`.", where};
    }
    void change(int field, int steps) {
        if (appTab()) {
            if (field < 0 || field >= static_cast<int>(kAppFields.size()))
                return;
            m_field = field;
            const auto before = m_context.settings.reminders;
            save(adjustAppField(m_context.settings, kAppFields[static_cast<std::size_t>(field)],
                                steps));
            if (m_context.settings.reminders != before)
                setTimers();
            return;
        }
        const Routine* r = routine();
        if (!r || field < 0 || field >= static_cast<int>(kDoseFields.size()))
            return;
        m_field = field;
        save(adjustField(*r, m_context.settings, kDoseFields[static_cast<std::size_t>(field)],
                         steps));
    }
    // The reminder times on this tab are the timers `nervefloss reminders set` writes; the note
    // says what became of them (started, or written for the next login).
    void setTimers() {
        try {
            ReminderTimers timers(Paths::systemdUserDir(), ReminderTimers::realSystemctl());
            const auto& times = m_context.settings.reminders;
            const auto lines = times.empty() ? timers.off() : timers.set(times, ownProgram());
            m_note = lines.back();
        } catch (const std::exception& e) {
            m_note = std::string("Reminders not set: ") + e.what();
        }
    }
    void save(const Settings& s) {
        try {
            m_context.saveSettings(s);
            m_note.clear();
        } catch (const std::exception& e) {
            m_note = std::string("Not saved: ") + e.what();
        }
    }

    AppContext& m_context;
    int m_routine = 0;
    int m_field = 0;
    std::string m_note;
};

} // namespace

std::unique_ptr<Screen> makeSettingsScreen(AppContext& context, int routineIndex) {
    return std::make_unique<SettingsScreen>(context, routineIndex);
}

} // namespace nf::gui
