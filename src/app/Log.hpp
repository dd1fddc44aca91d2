#pragma once

namespace nf {

// The shell's logging (spdlog, to stderr). The level comes from $NERVEFLOSS_LOG (off, error,
// warn, info, debug; warn by default) or --verbose (info). Problems the user must act on are not
// logged but printed as one line by main(); the log is for what a developer wants to see.
void initLogging(bool verbose);

// Logs, once, that the first frame is on screen: milliseconds since the process started and the
// wall-clock instant, which scripts/bench.sh compares with the instant it launched the program.
void logFirstFrame();

// Logs at debug how far the start has come ("startup: window open at 212.4 ms"): where the time
// before the first frame goes, read without a profiler.
void logStartupStep(const char* step);

} // namespace nf
