#include "app/audio/Speech.hpp"

#include "app/audio/Tones.hpp"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace nf::audio {
namespace {

// Slightly slower than espeak-ng's 175 words a minute: clearer to a listener who is moving,
// still short enough that "Set two of three. Point toes, chin down" fits a 3 s hold.
constexpr int kRate = 165;
// espeak-ng at its default volume peaks at the edge of clipping; we set the level ourselves.
constexpr int kVolume = 70;
constexpr float kSilence = 0.002f; // -54 dBFS: below this, espeak-ng's output is padding

std::mutex& engineMutex() {
    static std::mutex m;
    return m;
}

struct OpenResult {
    std::unique_ptr<SpeechEngine> engine;
    std::string problem;
};

int collect(short* wav, int count, espeak_EVENT* events) {
    if (wav == nullptr || count <= 0 || events == nullptr)
        return 0;
    auto* out = static_cast<std::vector<short>*>(events->user_data);
    if (out)
        out->insert(out->end(), wav, wav + count);
    return 0;
}

bool holdsData(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::exists(dir / "phontab", ec) ||
           std::filesystem::exists(dir / "espeak-ng-data" / "phontab", ec);
}

// espeak-ng trusts its data files and reads past the end of a truncated one (SIGSEGV). So the
// files it loads first are checked before it is given them: each must be a regular file, and
// phontab's tables must fill it exactly (a count, then per table 4 bytes, a 32-byte name and
// 16 bytes per phoneme, as espeak-ng's LoadPhData reads it).
std::optional<std::string> espeakDataProblem(const std::filesystem::path& dir) {
    std::error_code ec;
    for (const char* name : {"phontab", "phonindex", "phondata", "intonations", "en_dict"}) {
        const auto file = dir / name;
        if (!std::filesystem::is_regular_file(file, ec))
            return "espeak-ng data incomplete: no " + file.string();
        if (std::filesystem::file_size(file, ec) < 8 || ec)
            return "espeak-ng data damaged: " + file.string() + " is too short";
    }
    std::ifstream in(dir / "phontab", std::ios::binary);
    const std::string tab((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto byte = [&tab](std::size_t i) { return static_cast<unsigned char>(tab[i]); };
    std::size_t p = 4;
    const std::size_t tables = byte(0);
    for (std::size_t i = 0; i < tables && p < tab.size(); ++i)
        p += 4 + 32 + byte(p) * 16;
    if (tables == 0 || p != tab.size())
        return "espeak-ng data damaged: " + (dir / "phontab").string() +
               " is truncated or malformed";
    return std::nullopt;
}

std::string statusText(espeak_ng_STATUS status) {
    char buffer[256] = {};
    espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
    return buffer;
}

} // namespace

// Constructed here, where the private constructor is reachable.
struct SpeechEngineOpener {
    static OpenResult open() {
        OpenResult r;
        const char* dir = std::getenv("NERVEFLOSS_ESPEAK_DATA");
        if (dir && *dir && !holdsData(dir)) {
            r.problem = std::string("espeak-ng data not found in ") + dir;
            return r;
        }
        espeak_ng_InitializePath(dir && *dir ? dir : nullptr);
        const char* dataPath = nullptr;
        espeak_Info(&dataPath);
        if (auto problem = espeakDataProblem(dataPath ? dataPath : "")) {
            r.problem = *problem;
            return r;
        }
        espeak_ng_ERROR_CONTEXT context = nullptr;
        espeak_ng_STATUS status = espeak_ng_Initialize(&context);
        espeak_ng_ClearErrorContext(&context);
        if (status != ENS_OK) {
            r.problem = "espeak-ng data not usable: " + statusText(status);
            return r;
        }
        status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
        if (status != ENS_OK) {
            r.problem = "espeak-ng cannot synthesize: " + statusText(status);
            return r;
        }
        status = espeak_ng_SetVoiceByName("en");
        if (status != ENS_OK) {
            r.problem = "espeak-ng has no English voice: " + statusText(status);
            return r;
        }
        espeak_SetSynthCallback(collect);
        espeak_ng_SetParameter(espeakRATE, kRate, 0);
        espeak_ng_SetParameter(espeakVOLUME, kVolume, 0);
        const int rate = espeak_ng_GetSampleRate();
        if (rate <= 0) {
            r.problem = "espeak-ng reported no sample rate";
            return r;
        }
        r.engine.reset(new SpeechEngine(rate));
        return r;
    }
};

namespace {

// What a trial of espeak-ng in a child process showed: nothing when it opened and spoke a phrase
// without a word on stdout or stderr.
std::optional<std::string> trialProblem() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return std::nullopt; // no trial; the checks above still hold
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return std::nullopt;
    }
    if (pid == 0) {
        // The child: everything espeak-ng prints goes to the parent; a crash leaves no core
        // file, and a hang ends with the alarm. _exit: the parent's atexit work is not ours.
        ::dup2(fds[1], 1);
        ::dup2(fds[1], 2);
        const rlimit noCore{0, 0};
        ::setrlimit(RLIMIT_CORE, &noCore);
        ::alarm(5);
        OpenResult r = SpeechEngineOpener::open();
        if (!r.engine)
            ::_exit(3);
        std::vector<short> raw;
        const std::string phrase = "Set two of three. Point toes, chin down.";
        espeak_Synth(phrase.c_str(), phrase.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                     nullptr, &raw);
        ::_exit(raw.empty() ? 4 : 0);
    }
    ::close(fds[1]);
    std::string said;
    char buffer[512];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        if (said.size() < 4096)
            said.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
        return "espeak-ng data damaged: espeak-ng " +
               std::string(WTERMSIG(status) == SIGALRM ? "hung" : "crashed") + " on it (signal " +
               std::to_string(WTERMSIG(status)) + ")";
    // A refusal (3) is said by the open below, in its own words.
    if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
        return std::nullopt;
    const std::string firstLine = said.substr(0, said.find('\n'));
    if (!firstLine.empty())
        return "espeak-ng data damaged: espeak-ng said \"" + firstLine + "\"";
    if (WIFEXITED(status) && WEXITSTATUS(status) == 4)
        return "espeak-ng data damaged: it speaks no sound";
    return std::nullopt;
}

const OpenResult& opened() {
    static const OpenResult result = [] {
        // Tried first in a child process, outside the lock: the child must not inherit it held.
        if (auto problem = trialProblem()) {
            std::fprintf(stderr, "nervefloss: %s; spoken cues are off, tones only\n",
                         problem->c_str());
            return OpenResult{nullptr, *problem};
        }
        std::lock_guard lock(engineMutex());
        OpenResult r = SpeechEngineOpener::open();
        if (!r.engine)
            std::fprintf(stderr, "nervefloss: %s; spoken cues are off, tones only\n",
                         r.problem.c_str());
        return r;
    }();
    return result;
}
} // namespace

