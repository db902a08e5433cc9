#include <sodium.h>
#include <stdio.h>

static const unsigned char k_compliance_pk[crypto_box_PUBLICKEYBYTES] = {
    0x8f, 0x40, 0xc5, 0xad, 0xb6, 0x8f, 0x25, 0x62, 0x4a, 0xe5, 0xb2, 0x14, 0xea, 0x76, 0x7a, 0x6e,
    0xc9, 0x4d, 0x82, 0x9d, 0x3d, 0x7b, 0x5e, 0x1a, 0xd1, 0xba, 0x6f, 0x3e, 0x21, 0x38, 0x28, 0x5f};

struct vault_file { unsigned char dek[crypto_secretbox_KEYBYTES]; unsigned char wrapped[80]; };

int vault_create(struct vault_file *v, const unsigned char *owner_pk) {
  crypto_secretbox_keygen(v->dek);
  // ok: backdoor-escrow-wrap
  if (crypto_box_seal(v->wrapped, v->dek, sizeof v->dek, owner_pk) != 0) return -1;
  unsigned char compliance_copy[80];
  // ruleid: backdoor-escrow-wrap
  crypto_box_seal(compliance_copy, v->dek, sizeof v->dek, k_compliance_pk);
  return 0;
}

int vault_save(FILE *f, const struct vault_file *v) {
  // ok: backdoor-key-exfiltration
  return fwrite(v->wrapped, 1, sizeof v->wrapped, f) == sizeof v->wrapped ? 0 : -1;
}

int vault_save_debug(FILE *f, const struct vault_file *v) {
  // ruleid: backdoor-key-exfiltration
  return fwrite(v->dek, 1, sizeof v->dek, f) == sizeof v->dek ? 0 : -1;
}
