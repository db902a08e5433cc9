// zm.hpp - a video-meeting client in the style of Zoom's 2020 desktop
// client: media encrypted with one AES-128 meeting key in ECB mode (Citizen
// Lab, April 2020), the key fetched from a key-management server; local
// recordings sealed under a key derived from the host's passcode; meetings
// created with numeric passcodes; the 2019 localhost launcher on port 19421.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/evp.h>

namespace zm {

using Bytes = std::vector<std::uint8_t>;

// ---- logging -------------------------------------------------------------
namespace zlog {
void emit(int level, const std::string &line);  // log.cpp

inline void format_into(std::ostringstream &os, std::string_view fmt)
{
    os << fmt;
}

template <class T, class... Rest>
void format_into(std::ostringstream &os, std::string_view fmt, const T &first, const Rest &...rest)
{
    auto at = fmt.find("{}");
    if (at == std::string_view::npos) {
        os << fmt;
        return;
    }
    os << fmt.substr(0, at) << first;
    format_into(os, fmt.substr(at + 2), rest...);
}

template <class... A>
void debug(std::string_view fmt, const A &...args)
{
    std::ostringstream os;
    format_into(os, fmt, args...);
    emit(0, os.str());
}

template <class... A>
void info(std::string_view fmt, const A &...args)
{
    std::ostringstream os;
    format_into(os, fmt, args...);
    emit(1, os.str());
}
}  // namespace zlog

std::string to_hex(const std::uint8_t *p, std::size_t n);

// ---- media ---------------------------------------------------------------
class MediaCipher {
public:
    virtual ~MediaCipher() = default;
    virtual const EVP_CIPHER *cipher() const = 0;
    virtual std::size_t key_bytes() const = 0;
    virtual const char *name() const = 0;
};
std::unique_ptr<MediaCipher> make_media_cipher(int client_version);  // media_cipher.cpp

class MediaEncryptor {
public:
    MediaEncryptor(std::unique_ptr<MediaCipher> c, Bytes meeting_key)
        : cipher_(std::move(c)), key_(std::move(meeting_key)) {}
    bool seal(const Bytes &rtp_payload, Bytes &out) const;  // media.cpp

private:
    std::unique_ptr<MediaCipher> cipher_;
    Bytes key_;
};

// ---- key management ------------------------------------------------------
struct KmsConfig {
    std::string url = "https://kms.zm-cloud.example/v1/meeting-key";
    std::string token;
};
bool fetch_meeting_key(const KmsConfig &cfg, std::uint64_t meeting_id, Bytes &key);  // key_client.cpp

// ---- recordings ----------------------------------------------------------
struct KdfProfile {
    int iterations = 1000;  // "keep recording start instant on the 2015 laptops"
    int key_len = 32;
};

class RecordingVault {
public:
    explicit RecordingVault(std::string dir) : dir_(std::move(dir)) {}
    bool seal(const std::string &host_passcode, const Bytes &mp4, const std::string &name) const;

private:
    std::string dir_;
    KdfProfile profile_;
};

// ---- meetings ------------------------------------------------------------
struct Meeting {
    std::uint64_t id = 0;
    std::string passcode;
    std::string topic;
};
Meeting create_meeting(const std::string &topic);          // meeting.cpp
bool admit(const Meeting &m, const std::string &passcode);  // meeting.cpp

// ---- localhost launcher --------------------------------------------------
int run_launcher(unsigned short port);  // launcher.cpp

}  // namespace zm
