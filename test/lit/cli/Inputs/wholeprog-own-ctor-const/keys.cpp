#include "terminal.h"
#include <cstring>
#include <unistd.h>

KeyManager::KeyManager() : tmk_(kFactoryKey) {}
KeyManager::KeyManager(const Key16 &loaded) : tmk_(loaded) {}

Session::Session() { memset(key_, 0, sizeof key_); }
void Session::set_key(const uint8_t *k) { memcpy(key_, k, sizeof key_); }

static const unsigned char kDemoKey[16] = {0x3a, 0x91, 0x5c, 0x07, 0xe4, 0x28, 0xbd, 0x66,
                                           0x10, 0xf3, 0x8e, 0x49, 0xa2, 0x5d, 0xc7, 0x34};
void channel_defaults(Channel &c) { memcpy(c.key, kDemoKey, sizeof c.key); }
bool channel_load(Channel &c, int fd) { return read(fd, c.key, sizeof c.key) == (ssize_t)sizeof c.key; }
