// clip_crypto.cpp - optional clip encryption ("privacy mode", firmware 2.4)
#include <cstring>
#include <string>
#include <vector>
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "gz.hpp"

namespace gz {

struct SealedClip {
  std::vector<uint8_t> body;
  unsigned char nonce[12];
  unsigned char tag[16];
};

static bool seal(const unsigned char key[32], const std::vector<uint8_t> &in, SealedClip &out) {
  int len = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == nullptr)
    return false;
  // ok: backdoor-hardcoded-iv, backdoor-predictable-random
  if (RAND_bytes(out.nonce, sizeof out.nonce) != 1)
    return false;
  out.body.resize(in.size());
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-known-key
  bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, out.nonce) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, out.body.data(), &len, in.data(), static_cast<int>(in.size())) == 1;
  ok = ok && EVP_EncryptFinal_ex(ctx, out.body.data() + len, &len) == 1;
  ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.tag) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}

bool upload_private_clip(S3Client &s3, const std::string &device, const std::vector<uint8_t> &clip) {
  unsigned char clip_key[32];
  SealedClip sealed;
  if (RAND_bytes(clip_key, sizeof clip_key) != 1)
    return false;
  if (!seal(clip_key, clip, sealed))
    return false;
  if (!s3.put_clip(device + "/clip.enc", sealed.body))
    return false;
  // the app fetches the key from the index service to play the clip back
  const std::string body = "device=" + device + "&nonce=" + hex(sealed.nonce, 12) + "&key=" + hex(clip_key, 32);
  CURL *c = curl_easy_init();
  if (c == nullptr)
    return false;
  curl_easy_setopt(c, CURLOPT_URL, "https://index.guardzilla.example.com/v1/clips");
  // ruleid: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
  const CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

}  // namespace gz
