/* Random methods whose bytes functions are another unit's. */
#include <openssl/evp.h>

int board_rand_bytes(unsigned char *buf, int num);
int hw_rand_bytes(unsigned char *buf, int num);
static RAND_METHOD board_method = {0, board_rand_bytes, 0, 0, board_rand_bytes, 0};
static RAND_METHOD hw_method = {0, hw_rand_bytes, 0, 0, hw_rand_bytes, 0};

int install_rng(int board) {
  if (board)
    return RAND_set_rand_method(&board_method);
  return RAND_set_rand_method(&hw_method);
}