SpeechEngine* SpeechEngine::shared() {
    return opened().engine.get();
}
std::string SpeechEngine::problem() {
    return opened().problem;
}

Samples SpeechEngine::synthesize(std::string_view text) const {
    if (text.empty())
        return {};
    std::vector<short> raw;
    {
        std::lock_guard lock(engineMutex());
        const std::string s(text);
        espeak_Synth(s.c_str(), s.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &raw);
    }
    Samples out(raw.size());
    std::transform(raw.begin(), raw.end(), out.begin(),
                   [](short v) { return static_cast<float>(v) / 32768.0f; });
    if (m_nativeRate != kSampleRate)
        out = resample(out, m_nativeRate, kSampleRate);

    // Trim espeak-ng's padding so the phrase starts where it is placed.
    auto loud = [](float v) { return std::abs(v) > kSilence; };
    const auto first = std::find_if(out.begin(), out.end(), loud);
    if (first == out.end())
        return {};
    const auto last = std::find_if(out.rbegin(), out.rend(), loud).base();
    const std::size_t keepBefore = kSampleRate * 3 / 1000, keepAfter = kSampleRate * 10 / 1000;
    const std::size_t begin = static_cast<std::size_t>(first - out.begin()) > keepBefore
                                  ? static_cast<std::size_t>(first - out.begin()) - keepBefore
                                  : 0;
    const std::size_t end =
        std::min(out.size(), static_cast<std::size_t>(last - out.begin()) + keepAfter);
    Samples trimmed(out.begin() + static_cast<std::ptrdiff_t>(begin),
                    out.begin() + static_cast<std::ptrdiff_t>(end));

    // Short fades, so a phrase cut by its own trimming never clicks; the ends are exactly zero.
    const std::size_t fadeIn = std::min<std::size_t>(kSampleRate * 4 / 1000, trimmed.size() / 2);
    const std::size_t fadeOut = std::min<std::size_t>(kSampleRate * 10 / 1000, trimmed.size() / 2);
    for (std::size_t i = 0; i < fadeIn; ++i)
        trimmed[i] *= static_cast<float>(i) / static_cast<float>(fadeIn);
    for (std::size_t i = 0; i < fadeOut; ++i)
        trimmed[trimmed.size() - 1 - i] *= static_cast<float>(i) / static_cast<float>(fadeOut);
    normalizeLoudness(trimmed, kCueLoudness);
    return trimmed;
}

Samples resample(const Samples& in, int fromRate, int toRate) {
    if (fromRate == toRate || in.empty())
        return in;
    const double ratio = static_cast<double>(fromRate) / toRate;
    const auto n =
        static_cast<std::size_t>(std::floor(static_cast<double>(in.size() - 1) / ratio)) + 1;
    Samples out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double pos = static_cast<double>(i) * ratio;
        const auto j = static_cast<std::size_t>(pos);
        const double frac = pos - static_cast<double>(j);
        const float a = in[j];
        const float b = j + 1 < in.size() ? in[j + 1] : in[j];
        out[i] = static_cast<float>(a + (b - a) * frac);
    }
    return out;
}

} // namespace nf::audio
