#include <openssl/aes.h>
#include "proj.h"
#include "vendor.h"
#include <syskeys.h>

void from_vendor_table(AES_KEY *k) { AES_set_encrypt_key(vendor_key, 128, k); }
void from_vendor_helper(AES_KEY *k) { AES_set_encrypt_key(vendor_default_key(), 128, k); }
void from_system_header(AES_KEY *k) { AES_set_encrypt_key(sys_key, 128, k); }
void from_system_macro(AES_KEY *k) { AES_set_encrypt_key((const unsigned char *)SYS_KEY_TEXT, 128, k); }
void from_user(AES_KEY *k, const unsigned char *user_key) { AES_set_encrypt_key(user_key, 128, k); }
