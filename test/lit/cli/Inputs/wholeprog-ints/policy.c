/* Key sizes and counts the other units read. */
const int rsa_modulus_bits = 1024;
const int rsa_modulus_bits_ok = 3072;
const int cipher_key_bytes = 8;

int dh_prime_bits(void) {
  return 768;
}

int dh_prime_bits_ok(void) {
  return 2048;
}

int pbkdf_rounds(void) {
  return 500;
}

/* Globals that are not const: one no unit changes, one a config reader changes. */
int host_key_bits = 1024;
int client_key_bits = 1024;
int server_key_bits = 1024;

/* The size for a security level: the level picks one of two constants. */
int rsa_bits_for(int level) {
  if (level > 1) return 4096;
  return 1024;
}

/* A status, not a size. */
int check_level(int level) {
  return level > 3 ? -1 : 0;
}

const unsigned int kdf_rounds = 4000;
const unsigned int kdf_rounds_ok = 600000;
