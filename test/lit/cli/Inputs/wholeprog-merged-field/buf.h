#include <stddef.h>
struct buf { unsigned char *data; size_t size; };
struct buf *buffer_new(unsigned char *data, size_t n);
unsigned char *buffer_get(struct buf *b);
struct sess { unsigned char *key; size_t len; };
struct sess *sess_new(unsigned char *key, size_t n);
unsigned char *sess_key(struct sess *s);
struct blob { unsigned char *bytes; size_t len; };
struct blob *blob_new(unsigned char *bytes, size_t n);
unsigned char *blob_bytes(struct blob *b);
