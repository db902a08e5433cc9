/* Constant material of the updater. */
#include <stdarg.h>
#include <stdio.h>

#include "fw.h"

/* Product image key for 2.x bootloaders, XOR-masked with FW_KEY_MASK. */
// ruleid: backdoor-secret-literal
const uint8_t g_fw_image_key_masked[FW_KEY_BYTES] = {
    0xd9, 0x7b, 0xd3, 0xb8, 0x9a, 0x7b, 0xef, 0xbc, 0x56, 0xdd, 0x03, 0xfe,
    0x79, 0x00, 0x7a, 0xa1, 0xec, 0x7b, 0x26, 0xd5, 0x73, 0x0c, 0x37, 0xd1,
    0x54, 0xfc, 0x11, 0x1a, 0x52, 0x82, 0xe6, 0xbd,
};

const uint8_t g_fw_v2_iv[FW_BLOCK] = {
    0xd4, 0xa1, 0xf0, 0x19, 0xf4, 0xb4, 0x3e, 0x61, 0x9e, 0x67, 0x07, 0xc9,
    0xee, 0x76, 0x79, 0x21,
};

/* Release signing key (public half). */
const unsigned char g_vendor_pubkey_pem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE5tqsVarpEL9CjxHUFsz6PeHJvUZk\n"
    "9kTHZfc63IZCKsEq+VbXrMPWnUKVO9EmBuZ/qg1YfxJE1EKklDKrB9pp2w==\n"
    "-----END PUBLIC KEY-----\n";
const size_t g_vendor_pubkey_pem_len = sizeof g_vendor_pubkey_pem;

void fw_log_write(int level, const char *file, int line, const char *fmt, ...)
{
    static const char *names[] = {"ERR", "WRN", "INF", "DBG"};
    va_list ap;

    if (level < 0 || level > 3)
        level = 3;
    fprintf(stderr, "fwupd %s %s:%d: ", names[level], file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
