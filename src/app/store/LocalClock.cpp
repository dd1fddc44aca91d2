#include "app/store/LocalClock.hpp"

#include <ctime>

namespace nf {

LocalTime localNow() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    using namespace std::chrono;
    return LocalTime{Date{year{tm.tm_year + 1900}, month{static_cast<unsigned>(tm.tm_mon + 1)},
                          day{static_cast<unsigned>(tm.tm_mday)}},
                     tm.tm_hour, tm.tm_min, tm.tm_sec};
}

} // namespace nf
