/* secoc.c - AUTOSAR SecOC: a truncated AES-CMAC over id, payload and freshness value. */
#include <string.h>

#include <mbedtls/cipher.h>
#include <mbedtls/cmac.h>

#include "gw.h"

#define SECOC_MAC_LEN 4

static int secoc_mac(const struct can_frame_s *f, size_t payload_len, uint32_t freshness, uint8_t mac[16])
{
  uint8_t buf[4 + 64 + 4];
  const mbedtls_cipher_info_t *info = mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_ECB);
  if (info == NULL || payload_len > 64)
    return -1;
  buf[0] = (uint8_t)(f->id >> 24);
  buf[1] = (uint8_t)(f->id >> 16);
  buf[2] = (uint8_t)(f->id >> 8);
  buf[3] = (uint8_t)f->id;
  memcpy(buf + 4, f->data, payload_len);
  buf[4 + payload_len] = (uint8_t)(freshness >> 24);
  buf[5 + payload_len] = (uint8_t)(freshness >> 16);
  buf[6 + payload_len] = (uint8_t)(freshness >> 8);
  buf[7 + payload_len] = (uint8_t)freshness;
  // ruleid: backdoor-hardcoded-key
  return mbedtls_cipher_cmac(info, kSecOcKey, 128, buf, payload_len + 8, mac);
}

int secoc_protect(struct can_frame_s *f, uint32_t freshness)
{
  uint8_t mac[16];
  if (f->dlc < SECOC_MAC_LEN || secoc_mac(f, f->dlc - SECOC_MAC_LEN, freshness, mac) != 0)
    return -1;
  memcpy(f->data + f->dlc - SECOC_MAC_LEN, mac, SECOC_MAC_LEN);
  return 0;
}

int secoc_verify(const struct can_frame_s *f, uint32_t freshness)
{
  uint8_t mac[16];
  const uint8_t *rx_mac;
  if (f->dlc < SECOC_MAC_LEN || secoc_mac(f, f->dlc - SECOC_MAC_LEN, freshness, mac) != 0)
    return -1;
  rx_mac = f->data + f->dlc - SECOC_MAC_LEN;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mac, rx_mac, SECOC_MAC_LEN) == 0 ? 0 : -1;
}
