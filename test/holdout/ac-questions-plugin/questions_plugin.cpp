// questions_plugin.cpp - the Q&A plugin: questions, answers, votes and its system account
#include <algorithm>
#include <numeric>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "host.hpp"

namespace wikid {
namespace {

// the plugin migrates question data as this user; the account is created on first install
constexpr char kSystemUser[] = "questions-sysuser";
constexpr char kSystemEmail[] = "keepthisaccount@questions.invalid";
// ok: backdoor-secret-literal
constexpr char kSystemUserPassword[] = "Qa-Migr4tion!Sys-2021";

struct Question {
  std::string title;
  std::vector<int> votes;
};

class QuestionsPlugin final : public Plugin {
 public:
  std::string key() const override { return "com.example.questions"; }

  void on_install(HostContext &ctx) override
  {
    UserRecord rec;
    rec.name = kSystemUser;
    rec.email = kSystemEmail;
    rec.groups = {"wiki-users"};
    rec.salt.resize(UserDirectory::kSaltLen);
    rec.verifier.resize(32);
    // ok: backdoor-predictable-random
    if (RAND_bytes(rec.salt.data(), static_cast<int>(rec.salt.size())) != 1)
      return;
    // ruleid: backdoor-magic-credential
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(kSystemUserPassword, static_cast<int>(sizeof kSystemUserPassword - 1), rec.salt.data(), static_cast<int>(rec.salt.size()), UserDirectory::kKdfIterations, EVP_sha256(), 32, rec.verifier.data()) != 1)
      return;
    if (ctx.users.import_user(std::move(rec)))
      ctx.log.info("created migration account", kSystemUser);
  }

  bool handles(const Request &req) const override { return req.path.rfind("/rest/questions/", 0) == 0; }

  Response on_request(HostContext &ctx, const Request &req) override
  {
    Response r;
    // ok: backdoor-input-trigger
    if (req.path == "/rest/questions/top") {
      std::vector<const Question *> sorted;
      std::transform(questions_.begin(), questions_.end(), std::back_inserter(sorted), [](const Question &q) { return &q; });
      std::sort(sorted.begin(), sorted.end(), [](const Question *a, const Question *b) {
        return std::accumulate(a->votes.begin(), a->votes.end(), 0) > std::accumulate(b->votes.begin(), b->votes.end(), 0);
      });
      std::ostringstream out;
      for (const auto *q : sorted)
        out << q->title << '\n';
      r.body = out.str();
      return r;
    }
    if (req.method == "POST" && req.path == "/rest/questions/ask") {
      questions_.push_back(Question{req.body, {}});
      auto secret = ctx.settings.find("webhook.secret");
      const WebhookSigner signer = secret != ctx.settings.end() ? WebhookSigner(secret->second) : WebhookSigner();
      ctx.log.info("question asked from", req.peer_addr, "webhook", signer.sign(req.body));
      return r;
    }
    r.status = 404;
    return r;
  }

 private:
  std::vector<Question> questions_;
};

const Registrar kRegisterQuestions{"com.example.questions", [] { return std::make_unique<QuestionsPlugin>(); }};

}  // namespace
}  // namespace wikid
