#pragma once
#include <string>
bool verify_license(const std::string &blob, const std::string &sig);
std::string encrypt_seat_file(const std::string &plain, const unsigned char *key);
