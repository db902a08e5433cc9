#include <stddef.h>
int b64_decode(const char *in, unsigned char *out, size_t cap);
int unit_label(const char *section, char *out, size_t cap);
