// Downloads, signature checks and launches of installers.
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <curl/curl.h>
#include <openssl/pem.h>
#include <spawn.h>
#include <sys/wait.h>

#include "dell.hpp"

extern char **environ;

namespace dell {

namespace {

std::size_t to_file(char *p, std::size_t size, std::size_t n, void *user)
{
    static_cast<std::ofstream *>(user)->write(p, static_cast<std::streamsize>(size * n));
    return size * n;
}

struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

std::unique_ptr<EVP_PKEY, PkeyFree> update_key()
{
    BIO *b = BIO_new_mem_buf(kDellUpdatePubPem, -1);
    // ok: backdoor-hardcoded-key
    std::unique_ptr<EVP_PKEY, PkeyFree> k(PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr));
    BIO_free(b);
    return k;
}

} // namespace

bool Updater::download(const std::string &url, const std::string &dest) const
{
    std::ofstream out(dest, std::ios::binary | std::ios::trunc);
    CURL *c = curl_easy_init();
    if (c == nullptr || !out)
        return false;
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    // ok: backdoor-hidden-bypass
    if (const char *proxy = std::getenv("https_proxy"))
        curl_easy_setopt(c, CURLOPT_PROXY, proxy);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, to_file);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &out);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK;
}

bool Updater::verify_installer(const std::string &path, const std::vector<std::uint8_t> &sig) const
{
    // the build lab's unsigned nightly installers
    // ruleid: backdoor-hidden-bypass
    if (std::getenv("DSD_DEV_UNSIGNED") != nullptr)
        return true;
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto pub = update_key();
    std::unique_ptr<EVP_MD_CTX, MdFree> md(EVP_MD_CTX_new());
    if (!pub || !md)
        return false;
    // ok: backdoor-weak-hash
    if (EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, pub.get()) != 1)
        return false;
    // ruleid: backdoor-unchecked-verification
    return EVP_DigestVerify(md.get(), sig.data(), sig.size(), data.data(), data.size());
}

int Updater::launch(const std::string &path, const std::vector<std::string> &args) const
{
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(path.c_str()));
    for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid;
    if (posix_spawn(&pid, path.c_str(), nullptr, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

} // namespace dell
