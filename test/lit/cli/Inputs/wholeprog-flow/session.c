/* Sends a session key through another unit's helper (an escrow), and a
   ciphertext and a public label through the same helpers (not findings). */
#include <openssl/evp.h>
#include <openssl/rand.h>

void send_blob(int sock, const unsigned char *data, size_t n);
void emit_status(const char *line);
unsigned char *current_key(const char *pass, const unsigned char *salt);

int start(int sock, EVP_CIPHER_CTX *ctx, const unsigned char *iv, const unsigned char *msg) {
  unsigned char session_key[32];
  unsigned char out[64];
  int len = 0;
  if (RAND_bytes(session_key, sizeof session_key) != 1) return -1;
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), 0, session_key, iv);
  EVP_EncryptUpdate(ctx, out, &len, msg, 32);
  send_blob(sock, session_key, sizeof session_key);
  send_blob(sock, out, (size_t)len);
  emit_status("session started");
  return len;
}

void rekey(EVP_CIPHER_CTX *ctx, const char *pass, const unsigned char *salt,
           const unsigned char *iv) {
  unsigned char *k = current_key(pass, salt);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), 0, k, iv);
  emit_status((const char *)k);
}
