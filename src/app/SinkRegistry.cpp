#include "app/AppContext.hpp"

#include <algorithm>

namespace nf {
namespace {

struct Entry {
    int order;
    SinkFactory factory;
};

std::vector<Entry>& entries() {
    static std::vector<Entry> e;
    return e;
}

} // namespace

void registerSinkFactory(int order, SinkFactory factory) {
    auto& e = entries();
    e.push_back({order, std::move(factory)});
    std::stable_sort(e.begin(), e.end(), [](const Entry& a, const Entry& b) { return a.order < b.order; });
}

std::vector<std::unique_ptr<EventSink>> makeSessionSinks(const AppContext& context,
                                                         const RunRequest& request,
                                                         const Timeline& timeline) {
    std::vector<std::unique_ptr<EventSink>> sinks;
    for (const auto& e : entries())
        if (auto sink = e.factory(context, request, timeline)) sinks.push_back(std::move(sink));
    return sinks;
}

} // namespace nf
