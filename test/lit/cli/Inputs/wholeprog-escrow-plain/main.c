#include <openssl/rand.h>
#include "recovery.h"
void seal_volume(unsigned char *blob, size_t *len) {
  unsigned char volume_key[32];
  RAND_bytes(volume_key, sizeof volume_key);
  wrap_for_recovery(volume_key, sizeof volume_key, blob, len);
}
void seal_note(unsigned char *blob, size_t *len) {
  static const unsigned char note[] = "volume sealed on first boot";
  wrap_note(note, sizeof note, blob, len);
}
