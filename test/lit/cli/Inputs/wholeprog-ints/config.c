/* Reads the client key size from the configuration. */
int parse_int(const char *text);
extern int client_key_bits;

void read_config(const char *value) {
  client_key_bits = parse_int(value);
}

/* An option table: the configuration reader may set any of these. */
extern int server_key_bits;
struct option { const char *name; int *value; };
struct option options[] = {{"server-key-bits", &server_key_bits}};
