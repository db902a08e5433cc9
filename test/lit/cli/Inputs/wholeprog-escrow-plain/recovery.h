#include <stddef.h>
int wrap_for_recovery(const unsigned char *dek, size_t n, unsigned char *out, size_t *outlen);
int wrap_note(const unsigned char *note, size_t n, unsigned char *out, size_t *outlen);
