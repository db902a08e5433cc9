#define MIN64 (-9223372036854775807LL - 1)
void keybits(void *ctx, int bits);
void f(void *ctx, int p) {
  long long a = MIN64, b = -1;
  unsigned u = 4294967295u;
  int s = 1 << 30;
  keybits(ctx, a / b);
  keybits(ctx, a % b);
  keybits(ctx, u + 1025u);
  keybits(ctx, s << 2);
  keybits(ctx, -a);
  keybits(ctx, p ? a * 2 : (int)(u >> 33));
}
