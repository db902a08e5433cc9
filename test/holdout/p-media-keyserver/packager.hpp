// packager.hpp - assets, tracks and samples handed to the CMAF packager.
#pragma once

#include <string>
#include <vector>

#include "keys.hpp"

namespace ks {

struct Sample {
    std::vector<std::uint8_t> data;
    std::size_t clear_header = 0;
};

struct Track {
    std::string name;
    Scheme scheme = Scheme::Cenc;
    TrackKeys keys;
    std::vector<Sample> samples;
};

struct Asset {
    std::string id;
    std::vector<Track> tracks;
};

void package_asset(Asset& asset, KeySource& source);

}  // namespace ks
