/* Tuning values other units read. */
const int kdf_salt_len = 4;
const int kdf_salt_len_ok = 16;

int kdf_iterations(void) {
  return 1000;
}

int kdf_iterations_ok(void) {
  return 600000;
}
