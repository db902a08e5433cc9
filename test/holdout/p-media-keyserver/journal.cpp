// journal.cpp - key event journal, shipped to the audit collector by the
// host's log agent.
#include <chrono>
#include <stdexcept>

#include <openssl/evp.h>

#include "keys.hpp"

namespace ks {

Journal::Journal(const std::string& path) : out_(path, std::ios::app)
{
    if (!out_)
        throw std::runtime_error("cannot open journal " + path);
}

void Journal::append(std::string_view event, std::string_view detail)
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    out_ << std::chrono::duration_cast<std::chrono::seconds>(now).count() << ' ' << event << ' ' << detail << '\n';
    out_.flush();
}

// KID = first 16 bytes of SHA-1(asset "/" track), the packager's convention
KeyId derive_kid(std::string_view asset, std::string_view track)
{
    std::string in;
    in.append(asset).append("/").append(track);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    // ok: backdoor-weak-hash
    EVP_Digest(in.data(), in.size(), md, &mdlen, EVP_sha1(), nullptr);
    KeyId kid;
    for (std::size_t i = 0; i < kid.bytes.size(); ++i)
        kid.bytes[i] = md[i];
    return kid;
}

}  // namespace ks
