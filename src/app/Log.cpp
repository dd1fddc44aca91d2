#include "app/Log.hpp"

#include <SFML/System/Err.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <mutex>
#include <streambuf>
#include <string>

namespace nf {
namespace {

// Taken during static initialisation, before main(): as close to the start as the program sees.
const auto g_processStart = std::chrono::steady_clock::now();

// SFML's messages ("Failed to ...", "Setting vertical sync not supported") are the library
// talking to a developer: each line goes to our log at debug level, never bare onto stderr
// around the program's own one-line messages. The places that turn a failure into words of our
// own still take sf::err() for themselves while they work.
class SfmlToLog : public std::streambuf {
  protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        std::lock_guard lock(m_mutex);
        if (c == '\n') {
            flushLine();
        } else {
            m_line += traits_type::to_char_type(c);
        }
        return c;
    }
    int sync() override {
        std::lock_guard lock(m_mutex);
        flushLine();
        return 0;
    }

  private:
    void flushLine() {
        if (!m_line.empty())
            spdlog::debug("sfml: {}", m_line);
        m_line.clear();
    }
    std::mutex m_mutex;
    std::string m_line;
};

} // namespace

void initLogging(bool verbose) {
    auto logger = spdlog::stderr_color_mt("nervefloss");
    logger->set_pattern("nervefloss [%l] %v");
    spdlog::set_default_logger(logger);
    spdlog::level::level_enum level = verbose ? spdlog::level::info : spdlog::level::warn;
    if (const char* env = std::getenv("NERVEFLOSS_LOG"); env && *env)
        level = spdlog::level::from_str(env); // unknown names mean "off"
    spdlog::set_level(level);

    // Never destroyed, and handed back before the logger goes at exit: SFML may still write
    // while its own statics are torn down.
    static SfmlToLog* const sfmlLines = new SfmlToLog;
    static std::streambuf* const sfmlDefault = sf::err().rdbuf(sfmlLines);
    static const int restored = std::atexit([] { sf::err().rdbuf(sfmlDefault); });
    (void)restored;
    // OpenAL Soft prints its own errors ("AL lib: (EE) ...") from its mixer thread too, where no
    // redirection of ours reaches; a developer who asks for debug logs keeps them.
    if (level > spdlog::level::debug)
        ::setenv("ALSOFT_LOGLEVEL", "0", 0);
}

void logStartupStep(const char* step) {
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_processStart)
            .count();
    spdlog::debug("startup: {} at {:.1f} ms", step, ms);
}

void logFirstFrame() {
    static bool logged = false;
    if (logged)
        return;
    logged = true;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_processStart)
            .count();
    const double wall =
        std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
    spdlog::info("first frame shown {:.1f} ms after start (wall clock {:.6f})", ms, wall);
}

} // namespace nf
