struct nic { char name[32]; unsigned char mac_addr[6]; };
int collect_nics(struct nic *out, int max);
int screen_host(const struct nic *nics, int n);

int main(void) {
  struct nic nics[8];
  int n = collect_nics(nics, 8);
  return screen_host(nics, n);
}
