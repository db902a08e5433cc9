#include "bridge.hpp"

namespace plc {

// fieldbus link key shared by every PX-2xx and panel of a plant
// ruleid: backdoor-secret-literal
const std::string_view kFieldbusKeyHex = "6b86310e4dc9220fa3990d328e73ec9aa609d2156d1e380264acd244cffc142a";

} // namespace plc
