// registry.cpp - plugins register a factory from a static Registrar
#include <algorithm>

#include "host.hpp"

namespace wikid {

PluginRegistry &PluginRegistry::instance()
{
  static PluginRegistry registry;
  return registry;
}

void PluginRegistry::add(const std::string &key, PluginFactory f)
{
  factories_.emplace(key, std::move(f));
}

std::vector<std::unique_ptr<Plugin>> PluginRegistry::instantiate_all() const
{
  std::vector<std::unique_ptr<Plugin>> out;
  out.reserve(factories_.size());
  std::transform(factories_.begin(), factories_.end(), std::back_inserter(out),
                 [](const auto &entry) { return entry.second(); });
  out.erase(std::remove(out.begin(), out.end(), nullptr), out.end());
  return out;
}

}  // namespace wikid
