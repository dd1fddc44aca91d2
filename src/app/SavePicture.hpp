#pragma once

#include "app/Files.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/System/Err.hpp>

#include <sstream>
#include <stdexcept>

namespace nf {

// Saves a picture (PNG, or whatever the extension says) the one safe way: SFML encodes it into
// the OutputFile's temporary, which is read back before it replaces the target, because SFML
// says nothing when the disk fills up half way. Throws std::runtime_error with one line.
inline void savePicture(const sf::Image& image, const std::filesystem::path& target) {
    OutputFile out(target);
    std::ostringstream sfmlErrors; // SFML's several lines become our one
    std::streambuf* previous = sf::err().rdbuf(sfmlErrors.rdbuf());
    sf::Image back;
    const bool saved = image.saveToFile(out.tempPath().string());
    const bool complete =
        saved && back.loadFromFile(out.tempPath().string()) && back.getSize() == image.getSize();
    sf::err().rdbuf(previous);
    if (!complete)
        throw std::runtime_error(target.string() +
                                 ": cannot write the picture (the disk may be full, or the "
                                 "extension is not .png, .jpg, .bmp or .tga); the old file, if "
                                 "any, is unchanged");
    out.commit();
}

} // namespace nf
