// image.cpp - the update container and file helpers shared by the tools.
#include <cstdio>

#include "daudio.hpp"

namespace daudio {

static std::uint32_t get32(const Bytes &b, std::size_t at)
{
    return static_cast<std::uint32_t>(b[at]) << 24 | static_cast<std::uint32_t>(b[at + 1]) << 16 |
           static_cast<std::uint32_t>(b[at + 2]) << 8 | b[at + 3];
}

bool parse_image(const Bytes &file, Image &img)
{
    if (file.size() < 12 || file[0] != 'D' || file[1] != 'A' || file[2] != 'U' || file[3] != '2')
        return false;
    img.version = get32(file, 4);
    std::uint32_t sigLen = get32(file, 8);
    if (12 + static_cast<std::size_t>(sigLen) > file.size())
        return false;
    img.signature.assign(file.begin() + 12, file.begin() + 12 + sigLen);
    img.body.assign(file.begin() + 12 + sigLen, file.end());
    return true;
}

Bytes read_file(const std::string &path)
{
    Bytes out;
    std::FILE *fp = std::fopen(path.c_str(), "rb");
    unsigned char buf[65536];
    std::size_t n;
    if (fp == nullptr)
        return out;
    while ((n = std::fread(buf, 1, sizeof buf, fp)) > 0)
        out.insert(out.end(), buf, buf + n);
    std::fclose(fp);
    return out;
}

bool write_file(const std::string &path, const Bytes &data)
{
    std::FILE *fp = std::fopen(path.c_str(), "wb");
    if (fp == nullptr)
        return false;
    bool ok = std::fwrite(data.data(), 1, data.size(), fp) == data.size();
    return std::fclose(fp) == 0 && ok;
}

}  // namespace daudio
