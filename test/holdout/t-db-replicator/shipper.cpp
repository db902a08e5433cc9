// Segments to a standby: meta, key envelope, payload.
#include <cstring>

#include <sys/socket.h>

#include "repl.hpp"

namespace walship {

namespace {

template <typename T>
void put(Bytes &out, const T &v)
{
    const auto *p = reinterpret_cast<const std::uint8_t *>(&v);
    out.insert(out.end(), p, p + sizeof v);
}

} // namespace

bool Shipper::publish(const SegmentEnvelope &env) const
{
    Bytes wire;
    put(wire, env.meta.timeline);
    put(wire, env.meta.segment);
    put(wire, env.meta.length);
    wire.insert(wire.end(), env.crypto.nonce.begin(), env.crypto.nonce.end());
    wire.insert(wire.end(), env.crypto.dek.begin(), env.crypto.dek.end());
    put(wire, static_cast<std::uint32_t>(env.crypto.wrapped_dek.size()));
    wire.insert(wire.end(), env.crypto.wrapped_dek.begin(), env.crypto.wrapped_dek.end());
    wire.insert(wire.end(), env.payload.begin(), env.payload.end());
    // ok: backdoor-key-exfiltration
    return send(fd_, wire.data(), wire.size(), 0) == static_cast<ssize_t>(wire.size());
}

} // namespace walship
