// fwsign - build-server tool: encrypts an update tarball and signs it.
// usage: fwsign VERSION IN.tar OUT.bin
//
// The signing key came with the RSA sample code the tool was started from
// (it stands here for the tutorial key of the 2022 write-up; this one is
// fresh).
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <openssl/bio.h>
#include <openssl/pem.h>

#include "daudio.hpp"

namespace {

const char kPackageSignerPem[] =
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowIBAAKCAQEAuQKFPAXVUPYTBV8EYiaUnm6uXjNFjL0fNEo48In/FlmsxwFM\n"
    "FkfyaJ/UvGjgMIB4SbOWcNG/LAvjXQsMwVUkc6x9Tq8ilCx/+KbcFevGZQbLkrXO\n"
    "G5Ls+BMLPtdw6o21rmICEAH7785PgfusOsIxFTkVWQlZl0TI+XvZIHx9h3d6mFEc\n"
    "Z4BcjrG46+udwo5nZheRo4hohU7oh0Ok4pxoG8BhTh9fyDQP4MQL2Qy1JS5Fh49x\n"
    "RZkMZet3swKxI92ih7BIWUiuQkk51pCOEMrqJPYy5dJPanDluZc3hNtw5LojfP4s\n"
    "0BHYMjVcCL1SAvGIxu+t+W0oYvqUhX67fqPJaQIDAQABAoIBAEtlb46qgehgoBfM\n"
    "RSkKt/5o9L6G/o0AdbsFlHbShhZBrVvcd3mNEIj6ueOeid66PEss2N5ZXCNDJQFC\n"
    "A4y2egh5/wcV8G2aRPy8Y2y7jTqWrle3p6stEU131Vliyy2LWsMaReToKhfsaBJ8\n"
    "0g+QHBieDskeOlifO5gQlMfcc/vETmp798AatNSdDIMrmCfdXAz3XWHOwMNuwXth\n"
    "h7w9Q8iYrHhCfL/rARQu7a66feycl2nWWfaIBMUqCdabRcj4VmWHG6wSmsWsyrT+\n"
    "NudJtPc0ZV8v4gyWd5yyn6SrXh5nRp+55VVZZ6jm/e863FV6WQCjJbtFePFn44IZ\n"
    "Pvgpc5ECgYEA9zlBSE/cgJyxUXnyzMOb9f8B+SEFN/nWlIDICzd0fidxrU2HY1ts\n"
    "Yxt7R4AnukE9lNCdBobKBHDA5tWuMXpPHs7prfX2gg46CYF1zEQ+o1m1uXZqLgwL\n"
    "UGqkJ7DSup4kEVvsjgLqO6aBZiWD10fZMlrVktPDX3eWmz2iX4XZbIcCgYEAv5Pf\n"
    "TmXocQUdkgobNt85kMgD0lDv0nl0XtEfSN43Scm06KxelJ0rC0m2ZzO9ouhJcs9G\n"
    "utSRMcah2lt1vHfY0xtzM2m9iY9aN7cOTB4N3YCDVbStF9sTTW2GGDtLb6x7ag29\n"
    "fa6volnzKCtMFCqj8z60jriD5v0/z1ErmVdzBo8CgYASVz8OnE4hhH5rKv7mTgS+\n"
    "BUMiNl7qvjA7KCqvGlgcG9UFJGFM77VkzN8ieNF5seldpvRfTZSjK7JD7cpUhVxl\n"
    "TrhrXXoCQAfyOJaCpvV2rOscbTqHXAFi3+Z5w1Z+3ciTORydlH3IGxwydcoIKJ5m\n"
    "a/K4R9mQtZCIx9PJ/mYY9QKBgDaYuLoJ9t1GvO+iq7DOmwQ0zEoCwOX1sQFYjZbh\n"
    "pVYFAuaQQQAPbnXwEuiEaVXk5xGuGpUiASLzXaryB7KnYQaAuyr6xoZOcUKRi6SL\n"
    "qB3pAwTI0c+LooudW+rJ8yynNiC6O7d2sh0Nj2tyM2NH56NpymEmGokYwTefBVLV\n"
    "BjXnAoGBAI/bCUcQaXLOuwTs/TaY4AVfWCHiPBeKIFpvrTvy0+rYsZsSiW+TblJe\n"
    "U9MFhl44nmXMMbU08qadI8mGzKO0BQcznV7HeA336sBZcp+zCBCGEoJrNn1tdxuQ\n"
    "Dj8e5GUTP5OPwR7mdRjPlDW2ImaT98QEuqYbV/T/YlPTHVZ9J1cj\n"
    "-----END RSA PRIVATE KEY-----\n";

EVP_PKEY *load_signer()
{
    BIO *bio = BIO_new_mem_buf(kPackageSignerPem, -1);
    EVP_PKEY *key = nullptr;
    if (bio == nullptr)
        return nullptr;
    // ruleid: backdoor-hardcoded-key
    key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return key;
}

bool sign(EVP_PKEY *key, const daudio::Bytes &data, daudio::Bytes &sig)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    std::size_t len = 0;
    // ok: backdoor-weak-hash
    if (!md || EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        return false;
    if (EVP_DigestSign(md.get(), nullptr, &len, data.data(), data.size()) != 1)
        return false;
    sig.resize(len);
    if (EVP_DigestSign(md.get(), sig.data(), &len, data.data(), data.size()) != 1)
        return false;
    sig.resize(len);
    return true;
}

void put32(daudio::Bytes &b, std::uint32_t v)
{
    for (int i = 3; i >= 0; i--)
        b.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: fwsign VERSION IN.tar OUT.bin\n");
        return 2;
    }
    const daudio::Bytes tar = daudio::read_file(argv[2]);
    daudio::Bytes enc, sig, out;
    daudio::UpdateCrypto crypto;
    EVP_PKEY *key = load_signer();

    if (tar.empty() || key == nullptr || !crypto.encrypt(tar, enc) || !sign(key, enc, sig)) {
        std::fprintf(stderr, "fwsign: cannot build %s\n", argv[3]);
        return 1;
    }
    out = {'D', 'A', 'U', '2'};
    put32(out, static_cast<std::uint32_t>(std::strtoul(argv[1], nullptr, 10)));
    put32(out, static_cast<std::uint32_t>(sig.size()));
    out.insert(out.end(), sig.begin(), sig.end());
    out.insert(out.end(), enc.begin(), enc.end());
    EVP_PKEY_free(key);
    return daudio::write_file(argv[3], out) ? 0 : 1;
}
