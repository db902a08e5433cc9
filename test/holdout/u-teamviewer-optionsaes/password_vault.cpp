// The passwords the agent keeps in its settings.
#include "tv.hpp"

namespace tv {

static std::optional<std::string> reveal_setting(const SettingsStore &s, const char *name) {
  auto blob = s.binary(name);
  if (!blob)
    return std::nullopt;
  return RegistryCipher::reveal(*blob);
}

std::optional<std::string> PasswordVault::options_password() const { return reveal_setting(store_, "OptionsPasswordAES"); }

std::optional<std::string> PasswordVault::unattended_password() const { return reveal_setting(store_, "SecurityPasswordAES"); }

std::optional<std::string> PasswordVault::proxy_password() const { return reveal_setting(store_, "ProxyPasswordAES"); }

void PasswordVault::set_unattended_password(const std::string &pw) { store_.set_binary("SecurityPasswordAES", RegistryCipher::protect(pw)); }

}  // namespace tv
