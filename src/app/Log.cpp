#include "app/Log.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>

namespace nf {
namespace {

// Taken during static initialisation, before main(): as close to the start as the program sees.
const auto g_processStart = std::chrono::steady_clock::now();

} // namespace

void initLogging(bool verbose) {
    auto logger = spdlog::stderr_color_mt("nervefloss");
    logger->set_pattern("nervefloss [%l] %v");
    spdlog::set_default_logger(logger);
    spdlog::level::level_enum level = verbose ? spdlog::level::info : spdlog::level::warn;
    if (const char* env = std::getenv("NERVEFLOSS_LOG"); env && *env)
        level = spdlog::level::from_str(env); // unknown names mean "off"
    spdlog::set_level(level);
}

void logFirstFrame() {
    static bool logged = false;
    if (logged) return;
    logged = true;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_processStart)
            .count();
    const double wall = std::chrono::duration<double>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    spdlog::info("first frame shown {:.1f} ms after start (wall clock {:.6f})", ms, wall);
}

} // namespace nf
