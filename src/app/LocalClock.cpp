#include "app/LocalClock.hpp"

#include <ctime>

namespace nf {
namespace {

LocalTime fromTm(const std::tm& tm) {
    using namespace std::chrono;
    return LocalTime{Date{year{tm.tm_year + 1900}, month{static_cast<unsigned>(tm.tm_mon + 1)},
                          day{static_cast<unsigned>(tm.tm_mday)}},
                     tm.tm_hour, tm.tm_min, tm.tm_sec};
}

std::tm toTm(const LocalTime& t) {
    std::tm tm{};
    tm.tm_year = static_cast<int>(t.date.year()) - 1900;
    tm.tm_mon = static_cast<int>(static_cast<unsigned>(t.date.month())) - 1;
    tm.tm_mday = static_cast<int>(static_cast<unsigned>(t.date.day()));
    tm.tm_hour = t.hour;
    tm.tm_min = t.minute;
    tm.tm_sec = t.second;
    return tm;
}

// The broken-down local time of an instant; glibc's localtime_r reads the zone once per
// process, so tzset() first lets a process that changes TZ (the tests) see the change.
std::tm localTm(std::int64_t unixSeconds) {
    ::tzset();
    const auto t = static_cast<std::time_t>(unixSeconds);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

// Days since 1970-01-01 and the time of day, in UTC: no zone involved.
std::int64_t utcSecondsOf(const LocalTime& t) {
    const auto days = std::chrono::sys_days{t.date}.time_since_epoch().count();
    return static_cast<std::int64_t>(days) * 86400 + std::int64_t{t.hour} * 3600 +
           std::int64_t{t.minute} * 60 + t.second;
}

} // namespace

LocalTime localNow() {
    return localTimeOf(static_cast<std::int64_t>(std::time(nullptr)));
}

LocalTime localTimeOf(std::int64_t unixSeconds) {
    return fromTm(localTm(unixSeconds));
}

std::int64_t unixSecondsOf(const LocalTime& local) {
    std::tm tm = toTm(local);
    tm.tm_isdst = -1; // let the zone's rules say whether summer time was in force then
    return static_cast<std::int64_t>(std::mktime(&tm));
}

StoredTime storedTimeOf(const LocalTime& local) {
    const std::int64_t instant = unixSecondsOf(local);
    const auto t = static_cast<std::time_t>(instant);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return {buf, static_cast<int>(localTm(instant).tm_gmtoff)};
}

std::optional<LocalTime> localTimeOfStored(std::string_view utc) {
    if (utc.size() != 20 || utc[10] != 'T' || utc[19] != 'Z')
        return std::nullopt;
    const std::string text = std::string(utc.substr(0, 10)) + " " + std::string(utc.substr(11, 8));
    const auto parsed = parseLocalTime(text);
    if (!parsed)
        return std::nullopt;
    return localTimeOf(utcSecondsOf(*parsed));
}

} // namespace nf
