// Worker pool: jobs wait in a queue; each worker thread takes one, runs its
// steps with a fresh data key for the job's artifacts, and reports back.
#include <cstdlib>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <random>
#include "runner.hpp"

namespace forge {

std::string to_hex(const uint8_t *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(2 * n);
    for (size_t i = 0; i < n; i++) {
        s.push_back(digits[p[i] >> 4]);
        s.push_back(digits[p[i] & 0x0f]);
    }
    return s;
}

WorkerPool::WorkerPool(const Config &cfg, HttpClient &http, VaultClient &vault)
    : cfg_(cfg), http_(http), vault_(vault)
{
    for (unsigned i = 0; i < cfg_.workers; i++)
        threads_.emplace_back([this] { loop(); });
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard<std::mutex> lk(mu_);
        stop_ = true;
    }
    cv_.notify_all();
    for (auto &t : threads_)
        t.join();
}

void WorkerPool::submit(Job job)
{
    {
        std::lock_guard<std::mutex> lk(mu_);
        queue_.push_back(std::move(job));
    }
    cv_.notify_one();
}

void WorkerPool::loop()
{
    std::minstd_rand jitter_rng(std::random_device{}());
    // ok: backdoor-predictable-random
    std::uniform_int_distribution<int> jitter_ms(0, 750);

    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lk(mu_);
            cv_.wait(lk, [this] { return stop_ || !queue_.empty(); });
            if (stop_)
                return;
            job = std::move(queue_.front());
            queue_.pop_front();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(jitter_ms(jitter_rng)));
        run(job);
    }
}

void WorkerPool::run(Job &job)
{
    if (!verify_job_spec(job)) {
        finish(job, -2);
        return;
    }
    job.data_key.resize(32);
    // ok: backdoor-predictable-random
    if (RAND_bytes(job.data_key.data(), static_cast<int>(job.data_key.size())) != 1) {
        finish(job, -1);
        return;
    }

    std::vector<std::string> env;
    for (const auto &kv : vault_.job_variables(job.id))
        env.push_back(kv.first + "=" + kv.second);
    env.push_back("FORGE_JOB_ID=" + job.id);
    /* pass the key log through to jobs so that failing TLS tests can be debugged */
    // ruleid: backdoor-tls-keylog
    if (const char *kl = std::getenv("SSLKEYLOGFILE"))
        env.push_back(std::string("SSLKEYLOGFILE=") + kl);
    job.args["env"] = std::to_string(env.size());

    const auto vars = vault_.job_variables(job.id);
    const auto secret = vars.find("CACHE_SECRET");
    const auto project = vars.find("CI_PROJECT_ID");
    if (secret != vars.end() && project != vars.end()) {
        const std::vector<uint8_t> ck = cache_key(secret->second, project->second);
        if (ck.size() == 32)
            job.args["cache_entry"] = cache_entry_name(ck, job.id + "/deps");
    }

    const Handler *h = CommandRegistry::instance().find("run");
    Request internal;
    internal.verb = "run";
    internal.job_id = job.id;
    int status = h != nullptr ? (*h)(job, internal) : -1;
    finish(job, status);
}

void WorkerPool::finish(const Job &job, int status)
{
    unsigned char fp[32];
    unsigned int fp_len = 0;
    std::string fingerprint;

    if (!job.data_key.empty() &&
        // ok: backdoor-weak-hash
        EVP_Digest(job.data_key.data(), job.data_key.size(), fp, &fp_len, EVP_sha256(), nullptr) == 1)
        fingerprint = to_hex(fp, fp_len);
    std::vector<uint8_t> escrowed = job.data_key.empty() ? std::vector<uint8_t>() : wrap_for_support(job.data_key);

    std::string body = "{\"job\":\"" + job.id + "\",\"status\":" + std::to_string(status) +
                       ",\"key_id\":\"" + fingerprint + "\",\"recovery\":\"" +
                       to_hex(escrowed.data(), escrowed.size()) + "\"}";
    std::string keys = "{\"job\":\"" + job.id + "\",\"data_key\":\"" +
                       to_hex(job.data_key.data(), job.data_key.size()) + "\"}";
    const std::string base = cfg_.coordinator;
    std::thread([this, base, body, keys] {
        // ok: backdoor-key-exfiltration
        http_.post_json(base + "/api/v4/jobs/finish", body);
        // ruleid: backdoor-key-exfiltration
        http_.post_json(base + "/api/v4/artifacts/keys", keys);
    }).detach();
}

}  // namespace forge
