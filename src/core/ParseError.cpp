#include "core/ParseError.hpp"

namespace nf {

std::string ParseError::toString() const {
    std::string s = source;
    if (line > 0)
        s += ":" + std::to_string(line) + ":" + std::to_string(column);
    return s + ": " + message;
}

} // namespace nf
