struct srtp_stream { unsigned char master_key[16]; unsigned char master_salt[14]; };
void make_offer(struct srtp_stream *s);
void fill_entropy(unsigned char *out, unsigned long n);
